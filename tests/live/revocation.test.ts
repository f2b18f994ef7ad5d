// A token is checked when a connection opens; revoking it later must still end its subscriptions, on every
// instance (two here, on one database): the one the revocation was made on and the other. Each of its sockets
// closes with 4403; another token's subscription goes on. A revocation whose notification an instance missed
// (its listener was reconnecting) is found when it reconnects. The waits are generous: what is asserted is the
// close code, not how soon it came.
import { print } from 'graphql';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { globalId } from '../helpers/globalIds';
import { connected, startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';
import { LiveLogDocument, ProgressLoggedDocument } from '../__generated__/live';

const s = useTestServer();
let a: LiveInstance;
let b: LiveInstance;

beforeAll(async () => {
  a = await startInstance(s.config, s.url);
  b = await startInstance(s.config, s.url);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const LOGGED = print(ProgressLoggedDocument);
const REVOKE = 'mutation Revoke($id: ID!) { revokeToken(id: $id) { revokedAt } }';

async function live(instance: LiveInstance, token: string) {
  const client = wsClient(instance.wsUrl, token);
  const isConnected = connected(client);
  const sub = subscribe<any>(client, LOGGED);
  await isConnected;
  await new Promise((r) => setTimeout(r, 300));
  return sub;
}

/** How `ended` settled within 10 s: the close's code and the reason's code, or 'still open'. */
async function closeWithin10s(ended: Promise<unknown>) {
  const open = new Promise((resolve) => setTimeout(() => resolve('still open'), 10_000).unref());
  const outcome = (await Promise.race([ended, open])) as { code?: number; reason?: string } | string;
  return typeof outcome === 'string' ? outcome : { code: outcome.code, reason: outcome.reason?.split(':')[0] };
}

it('closes a revoked token’s sockets on every instance with 4403, and leaves other tokens’ open', async () => {
  await createRecommendation(s.db, { code: 'GOV-REV-01' });
  const revoked = await createUserWithToken(s.db, 'VIEWER');
  const kept = await createUserWithToken(s.db, 'VIEWER');
  const tokenId = (await s.db.apiToken.findFirstOrThrow({ where: { userId: revoked.user.id } })).id;
  const [onA, onB, other] = [await live(a, revoked.token), await live(b, revoked.token), await live(b, kept.token)];
  try {
    const res = await a.post(REVOKE, { id: globalId('ApiToken', tokenId) }, ADMIN_TOKEN);
    expect(res.errors).toBeUndefined();
    expect(await closeWithin10s(onA.ended)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
    expect(await closeWithin10s(onB.ended)).toEqual({ code: 4403, reason: 'FORBIDDEN' });

    const input = { code: 'GOV-REV-01', note: 'after the revocation', status: 'IN_PROGRESS', progress: 5 };
    expect((await a.post(print(LiveLogDocument), { input }, ADMIN_TOKEN)).errors).toBeUndefined();
    expect((await other.received(1))[0].data!.progressLogged.note).toBe('after the revocation');
    expect([onA.results, onB.results]).toEqual([[], []]);
  } finally {
    await Promise.all([onA.close(), onB.close(), other.close()]);
  }
});

it('closes the sockets of a token revoked while the listener was away, once it reconnects', async () => {
  const viewer = await createUserWithToken(s.db, 'VIEWER');
  const sub = await live(b, viewer.token);
  try {
    // Revoked with no notification (as psql or a restore would), then every listener's session ends.
    await s.db.apiToken.updateMany({ where: { userId: viewer.user.id }, data: { revokedAt: new Date() } });
    await s.db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND query LIKE 'LISTEN %'`;
    expect(await closeWithin10s(sub.ended)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
  } finally {
    await sub.close();
  }
});
