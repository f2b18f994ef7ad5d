// Subscriptions under the same limits as HTTP, and their own: the cost rule (with the request's variables), at
// most SUBSCRIPTIONS_PER_CONNECTION subscriptions on one connection and CONNECTIONS_PER_CLIENT connections
// per token (or per address, anonymously: behind TRUST_PROXY, the one its proxy forwards), closing with 1008
// past either, and MAX_RESPONSE_BYTES per event.
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ConfigError, loadConfig } from '../../src/config';
import { LIMITS } from '../../src/graphql/server';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { connected, startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';
import { ProgressLoggedDocument } from '../__generated__/live';

const s = useTestServer({
  env: { SUBSCRIPTIONS_PER_CONNECTION: '2', CONNECTIONS_PER_CLIENT: '2', MAX_RESPONSE_BYTES: '20000' },
});
let a: LiveInstance;

// A fresh instance per test, so that no test's connections count against the next one's.
beforeEach(async () => {
  a = await startInstance(s.config, s.url);
});
afterEach(async () => {
  await a?.close();
});

const LOG = 'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }';
const LOGGED = print(ProgressLoggedDocument);
/** Each event re-reads 200 entries of 200 records of 200 entries: about 10,000,000 with n = 200. */
const NESTED = `subscription Nested($n: Int) { progressLogged { recommendation { updates(first: $n) {
  recommendation { updates(first: $n) { recommendation { updates(first: $n) { id } } } } } } } }`;

const closeOf = (err: unknown) => {
  if (typeof err === 'string') return err;
  const e = err as { code: number; reason: string };
  return { code: e.code, reason: e.reason.split(':')[0] };
};
const settle = () => new Promise((r) => setTimeout(r, 300));
/** What `ended` settled with within 10 s, or 'still open'. */
const endedWithin10s = (ended: Promise<unknown>) =>
  Promise.race([ended, new Promise((resolve) => setTimeout(() => resolve('still open'), 10_000).unref())]);

async function open(client: Client, query = LOGGED, variables: Record<string, unknown> = {}) {
  const isConnected = connected(client);
  const sub = subscribe<any>(client, query, variables);
  await isConnected;
  await settle();
  return sub;
}

/** Logs an entry; the answer names only its id, so that a long note does not make the answer too large. */
const logOn = async (instance: LiveInstance, code: string, note: string, progress: number) => {
  const input = { code, note, status: 'IN_PROGRESS', progress };
  const res = await instance.post(LOG, { input }, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
};

it('refuses a subscription over the cost limit, sizes from its variables, with BAD_USER_INPUT', async () => {
  const costly = subscribe(wsClient(a.wsUrl), NESTED, { n: 200 });
  const errors = (await endedWithin10s(costly.ended)) as { message: string; extensions: { code: string } }[];
  expect(Array.isArray(errors) ? errors.map((e) => e.extensions.code) : errors).toEqual(['BAD_USER_INPUT']);
  expect(errors[0].message).toMatch(new RegExp(`^Query Cost limit of ${LIMITS.cost} exceeded`));
  expect(costly.results).toEqual([]);
  await costly.close();

  await createRecommendation(s.db, { code: 'GOV-WSL-01' });
  const cheap = await open(wsClient(a.wsUrl), NESTED, { n: 2 });
  try {
    await logOn(a, 'GOV-WSL-01', 'cheap enough', 5);
    const [event] = await cheap.received(1);
    expect(event.errors).toBeUndefined();
  } finally {
    await cheap.close();
  }
});

it('closes a connection that opens more than SUBSCRIPTIONS_PER_CONNECTION subscriptions with 1008', async () => {
  const client = wsClient(a.wsUrl);
  const first = await open(client);
  const second = subscribe(client, LOGGED);
  await settle();
  const third = subscribe(client, LOGGED);
  expect(closeOf(await endedWithin10s(third.ended))).toEqual({ code: 1008, reason: 'TOO_MANY_SUBSCRIPTIONS' });
  expect(closeOf(await first.ended)).toEqual({ code: 1008, reason: 'TOO_MANY_SUBSCRIPTIONS' });
  await Promise.all([first.close(), second.close(), third.close()]);
});

it.each([
  ['per token', true],
  ['per address, anonymously', false],
])(
  'closes connections beyond CONNECTIONS_PER_CLIENT %s with 1008, and admits one again after a close',
  async (_w, withToken) => {
    const token = withToken ? (await createUserWithToken(s.db, 'VIEWER')).token : undefined;
    const first = await open(wsClient(a.wsUrl, token));
    const second = await open(wsClient(a.wsUrl, token));
    const third = subscribe(wsClient(a.wsUrl, token), LOGGED);
    expect(closeOf(await endedWithin10s(third.ended))).toEqual({ code: 1008, reason: 'TOO_MANY_CONNECTIONS' });
    await third.close();

    if (withToken) {
      // Another token is another client.
      const other = await open(wsClient(a.wsUrl, (await createUserWithToken(s.db, 'VIEWER')).token));
      await other.close();
    }
    await first.close();
    await settle();
    const again = await open(wsClient(a.wsUrl, token));
    await createRecommendation(s.db, { code: withToken ? 'GOV-WSL-02' : 'GOV-WSL-03' });
    try {
      await logOn(a, withToken ? 'GOV-WSL-02' : 'GOV-WSL-03', 'admitted again', 5);
      expect((await again.received(1))[0].data!.progressLogged.note).toBe('admitted again');
      expect((await second.received(1))[0].data!.progressLogged.note).toBe('admitted again');
    } finally {
      await Promise.all([again.close(), second.close()]);
    }
  },
);

it('sends RESPONSE_TOO_LARGE instead of an event over MAX_RESPONSE_BYTES, and the next event as usual', async () => {
  await createRecommendation(s.db, { code: 'GOV-WSL-04' });
  const sub = await open(wsClient(a.wsUrl));
  try {
    await logOn(a, 'GOV-WSL-04', '证'.repeat(10_000), 5);
    await logOn(a, 'GOV-WSL-04', 'small again', 6);
    const [big, small] = await sub.received(2);
    expect(big).toEqual({
      data: null,
      errors: [
        {
          message:
            'The answer would be larger than 20000 bytes (MAX_RESPONSE_BYTES) and was not sent: ask for fewer records, entries or fields. Any write the request made was done: read it back rather than repeat it.',
          extensions: { code: 'RESPONSE_TOO_LARGE' },
        },
      ],
    });
    expect(small.data!.progressLogged.note).toBe('small again');
  } finally {
    await sub.close();
  }
});

/** An anonymous client whose upgrade request says it was forwarded for `address`. */
function forwardedClient(wsUrl: string, address: string): Client {
  class Forwarded extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { 'x-forwarded-for': address } });
    }
  }
  return createClient({ url: wsUrl, webSocketImpl: Forwarded, retryAttempts: 0, lazy: true });
}

