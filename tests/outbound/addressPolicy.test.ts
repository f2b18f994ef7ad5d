// The address policy on address literals (no connection is made): every range of IANA's two special-purpose
// address registries is refused, and the IPv4 and IPv6 multicast ranges too, while public unicast passes.
// NAT64's well-known prefix 64:ff9b::/96 is judged by the IPv4 address it carries; everything else special
// (6to4 and the local-use NAT64 prefix included) is refused outright.
import ipaddr from 'ipaddr.js';
import { parseAllowlist } from '../../src/config';
import { addressRefusal } from '../../src/domain/outbound/addressPolicy';
import { checkOutboundUrl, OutboundRefused } from '../../src/domain/outbound/guardedFetch';

const EMPTY_ALLOWLIST = parseAllowlist('EVIDENCE_ALLOWLIST', '');

/** IANA IPv4 Special-Purpose Address Registry, every entry (RFC 6890 and updates), and IPv4 multicast. */
const IPV4_SPECIAL = [
  '0.0.0.0/8', // "this network"
  '0.0.0.0/32', // "this host on this network"
  '10.0.0.0/8', // private-use
  '100.64.0.0/10', // shared address space (carrier-grade NAT)
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link local (cloud metadata at 169.254.169.254)
  '172.16.0.0/12', // private-use
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.0.0/29', // IPv4 service continuity prefix (DS-Lite)
  '192.0.0.8/32', // IPv4 dummy address
  '192.0.0.9/32', // port control protocol anycast
  '192.0.0.10/32', // traversal using relays around NAT anycast
  '192.0.0.170/32', // NAT64/DNS64 discovery
  '192.0.0.171/32', // NAT64/DNS64 discovery
  '192.0.2.0/24', // documentation (TEST-NET-1)
  '192.31.196.0/24', // AS112-v4
  '192.52.193.0/24', // AMT
  '192.88.99.0/24', // deprecated 6to4 relay anycast
  '192.168.0.0/16', // private-use
  '192.175.48.0/24', // direct delegation AS112 service
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation (TEST-NET-2)
  '203.0.113.0/24', // documentation (TEST-NET-3)
  '224.0.0.0/4', // multicast (its own registry)
  '240.0.0.0/4', // reserved
  '255.255.255.255/32', // limited broadcast
];

/** IANA IPv6 Special-Purpose Address Registry, every entry (RFC 6890 and updates), and what lies outside 2000::/3. */
const IPV6_SPECIAL = [
  '::1/128', // loopback
  '::/128', // unspecified
  '::/96', // IPv4-compatible (deprecated by RFC 4291): ::a.b.c.d
  '::ffff:0:0/96', // IPv4-mapped
  '::ffff:0:0:0/96', // IPv4-translated (SIIT)
  '64:ff9b::/96', // NAT64 well-known prefix: judged by its IPv4 (both ends are special ones)
  '64:ff9b:1::/48', // NAT64 local-use prefix
  '100::/64', // discard-only
  '100:0:0:1::/64', // dummy IPv6 prefix
  '2001::/23', // IETF protocol assignments
  '2001::/32', // Teredo
  '2001:1::1/128', // port control protocol anycast
  '2001:1::2/128', // traversal using relays around NAT anycast
  '2001:1::3/128', // DNS-SD service registration protocol anycast
  '2001:2::/48', // benchmarking
  '2001:3::/32', // AMT
  '2001:4:112::/48', // AS112-v6
  '2001:10::/28', // deprecated ORCHID
  '2001:20::/28', // ORCHIDv2
  '2001:30::/28', // drone remote ID protocol entity tags
  '2001:db8::/32', // documentation
  '2002::/16', // 6to4
  '2620:4f:8000::/48', // direct delegation AS112 service
  '3fff::/20', // documentation
  '5f00::/16', // segment routing (SRv6) SIDs
  'fc00::/7', // unique-local
  'fe80::/10', // link-local unicast
  'fec0::/10', // deprecated site-local
  'ff00::/8', // multicast
  '4000::/3', // not global unicast (outside 2000::/3): unassigned
];

/** The first and the last address of a range. */
function endsOf(cidr: string): [string, string] {
  const v4 = ipaddr.IPv4.isValidCIDR(cidr);
  const family = v4 ? ipaddr.IPv4 : ipaddr.IPv6;
  return [family.networkAddressFromCIDR(cidr).toString(), family.broadcastAddressFromCIDR(cidr).toString()];
}

describe.each([...IPV4_SPECIAL, ...IPV6_SPECIAL])('the special range %s', (cidr) => {
  it.each(endsOf(cidr))('refuses %s', (address) => {
    expect(addressRefusal(address, EMPTY_ALLOWLIST)).toEqual(expect.any(String));
  });
});

it.each([
  '::7f00:1', // ::127.0.0.1, IPv4-compatible
  '::a9fe:a9fe', // ::169.254.169.254
  '::a00:1', // ::10.0.0.1
  '::5db8:d822', // ::93.184.216.34: compatible form of a public address, still refused
  '::ffff:5db8:d822', // IPv4-mapped form of a public address
  '64:ff9b::7f00:1', // NAT64 of 127.0.0.1
  '64:ff9b::a9fe:a9fe', // NAT64 of the metadata address
  '64:ff9b::a00:1', // NAT64 of 10.0.0.1
  '64:ff9b:1::5db8:d822', // local-use NAT64, whatever it embeds
  '2002:5db8:d822::1', // 6to4 of a public address
  '2002:7f00:1::1', // 6to4 of 127.0.0.1
  '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
])('refuses %s, an address carrying an IPv4 one', (address) => {
  expect(addressRefusal(address, EMPTY_ALLOWLIST)).toEqual(expect.any(String));
});

it.each([
  '1.1.1.1',
  '8.8.8.8',
  '93.184.216.34',
  '100.63.255.255', // just below 100.64.0.0/10
  '100.128.0.0', // just above it
  '192.0.1.1',
  '198.20.0.1', // just above 198.18.0.0/15
  '223.255.255.254',
  '2606:4700:4700::1111',
  '2001:4860:4860::8888',
  '2001:200::1', // just above 2001::/23
  '2a00:1450:4001:800::200e',
  '64:ff9b::5db8:d822', // NAT64 of 93.184.216.34: what DNS64 answers for an IPv4-only site
])('passes the public address %s', (address) => {
  expect(addressRefusal(address, EMPTY_ALLOWLIST)).toBeNull();
});

it.each([
  'http://[::127.0.0.1]/',
  'http://[::7f00:1]:8080/x',
  'http://[64:ff9b::127.0.0.1]/',
  'http://[2002:7f00:1::]/',
])('refuses the URL %s before anything is sent', async (url) => {
  await expect(checkOutboundUrl(url, EMPTY_ALLOWLIST)).rejects.toBeInstanceOf(OutboundRefused);
});
