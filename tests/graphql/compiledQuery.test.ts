// The compiled path (src/graphql/compiledQuery) must answer exactly what the resolvers answer: every query here runs
// twice on the same data, once compiled and once with COMPILED_QUERIES off, and the two responses must be the
// same bytes (keys, order, formats, cursors). The statement log tells which path answered.
import { OURS_L } from '../../bench/operations';
import { useTestServer } from '../helpers/testServer';
import { responseBytes } from '../helpers/runCompiled';
import { createRecommendation, createTheme } from '../helpers/factories';
import { dayFromToday } from '../helpers/time';
import { globalId } from '../helpers/globalIds';

const s = useTestServer();
beforeAll(async () => {
  await catalog();
});

/** Awkward data on purpose: NULLs, equal sort keys, archived rows, escapes in text and codes, same-day entries. */
async function catalog() {
  const withSection = await createTheme(s.db, { code: 'SANDBOX', sectionZh: '沙盒监管' });
  const without = await createTheme(s.db, { code: 'RISK', sectionZh: null, pillar: 'DEVELOPMENT' });
  const owner = await s.db.owner.create({ data: { name: '国家网信办', kind: 'REGULATOR' } });
  const second = await s.db.owner.create({ data: { name: '科技部', kind: 'MINISTRY' } });
  const third = await s.db.owner.create({ data: { name: 'Provincial office', kind: 'LOCAL_GOVERNMENT' } });
  const codes = ['GOV-A-01', 'GOV-A-02', 'GOV-"Q"-03', 'GOV-\\B-04', 'GOV-沙盒-05', 'GOV-C-06', 'GOV-C-07', 'GOV-D-08'];
  for (const [i, code] of codes.entries()) {
    const rec = await createRecommendation(s.db, {
      code,
      themeId: i % 2 ? withSection.id : without.id,
      titleEn: `Title ${i} with "quotes", a \\ backslash,\na newline and a tab\t.`,
      titleZh: `建议${i}：完善“沙盒”监管`,
      status: (['NOT_STARTED', 'IN_PROGRESS', 'IMPLEMENTED', 'STALLED'] as const)[i % 4],
      progress: [0, 40, 100, 40][i % 4],
      // Every health: DONE (IMPLEMENTED), OVERDUE (5), AT_RISK by staleness (1) and by a near target (4), ON_TRACK.
      targetDate:
        i === 5
          ? new Date(Date.UTC(2020, 0, 1))
          : i === 4
            ? dayFromToday(10)
            : i % 3
              ? new Date(Date.UTC(2027, i, 15))
              : null,
      lastProgressAt:
        i === 1 ? new Date(Date.UTC(2020, 5, 1)) : i % 2 ? new Date(Date.UTC(2026, 9, i + 1, 8, 30, 15, 123)) : null,
      archivedAt: i === 6 ? new Date(Date.UTC(2026, 10, 1, 12)) : null,
    });
    if (i % 3 === 0)
      await s.db.recommendationOwner.create({ data: { recommendationId: rec.id, ownerId: owner.id, isLead: i === 0 } });
    // Leads first, then by id: the lead here has the highest id.
    if (i % 2 === 0)
      await s.db.recommendationOwner.create({ data: { recommendationId: rec.id, ownerId: third.id, isLead: i === 2 } });
    if (i % 4 === 0 || i === 2)
      await s.db.recommendationOwner.create({ data: { recommendationId: rec.id, ownerId: second.id, isLead: false } });
    await s.db.progressUpdate.createMany({
      data: [0, 1, 2, 3].slice(0, i % 5).map((m) => ({
        recommendationId: rec.id,
        note: `entry ${m} of ${code}: “引号” and \u0001 control`,
        statusBefore: 'IN_PROGRESS' as const,
        status: m === 3 ? ('STALLED' as const) : ('IN_PROGRESS' as const),
        progressBefore: 10 * m,
        progress: 10 * m + 5,
        evidenceUrls: m % 2 ? ['https://example.gov.cn/a?x=1&y="2"', 'https://example.org/b'] : [],
        // Two entries on one day: the id breaks the tie.
        occurredOn: new Date(Date.UTC(2026, 4, m === 2 ? 1 : m + 1)),
        actorName: `analyst-${m}`,
      })),
    });
  }
}

