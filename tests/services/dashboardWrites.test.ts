// The dashboard after writes: its figures come from counts that triggers keep and from index reads at the
// clock's health boundaries (src/db/readModel/summaryCounts.ts), or from one grouped pass for other filters.
// After every kind of write, and at the instants where a health turns, they must equal a full
// recomputation in JS (healthOf over every row); ten cold requests together compute them once.
import { print } from 'graphql';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createOwner, createRecommendation, createTheme } from '../helpers/factories';
import { daysAgo, dayFromToday, isoDay } from '../helpers/time';
import { healthOf, HEALTHS } from '../../src/domain/health';
import { STATUSES } from '../../src/db/readModel/filter';
import * as ops from '../__generated__/dashboardWrites';

const DAY = 86_400_000;
const s = useTestServer({ reset: true });

type Filter = { theme?: string[]; owner?: string[] } | null;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The dashboard as a full recomputation would give it: every row read, healthOf in JS. */
async function recomputed(now: Date, filter: Filter) {
  const rows = (
    await s.db.recommendation.findMany({
      where: { archivedAt: null },
      include: { theme: true, owners: { include: { owner: true } } },
    })
  ).filter(
    (r) =>
      (!filter?.theme || filter.theme.includes(r.theme.code)) &&
      (!filter?.owner || r.owners.some((o) => filter.owner!.includes(o.owner.name))),
  );
  const health = rows.map((r) => healthOf(r, now, s.config.health));
  const themes = [...new Map(rows.map((r) => [r.themeId, r.theme])).values()].sort((a, b) => a.id - b.id);
  const avg = (xs: typeof rows) => (xs.length ? round1(xs.reduce((n, r) => n + r.progress, 0) / xs.length) : 0);
  return {
    total: rows.length,
    averageProgress: avg(rows),
    byStatus: STATUSES.map((status) => ({ status, count: rows.filter((r) => r.status === status).length })),
    byHealth: HEALTHS.map((h) => ({ health: h, count: health.filter((x) => x === h).length })),
    byTheme: themes.map((t) => {
      const of = rows.filter((r) => r.themeId === t.id);
      return {
        theme: { code: t.code },
        total: of.length,
        implemented: of.filter((r) => r.status === 'IMPLEMENTED').length,
        averageProgress: avg(of),
        overdue: rows.filter((r, i) => r.themeId === t.id && health[i] === 'OVERDUE').length,
      };
    }),
  };
}

