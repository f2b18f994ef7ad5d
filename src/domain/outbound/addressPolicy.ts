// Which network addresses the server may call on its own (webhook deliveries, evidence capture). A URL that
// an analyst or admin types is an attack surface: pointed at 127.0.0.1, a private range or the cloud's
// metadata address, a fetch would reach services that trust the server's network position (SSRF). Only
// public unicast addresses pass, unless the caller's allowlist names the host or a range: WEBHOOK_ALLOWLIST
// for deliveries, EVIDENCE_ALLOWLIST for evidence links (config.ts; tests name their own loopback servers, an
// intranet deployment its own hosts).
import ipaddr from 'ipaddr.js';
import type { OutboundAllowlist } from '../../config';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/**
 * What may not be called, most specific first (the first match names the refusal): every entry of IANA's
 * IPv4 and IPv6 special-purpose address registries, folded into the ranges that hold them, and multicast. All
 * are refused, the few that IANA marks globally reachable (AS112, AMT, anycast services) too: no webhook
 * receiver or evidence page lives there. 6to4 (2002::/16, deprecated) and the local-use NAT64 prefix
 * (64:ff9b:1::/48, whose embedding the operator chooses) are refused outright; the well-known NAT64 prefix is
 * judged by the IPv4 address it carries (see refusalOf).
 */
const SPECIAL: readonly (readonly [Address, number, string])[] = (
  [
    ['0.0.0.0/8', 'unspecified ("this network")'],
    ['10.0.0.0/8', 'private'],
    ['100.64.0.0/10', 'shared (carrier-grade NAT)'],
    ['127.0.0.0/8', 'loopback'],
    ['169.254.0.0/16', 'link-local'],
    ['172.16.0.0/12', 'private'],
    ['192.0.0.0/24', 'IETF protocol assignment'],
    ['192.0.2.0/24', 'documentation'],
    ['192.31.196.0/24', 'AS112'],
    ['192.52.193.0/24', 'AMT'],
    ['192.88.99.0/24', '6to4 relay anycast'],
    ['192.168.0.0/16', 'private'],
    ['192.175.48.0/24', 'AS112'],
    ['198.18.0.0/15', 'benchmarking'],
    ['198.51.100.0/24', 'documentation'],
    ['203.0.113.0/24', 'documentation'],
    ['224.0.0.0/4', 'multicast'],
    ['255.255.255.255/32', 'broadcast'],
    ['240.0.0.0/4', 'reserved'],
    ['::/128', 'unspecified'],
    ['::1/128', 'loopback'],
    ['::ffff:0:0/96', 'IPv4-mapped'],
    ['::ffff:0:0:0/96', 'IPv4-translated'],
    ['::/96', 'IPv4-compatible'],
    ['64:ff9b:1::/48', 'local-use NAT64'],
    ['100::/64', 'discard-only'],
    ['100:0:0:1::/64', 'dummy'],
    ['2001::/32', 'Teredo'],
    ['2001::/23', 'IETF protocol assignment'],
    ['2001:db8::/32', 'documentation'],
    ['2002::/16', '6to4'],
    ['2620:4f:8000::/48', 'AS112'],
    ['3fff::/20', 'documentation'],
    ['5f00::/16', 'SRv6 SID'],
    ['fc00::/7', 'unique-local'],
    ['fe80::/10', 'link-local'],
    ['fec0::/10', 'site-local'],
    ['ff00::/8', 'multicast'],
  ] as const
).map(([cidr, name]) => [...ipaddr.parseCIDR(cidr), name] as const);

/** The only IPv6 addresses that can be public: IANA's global unicast space; the rest is reserved or special. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');
/** NAT64's well-known prefix (RFC 6052): DNS64 answers 64:ff9b::a.b.c.d for an IPv4-only host a.b.c.d. */
const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');

const within = (ip: Address, [base, bits]: readonly [Address, number]) =>
  base.kind() === ip.kind() && ip.match(base, bits);

/** The IPv4 address in the last 32 bits of an IPv6 one (NAT64, IPv4-mapped). */
function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4 {
  const [high, low] = ip.parts.slice(6);
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

const inAllowlist = (ip: Address, allowlist: OutboundAllowlist): boolean =>
  allowlist.ranges.some((range) => within(ip, range)) ||
  // An allowlisted IPv4 address is the same destination written as ::ffff:a.b.c.d.
  (ip.kind() === 'ipv6' &&
    (ip as ipaddr.IPv6).isIPv4MappedAddress() &&
    inAllowlist(embeddedIPv4(ip as ipaddr.IPv6), allowlist));

const article = (name: string) => (/^[aeiou]/i.test(name) ? 'an' : 'a');

/** Why the policy refuses an address, the allowlist aside; null for a public unicast address. */
function refusalOf(ip: Address): string | null {
  if (within(ip, NAT64_WELL_KNOWN)) {
    const carried = refusalOf(embeddedIPv4(ip as ipaddr.IPv6));
    return carried && `${ip.toString()} is NAT64 of a refused address: ${carried}`;
  }
  const special = SPECIAL.find(([base, bits]) => within(ip, [base, bits]));
  if (special) return `${ip.toString()} is ${article(special[2])} ${special[2]} address`;
  if (ip.kind() === 'ipv6' && !within(ip, GLOBAL_UNICAST_V6))
    return `${ip.toString()} is a reserved address (not IPv6 global unicast)`;
  return null;
}

/**
 * Why an address may not be called, or null when it may: only public unicast addresses pass, unless the
 * allowlist names the address or a range holding it.
 */
export function addressRefusal(address: string, allowlist: OutboundAllowlist): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const ip = ipaddr.parse(address);
  return inAllowlist(ip, allowlist) ? null : refusalOf(ip);
}

/** Whether the URL's host itself is allowlisted by name (its addresses are then not judged). */
export const hostAllowlisted = (host: string, allowlist: OutboundAllowlist): boolean =>
  allowlist.hosts.has(host.toLowerCase().replace(/\.$/, ''));
