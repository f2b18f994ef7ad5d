// Health at each boundary. Time is controlled through the rows themselves (lastProgressAt, createdAt,
// targetDate relative to now), so the tests need no fake clock.
import { ADMIN_TOKEN, useTestServer, type TestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import { daysAgo, dayFromToday } from '../helpers/time';
import type { Prisma } from '../../src/generated/prisma/client';
import { HealthGridDocument, HealthOfDocument, LogDocument, WithHealthDocument } from '../__generated__/health';
import type { Health } from '../__generated__/schemaTypes';

// One request, so the field and every filter share one `now`.
type Overrides = Partial<Prisma.RecommendationUncheckedCreateInput>;

const fresh = (o: Overrides): Overrides => ({ status: 'IN_PROGRESS', progress: 40, lastProgressAt: daysAgo(1), ...o });

async function healthOf(s: TestServer, overrides: Overrides): Promise<{ field: Health; filtered: Health[] }> {
  const rec = await createRecommendation(s.db, overrides);
  const field = (await s.exec(HealthOfDocument, { code: rec.code })).data!.recommendation!.health;
  const filtered: Health[] = [];
  for (const h of ['ON_TRACK', 'AT_RISK', 'OVERDUE', 'DONE'] as const) {
    const res = await s.exec(WithHealthDocument, { health: [h] });
    if (res.data!.recommendations.edges.some((e: { node: { code: string } }) => e.node.code === rec.code))
      filtered.push(h);
  }
  return { field, filtered };
}

describe('health with the default thresholds (90 days stale; under 30 days to target with progress under 50)', () => {
  const s = useTestServer({ reset: true });

  it.each<[string, () => Overrides, Health]>([
    ['ON_TRACK when updated yesterday with no target', () => fresh({}), 'ON_TRACK'],
    ['AT_RISK when the last entry is exactly 90 days old', () => fresh({ lastProgressAt: daysAgo(90) }), 'AT_RISK'],
    ['ON_TRACK when the last entry is 89 days old', () => fresh({ lastProgressAt: daysAgo(89) }), 'ON_TRACK'],
    [
      'AT_RISK when never logged and created 90 days ago',
      () => fresh({ lastProgressAt: null, createdAt: daysAgo(90) }),
      'AT_RISK',
    ],
    [
      'ON_TRACK when never logged and created 89 days ago',
      () => fresh({ lastProgressAt: null, createdAt: daysAgo(89) }),
      'ON_TRACK',
    ],
    [
      'AT_RISK when the target is 29 days away and progress is 49',
      () => fresh({ targetDate: dayFromToday(29), progress: 49 }),
      'AT_RISK',
    ],
    [
      'AT_RISK when the target is today and progress is 0',
      () => fresh({ targetDate: dayFromToday(0), progress: 0 }),
      'AT_RISK',
    ],
    [
      'ON_TRACK when the target is 29 days away and progress is 50',
      () => fresh({ targetDate: dayFromToday(29), progress: 50 }),
      'ON_TRACK',
    ],
    [
      'ON_TRACK when the target is 30 days away (not less than 30) and progress is 10',
      () => fresh({ targetDate: dayFromToday(30), progress: 10 }),
      'ON_TRACK',
    ],
    [
      'ON_TRACK when the target is 31 days away and progress is 10',
      () => fresh({ targetDate: dayFromToday(31), progress: 10 }),
      'ON_TRACK',
    ],
    [
      'OVERDUE when the target was yesterday and it is in progress',
      () => fresh({ targetDate: dayFromToday(-1), progress: 90 }),
      'OVERDUE',
    ],
    [
      'OVERDUE rather than AT_RISK when also stale',
      () => fresh({ targetDate: dayFromToday(-1), lastProgressAt: daysAgo(200) }),
      'OVERDUE',
    ],
    [
      'OVERDUE when NOT_STARTED past its target',
      () => fresh({ status: 'NOT_STARTED', progress: 0, targetDate: dayFromToday(-1) }),
      'OVERDUE',
    ],
    [
      'DONE when IMPLEMENTED, even past its target and stale',
      () => ({ status: 'IMPLEMENTED', progress: 100, targetDate: dayFromToday(-1), lastProgressAt: daysAgo(400) }),
      'DONE',
    ],
    ['DONE when ABANDONED', () => ({ status: 'ABANDONED', progress: 20, targetDate: dayFromToday(-10) }), 'DONE'],
  ])('is %s, in the field and the filter alike', async (_name, overrides, expected) => {
    expect(await healthOf(s, overrides())).toEqual({ field: expected, filtered: [expected] });
  });

  it('turns a stale AT_RISK record ON_TRACK once progress is logged on it', async () => {
    const rec = await createRecommendation(s.db, fresh({ lastProgressAt: daysAgo(120) }));
    expect((await s.exec(HealthOfDocument, { code: rec.code })).data!.recommendation!.health).toBe('AT_RISK');
    const logged = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'Checked with the ministry: still drafting', progress: 45 } },
      ADMIN_TOKEN,
    );
    expect(logged.errors).toBeUndefined();
    expect((await s.exec(HealthOfDocument, { code: rec.code })).data!.recommendation!.health).toBe('ON_TRACK');
    expect((await s.exec(WithHealthDocument, { health: ['ON_TRACK'] })).data!.recommendations.totalCount).toBe(1);
  });

  it('agrees between the health field and the health filter over a grid of 192 records', async () => {
    const theme = await createTheme(s.db);
    const statuses = ['NOT_STARTED', 'IN_PROGRESS', 'IMPLEMENTED', 'ABANDONED'] as const;
    const targets = [null, -1, 0, 29, 30, 31];
    const activity = [
      { lastProgressAt: daysAgo(89), days: 89 },
      { lastProgressAt: daysAgo(90), days: 90 },
      { lastProgressAt: null, createdAt: daysAgo(89), days: 89 },
      { lastProgressAt: null, createdAt: daysAgo(91), days: 91 },
    ];
    const expected = new Map<string, Health>();
    const rows: Prisma.RecommendationCreateManyInput[] = [];
    for (const status of statuses)
      for (const progress of [49, 50])
        for (const target of targets)
          for (const [ai, a] of activity.entries()) {
            const code = `GOV-GRID-${status.replace('_', '')}-${progress}-${target ?? 'NONE'}-${ai}`.replace(
              '--',
              '-M',
            );
            const { days, ...times } = a;
            rows.push({
              code,
              themeId: theme.id,
              titleZh: '格',
              titleEn: 'grid',
              summaryEn: 's',
              quote: 'q',
              status,
              progress,
              targetDate: target === null ? null : dayFromToday(target),
              ...times,
            });
            // The rule, written from the words rather than from the code under test.
            const closed = status === 'IMPLEMENTED' || status === 'ABANDONED';
            const overdue = target !== null && target < 0;
            const atRisk = days >= 90 || (target !== null && target < 30 && progress < 50);
            expected.set(code, closed ? 'DONE' : overdue ? 'OVERDUE' : atRisk ? 'AT_RISK' : 'ON_TRACK');
          }
    await s.db.recommendation.createMany({ data: rows });

    const res = await s.exec(HealthGridDocument);
    expect(res.errors).toBeUndefined();
    const codes = (conn: { edges: { node: { code: string } }[] }) => conn.edges.map((e) => e.node.code).sort();
    const fieldHealth = new Map<string, Health>(
      res.data!.all.edges.map((e: { node: { code: string; health: Health } }) => [e.node.code, e.node.health]),
    );
    expect(res.data!.all.totalCount).toBe(192);
    expect(fieldHealth).toEqual(expected);
    const withField = (...hs: Health[]) =>
      [...fieldHealth]
        .filter(([, h]) => hs.includes(h))
        .map(([c]) => c)
        .sort();
    expect({
      onTrack: codes(res.data!.onTrack),
      atRisk: codes(res.data!.atRisk),
      overdue: codes(res.data!.overdue),
      done: codes(res.data!.done),
      late: codes(res.data!.late),
    }).toEqual({
      onTrack: withField('ON_TRACK'),
      atRisk: withField('AT_RISK'),
      overdue: withField('OVERDUE'),
      done: withField('DONE'),
      late: withField('AT_RISK', 'OVERDUE'),
    });
    // Every class is populated, so the comparison above is not vacuous.
    expect(
      withField('ON_TRACK').length *
        withField('AT_RISK').length *
        withField('OVERDUE').length *
        withField('DONE').length,
    ).toBeGreaterThan(0);
  });
});