/** The dashboard the API serves at `now`. */
async function served(now: Date, filter: Filter) {
  const ctx = { ...(await s.contextFor()), now };
  const res = await s.apollo.executeOperation(
    { query: print(ops.FiguresDocument), variables: { filter } },
    { contextValue: ctx },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  expect(res.body.singleResult.errors).toBeUndefined();
  return JSON.parse(JSON.stringify(res.body.singleResult.data)).summary;
}

const now = new Date();
/** The instants where some health below turns: now, either side of a record turning stale and of midnight. */
const turnsStaleAt = new Date(now.getTime() + 3_600_000);
const midnight = new Date(dayFromToday(1, now).getTime());
const INSTANTS = [
  now,
  new Date(turnsStaleAt.getTime() - 1),
  new Date(turnsStaleAt.getTime() + 1),
  new Date(midnight.getTime() - 1),
  midnight,
];

/** Two themes, records in every health, owners on some. */
async function catalog() {
  const a = await createTheme(s.db, { code: 'ALPHA' });
  // One document: a record moved between the themes keeps quoting the text it quotes.
  const b = await createTheme(s.db, { code: 'BETA', documentId: a.documentId });
  const owner = await createOwner(s.db, { name: 'Ministry of Tests' });
  const recent = daysAgo(1, now);
  const specs = [
    { themeId: a.id, status: 'IN_PROGRESS', progress: 40, targetDate: dayFromToday(-3, now), lastProgressAt: recent },
    { themeId: a.id, status: 'IN_PROGRESS', progress: 20, targetDate: dayFromToday(10, now), lastProgressAt: recent },
    { themeId: a.id, status: 'PLANNED', progress: 5, targetDate: null, lastProgressAt: daysAgo(120, now) },
    { themeId: a.id, status: 'IMPLEMENTED', progress: 100, targetDate: dayFromToday(-30, now), lastProgressAt: recent },
    { themeId: b.id, status: 'IN_PROGRESS', progress: 70, targetDate: dayFromToday(0, now), lastProgressAt: recent },
    { themeId: b.id, status: 'STALLED', progress: 30, lastProgressAt: new Date(turnsStaleAt.getTime() - 90 * DAY) },
    { themeId: b.id, status: 'NOT_STARTED', progress: 0, createdAt: daysAgo(200, now), lastProgressAt: null },
    { themeId: b.id, status: 'ABANDONED', progress: 10, targetDate: dayFromToday(-1, now), lastProgressAt: recent },
  ] as const;
  const recs = [];
  for (const spec of specs) recs.push(await createRecommendation(s.db, { createdAt: daysAgo(150, now), ...spec }));
  for (const r of recs.slice(0, 5))
    await s.db.recommendationOwner.create({ data: { recommendationId: r.id, ownerId: owner.id } });
  return recs.map((r) => r.code);
}

const FILTERS: Filter[] = [null, { theme: ['ALPHA'] }, { owner: ['Ministry of Tests'] }];

/** Every filter at every instant: the served dashboard and the recomputation, side by side. */
async function compareAll() {
  const got = [];
  const want = [];
  for (const filter of FILTERS)
    for (const at of INSTANTS) {
      got.push(await served(at, filter));
      want.push(await recomputed(at, filter));
    }
  expect(got).toEqual(want);
}

const ok = async (res: Promise<{ errors?: unknown }>) => expect((await res).errors).toBeUndefined();

const WRITES: [string, (codes: string[]) => Promise<unknown>][] = [
  [
    'a log entry (status and progress)',
    (c) =>
      ok(
        s.exec(
          ops.LogEntryDocument,
          { input: { code: c[1], note: 'n', status: 'STALLED', progress: 25 } },
          ADMIN_TOKEN,
        ),
      ),
  ],
  [
    'a log entry that revives a stale record',
    (c) => ok(s.exec(ops.LogEntryDocument, { input: { code: c[2], note: 'n', progress: 9 } }, ADMIN_TOKEN)),
  ],
  [
    'curation (a new theme)',
    (c) => ok(s.exec(ops.CurateDocument, { input: { code: c[0], theme: 'BETA' } }, ADMIN_TOKEN)),
  ],
  [
    'owners',
    (c) =>
      ok(
        s.exec(
          ops.OwnersDocument,
          { input: { code: c[6], owners: [{ name: 'Ministry of Tests', kind: 'MINISTRY' }] } },
          ADMIN_TOKEN,
        ),
      ),
  ],
  [
    'dates',
    (c) =>
      ok(
        s.exec(
          ops.TargetDateDocument,
          { input: { code: c[5], targetDate: isoDay(dayFromToday(-2, now)), reason: 'r' } },
          ADMIN_TOKEN,
        ),
      ),
  ],
  ['archive', (c) => ok(s.exec(ops.ArchiveDocument, { code: c[0] }, ADMIN_TOKEN))],
  [
    'archive and restore',
    async (c) => {
      await ok(s.exec(ops.ArchiveDocument, { code: c[4] }, ADMIN_TOKEN));
      await ok(s.exec(ops.RestoreDocument, { code: c[4] }, ADMIN_TOKEN));
    },
  ],
  ['plain SQL over many rows', () => s.db.$executeRawUnsafe(`UPDATE "Recommendation" SET progress = progress / 2 + 1`)],
  ['a plain SQL delete', (c) => s.db.$executeRawUnsafe(`DELETE FROM "Recommendation" WHERE code = '${c[7]}'`)],
];

it.each(WRITES)('equals a full recomputation after %s, at every health boundary', async (_name, write) => {
  const codes = await catalog();
  await compareAll();
  await write(codes);
  await compareAll();
});

it('equals a full recomputation after a reset and a new catalog (TRUNCATE empties the kept counts)', async () => {
  await catalog();
  await s.reset();
  expect((await served(now, null)).total).toBe(0);
  await catalog();
  await compareAll();
});

it('computes a cold dashboard once for ten concurrent requests (one figures and one themes statement)', async () => {
  await catalog();
  await served(now, null);
  await s.db.$executeRawUnsafe(`UPDATE "Recommendation" SET progress = 50 WHERE code LIKE 'GOV-TEST-%'`);
  s.statements.length = 0;
  const answers = await Promise.all(Array.from({ length: 10 }, () => served(now, null)));
  const kinds = s.statements.map((sql) =>
    sql.includes('ChangeCounter')
      ? 'version'
      : sql.includes('SummaryCount')
        ? 'figures'
        : sql.includes('"Theme"')
          ? 'themes'
          : sql,
  );
  expect(kinds.sort()).toEqual(['figures', 'themes', ...Array(10).fill('version')]);
  expect(answers).toEqual(Array(10).fill(await recomputed(now, null)));
});
