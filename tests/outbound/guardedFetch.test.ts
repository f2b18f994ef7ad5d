// The outbound guard against a loopback server: refused addresses are never called, allowlisted ones are,
// and a name that changes its address between the check and the connection is refused at connect time.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  checkOutboundUrl,
  guardedFetch,
  OutboundFailed,
  OutboundRefused,
  type ResolveHost,
} from '../../src/domain/outbound/guardedFetch';
import { loadConfig, ConfigError, parseAllowlist } from '../../src/config';

const LIMITS = { timeoutMs: 2_000, maxBytes: 1_000, maxRedirects: 2 };
const LOOPBACK = parseAllowlist('EVIDENCE_ALLOWLIST', '127.0.0.1/32');
const EMPTY_ALLOWLIST = parseAllowlist('EVIDENCE_ALLOWLIST', '');

let server: http.Server;
let base: string;
let hits: string[];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/big') return res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5_000));
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 1_000);
    if (req.url === '/to-private') return res.writeHead(302, { location: 'http://10.0.0.1/' }).end();
    if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/hop') return res.writeHead(301, { location: '/page' }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<title>Page</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => (hits = []));
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('the address policy', () => {
  it.each([
    'http://127.0.0.1/',
    'http://localhost/',
    'http://10.1.2.3/',
    'http://172.16.0.9/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://0.0.0.0/',
    'http://[::1]/',
    'http://[fd00:ec2::254]/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://0x7f.1/',
  ])('refuses %s unless allowlisted', async (url) => {
    await expect(checkOutboundUrl(url, EMPTY_ALLOWLIST)).rejects.toBeInstanceOf(OutboundRefused);
  });

  it.each(['ftp://example.org/', 'http://user:pw@example.org/', 'not a url', 'file:///etc/passwd'])(
    'refuses the URL form %s',
    async (url) => {
      await expect(checkOutboundUrl(url, EMPTY_ALLOWLIST)).rejects.toBeInstanceOf(OutboundRefused);
    },
  );

  it('passes a public address, and a private one that the allowlist names by range or by host', async () => {
    const publicOnly: ResolveHost = async () => [{ address: '93.184.216.34', family: 4 }];
    await expect(checkOutboundUrl('https://example.org/x', EMPTY_ALLOWLIST, publicOnly)).resolves.toBeInstanceOf(URL);
    await expect(
      checkOutboundUrl('http://10.1.2.3/', parseAllowlist('EVIDENCE_ALLOWLIST', '10.0.0.0/8')),
    ).resolves.toBeInstanceOf(URL);
    await expect(
      checkOutboundUrl('http://localhost:9/', parseAllowlist('EVIDENCE_ALLOWLIST', 'localhost')),
    ).resolves.toBeInstanceOf(URL);
  });

  it('refuses a name when any of its addresses is refused', async () => {
    const mixed: ResolveHost = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ];
    await expect(checkOutboundUrl('https://example.org/', EMPTY_ALLOWLIST, mixed)).rejects.toThrow(/loopback/);
  });

  it('stops start-up on a malformed WEBHOOK_ALLOWLIST entry', () => {
    expect(() => loadConfig({ WEBHOOK_ALLOWLIST: '127.0.0.1/99' })).toThrow(ConfigError);
    expect(loadConfig({ WEBHOOK_ALLOWLIST: '127.0.0.1/32, Hooks.Intranet' }).webhookAllowlist.entries).toEqual([
      '127.0.0.1/32',
      'hooks.intranet',
    ]);
  });
});

describe('guardedFetch', () => {
  it('never calls a loopback server that the allowlist does not name', async () => {
    await expect(guardedFetch(`${base}/page`, EMPTY_ALLOWLIST, LIMITS)).rejects.toBeInstanceOf(OutboundRefused);
    expect(hits).toEqual([]);
  });

  it('fetches from an allowlisted loopback server, following a redirect', async () => {
    const res = await guardedFetch(`${base}/hop`, LOOPBACK, LIMITS);
    expect({ status: res.status, finalUrl: res.finalUrl, type: res.contentType, body: res.body.toString() }).toEqual({
      status: 200,
      finalUrl: `${base}/page`,
      type: 'text/html',
      body: '<title>Page</title>',
    });
    expect(hits).toEqual(['/hop', '/page']);
  });

  it('refuses at connect time a name that resolved to a public address at check time and to loopback after', async () => {
    const answers = ['93.184.216.34', '127.0.0.1'];
    const rebinding: ResolveHost = async () => [{ address: answers.shift() ?? '127.0.0.1', family: 4 }];
    const port = (server.address() as AddressInfo).port;
    await expect(
      guardedFetch(`http://rebind.example:${port}/page`, EMPTY_ALLOWLIST, LIMITS, {}, rebinding),
    ).rejects.toBeInstanceOf(OutboundRefused);
    expect(hits).toEqual([]);
  });

  it('checks every redirect hop again', async () => {
    await expect(guardedFetch(`${base}/to-private`, LOOPBACK, LIMITS)).rejects.toThrow(/10\.0\.0\.1 is refused/);
    expect(hits).toEqual(['/to-private']);
  });

  it.each([
    ['/big', 'TOO_LARGE', {}],
    ['/slow', 'TIMEOUT', { timeoutMs: 200 }],
    ['/loop', 'REDIRECTS', {}],
    ['/page', 'CONTENT_TYPE', { contentTypes: ['application/pdf'] }],
  ])('bounds the call: %s fails with %s', async (path, kind, limits) => {
    const err = await guardedFetch(`${base}${path}`, LOOPBACK, { ...LIMITS, ...limits }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutboundFailed);
    expect((err as OutboundFailed).kind).toBe(kind);
  });
});
