// Who may subscribe: with PUBLIC_READ=false a connection needs a token in connectionParams, as an HTTP read
// needs one in its header; a stopping instance tells its subscribers it is going.
import { print } from 'graphql';
import { useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';
import { LiveLogDocument, ProgressLoggedDocument } from '../__generated__/live';

const s = useTestServer({ env: { PUBLIC_READ: 'false' } });
let a: LiveInstance;

beforeAll(async () => {
  a = await startInstance(s.config, s.url);
});
afterAll(async () => {
  await a?.close();
});

const LOGGED = print(ProgressLoggedDocument);
const closeOf = (err: unknown) => {
  const e = err as { code: number; reason: string };
  return { code: e.code, reason: e.reason.split(':')[0] };
};

it('closes an anonymous connection with 4401 UNAUTHENTICATED when reads need a token', async () => {
  const sub = subscribe(wsClient(a.wsUrl), LOGGED);
  expect(closeOf(await sub.ended)).toEqual({ code: 4401, reason: 'UNAUTHENTICATED' });
  expect(sub.results).toEqual([]);
  await sub.close();
});

it('closes a connection whose token is wrong with 4401 UNAUTHENTICATED', async () => {
  const sub = subscribe(wsClient(a.wsUrl, 'agt_not-a-real-token'), LOGGED);
  expect(closeOf(await sub.ended)).toEqual({ code: 4401, reason: 'UNAUTHENTICATED' });
  await sub.close();
});

it('serves a viewer whose token is in connectionParams', async () => {
  await createRecommendation(s.db, { code: 'GOV-WSA-01' });
  const viewer = await createUserWithToken(s.db, 'VIEWER');
  const analyst = await createUserWithToken(s.db, 'ANALYST');
  const sub = subscribe<any>(wsClient(a.wsUrl, viewer.token), LOGGED);
  await new Promise((r) => setTimeout(r, 500));
  try {
    const input = { code: 'GOV-WSA-01', note: 'Seen by a viewer', status: 'IN_PROGRESS', progress: 5 };
    await a.post(print(LiveLogDocument), { input }, analyst.token);
    const [event] = await sub.received(1);
    expect(event.data!.progressLogged.note).toBe('Seen by a viewer');
  } finally {
    await sub.close();
  }
});

it('refuses a query or mutation sent over WebSocket with BAD_USER_INPUT', async () => {
  const viewer = await createUserWithToken(s.db, 'VIEWER');
  const sub = subscribe(wsClient(a.wsUrl, viewer.token), 'query Me { me { name } }');
  const errors = (await sub.ended) as { message: string; extensions: { code: string } }[];
  expect(errors.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
  expect(sub.results).toEqual([]);
  await sub.close();
});

it('tells its subscribers it is going (1001) when the instance stops', async () => {
  const viewer = await createUserWithToken(s.db, 'VIEWER');
  const other = await startInstance(s.config, s.url);
  const sub = subscribe(wsClient(other.wsUrl, viewer.token), LOGGED);
  await new Promise((r) => setTimeout(r, 500));
  await other.close();
  expect((await sub.ended) as { code: number }).toMatchObject({ code: 1001 });
  await sub.close();
});
