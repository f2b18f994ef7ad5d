// What analysts ask for first: search, filters, ordering and paging that stays stable while others write.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import { daysAgo, dayFromToday } from '../helpers/time';
import { ListDocument, LogDocument, SetOwnersDocument } from '../__generated__/listing';

const s = useTestServer({ reset: true });

type Conn = {
  totalCount: number;
  edges: { node: { code: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};
const codesOf = (conn: Conn) => conn.edges.map((e) => e.node.code);
const list = async (vars: Record<string, unknown>): Promise<Conn> => {
  const res = await s.exec(ListDocument, vars);
  expect(res.errors).toBeUndefined();
  return res.data!.recommendations;
};

/** Every code, page by page, following endCursor. */
async function pageAll(vars: Record<string, unknown>, first: number, between: () => Promise<void> = async () => {}) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const conn: Conn = await list({ ...vars, first, after });
    seen.push(...codesOf(conn));
    if (!conn.pageInfo.hasNextPage) return seen;
    after = conn.pageInfo.endCursor;
    await between();
  }
  throw new Error('paging did not end');
}

// Created in this order (ids 1-5), so ties on a value are broken by id in the direction asked.
async function five() {
  const theme = await createTheme(s.db);
  const rows = [
    { code: 'GOV-ORD-C', progress: 40, targetDate: new Date('2027-01-01'), updatedAt: daysAgo(5) },
    { code: 'GOV-ORD-A', progress: 10, targetDate: null, updatedAt: daysAgo(1) },
    { code: 'GOV-ORD-E', progress: 40, targetDate: new Date('2026-12-01'), updatedAt: daysAgo(3) },
    { code: 'GOV-ORD-B', progress: 0, targetDate: null, updatedAt: daysAgo(4), status: 'NOT_STARTED' as const },
    {
      code: 'GOV-ORD-D',
      progress: 100,
      targetDate: new Date('2027-01-01'),
      updatedAt: daysAgo(2),
      status: 'IMPLEMENTED' as const,
    },
  ];
  for (const r of rows) await createRecommendation(s.db, { status: 'IN_PROGRESS', ...r, themeId: theme.id });
}

describe('search', () => {
  async function sandboxAndOthers() {
    const sandbox = await createTheme(s.db, { code: 'SANDBOX', nameZh: '监管沙盒', nameEn: 'Regulatory sandboxes' });
    const law = await createTheme(s.db, { code: 'LAW', nameZh: '法律伦理', nameEn: 'Law and ethics' });
    await createRecommendation(s.db, {
      code: 'GOV-SANDBOX-01',
      themeId: sandbox.id,
      titleZh: '开展人工智能监管沙盒试点',
      titleEn: 'Pilot AI regulatory sandboxes',
    });
    await createRecommendation(s.db, {
      code: 'GOV-LAW-01',
      themeId: law.id,
      titleZh: '完善法律',
      titleEn: 'Improve the law',
      quote: '在自动驾驶等领域探索沙盒监管',
    });
    await createRecommendation(s.db, {
      code: 'GOV-LAW-02',
      themeId: law.id,
      titleZh: '伦理审查',
      titleEn: 'Ethics review',
      summaryEn: 'Set up ethics committees in FIRMS.',
    });
  }

  it.each([
    ['沙盒', ['GOV-LAW-01', 'GOV-SANDBOX-01']],
    ['监管沙', ['GOV-SANDBOX-01']],
    ['探索沙盒监管', ['GOV-LAW-01']],
    ['regulatory SANDBOX', ['GOV-SANDBOX-01']],
    ['committees in firms', ['GOV-LAW-02']],
    ['gov-law', ['GOV-LAW-01', 'GOV-LAW-02']],
    ['Regulatory sandboxes', ['GOV-SANDBOX-01']],
    ['区块链', []],
  ])('finds %s in codes, titles, summary, quote or theme name', async (search, expected) => {
    await sandboxAndOthers();
    expect(codesOf(await list({ filter: { search } }))).toEqual(expected);
  });

  it('treats %, _ and \\ as punctuation (spaces), never as LIKE wildcards', async () => {
    await createRecommendation(s.db, { code: 'GOV-PCT-01', titleEn: 'Cut costs by 50% in 2027' });
    await createRecommendation(s.db, { code: 'GOV-PCT-02', titleEn: 'Plain text' });
    await createRecommendation(s.db, { code: 'GOV-PCT-03', titleEn: 'Stored under C:\\data' });
    expect(codesOf(await list({ filter: { search: '50%' } }))).toEqual(['GOV-PCT-01']);
    // Nothing is left of these after normalisation: they do not narrow, as a blank search does not.
    expect(codesOf(await list({ filter: { search: '%' } }))).toEqual(['GOV-PCT-01', 'GOV-PCT-02', 'GOV-PCT-03']);
    expect(codesOf(await list({ filter: { search: '_' } }))).toEqual(['GOV-PCT-01', 'GOV-PCT-02', 'GOV-PCT-03']);
    expect(codesOf(await list({ filter: { search: 'C:\\' } }))).toEqual(['GOV-PCT-03']);
  });
});