describe.each([
  ['with TRUST_PROXY=1, by the address the proxy forwards', '1', ['203.0.113.1', '203.0.113.1', '203.0.113.2']],
  ['without TRUST_PROXY, by the peer’s address whatever X-Forwarded-For says', '', ['203.0.113.1', '203.0.113.2']],
])('anonymous connections behind a proxy', (what, trustProxy, admitted) => {
  it(`are counted ${what}`, async () => {
    const env = { NODE_ENV: 'test', LOG_LEVEL: 'silent', ADMIN_TOKEN, DATABASE_URL: s.url };
    const config = loadConfig({ ...env, CONNECTIONS_PER_CLIENT: '2', TRUST_PROXY: trustProxy });
    const proxied = await startInstance(config, s.url);
    const subs = [];
    try {
      // `open` returns once the server acknowledged the connection: each of these was admitted.
      for (const address of admitted) subs.push(await open(forwardedClient(proxied.wsUrl, address)));
      const refused = subscribe(forwardedClient(proxied.wsUrl, admitted[0]), LOGGED);
      subs.push(refused);
      expect(closeOf(await endedWithin10s(refused.ended))).toEqual({ code: 1008, reason: 'TOO_MANY_CONNECTIONS' });
    } finally {
      await Promise.all(subs.map((sub) => sub.close()));
      await proxied.close();
    }
  });
});

it('reads TRUST_PROXY as hops or proxy addresses, and stops start-up on anything else', () => {
  expect([loadConfig({}).trustProxy, loadConfig({ TRUST_PROXY: '1' }).trustProxy]).toEqual([0, 1]);
  expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
  expect(() => loadConfig({ TRUST_PROXY: 'proxy.example.org' })).toThrow(ConfigError);
});
