// The Cursor Connections conventions: every connection pages forward (first/after) and backward (last/before)
// over the same keyset, and PageInfo says exactly whether anything lies on either side of a page. The whole
// seeded catalog is read both ways, in every order, on each of the three paths a page can take: the compiled
// statement, the resolvers' one-statement unfiltered page, and the resolvers' filtered (Prisma) page.
import { seedCatalog } from '../../prisma/seed';
import { readCatalog } from '../../prisma/catalogFile';
import { ADMIN_TOKEN, errorCode, useTestServer, type GqlResult } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';

const PAGE = /* GraphQL */ `
  query Page(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $orderBy: RecommendationOrder
    $filter: RecommendationFilter
  ) {
    recommendations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          code
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

const AUDIT = /* GraphQL */ `
  query Audit($first: Int, $after: String, $last: Int, $before: String) {
    auditLog(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges {
        cursor
        node {
          id
          operation
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Conn {
  totalCount: number;
  edges: { cursor: string; node: { code: string } }[];
  pageInfo: PageInfo;
}

const s = useTestServer({ reset: true });

/** Every way a page is answered: `compiled` off sends it to the resolvers; a filter matching all takes Prisma's path. */
const PATHS = {
  compiled: { compiled: true, filter: null },
  'resolvers, unfiltered': { compiled: false, filter: null },
  'resolvers, filtered': { compiled: false, filter: { updatedSince: '2000-01-01T00:00:00.000Z' } },
} as const;
type Path = keyof typeof PATHS;

async function exec(
  query: string,
  variables: Record<string, unknown>,
  compiled = true,
  token: string | null = null,
): Promise<GqlResult<any>> {
  const ctx = await s.contextFor(token);
  s.statements.length = 0;
  const vars = JSON.parse(JSON.stringify(variables)) as Record<string, unknown>; // drops undefined
  const res = await s.apollo.executeOperation(
    { query, variables: vars },
    { contextValue: { ...ctx, config: { ...ctx.config, sqlCompiledLists: compiled } } },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return JSON.parse(JSON.stringify(res.body.singleResult)) as GqlResult<any>;
}

async function page(path: Path, variables: Record<string, unknown>): Promise<Conn> {
  const { compiled, filter } = PATHS[path];
  const res = await exec(PAGE, { filter, ...variables }, compiled);
  expect(res.errors).toBeUndefined();
  return res.data!.recommendations as Conn;
}

/** The pages read forward from the start with `first`, following endCursor. */
async function forward(path: Path, orderBy: object, size: number): Promise<Conn[]> {
  const pages: Conn[] = [];
  for (let after: string | null = null; pages.length < 100;) {
    const conn = await page(path, { first: size, after, orderBy });
    pages.push(conn);
    if (!conn.pageInfo.hasNextPage) return pages;
    after = conn.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

/** The pages read backward from the end with `last`, following startCursor, in the order they were read. */
async function backward(path: Path, orderBy: object, size: number): Promise<Conn[]> {
  const pages: Conn[] = [];
  for (let before: string | null = null; pages.length < 100;) {
    const conn = await page(path, { last: size, before, orderBy });
    pages.push(conn);
    if (!conn.pageInfo.hasPreviousPage) return pages;
    before = conn.pageInfo.startCursor;
  }
  throw new Error('paging did not end');
}

const edgesOf = (pages: Conn[]) => pages.flatMap((p) => p.edges.map((e) => `${e.node.code} ${e.cursor}`));
const ORDERS = ['CODE', 'UPDATED_AT', 'PROGRESS', 'TARGET_DATE'].flatMap((field) =>
  ['ASC', 'DESC'].map((direction) => ({ field, direction })),
);

/** Gives the seeded records varied sort keys, with ties and NULL target dates, in an order unrelated to their ids. */
async function varyKeys() {
  await s.db.$executeRaw`
    UPDATE "Recommendation" SET
      progress = ((id * 37) % 5) * 25,
      "targetDate" = CASE WHEN id % 3 = 0 THEN NULL ELSE DATE '2027-01-01' + ((id * 7) % 4) END,
      "updatedAt" = TIMESTAMP '2026-11-01 08:00:00' + ((id * 11) % 6) * INTERVAL '1 hour 0.123 second'`;
}

describe.each([
  ['as seeded (equal keys everywhere: the id decides)', async () => {}],
  ['with varied keys, ties and NULL target dates', varyKeys],
])('the whole seeded catalog, %s', (_what, vary) => {
  beforeEach(async () => {
    await seedCatalog(s.db);
    await vary();
  });

  it.each(ORDERS.map((o) => [`${o.field} ${o.direction}`, o] as const))(
    'reads backward in pages of 7 exactly as forward, reversed (%s), on every path',
    async (_name, orderBy) => {
      // The active records: lists leave archived (withdrawn) ones out.
      const total = await s.db.recommendation.count({ where: { archivedAt: null } });
      expect(total).toBe(readCatalog().recommendations.length);
      const pageSizes = [...Array<number>(Math.floor(total / 7)).fill(7), ...(total % 7 ? [total % 7] : [])];
      let reference: string[] | undefined;
      for (const path of Object.keys(PATHS) as Path[]) {
        const fwd = await forward(path, orderBy, 7);
        const back = await backward(path, orderBy, 7);
        // The same records with the same cursors: the pages read backward, put back in order, are the forward list.
        expect(edgesOf([...back].reverse())).toEqual(edgesOf(fwd));
        expect(edgesOf(fwd)).toHaveLength(total);
        expect(back.map((p) => p.edges.length)).toEqual(pageSizes);
        expect(fwd.map((p) => p.edges.length)).toEqual(pageSizes);
        // Each page knows both of its sides, and its cursors are its first and last edges'.
        for (const [i, p] of fwd.entries()) {
          expect(p.pageInfo).toEqual({
            hasPreviousPage: i > 0,
            hasNextPage: i < fwd.length - 1,
            startCursor: p.edges[0].cursor,
            endCursor: p.edges.at(-1)!.cursor,
          });
        }
        for (const [i, p] of back.entries()) {
          expect(p.pageInfo).toEqual({
            hasNextPage: i > 0,
            hasPreviousPage: i < back.length - 1,
            startCursor: p.edges[0].cursor,
            endCursor: p.edges.at(-1)!.cursor,
          });
        }
        // Every path answers the same list.
        reference ??= edgesOf(fwd);
        expect(edgesOf(fwd)).toEqual(reference);
      }
    },
  );
});

describe('PageInfo at the edges of the list', () => {
  beforeEach(async () => {
    await seedCatalog(s.db);
    await varyKeys();
  });

  it.each(Object.keys(PATHS) as Path[])(
    'is exact on empty pages, at both ends and between two cursors (%s)',
    async (path) => {
      const orderBy = { field: 'TARGET_DATE', direction: 'DESC' };
      const all = (await page(path, { first: 200, orderBy })).edges;
      const [head, tail] = [all[0].cursor, all.at(-1)!.cursor];
      const empty = (hasPreviousPage: boolean, hasNextPage: boolean) => ({
        hasPreviousPage,
        hasNextPage,
        startCursor: null,
        endCursor: null,
      });
      expect((await page(path, { first: 0, orderBy })).pageInfo).toEqual(empty(false, true));
      expect((await page(path, { last: 0, orderBy })).pageInfo).toEqual(empty(true, false));
      // Past the last record, and before the first: nothing on the far side, the cursor's record on the near one.
      expect((await page(path, { first: 5, after: tail, orderBy })).pageInfo).toEqual(empty(true, false));
      expect((await page(path, { last: 5, before: head, orderBy })).pageInfo).toEqual(empty(false, true));
      // A window between two cursors, from either end.
      const window = { after: all[10].cursor, before: all[20].cursor, orderBy };
      const codes = (c: Conn) => c.edges.map((e) => e.node.code);
      const between = all.slice(11, 20).map((e) => e.node.code);
      const fromStart = await page(path, { ...window, first: 4 });
      expect([codes(fromStart), fromStart.pageInfo.hasPreviousPage, fromStart.pageInfo.hasNextPage]).toEqual([
        between.slice(0, 4),
        true,
        true,
      ]);
      const fromEnd = await page(path, { ...window, last: 4 });
      expect([codes(fromEnd), fromEnd.pageInfo.hasPreviousPage, fromEnd.pageInfo.hasNextPage]).toEqual([
        between.slice(5),
        true,
        true,
      ]);
      const whole = await page(path, { ...window, last: 50 });
      expect([codes(whole), whole.pageInfo.hasPreviousPage, whole.pageInfo.hasNextPage]).toEqual([
        between,
        false,
        true,
      ]);
    },
  );

  it('counts only matching records on the side a page was not read towards', async () => {
    // A record outside the filter sorts first; a cursor on it has nothing matching at or before it.
    const theme = await createTheme(s.db, { code: 'LONE' });
    await createRecommendation(s.db, { code: 'AAA-LONE-01', themeId: theme.id });
    const outsider = (await page('compiled', { first: 1 })).edges[0];
    expect(outsider.node.code).toBe('AAA-LONE-01');
    for (const compiled of [true, false]) {
      const res = await exec(PAGE, { first: 3, after: outsider.cursor, filter: { pillar: 'DEVELOPMENT' } }, compiled);
      expect(res.data!.recommendations.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
      const matching = res.data!.recommendations.edges[0].cursor;
      const next = await exec(PAGE, { first: 3, after: matching, filter: { pillar: 'DEVELOPMENT' } }, compiled);
      expect(next.data!.recommendations.pageInfo.hasPreviousPage).toBe(true);
      const back = await exec(PAGE, { last: 3, before: matching, filter: { pillar: 'DEVELOPMENT' } }, compiled);
      expect(back.data!.recommendations).toMatchObject({
        edges: [],
        pageInfo: { hasPreviousPage: false, hasNextPage: true },
      });
    }
  });

  it('reads the far side only when a query selects it (the resolvers: one more statement; compiled: none)', async () => {
    const after = (await page('compiled', { first: 3 })).pageInfo.endCursor;
    const ask = (fields: string, compiled: boolean) =>
      exec(
        `query($after: String) { recommendations(first: 3, after: $after) { pageInfo { ${fields} } } }`,
        { after },
        compiled,
      );
    const counts: number[] = [];
    for (const compiled of [false, true]) {
      for (const fields of [
        'hasNextPage endCursor',
        'hasPreviousPage hasNextPage startCursor endCursor',
        'p1: hasPreviousPage p2: hasPreviousPage',
      ]) {
        const res = await ask(fields, compiled);
        expect(res.errors).toBeUndefined();
        counts.push(s.statements.length);
      }
    }
    expect(counts).toEqual([1, 2, 2, 1, 1, 1]);
  });
});

describe('page arguments', () => {
  it.each([
    ['first and last together', { first: 2, last: 2 }, 'Pass first or last, not both.'],
    ['last above 200', { last: 201 }, 'last must be between 0 and 200.'],
    ['a negative last', { last: -1 }, 'last must be between 0 and 200.'],
    [
      'a malformed before',
      { last: 2, before: 'not-a-cursor' },
      'Invalid cursor: pass an endCursor or cursor value returned by this API.',
    ],
  ])('refuse %s with BAD_USER_INPUT, on both paths', async (_what, variables, message) => {
    await createRecommendation(s.db);
    for (const compiled of [true, false]) {
      const res = await exec(PAGE, variables, compiled);
      expect([errorCode(res), res.errors?.[0].message]).toEqual(['BAD_USER_INPUT', message]);
    }
  });

  it('refuse a before cursor issued for another orderBy', async () => {
    await createRecommendation(s.db);
    const { endCursor } = (await page('compiled', { first: 1 })).pageInfo;
    const res = await exec(PAGE, { last: 1, before: endCursor, orderBy: { field: 'PROGRESS' } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it("count last, the default size and nodes' ids against the cost limit", async () => {
    // 200 entries of every field on each record: refused with first: 200 (tests/security/limits.test.ts), so with these too.
    const entry = 'id note status progress statusBefore progressBefore evidenceUrls occurredOn actor createdAt';
    const fields = `edges { node { code titleZh titleEn summaryEn quote status progress updates(first: 200) { ${entry} } } }`;
    for (const query of [
      `{ recommendations(last: 200) { ${fields} } }`,
      `query($n: Int) { recommendations(last: $n) { ${fields} } }`,
      `{ recommendations { ${fields} } }`,
    ]) {
      const res = await exec(query, { n: 200 });
      expect([errorCode(res), res.errors?.[0].message]).toEqual([
        'BAD_USER_INPUT',
        expect.stringContaining('Query Cost limit'),
      ]);
    }
    const ids = Array.from({ length: 100 }, () => 'x');
    const many = await exec(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Recommendation { code titleZh titleEn summaryEn quote status progress updates(first: 200) { ${entry} } } } }`,
      { ids },
    );
    expect(many.errors?.[0].message).toContain('Query Cost limit');
    expect((await exec(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids })).errors).toBeUndefined();
  });
});

describe('the audit trail', () => {
  it('pages backward as forward, reversed, with exact PageInfo', async () => {
    const rec = await createRecommendation(s.db);
    for (let i = 1; i <= 11; i++) {
      const res = await exec(
        `mutation($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`,
        { input: { code: rec.code, note: `n${i}`, progress: i, ...(i === 1 && { status: 'IN_PROGRESS' }) } },
        false,
        ADMIN_TOKEN,
      );
      expect(res.errors).toBeUndefined();
    }
    type AuditPage = { edges: { cursor: string; node: { id: string; operation: string } }[]; pageInfo: PageInfo };
    const read = async (variables: Record<string, unknown>): Promise<AuditPage> =>
      (await exec(AUDIT, variables, true, ADMIN_TOKEN)).data!.auditLog;
    const fwd: AuditPage[] = [];
    for (let after = null, more = true; more;) {
      const conn = await read({ first: 4, after });
      fwd.push(conn);
      [after, more] = [conn.pageInfo.endCursor, conn.pageInfo.hasNextPage];
    }
    const back: AuditPage[] = [];
    for (let before = null, more = true; more;) {
      const conn = await read({ last: 4, before });
      back.push(conn);
      [before, more] = [conn.pageInfo.startCursor, conn.pageInfo.hasPreviousPage];
    }
    const entries = (pages: AuditPage[]) => pages.flatMap((p) => p.edges.map((e) => `${e.node.id} ${e.cursor}`));
    expect(entries(back.reverse())).toEqual(entries(fwd));
    expect(entries(fwd)).toHaveLength(11);
    expect(fwd.map((p) => [p.edges.length, p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])).toEqual([
      [4, false, true],
      [4, true, true],
      [3, true, false],
    ]);
    expect(back.map((p) => [p.edges.length, p.pageInfo.hasPreviousPage, p.pageInfo.hasNextPage])).toEqual([
      [3, false, true],
      [4, true, true],
      [4, true, false],
    ]);
    expect(fwd[0].edges[0].node.operation).toBe('logProgress');
    expect(errorCode(await exec(AUDIT, { first: 1, last: 1 }, true, ADMIN_TOKEN))).toBe('BAD_USER_INPUT');
  });
});