describe('filters', () => {
  async function catalog() {
    const sandbox = await createTheme(s.db, { code: 'SANDBOX', pillar: 'GOVERNANCE' });
    const risk = await createTheme(s.db, { code: 'RISK', pillar: 'GOVERNANCE' });
    const finance = await createTheme(s.db, { code: 'FINANCE', pillar: 'DEVELOPMENT' });
    const old = daysAgo(10);
    await createRecommendation(s.db, {
      code: 'GOV-SANDBOX-01',
      themeId: sandbox.id,
      status: 'IN_PROGRESS',
      progress: 40,
      lastProgressAt: daysAgo(2),
      updatedAt: old,
    });
    await createRecommendation(s.db, {
      code: 'GOV-RISK-01',
      themeId: risk.id,
      status: 'PLANNED',
      progress: 10,
      targetDate: dayFromToday(-1),
      lastProgressAt: daysAgo(2),
      updatedAt: old,
    });
    await createRecommendation(s.db, { code: 'DEV-FINANCE-01', themeId: finance.id });
    await s.exec(
      SetOwnersDocument,
      { input: { code: 'GOV-SANDBOX-01', owners: [{ name: '国家网信办', kind: 'REGULATOR' }] } },
      ADMIN_TOKEN,
    );
    await s.exec(
      SetOwnersDocument,
      {
        input: {
          code: 'DEV-FINANCE-01',
          owners: [
            { name: '科技部', kind: 'MINISTRY' },
            { name: '国家网信办', kind: 'REGULATOR' },
          ],
        },
      },
      ADMIN_TOKEN,
    );
    // setOwners touched updatedAt; put GOV-SANDBOX-01 back in the past for the updatedSince case.
    await s.db.recommendation.update({ where: { code: 'GOV-SANDBOX-01' }, data: { updatedAt: old } });
  }

  it.each<[string, Record<string, unknown>, string[]]>([
    ['status', { status: ['PLANNED', 'NOT_STARTED'] }, ['DEV-FINANCE-01', 'GOV-RISK-01']],
    ['theme', { theme: ['SANDBOX', 'FINANCE'] }, ['DEV-FINANCE-01', 'GOV-SANDBOX-01']],
    ['pillar', { pillar: 'DEVELOPMENT' }, ['DEV-FINANCE-01']],
    ['owner', { owner: ['科技部'] }, ['DEV-FINANCE-01']],
    ['any of several owners', { owner: ['国家网信办', '科技部'] }, ['DEV-FINANCE-01', 'GOV-SANDBOX-01']],
    ['health', { health: ['OVERDUE'] }, ['GOV-RISK-01']],
    [
      'health, several values',
      { health: ['ON_TRACK', 'OVERDUE'] },
      ['DEV-FINANCE-01', 'GOV-RISK-01', 'GOV-SANDBOX-01'],
    ],
    ['updatedSince', { updatedSince: daysAgo(1).toISOString() }, ['DEV-FINANCE-01']],
    [
      'all criteria together',
      { pillar: 'GOVERNANCE', status: ['IN_PROGRESS', 'PLANNED'], owner: ['国家网信办'] },
      ['GOV-SANDBOX-01'],
    ],
  ])('narrow the list by %s', async (_name, filter, expected) => {
    await catalog();
    const conn = await list({ filter });
    expect({ totalCount: conn.totalCount, codes: codesOf(conn) }).toEqual({
      totalCount: expected.length,
      codes: expected,
    });
  });

  it('bring a record back into updatedSince once progress is logged on it', async () => {
    await catalog();
    const since = new Date().toISOString();
    expect(codesOf(await list({ filter: { updatedSince: since } }))).toEqual([]);
    await s.exec(
      LogDocument,
      { input: { code: 'GOV-RISK-01', note: 'moving', status: 'IN_PROGRESS', progress: 20 } },
      ADMIN_TOKEN,
    );
    expect(codesOf(await list({ filter: { updatedSince: since } }))).toEqual(['GOV-RISK-01']);
  });
});

