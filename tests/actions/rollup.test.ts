// Roll-ups (issue 23): each rule's arithmetic, with empty, archived and abandoned children; the parent's progress
// following it up a deep tree; asOf reproducing a past roll-up after later changes; refusals that write nothing.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createTheme, createUserWithToken } from '../helpers/factories';

const s = useTestServer({ reset: true });

const CREATE = `mutation Create($input: CreateRecommendationInput!) { createRecommendation(input: $input) { code } }`;
const SET = `mutation Set($input: SetRollupInput!) { setRollup(input: $input) { code progress version rollup { rule version result } } }`;
const ROLLUP = `query R($code: String!, $asOf: Date) {
  recommendation(code: $code, asOf: $asOf) {
    progress
    rollup { rule version result inputs { code weight progress counted excludedBecause } explanationEn explanationZh }
  }
}`;

async function ok(query: string, variables: Record<string, unknown>) {
  const res = await s.exec(query, variables, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** A top-level record P and `n` actions P.1 … P.n. */
async function tree(n: number) {
  const theme = await createTheme(s.db);
  await ok(CREATE, {
    input: { code: 'P', theme: theme.code, titleZh: '父', titleEn: 'Parent', summaryEn: 'P.', quote: '引文' },
  });
  for (let i = 0; i < n; i++) await ok(CREATE, { input: { parentCode: 'P', titleZh: '子', titleEn: 'Child' } });
}

const log = (code: string, progress: number, more: Record<string, unknown> = {}) =>
  ok(`mutation L($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`, {
    input: { code, note: `${code} at ${progress}`, status: 'IN_PROGRESS', progress, ...more },
  });
const setRollup = (input: Record<string, unknown>) => ok(SET, { input: { code: 'P', ...input } });
const read = async (code = 'P', asOf?: string) => (await s.exec(ROLLUP, { code, asOf })).data!.recommendation;

describe('each rule', () => {
  it('MEAN: the plain mean of the counted children, rounded half up', async () => {
    await tree(3);
    await log('P.1', 50);
    await log('P.2', 20);
    await log('P.3', 15);
    const set = await setRollup({ rule: 'MEAN' });
    expect(set.setRollup).toMatchObject({ progress: 28, rollup: { rule: 'MEAN', version: 1, result: 28 } });
    // 85 / 3 = 28.33; with P.3 at 16: 86 / 3 = 28.67 → 29
    await log('P.3', 16);
    expect(await read()).toMatchObject({ progress: 29, rollup: { result: 29 } });
  });

  it('WEIGHTED_MEAN: weights as set, 1 when not set, and the arithmetic in words in both languages', async () => {
    await tree(3);
    await log('P.1', 50);
    await log('P.2', 30);
    await setRollup({
      rule: 'WEIGHTED_MEAN',
      weights: [
        { code: 'P.1', weight: 2 },
        { code: 'P.3', weight: 0.5 },
      ],
    });
    // (50×2 + 30×1 + 0×0.5) / 3.5 = 37.14 → 37
    expect(await read()).toEqual({
      progress: 37,
      rollup: {
        rule: 'WEIGHTED_MEAN',
        version: 1,
        result: 37,
        inputs: [
          { code: 'P.1', weight: 2, progress: 50, counted: true, excludedBecause: null },
          { code: 'P.2', weight: 1, progress: 30, counted: true, excludedBecause: null },
          { code: 'P.3', weight: 0.5, progress: 0, counted: true, excludedBecause: null },
        ],
        explanationEn: '37% = weighted mean of: P.1 50% × 2, P.2 30% × 1, P.3 0% × 0.5',
        explanationZh: '37% = 加权平均：P.1 50% × 2、P.2 30% × 1、P.3 0% × 0.5',
      },
    });
  });

  it('WEIGHTED_MEAN with an empty (not started) child, an archived one, an abandoned one and one weighted 0', async () => {
    await tree(5);
    await log('P.1', 60);
    await log('P.2', 40);
    await log('P.3', 90);
    await log('P.4', 10, { status: 'ABANDONED', reason: 'Dropped by the ministry' });
    await ok(`mutation { archiveRecommendation(code: "P.3") { code } }`, {});
    await setRollup({
      rule: 'WEIGHTED_MEAN',
      weights: [
        { code: 'P.1', weight: 3 },
        { code: 'P.2', weight: 0 },
      ],
    });
    // P.1 60×3 and P.5 (empty: not started, 0) 0×1 count: 180 / 4 = 45
    const r = await read();
    expect(r.progress).toBe(45);
    expect(
      r.rollup.inputs.map((i: { code: string; counted: boolean; excludedBecause: string | null }) => [
        i.code,
        i.counted,
        i.excludedBecause,
      ]),
    ).toEqual([
      ['P.1', true, null],
      ['P.2', false, 'ZERO_WEIGHT'],
      ['P.3', false, 'ARCHIVED'],
      ['P.4', false, 'ABANDONED'],
      ['P.5', true, null],
    ]);
    expect(r.rollup.explanationEn).toBe(
      '45% = weighted mean of: P.1 60% × 3, P.5 0% × 1; not counted: P.2 (weight 0), P.3 (archived), P.4 (abandoned)',
    );
    // Restoring the archived child brings it back in: (180 + 90) / 5 = 54
    await ok(`mutation { restoreRecommendation(code: "P.3") { code } }`, {});
    expect((await read()).progress).toBe(54);
  });

  it('MIN: the least counted progress; no counted child: no result, and the parent keeps its progress', async () => {
    await tree(2);
    await log('P.1', 70);
    await log('P.2', 35);
    await setRollup({ rule: 'MIN' });
    expect((await read()).progress).toBe(35);
    await log('P.2', 35, { status: 'ABANDONED', reason: 'Stopped' });
    expect((await read()).progress).toBe(70);
    await ok(`mutation { archiveRecommendation(code: "P.1") { code } }`, {});
    const r = await read();
    expect(r).toMatchObject({ progress: 70, rollup: { result: null } });
    expect(r.rollup.explanationEn).toBe('No result: no child counts; not counted: P.1 (archived), P.2 (abandoned)');
  });

  it('MANUAL: progress is typed; a parent under another rule refuses typed progress', async () => {
    await tree(2);
    await log('P.1', 80);
    await setRollup({ rule: 'MEAN' });
    const typed = await s.exec(
      `mutation { logProgress(input: { code: "P", note: "typed", status: IN_PROGRESS, progress: 90 }) { update { id } } }`,
      {},
      ADMIN_TOKEN,
    );
    expect(typed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'progress' });
    await setRollup({ rule: 'MANUAL' });
    await log('P', 90);
    await log('P.2', 10);
    expect(await read()).toMatchObject({ progress: 90, rollup: { rule: 'MANUAL', version: 2, result: null } });
  });

  it('follows up a deep tree: a leaf five levels down moves every rolled-up ancestor', async () => {
    await tree(1);
    let code = 'P.1';
    for (let d = 0; d < 4; d++) {
      await ok(CREATE, { input: { parentCode: code, titleZh: '子', titleEn: 'Child' } });
      await ok(CREATE, { input: { parentCode: code, titleZh: '子', titleEn: 'Child' } });
      code = `${code}.1`;
    }
    for (const c of ['P', 'P.1', 'P.1.1', 'P.1.1.1', 'P.1.1.1.1']) await ok(SET, { input: { code: c, rule: 'MEAN' } });
    await log('P.1.1.1.1.1', 80); // its sibling P.1.1.1.1.2 is at 0
    const progress = async (c: string) => (await read(c)).progress;
    expect([
      await progress('P.1.1.1.1'),
      await progress('P.1.1.1'),
      await progress('P.1.1'),
      await progress('P.1'),
      await progress('P'),
    ]).toEqual([40, 20, 10, 5, 5]);
  });
});

describe('concurrent writes under one parent', () => {
  it('recompute it one after the other: eight children logged at once give the exact mean', async () => {
    await tree(8);
    await setRollup({ rule: 'MEAN' });
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
        s.exec(
          `mutation { logProgress(input: { code: "P.${i}", note: "n", status: IN_PROGRESS, progress: ${i * 10} }) { update { id } } }`,
          {},
          ADMIN_TOKEN,
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    // (10 + 20 + … + 80) / 8 = 45
    expect((await read()).progress).toBe(45);
  });
});

describe('as of a date', () => {
  it('reproduces a past roll-up exactly after later changes of weights, rule and children', async () => {
    await tree(3);
    await log('P.1', 40, { occurredOn: '2026-03-01' });
    await log('P.2', 10, { occurredOn: '2026-03-01' });
    await setRollup({ rule: 'WEIGHTED_MEAN', weights: [{ code: 'P.1', weight: 3 }] });
    // The rule was set on 2026-03-15 (the clock of a test is today: the revision is dated back instead).
    await s.db.$executeRaw`UPDATE "RollupRevision" SET "createdAt" = '2026-03-15T10:00:00Z'`;
    await s.db.$executeRaw`UPDATE "Recommendation" SET "createdAt" = '2026-01-01T00:00:00Z'`;
    const then = await read('P', '2026-04-01');
    // (40×3 + 10 + 0) / 5 = 26
    expect(then).toMatchObject({ progress: 26, rollup: { rule: 'WEIGHTED_MEAN', version: 1, result: 26 } });

    // Later: new progress, another weight, an archived child, a new child, another rule.
    await log('P.1', 90, { occurredOn: '2026-05-01' });
    await ok(`mutation { archiveRecommendation(code: "P.2") { code } }`, {});
    await ok(CREATE, { input: { parentCode: 'P', titleZh: '子', titleEn: 'Child' } });
    await setRollup({ rule: 'WEIGHTED_MEAN', weights: [{ code: 'P.3', weight: 5 }] });
    await setRollup({ rule: 'MIN' });
    expect(await read('P', '2026-04-01')).toEqual(then);
    expect((await read()).rollup).toMatchObject({ rule: 'MIN', version: 3, result: 0 });
    // Before any rule: MANUAL, version 0, and the replayed progress.
    expect((await read('P', '2026-03-10')).rollup).toMatchObject({ rule: 'MANUAL', version: 0, result: null });
  });
});

describe('refusals, with nothing written', () => {
  const counts = async () => [
    await s.db.rollupRevision.count(),
    await s.db.auditEntry.count(),
    (await s.db.recommendation.findUniqueOrThrow({ where: { code: 'P' } })).version,
  ];

  it.each([
    ['a negative weight', { rule: 'WEIGHTED_MEAN', weights: [{ code: 'P.1', weight: -1 }] }, 'weights.0.weight'],
    [
      'a weight on a record that is not a child',
      { rule: 'WEIGHTED_MEAN', weights: [{ code: 'Q', weight: 1 }] },
      'weights.0.code',
    ],
    ['a weight on a grandchild', { rule: 'WEIGHTED_MEAN', weights: [{ code: 'P.1.1', weight: 1 }] }, 'weights.0.code'],
    [
      'a weight on the record itself (a cycle)',
      { rule: 'MEAN', weights: [{ code: 'P', weight: 1 }] },
      'weights.0.code',
    ],
    [
      'a child weighted twice',
      {
        rule: 'WEIGHTED_MEAN',
        weights: [
          { code: 'P.1', weight: 1 },
          { code: 'P.1', weight: 2 },
        ],
      },
      'weights.1.code',
    ],
  ])('%s: BAD_USER_INPUT on %s', async (_what, input, field) => {
    await tree(1);
    await ok(CREATE, { input: { parentCode: 'P.1', titleZh: '孙', titleEn: 'Grandchild' } });
    const before = await counts();
    const res = await s.exec(SET, { input: { code: 'P', ...input } }, ADMIN_TOKEN);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('a cycle through an ancestor: BAD_USER_INPUT on the weight naming it', async () => {
    await tree(1);
    await ok(CREATE, { input: { parentCode: 'P.1', titleZh: '孙', titleEn: 'Grandchild' } });
    const res = await s.exec(
      SET,
      { input: { code: 'P.1', rule: 'MEAN', weights: [{ code: 'P', weight: 1 }] } },
      ADMIN_TOKEN,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringContaining('cycle'),
      extensions: { code: 'BAD_USER_INPUT', field: 'weights.0.code' },
    });
    // The database refuses a record as its own parent whatever writes it.
    const p = await s.db.recommendation.findUniqueOrThrow({ where: { code: 'P' } });
    await expect(s.db.recommendation.update({ where: { id: p.id }, data: { parentId: p.id } })).rejects.toThrow();
  });

  it('a non-numeric weight: BAD_USER_INPUT on weights.0.weight', async () => {
    await tree(1);
    const before = await counts();
    const res = await s.exec(
      SET,
      { input: { code: 'P', rule: 'WEIGHTED_MEAN', weights: [{ code: 'P.1', weight: 'heavy' }] } },
      ADMIN_TOKEN,
    );
    // Refused while GraphQL coerces the variables, before any resolver: the field named as the services name theirs.
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weights.0.weight' });
    expect(await counts()).toEqual(before);
  });

  it('MANUAL (or any rule) on a record without children: BAD_USER_INPUT on rule', async () => {
    await tree(0);
    const before = await counts();
    const res = await s.exec(SET, { input: { code: 'P', rule: 'MANUAL' } }, ADMIN_TOKEN);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rule' });
    expect(await counts()).toEqual(before);
  });

  it('a stale expectedVersion: CONFLICT with currentVersion', async () => {
    await tree(1);
    await setRollup({ rule: 'MEAN' });
    const before = await counts();
    const res = await s.exec(SET, { input: { code: 'P', rule: 'MIN', expectedVersion: 1 } }, ADMIN_TOKEN);
    expect(res.errors?.[0].extensions).toEqual({ code: 'CONFLICT', currentVersion: before[2] });
    expect(await counts()).toEqual(before);
  });

  it('an analyst: FORBIDDEN (rules are curation, for admins)', async () => {
    await tree(1);
    const { token } = await createUserWithToken(s.db, 'ANALYST');
    const res = await s.exec(SET, { input: { code: 'P', rule: 'MEAN' } }, token);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the audit trail', () => {
  it('records each version of the rule with its weights and the progress it gave', async () => {
    await tree(2);
    await log('P.1', 60);
    await setRollup({ rule: 'WEIGHTED_MEAN', weights: [{ code: 'P.1', weight: 2 }] });
    const entry = await s.db.auditEntry.findFirstOrThrow({ where: { operation: 'setRollup' } });
    expect(entry).toMatchObject({
      targetType: 'Recommendation',
      changeKind: 'setRollup',
      webhookEvent: 'RECOMMENDATION_CHANGED',
      before: { rule: 'MANUAL', rollupVersion: 0, progress: 0 },
      after: { rule: 'WEIGHTED_MEAN', rollupVersion: 1, weights: [{ code: 'P.1', weight: 2 }], progress: 40 },
    });
  });
});
