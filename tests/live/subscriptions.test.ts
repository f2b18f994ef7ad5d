// Subscriptions over graphql-ws with two server instances on one database: a write on A reaches a subscriber
// on B, a rolled-back write sends nothing, a subscriber that comes back with its last cursor misses nothing,
// filters narrow what is sent, and each event is read in a context of its own (no loader cache shared).
import { print } from 'graphql';
import { Client as PgClient } from 'pg';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { connected, startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';
import { LiveLogDocument, ProgressLoggedDocument, RecommendationChangedDocument } from '../__generated__/live';

const s = useTestServer({ reset: true });
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

const LOG = print(LiveLogDocument);
const CHANGED = print(RecommendationChangedDocument);
const LOGGED = print(ProgressLoggedDocument);

const logOn = async (instance: LiveInstance, code: string, note: string, progress: number) => {
  const res = await instance.post(LOG, { input: { code, note, status: 'IN_PROGRESS', progress } }, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
};

/** A subscription on `instance`, once its server has registered it (there is no acknowledgement to wait for). */
async function live<T>(instance: LiveInstance, query: string, variables: Record<string, unknown> = {}) {
  const client = wsClient(instance.wsUrl);
  const isConnected = connected(client);
  const sub = subscribe<T>(client, query, variables);
  await isConnected;
  await new Promise((r) => setTimeout(r, 300));
  return sub;
}

it('delivers a write made on instance A to a subscriber on instance B, read after commit', async () => {
  await createRecommendation(s.db, { code: 'GOV-WS-01' });
  const sub = await live<any>(b, LOGGED);
  try {
    await logOn(a, 'GOV-WS-01', 'Logged on A', 40);
    const [event] = await sub.received(1);
    expect({ ...event.data!.progressLogged, changeCursor: typeof event.data!.progressLogged.changeCursor }).toEqual({
      note: 'Logged on A',
      progress: 40,
      changeCursor: 'string',
      recommendation: { code: 'GOV-WS-01', progress: 40 },
    });
  } finally {
    await sub.close();
  }
});

it('sends nothing for a rolled-back write, and the next committed one arrives alone', async () => {
  await createRecommendation(s.db, { code: 'GOV-WS-02' });
  const sub = await live<any>(b, CHANGED);
  try {
    const pg = new PgClient({ connectionString: s.url });
    await pg.connect();
    await pg.query('BEGIN');
    await pg.query(`INSERT INTO "AuditEntry" ("actorName", "operation", "targetType", "targetId")
      VALUES ('script', 'scriptEdit', 'Recommendation', 'GOV-WS-02')`);
    await pg.query('ROLLBACK');
    await pg.end();
    await logOn(a, 'GOV-WS-02', 'Committed', 10);
    await sub.received(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.results.map((r) => r.data!.recommendationChanged.progress)).toEqual([10]);
  } finally {
    await sub.close();
  }
});

it('replays every change since the last cursor to a subscriber that reconnects, then goes on live', async () => {
  await createRecommendation(s.db, { code: 'GOV-WS-03' });
  const first = await live<any>(b, LOGGED);
  await logOn(a, 'GOV-WS-03', 'Seen', 10);
  const [seen] = await first.received(1);
  await first.close();
  // While the subscriber is away, two entries on A and one on B.
  await logOn(a, 'GOV-WS-03', 'Missed 1', 20);
  await logOn(b, 'GOV-WS-03', 'Missed 2', 30);
  await logOn(a, 'GOV-WS-03', 'Missed 3', 40);
  const again = await live<any>(b, LOGGED, { after: seen.data!.progressLogged.changeCursor });
  try {
    await logOn(a, 'GOV-WS-03', 'Live after resume', 50);
    const events = await again.received(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(again.results.map((e) => e.data!.progressLogged.note)).toEqual([
      'Missed 1',
      'Missed 2',
      'Missed 3',
      'Live after resume',
    ]);
    expect(new Set(events.map((e) => e.data!.progressLogged.changeCursor)).size).toBe(4);
  } finally {
    await again.close();
  }
});

it('sends only the changes whose record matches the filter', async () => {
  const sandbox = await createRecommendation(s.db, { code: 'GOV-WS-04' });
  await createRecommendation(s.db, { code: 'GOV-WS-05' });
  const theme = await s.db.theme.findUniqueOrThrow({ where: { id: sandbox.themeId } });
  const sub = await live<any>(a, CHANGED, { filter: { theme: [theme.code] } });
  try {
    await logOn(b, 'GOV-WS-05', 'Other theme', 10);
    await logOn(b, 'GOV-WS-04', 'This theme', 20);
    await sub.received(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.results.map((r) => r.data!.recommendationChanged.code)).toEqual(['GOV-WS-04']);
  } finally {
    await sub.close();
  }
});

it('answers a malformed filter or cursor with BAD_USER_INPUT and ends the subscription', async () => {
  const sub = subscribe(wsClient(a.wsUrl), CHANGED, { after: 'nope' });
  await sub.ended;
  expect(sub.results.map((r) => r.errors?.map((e) => e.extensions?.code))).toEqual([['BAD_USER_INPUT']]);
  await sub.close();
});

it('reads each event afresh: a record changed between two events of one stream is read as it is now', async () => {
  await createRecommendation(s.db, { code: 'GOV-WS-06' });
  const changed = await live<any>(b, CHANGED);
  const logged = await live<any>(b, LOGGED);
  try {
    await logOn(a, 'GOV-WS-06', 'First', 10);
    await Promise.all([changed.received(1), logged.received(1)]);
    await logOn(a, 'GOV-WS-06', 'Second', 20);
    await Promise.all([changed.received(2), logged.received(2)]);
    expect({
      changed: changed.results.map((r) => r.data!.recommendationChanged.progress),
      logged: logged.results.map((r) => r.data!.progressLogged.recommendation),
    }).toEqual({
      changed: [10, 20],
      logged: [
        { code: 'GOV-WS-06', progress: 10 },
        { code: 'GOV-WS-06', progress: 20 },
      ],
    });
  } finally {
    await changed.close();
    await logged.close();
  }
});