describe('health with configured thresholds (HEALTH_STALE_DAYS=10, HEALTH_DUE_SOON_DAYS=60, HEALTH_DUE_SOON_MIN_PROGRESS=80)', () => {
  const s = useTestServer({
    env: { HEALTH_STALE_DAYS: '10', HEALTH_DUE_SOON_DAYS: '60', HEALTH_DUE_SOON_MIN_PROGRESS: '80' },
    reset: true,
  });

  it.each<[string, () => Overrides, Health]>([
    ['AT_RISK when the last entry is 10 days old', () => fresh({ lastProgressAt: daysAgo(10) }), 'AT_RISK'],
    ['ON_TRACK when the last entry is 9 days old', () => fresh({ lastProgressAt: daysAgo(9) }), 'ON_TRACK'],
    [
      'AT_RISK when the target is 45 days away and progress is 79',
      () => fresh({ targetDate: dayFromToday(45), progress: 79 }),
      'AT_RISK',
    ],
    [
      'ON_TRACK when the target is 45 days away and progress is 80',
      () => fresh({ targetDate: dayFromToday(45), progress: 80 }),
      'ON_TRACK',
    ],
    [
      'ON_TRACK when the target is 60 days away and progress is 10',
      () => fresh({ targetDate: dayFromToday(60), progress: 10 }),
      'ON_TRACK',
    ],
  ])('is %s, in the field and the filter alike', async (_name, overrides, expected) => {
    expect(await healthOf(s, overrides())).toEqual({ field: expected, filtered: [expected] });
  });
});