const EVERYTHING = /* GraphQL */ `
  fragment Entry on ProgressUpdate {
    __typename
    id
    note
    status
    progress
    statusBefore
    progressBefore
    evidenceUrls
    occurredOn
    actor
    createdAt
  }
  query Everything($first: Int, $after: String, $order: RecommendationOrder, $n: Int) {
    __typename
    list: recommendations(first: $first, after: $after, orderBy: $order) {
      __typename
      totalCount
      pageInfo {
        endCursor
        hasNextPage
        __typename
      }
      edges {
        cursor
        node {
          ... on Recommendation {
            __typename
            id
            code
            pillar
          }
          titleZh
          titleEn
          summaryEn
          quote
          status
          progress
          version
          health
          targetDate
          lastProgressAt
          archived
          archivedAt
          asOf
          createdAt
          updatedAt
          theme {
            __typename
            id
            code
            pillar
            nameZh
            nameEn
            sectionZh
          }
          owners {
            __typename
            id
            name
            kind
          }
          latest: updates(first: $n) {
            ...Entry
          }
          updates {
            id
            occurredOn
          }
        }
      }
    }
  }
`;

/** The response as a client would receive it, and the statements it cost. */
async function run(query: string, variables: Record<string, unknown>, compiled: boolean) {
  const body = await responseBytes(s, query, variables, compiled);
  return { body, statements: [...s.statements] };
}

const isCompiled = (statements: string[]) => statements.length === 1 && statements[0].includes('row_to_json');

/** Runs both ways, asserts the same bytes, and returns the compiled answer and whether it was compiled. */
async function both(query: string, variables: Record<string, unknown> = {}) {
  const resolvers = await run(query, variables, false);
  const compiled = await run(query, variables, true);
  expect(isCompiled(resolvers.statements)).toBe(false);
  expect(compiled.body).toBe(resolvers.body);
  return {
    body: JSON.parse(compiled.body) as { data?: any; errors?: { extensions: { code: string } }[] },
    compiled: isCompiled(compiled.statements),
  };
}

it('answers the benchmark page in one statement, as the resolvers do', async () => {
  const r = await both(OURS_L);
  expect(r.compiled).toBe(true);
  expect(r.body.data.recommendations.edges).toHaveLength(7);
});

it('answers every compilable field, through fragments and aliases, byte for byte', async () => {
  const r = await both(EVERYTHING, { first: 20, n: 2 });
  expect(r.compiled).toBe(true);
  const nodes = r.body.data.list.edges.map((e: { node: unknown }) => e.node);
  expect(nodes.map((n: { code: string }) => n.code)).toEqual([
    'GOV-"Q"-03',
    'GOV-A-01',
    'GOV-A-02',
    'GOV-C-06',
    'GOV-D-08',
    'GOV-\\B-04',
    'GOV-沙盒-05',
  ]);
  // The data really exercises the formats: a date, a timestamp with milliseconds, NULLs, an array, a same-day tie.
  expect(nodes[4]).toMatchObject({
    targetDate: '2027-08-15',
    lastProgressAt: '2026-10-08T08:30:15.123Z',
    archived: false,
  });
  expect(nodes[1].targetDate).toBeNull();
  // GOV-\B-04's entries 0 and 2 share a day; the later id comes first.
  expect(nodes[5].latest.map((u: { note: string }) => u.note.slice(0, 7))).toEqual(['entry 1', 'entry 2']);
  // Owners: the lead first even when its id is higher (GOV-"Q"-03), then by id.
  expect(nodes.map((n: { owners: { name: string }[] }) => n.owners.map((o) => o.name).join('|'))).toEqual([
    'Provincial office|科技部',
    '国家网信办|科技部|Provincial office',
    '',
    '',
    '',
    '国家网信办',
    '科技部|Provincial office',
  ]);
  expect(r.body.data.list.totalCount).toBe(7);
  expect(Object.fromEntries(nodes.map((n: { code: string; health: string }) => [n.code, n.health]))).toEqual({
    'GOV-"Q"-03': 'DONE',
    'GOV-A-01': 'ON_TRACK',
    'GOV-A-02': 'AT_RISK',
    'GOV-C-06': 'OVERDUE',
    'GOV-D-08': 'ON_TRACK',
    'GOV-\\B-04': 'ON_TRACK',
    'GOV-沙盒-05': 'AT_RISK',
  });
  expect(nodes[5].latest[0].evidenceUrls).toEqual(['https://example.gov.cn/a?x=1&y="2"', 'https://example.org/b']);
});

