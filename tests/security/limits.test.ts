// Limits against hostile or careless queries: each is refused with BAD_USER_INPUT before any work is done,
// while the playground's introspection and a full page with nested logs still pass.
import { getIntrospectionQuery } from 'graphql';
import { LIMITS } from '../../src/graphql/server';
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';

const FIELDS =
  'id code pillar titleZh titleEn summaryEn quote status progress version health allowedNextStatuses targetDate lastProgressAt archived createdAt updatedAt theme { code nameZh nameEn } owners { name kind }';
const UPDATE_FIELDS = 'id note status progress statusBefore progressBefore evidenceUrls occurredOn actor createdAt';
const PAGE = `query Page($first: Int, $entries: Int) {
  recommendations(first: $first) { totalCount edges { cursor node { ${FIELDS} updates(first: $entries) { ${UPDATE_FIELDS} } } } pageInfo { hasNextPage } }
}`;
const LOG = 'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }';

/** `recommendation { updates { recommendation { updates … { id } } } }`, exactly `levels` fields deep. */
function nested(levels: number): string {
  let inner = 'id';
  for (let depth = levels - 1; depth >= 2; depth--)
    inner = depth % 2 === 0 ? `updates(first: 1) { ${inner} }` : `recommendation { ${inner} }`;
  return `{ recommendation(code: "GOV-X-01") { ${inner} } }`;
}
/** A query of exactly `n` tokens: a filter with a long list of theme codes (too long for the service, which is fine). */
const tokens = (n: number) => `{ recommendations(filter: { theme: [${'"T" '.repeat(n - 16)}] }) { totalCount } }`;
/** Errors raised before execution, by the request checks; execution errors carry a path. */
const requestErrors = (res: { errors?: { path?: unknown }[] }) => (res.errors ?? []).filter((e) => !e.path);
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: transitions { from }`).join(' ')} }`;

const s = useTestServer({ reset: true });

describe('query limits', () => {
  it('let the playground’s full introspection query through', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
    });
    const res = await s.exec(query);
    expect(res.errors).toBeUndefined();
    expect(res.data!.__schema.queryType).toMatchObject({ name: 'Query' });
  });

  it('let a page of 200 with every field and 20 log entries each through', async () => {
    const theme = await createTheme(s.db);
    await s.db.recommendation.createMany({
      data: Array.from({ length: 201 }, (_, i) => ({
        code: `GOV-PAGE-${String(i).padStart(3, '0')}`,
        themeId: theme.id,
        titleZh: 't',
        titleEn: 't',
        summaryEn: 's',
        quote: 'q',
      })),
    });
    const rec = await s.db.recommendation.findFirstOrThrow({ orderBy: { code: 'asc' } });
    for (let i = 1; i <= 3; i++)
      await s.exec(
        LOG,
        { input: { code: rec.code, note: `n${i}`, progress: i, status: i === 1 ? 'IN_PROGRESS' : undefined } },
        ADMIN_TOKEN,
      );
    const res = await s.exec(PAGE, { first: 200, entries: 20 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recommendations.edges).toHaveLength(200);
    expect(res.data!.recommendations.edges[0].node.updates).toHaveLength(3);
  });

  it.each([
    ['200 log entries on each of 200 recommendations, passed as variables', PAGE, { first: 200, entries: 200 }],
    [
      'the same with literal sizes',
      PAGE.replace('($first: Int, $entries: Int)', '').replace('$first', '200').replace('$entries', '200'),
      {},
    ],
    [
      'a default-sized page aliased 15 times with 20 entries each',
      `query Q { ${Array.from({ length: 15 }, (_, i) => `p${i}: recommendations { edges { node { ${FIELDS} updates { ${UPDATE_FIELDS} } } } }`).join(' ')} }`,
      {},
    ],
    [
      '100 records with 200 log notes each (notes of up to 10,000 characters: about 200 MB)',
      'query Notes($first: Int, $entries: Int) { recommendations(first: $first) { edges { node { updates(first: $entries) { note } } } } }',
      { first: 100, entries: 200 },
    ],
  ])('reject %s with a cost error', async (_what, query, variables) => {
    const res = await s.exec(query, variables);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(new RegExp(`Query Cost limit of ${LIMITS.cost} exceeded`));
  });

  it('reject fragments that spread each other into more fields than the cost can be counted for', async () => {
    // F3 spreads F2 22 times, which spreads F1 22 times, which spreads F0 22 times: 10,648 fields, 200 tokens.
    const spreads = (i: number) => `...F${i} `.repeat(22);
    const fragments = [1, 2, 3].map((i) => `fragment F${i} on Recommendation { ${spreads(i - 1)}}`);
    const query = `{ recommendation(code: "GOV-X-01") { ...F3 } } fragment F0 on Recommendation { code } ${fragments.join(' ')}`;
    const res = await s.exec(query);
    expect([errorCode(res), res.errors![0].message]).toEqual([
      'BAD_USER_INPUT',
      'Query exceeds the maximum allowed number of nodes.',
    ]);
  });

  it.each([
    ['depth', nested(LIMITS.depth), nested(LIMITS.depth + 1), /depth limit/],
    ['aliases', aliases(LIMITS.aliases), aliases(LIMITS.aliases + 1), /Aliases limit/],
    [
      'directives',
      `{ transitions { ${'from @include(if: true) '.repeat(LIMITS.directives)} } }`,
      `{ transitions { ${'from @include(if: true) '.repeat(LIMITS.directives + 1)} } }`,
      /Directives limit/,
    ],
    ['tokens', tokens(LIMITS.tokens), tokens(LIMITS.tokens + 1), new RegExp(`more that ${LIMITS.tokens} tokens`)],
  ])('allow %s up to the limit and refuse one more', async (_limit, atLimit, overLimit, message) => {
    expect(requestErrors(await s.exec(atLimit))).toEqual([]);
    const over = await s.exec(overLimit);
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0].message).toMatch(message);
  });

  it.each([
    ['recommendations', '{ recommendations(first: 201) { totalCount } }'],
    ['auditLog', '{ auditLog(first: 201) { totalCount } }'],
  ])('cap the page size of %s at 200', async (_field, query) => {
    expect(errorCode(await s.exec(query, {}, ADMIN_TOKEN))).toBe('BAD_USER_INPUT');
  });
});

describe('string lengths', () => {
  it('accept a note of 10,000 characters and refuse 10,001 without writing', async () => {
    const rec = await createRecommendation(s.db);
    const ok = await s.exec(
      LOG,
      { input: { code: rec.code, note: '证'.repeat(10_000), progress: 1, status: 'IN_PROGRESS' } },
      ADMIN_TOKEN,
    );
    expect(ok.errors).toBeUndefined();
    const tooLong = await s.exec(
      LOG,
      { input: { code: rec.code, note: 'x'.repeat(10_001), progress: 2 } },
      ADMIN_TOKEN,
    );
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].message).toContain('note: must be at most 10000 characters');
    expect(await s.db.progressUpdate.count()).toBe(1);
  });
});
