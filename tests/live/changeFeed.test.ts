// The change feed (`changes`): every write on a recommendation, in an order a cursor can follow without ever
// skipping a change, even when transactions commit out of order.
import { Client } from 'pg';
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { serverUrl } from '../helpers/database';
import { withDatabase } from '../setup/testDatabase';
import { ChangesDocument, LiveLogDocument, LiveTargetDateDocument, RecentUpdatesDocument } from '../__generated__/live';

const s = useTestServer({ reset: true });

const log = (code: string, note: string, progress: number) =>
  s.exec(LiveLogDocument, { input: { code, note, status: 'IN_PROGRESS', progress } }, ADMIN_TOKEN);

const kindsAndCodes = async (after?: string | null) => {
  const page = await s.exec(ChangesDocument, { after });
  return page.data!.changes.edges.map((e) => `${e.node.kind} ${e.node.recommendation.code}`);
};

/** An audit entry written by hand, as a script would: the trigger makes it a change too. */
const auditInsert = (code: string, note: string) =>
  `INSERT INTO "AuditEntry" ("actorName", "operation", "targetType", "targetId", "after")
   VALUES ('script', 'scriptEdit', 'Recommendation', '${code}', '{"note": "${note}"}')`;

it('lists each write on a recommendation as a change, oldest first, with both languages and the log entry', async () => {
  await createRecommendation(s.db, { code: 'GOV-LIVE-01' });
  await log('GOV-LIVE-01', 'Pilot rules drafted', 20);
  await s.exec(
    LiveTargetDateDocument,
    { input: { code: 'GOV-LIVE-01', targetDate: '2027-06-30', reason: 'Ministry plan' } },
    ADMIN_TOKEN,
  );
  const page = await s.exec(ChangesDocument, {});
  expect(page.data!.changes.edges.map((e) => ({ ...e.node, cursor: e.cursor === e.node.cursor }))).toEqual([
    {
      cursor: true,
      kind: 'logProgress',
      actorName: '(admin token)',
      summaryZh: '记录进展：IN_PROGRESS, 20%',
      summaryEn: 'Progress logged: IN_PROGRESS, 20%',
      recommendation: { code: 'GOV-LIVE-01' },
      progressUpdate: { note: 'Pilot rules drafted' },
    },
    {
      cursor: true,
      kind: 'setTargetDate',
      actorName: '(admin token)',
      summaryZh: '调整目标日期',
      summaryEn: 'Target date changed',
      recommendation: { code: 'GOV-LIVE-01' },
      progressUpdate: null,
    },
  ]);
});

it('pages forward with first and after, each change once, with exact page flags', async () => {
  await createRecommendation(s.db, { code: 'GOV-LIVE-02' });
  for (let i = 1; i <= 5; i++) await log('GOV-LIVE-02', `Step ${i}`, i * 10);
  const notes = (p: Awaited<ReturnType<typeof s.exec<any, any>>>) =>
    p.data!.changes.edges.map((e: any) => e.node.progressUpdate.note);
  const first = await s.exec(ChangesDocument, { first: 2 });
  const second = await s.exec(ChangesDocument, { first: 2, after: first.data!.changes.pageInfo.endCursor });
  const third = await s.exec(ChangesDocument, { first: 2, after: second.data!.changes.pageInfo.endCursor });
  expect([notes(first), notes(second), notes(third)]).toEqual([['Step 1', 'Step 2'], ['Step 3', 'Step 4'], ['Step 5']]);
  expect([first, second, third].map((p) => p.data!.changes.pageInfo.hasNextPage)).toEqual([true, true, false]);
  expect([first, second, third].map((p) => p.data!.changes.pageInfo.hasPreviousPage)).toEqual([false, true, true]);
});

it('never skips a change whose transaction commits after a later one', async () => {
  await createRecommendation(s.db, { code: 'GOV-LIVE-03' });
  const early = new Client({ connectionString: s.url });
  const late = new Client({ connectionString: s.url });
  await Promise.all([early.connect(), late.connect()]);
  try {
    // `early` takes the lower id and txid, but commits last.
    await early.query('BEGIN');
    await early.query(auditInsert('GOV-LIVE-03', 'early'));
    await late.query('BEGIN');
    await late.query(auditInsert('GOV-LIVE-03', 'late'));
    await late.query('COMMIT');
    // A reader ordering by id would now see `late` and move past `early`'s lower id for good.
    const before = await s.exec(ChangesDocument, {});
    expect(before.data!.changes.edges).toEqual([]);
    await early.query('COMMIT');
    // The cursor of an empty page is null: the reader starts over from the beginning, as it had seen nothing.
    const after = await s.exec(ChangesDocument, { after: before.data!.changes.pageInfo.endCursor });
    const feedOrder = await s.db.$queryRaw<{ id: number; note: string }[]>`
      SELECT c.id, a."after"->>'note' AS note FROM "ChangeEvent" c JOIN "AuditEntry" a ON a.id = c."auditEntryId"
      ORDER BY c.txid, c.id`;
    expect(after.data!.changes.edges.map((e) => e.node.kind)).toEqual(['scriptEdit', 'scriptEdit']);
    expect(feedOrder.map((r) => r.note)).toEqual(['early', 'late']);
    // And a reader who saw `late` alone would still get `early`: it sorts after nothing it was given.
    expect(feedOrder[0].id).toBeLessThan(feedOrder[1].id);
  } finally {
    await Promise.all([early.end(), late.end()]);
  }
});

it('is not held back by a transaction open in another database of the same server', async () => {
  await createRecommendation(s.db, { code: 'GOV-LIVE-06' });
  const elsewhere = new Client({ connectionString: withDatabase(serverUrl(), 'postgres') });
  await elsewhere.connect();
  try {
    await elsewhere.query('BEGIN');
    await elsewhere.query('SELECT pg_current_xact_id()'); // takes a transaction id, older than the write below
    await log('GOV-LIVE-06', 'Visible at once', 10);
    expect(await kindsAndCodes()).toEqual(['logProgress GOV-LIVE-06']);
  } finally {
    await elsewhere.query('ROLLBACK');
    await elsewhere.end();
  }
});

it('writes no change for a refused or rolled-back write', async () => {
  await createRecommendation(s.db, { code: 'GOV-LIVE-04' });
  const refused = await s.exec(
    LiveLogDocument,
    { input: { code: 'GOV-LIVE-04', note: 'Stale', progress: 10, expectedVersion: 99 } },
    ADMIN_TOKEN,
  );
  const client = new Client({ connectionString: s.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query(auditInsert('GOV-LIVE-04', 'rolled back'));
  await client.query('ROLLBACK');
  await client.end();
  expect(errorCode(refused)).toBe('CONFLICT');
  expect(await kindsAndCodes()).toEqual([]);
});

it('keeps the dashboard recentUpdates working beside the feed', async () => {
  await createRecommendation(s.db, { code: 'GOV-LIVE-05' });
  await log('GOV-LIVE-05', 'Dashboard still sees this', 10);
  expect(await s.exec(RecentUpdatesDocument)).toEqual({
    data: { summary: { recentUpdates: [{ note: 'Dashboard still sees this' }] } },
  });
});

it('refuses a cursor it did not issue and a page over 200 with BAD_USER_INPUT', async () => {
  const bad = await s.exec(ChangesDocument, { after: 'not-a-cursor' });
  const big = await s.exec(ChangesDocument, { first: 201 });
  expect([errorCode(bad), bad.errors![0].extensions!.field, errorCode(big)]).toEqual([
    'BAD_USER_INPUT',
    'after',
    'BAD_USER_INPUT',
  ]);
});