it('pages through every order in both directions with the same cursors', async () => {
  for (const field of ['CODE', 'UPDATED_AT', 'PROGRESS', 'TARGET_DATE']) {
    for (const direction of ['ASC', 'DESC']) {
      let after: string | null = null;
      const seen: string[] = [];
      for (let page = 0; page < 10; page++) {
        const r = await both(EVERYTHING, { first: 3, n: 1, after, order: { field, direction } });
        expect(r.compiled).toBe(true);
        seen.push(...r.body.data.list.edges.map((e: { node: { code: string } }) => e.node.code));
        if (!r.body.data.list.pageInfo.hasNextPage) break;
        after = r.body.data.list.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(7);
    }
  }
});

it("pages by RELEVANCE under a search both ways, compiled, with the resolvers' cursors", async () => {
  for (const search of ['GOV', '沙盒', 'theme q']) {
    for (const direction of ['ASC', 'DESC']) {
      const vars = { order: { field: 'RELEVANCE', direction }, filter: { search } };
      const all = (await both(RELAY_FIRST, { ...vars, first: 50 })).body.data.list.edges;
      const seen: unknown[] = [];
      for (let after: string | null = null, page = 0; page < 10; page++) {
        const r = await both(RELAY_FIRST, { ...vars, first: 2, after });
        expect(r.compiled).toBe(true);
        seen.push(...r.body.data.list.edges);
        if (!r.body.data.list.pageInfo.hasNextPage) break;
        after = r.body.data.list.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    }
  }
});

const RELAY_FIRST = /* GraphQL */ `
  query RelevancePage($first: Int, $after: String, $order: RecommendationOrder, $filter: RecommendationFilter) {
    list: recommendations(first: $first, after: $after, orderBy: $order, filter: $filter) {
      pageInfo {
        hasPreviousPage
        hasNextPage
        endCursor
      }
      totalCount
      edges {
        cursor
        node {
          code
        }
      }
    }
  }
`;

/** The Relay conventions: backward pages, both sides of PageInfo, global ids of every object it writes. */
const RELAY = /* GraphQL */ `
  query Relay(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $order: RecommendationOrder
    $filter: RecommendationFilter
  ) {
    list: recommendations(
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: $order
      filter: $filter
    ) {
      pageInfo {
        __typename
        hasPreviousPage
        startCursor
        hasNextPage
        endCursor
      }
      totalCount
      edges {
        cursor
        node {
          id
          code
          theme {
            id
          }
          owners {
            id
          }
          updates(first: 2) {
            id
          }
        }
      }
    }
  }
`;

type RelayPage = {
  pageInfo: { startCursor: string | null; hasPreviousPage: boolean };
  edges: { cursor: string; node: { code: string } }[];
};

it('pages backward through every order with the same cursors', async () => {
  for (const field of ['CODE', 'UPDATED_AT', 'PROGRESS', 'TARGET_DATE']) {
    for (const direction of ['ASC', 'DESC']) {
      const order = { field, direction };
      const forward = (await both(RELAY, { first: 50, order })).body.data.list as RelayPage;
      const pages: RelayPage[] = [];
      for (let before: string | null = null; pages.length < 10;) {
        const r = await both(RELAY, { last: 3, order, ...(before && { before }) });
        expect(r.compiled).toBe(true);
        pages.unshift(r.body.data.list);
        if (!r.body.data.list.pageInfo.hasPreviousPage) break;
        before = r.body.data.list.pageInfo.startCursor;
      }
      expect(pages.flatMap((p) => p.edges)).toEqual(forward.edges);
      expect(pages.map((p) => p.edges.length)).toEqual([1, 3, 3]);
    }
  }
});

it('answers hasPreviousPage, startCursor and the far side of every kind of page, filtered or not', async () => {
  const order = { field: 'TARGET_DATE', direction: 'DESC' };
  const all = (await both(RELAY, { first: 50, order })).body.data.list.edges.map(
    (e: { cursor: string }) => e.cursor,
  ) as string[];
  const [head, mid, later, tail] = [all[0], all[2], all[5], all[6]];
  const pages = [
    { first: 0 },
    { last: 0 },
    { first: 3 },
    { last: 3 },
    { first: 3, after: mid },
    { last: 3, before: mid },
    { last: 2, after: mid },
    { first: 1, after: mid, before: later },
    { last: 1, after: mid, before: later },
    { first: 5, after: tail },
    { last: 5, before: head },
    { first: 0, after: mid },
    { last: 0, before: mid },
  ];
  const filters = [
    null,
    { health: ['AT_RISK', 'ON_TRACK'] },
    { search: 'GOV' },
    { owner: ['科技部'] },
    { includeArchived: true },
    { status: ['IMPLEMENTED'] },
  ];
  const seen = new Set<string>();
  for (const filter of filters) {
    for (const args of pages) {
      const r = await both(RELAY, { ...args, order, filter });
      expect(r.compiled).toBe(true);
      const info = r.body.data.list.pageInfo;
      seen.add(`${info.hasPreviousPage}/${info.hasNextPage}/${info.startCursor === null}`);
    }
  }
  // The data makes every combination of the flags and an empty page occur.
  expect(seen).toEqual(
    new Set([
      'false/true/true',
      'true/false/true',
      'false/true/false',
      'true/false/false',
      'true/true/false',
      'false/false/true',
      'false/false/false',
      'true/true/true',
    ]),
  );
});

it('writes global ids for records, themes, owners and log entries, as the resolvers do', async () => {
  const r = await both(RELAY, { first: 50 });
  expect(r.compiled).toBe(true);
  const rows = await s.db.recommendation.findMany({
    where: { archivedAt: null },
    orderBy: { code: 'asc' },
    include: { owners: true, updates: { orderBy: [{ occurredOn: 'desc' }, { id: 'desc' }], take: 2 } },
  });
  const ownerOrder = (o: { isLead: boolean; ownerId: number }[]) =>
    [...o].sort((a, b) => Number(b.isLead) - Number(a.isLead) || a.ownerId - b.ownerId);
  expect(r.body.data.list.edges.map((e: { node: unknown }) => e.node)).toEqual(
    rows.map((row) => ({
      id: globalId('Recommendation', row.id),
      code: row.code,
      theme: { id: globalId('Theme', row.themeId) },
      owners: ownerOrder(row.owners).map((o) => ({ id: globalId('Owner', o.ownerId) })),
      updates: row.updates.map((u) => ({ id: globalId('ProgressUpdate', u.id) })),
    })),
  );
});

it('leaves Node fragments and the node fields to the resolvers, with the same answer', async () => {
  const id = globalId('Recommendation', (await s.db.recommendation.findFirstOrThrow()).id);
  for (const [query, variables] of [
    [`{ recommendations(first: 3) { edges { node { ... on Node { id } code } } } }`, {}],
    [`query($id: ID!) { node(id: $id) { id ... on Recommendation { code } } }`, { id }],
    [`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [id, 'nonsense'] }],
  ] as const) {
    const r = await both(query, variables);
    expect(r.compiled).toBe(false);
    expect(r.body.errors).toBeUndefined();
  }
});

it('answers an empty page, archived rows and a zero-length log the same way', async () => {
  expect((await both(EVERYTHING, { first: 0, n: 0 })).compiled).toBe(true);
  const archived = await both(
    `{ recommendations(filter: { includeArchived: true }, first: 50) { edges { node { code archived archivedAt } } } }`,
  );
  expect(archived.compiled).toBe(true);
  expect(archived.body.data.recommendations.edges).toHaveLength(8);
});

it('filters as the resolvers do, criterion by criterion and combined', async () => {
  const slug = (await s.db.sourceDocument.findFirstOrThrow({ where: { themes: { some: { code: 'SANDBOX' } } } })).slug;
  const filters = [
    { status: ['IN_PROGRESS', 'STALLED'] },
    { status: [] },
    { theme: ['SANDBOX'] },
    { theme: ['SANDBOX', 'RISK'] },
    { theme: [] },
    { pillar: 'DEVELOPMENT' },
    { pillar: 'GOVERNANCE' },
    { document: slug },
    { document: 'no-such-document' },
    { owner: ['国家网信办'] },
    { owner: ['nobody'] },
    { updatedSince: '2000-01-01T00:00:00.000Z' },
    { updatedSince: '2999-01-01T00:00:00.000Z' },
    { search: '沙盒' },
    { search: 'TITLE 3' },
    { search: '"q"' },
    { search: '\\' },
    { search: '%' },
    { search: '_' },
    { search: '   ' },
    { search: 'theme' },
    { status: ['IN_PROGRESS'], theme: ['SANDBOX'], owner: ['国家网信办'], includeArchived: true },
    { includeArchived: true, pillar: 'DEVELOPMENT' },
    { includeArchived: true, updatedSince: '2000-01-01T00:00:00.000Z' },
    { health: ['ON_TRACK'] },
    { health: ['AT_RISK'] },
    { health: ['OVERDUE'] },
    { health: ['DONE'] },
    { health: ['AT_RISK', 'OVERDUE'] },
    { health: [] },
    { health: ['AT_RISK'], theme: ['SANDBOX'], search: 'GOV' },
    { targetDateBefore: '2027-06-01' },
    { targetDateBefore: '2000-01-01' },
  ];
  const matched: number[] = [];
  for (const filter of filters) {
    const r = await both(
      `query($filter: RecommendationFilter) { recommendations(filter: $filter, first: 3) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }`,
      { filter },
    );
    expect(r.compiled).toBe(true);
    matched.push(r.body.data.recommendations.totalCount);
  }
  if (process.env.SHOW_MATCHES) console.log(matched.join(' '));
  // The data makes the criteria bite: some match all, some a few, some none.
  expect(Math.max(...matched)).toBe(8);
  expect(matched.filter((n) => n === 0).length).toBeGreaterThanOrEqual(5);
  expect(matched.filter((n) => n > 0 && n < 7).length).toBeGreaterThanOrEqual(8);
});

it('leaves to the resolvers what it does not compile, with the same answer', async () => {
  const left = [
    `{ recommendations { edges { node { code targetDateHistory { newDate } } } } }`,
    `{ recommendations { edges { node { code allowedNextStatuses } } } }`,
    `{ recommendations { edges { node { code document { slug } } } } }`,
    `{ recommendations(asOf: "2026-05-02") { edges { node { code status asOf } } } }`,
    `query($yes: Boolean!) { recommendations { edges { node { code @include(if: $yes) } } } }`,
    `{ recommendations { edges { node { code } node { titleEn } } } }`,
    `{ recommendations { edges { node { code } } } themes { code } }`,
  ];
  for (const query of left) expect((await both(query, { yes: true })).compiled).toBe(false);
});

it("refuses bad arguments with the resolvers' own errors", async () => {
  for (const [query, code] of [
    [`{ recommendations(first: 500) { edges { cursor } } }`, 'BAD_USER_INPUT'],
    [`{ recommendations(after: "not-a-cursor") { edges { cursor } } }`, 'BAD_USER_INPUT'],
    [`{ recommendations(first: 1, last: 1) { edges { cursor } } }`, 'BAD_USER_INPUT'],
    [`{ recommendations(last: 201) { edges { cursor } } }`, 'BAD_USER_INPUT'],
    [`{ recommendations(last: 2, before: "not-a-cursor") { edges { cursor } } }`, 'BAD_USER_INPUT'],
    [`{ recommendations { edges { node { updates(first: 201) { id } } } } }`, 'BAD_USER_INPUT'],
  ]) {
    const r = await both(query);
    expect(r.body.errors?.[0].extensions.code).toBe(code);
  }
});

it('asks for a token when reads are not public', async () => {
  const ctx = await s.contextFor(null);
  const res = await s.apollo.executeOperation(
    { query: OURS_L },
    { contextValue: { ...ctx, config: { ...ctx.config, publicRead: false } } },
  );
  expect(res.body.kind === 'single' && res.body.singleResult.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
