// Which network addresses the server may call on its own (webhook deliveries, evidence capture). A URL that
// an analyst or admin types is an attack surface: pointed at 127.0.0.1, a private range or the cloud's
// metadata address, a fetch would reach services that trust the server's network position (SSRF). Only
// public unicast addresses pass, unless OUTBOUND_ALLOWLIST names the host or a range (tests name their own
// loopback receivers, an intranet deployment its own hosts).
import ipaddr from 'ipaddr.js';

export interface OutboundAllowlist {
  readonly hosts: ReadonlySet<string>;
  readonly ranges: readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

/** Parses OUTBOUND_ALLOWLIST entries: host names, IP addresses or CIDR ranges. Throws on a malformed entry. */
export function parseAllowlist(entries: readonly string[]): OutboundAllowlist {
  const hosts = new Set<string>();
  const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry.includes('/')) ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const ip = ipaddr.parse(entry);
      ranges.push([ip, ip.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^[a-z0-9.-]+$/.test(entry)) hosts.add(entry);
    else throw new Error(`"${raw}" is neither a host name, an IP address nor a CIDR range`);
  }
  return { hosts, ranges };
}

export const EMPTY_ALLOWLIST: OutboundAllowlist = parseAllowlist([]);

/** An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as the IPv4 address it carries. */
function canonical(address: string): ipaddr.IPv4 | ipaddr.IPv6 {
  const ip = ipaddr.parse(address);
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() ? (ip as ipaddr.IPv6).toIPv4Address() : ip;
}

const inAllowlist = (ip: ipaddr.IPv4 | ipaddr.IPv6, allowlist: OutboundAllowlist): boolean =>
  allowlist.ranges.some(([base, bits]) => base.kind() === ip.kind() && ip.match(base, bits));

/**
 * Why an address may not be called, or null when it may. ipaddr.js names every special-purpose range
 * (loopback, private, linkLocal — which holds the metadata address 169.254.169.254 —, uniqueLocal,
 * carrierGradeNat, multicast, reserved, unspecified…); only `unicast` is public.
 */
export function addressRefusal(address: string, allowlist: OutboundAllowlist): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const ip = canonical(address);
  if (inAllowlist(ip, allowlist)) return null;
  const range = ip.range();
  return range === 'unicast' ? null : `${ip.toString()} is a ${range} address`;
}

/** Whether the URL's host itself is allowlisted by name (its addresses are then not judged). */
export const hostAllowlisted = (host: string, allowlist: OutboundAllowlist): boolean =>
  allowlist.hosts.has(host.toLowerCase().replace(/\.$/, ''));