describe('orderBy', () => {
  it.each([
    ['CODE', 'ASC', ['A', 'B', 'C', 'D', 'E']],
    ['CODE', 'DESC', ['E', 'D', 'C', 'B', 'A']],
    ['UPDATED_AT', 'ASC', ['C', 'B', 'E', 'D', 'A']],
    ['UPDATED_AT', 'DESC', ['A', 'D', 'E', 'B', 'C']],
    ['PROGRESS', 'ASC', ['B', 'A', 'C', 'E', 'D']],
    ['PROGRESS', 'DESC', ['D', 'E', 'C', 'A', 'B']],
    ['TARGET_DATE', 'ASC', ['E', 'C', 'D', 'A', 'B']],
    ['TARGET_DATE', 'DESC', ['D', 'C', 'E', 'B', 'A']],
  ])(
    'orders by %s %s (ties by id, target dates null last), in one page and page by page',
    async (field, direction, expected) => {
      await five();
      const orderBy = { field, direction };
      const want = expected.map((x) => `GOV-ORD-${x}`);
      expect(codesOf(await list({ orderBy, first: 10 }))).toEqual(want);
      expect(await pageAll({ orderBy }, 2)).toEqual(want);
    },
  );
});

describe('cursors', () => {
  it('are refused with BAD_USER_INPUT under an orderBy other than the one they were issued for', async () => {
    await five();
    const byCode = (await list({ first: 1 })).pageInfo.endCursor;
    const byTarget = (await list({ first: 4, orderBy: { field: 'TARGET_DATE' } })).pageInfo.endCursor; // a null target's cursor
    for (const [after, orderBy] of [
      [byCode, { field: 'PROGRESS' }],
      [byCode, { field: 'UPDATED_AT' }],
      [byCode, { field: 'CODE', direction: 'DESC' }],
      [byTarget, { field: 'CODE' }],
      [byTarget, { field: 'UPDATED_AT' }],
      [byTarget, { field: 'TARGET_DATE', direction: 'DESC' }],
    ] as const) {
      const res = await s.exec(ListDocument, { first: 2, after, orderBy });
      expect(res.errors?.[0]).toMatchObject({
        message: 'This cursor was issued for another orderBy: page again from the start.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });

  it('are refused with BAD_USER_INPUT when forged with a key of the wrong type', async () => {
    await five();
    const forge = (key: object) => Buffer.from(JSON.stringify(key)).toString('base64url');
    for (const [key, field] of [
      [{ v: 'not-a-date', id: 1, o: 'updatedAt:asc' }, 'UPDATED_AT'],
      [{ v: 'ten', id: 1, o: 'progress:asc' }, 'PROGRESS'],
      [{ v: null, id: 1, o: 'code:asc' }, 'CODE'],
      [{ v: 'GOV-ORD-A', id: 1 }, 'CODE'],
    ] as const) {
      expect((await s.exec(ListDocument, { after: forge(key), orderBy: { field } })).errors?.[0].extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});

describe('cursor pagination under concurrent inserts', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it.each([
    ['CODE', 'ASC'],
    ['PROGRESS', 'DESC'],
    ['TARGET_DATE', 'ASC'],
  ])('neither skips nor repeats a pre-existing record while another loop inserts (%s %s)', async (field, direction) => {
    const theme = await createTheme(s.db);
    const base = {
      themeId: theme.id,
      titleZh: '页',
      titleEn: 'page',
      summaryEn: 's',
      quote: 'q',
      status: 'IN_PROGRESS' as const,
    };
    // Pre-existing codes step by 10; inserted ones fall between them, before them and after them.
    const preExisting = Array.from({ length: 23 }, (_, i) => ({
      ...base,
      code: `GOV-PAGE-${String(100 + i * 10)}`,
      progress: (i * 7) % 101,
      targetDate: i % 4 === 0 ? null : dayFromToday(i * 3),
    }));
    await s.db.recommendation.createMany({ data: preExisting });

    let inserted = 0;
    let done = false;
    const inserter = (async () => {
      for (let n = 0; !done; n++) {
        const code =
          n % 5 === 0 ? `GOV-PAGA-${n}` : n % 5 === 1 ? `GOV-PAGZ-${n}` : `GOV-PAGE-${101 + ((n * 37) % 229)}-${n}`;
        await s.db.recommendation.create({
          data: { ...base, code, progress: (n * 13) % 101, targetDate: n % 3 === 0 ? null : dayFromToday(n % 70) },
        });
        inserted += 1;
        await sleep(1);
      }
    })();
    // Each next page waits for at least one insert, so writes land between every two page fetches.
    const waitForInsert = async () => {
      const before = inserted;
      while (inserted === before) await sleep(1);
    };
    const seen = await pageAll({ orderBy: { field, direction } }, 5, waitForInsert).finally(() => {
      done = true;
    });
    await inserter;

    const pre = preExisting.map((r) => r.code);
    expect(seen.filter((c) => pre.includes(c)).sort()).toEqual([...pre].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(inserted).toBeGreaterThanOrEqual(4);
  });
});
