// Deep trees stay cheap (statement counts: a roll-up read and a leaf's entry cost the same at depth 2 and 7), the
// compiled list path answers actions byte for byte as the resolvers do, and a backup carries parent links and
// roll-up history through a restore unchanged.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createTheme, quoteInDocument } from '../helpers/factories';
import { responseBytes } from '../helpers/runCompiled';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { restoreBackup, takeBackup } from '../../src/db/backup';

const s = useTestServer({ reset: true });

const CREATE = `mutation Create($input: CreateRecommendationInput!) { createRecommendation(input: $input) { code } }`;

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const res = await s.exec(query, variables, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Top-level `root` with a chain of actions `depth` deep, each level with two actions, every parent under MEAN. */
async function chain(root: string, depth: number, themeCode: string) {
  const theme = await s.db.theme.findUniqueOrThrow({ where: { code: themeCode } });
  await quoteInDocument(s.db, theme.id, `${root}的引文`);
  await ok(CREATE, {
    input: { code: root, theme: themeCode, titleZh: '父', titleEn: 'Parent', summaryEn: 'P.', quote: `${root}的引文` },
  });
  let code = root;
  for (let d = 0; d < depth; d++) {
    await ok(CREATE, { input: { parentCode: code, titleZh: '子', titleEn: 'Child' } });
    await ok(CREATE, { input: { parentCode: code, titleZh: '子', titleEn: 'Child' } });
    await ok(`mutation { setRollup(input: { code: "${code}", rule: MEAN }) { code } }`);
    code = `${code}.1`;
  }
  return code;
}

/** How many statements one operation sent. */
async function statements(query: string, token: string | null = null) {
  s.statements.length = 0;
  const res = await s.exec(query, {}, token);
  expect(res.errors).toBeUndefined();
  return s.statements.length;
}

describe('statement counts', () => {
  const READ = (codes: string[]) =>
    `{ ${codes
      .map((c, i) => `r${i}: recommendation(code: "${c}") { progress rollup { result inputs { code progress } } }`)
      .join(' ')} }`;

  it('a roll-up read costs the same at depth 2 as at depth 7, and as of a date', async () => {
    const theme = await createTheme(s.db);
    await chain('SHALLOW', 2, theme.code);
    await chain('DEEP', 7, theme.code);
    const shallow = await statements(READ(['SHALLOW']));
    const deep = await statements(READ(['DEEP']));
    expect(deep).toBe(shallow);
    // The record, then its whole subtree in one recursive statement.
    expect(deep).toBe(2);
    const asOf = (c: string) =>
      `{ recommendation(code: "${c}", asOf: "2099-01-01") { progress rollup { result inputs { code progress } } } }`;
    expect(await statements(asOf('DEEP'))).toBe(await statements(asOf('SHALLOW')));
  });

  it('a page of records with their roll-ups reads every subtree at once', async () => {
    const theme = await createTheme(s.db);
    await chain('A', 3, theme.code);
    await chain('B', 6, theme.code);
    const page = `{ recommendations(first: 10) { edges { node { code rollup { result } children { code rollup { result } } } } } }`;
    const n = await statements(page);
    // page, count-free; rollup trees (once per level of the query), children
    expect(n).toBeLessThanOrEqual(5);
    await chain('C', 2, theme.code);
    expect(await statements(page)).toBe(n);
  });

  it("a leaf's entry moves every ancestor's roll-up in the same number of statements at depth 2 and 7", async () => {
    const theme = await createTheme(s.db);
    const shallowLeaf = await chain('SHALLOW', 2, theme.code);
    const deepLeaf = await chain('DEEP', 7, theme.code);
    const log = (code: string) =>
      `mutation { logProgress(input: { code: "${code}", note: "done", status: IN_PROGRESS, progress: 64 }) { update { id } } }`;
    const shallow = await statements(log(shallowLeaf), ADMIN_TOKEN);
    const deep = await statements(log(deepLeaf), ADMIN_TOKEN);
    expect(deep).toBe(shallow);
    const root = await s.exec(`{ recommendation(code: "DEEP") { progress } }`);
    // Each level halves: 64 / 2^7 = 0.5 → 1 (half up) at the top, after 32, 16, 8, 4, 2, 1, 1.
    expect(root.data!.recommendation.progress).toBe(1);
  });
});

it('the compiled list path answers actions (their inherited quotes included) byte for byte as the resolvers', async () => {
  const theme = await createTheme(s.db);
  await chain('GOV-SANDBOX-03', 3, theme.code);
  const query = `query L($filter: RecommendationFilter) { recommendations(filter: $filter, first: 20) {
    totalCount edges { cursor node { code quote progress version archived theme { code } } } } }`;
  for (const filter of [{}, { includeActions: true }, { includeActions: true, search: '引文' }]) {
    const compiled = await responseBytes(s, query, { filter }, true);
    expect(s.statements).toHaveLength(1); // the compiled path answered
    const resolved = await responseBytes(s, query, { filter }, false);
    expect(compiled).toBe(resolved);
  }
  const all = JSON.parse(await responseBytes(s, query, { filter: { includeActions: true } }, true));
  expect(all.data.recommendations.totalCount).toBe(7);
  expect(new Set(all.data.recommendations.edges.map((e: { node: { quote: string } }) => e.node.quote))).toEqual(
    new Set(['GOV-SANDBOX-03的引文']),
  );
});

describe('backup and restore', () => {
  let fresh: TestDatabase | undefined;
  afterEach(async () => {
    await fresh?.drop();
    fresh = undefined;
  });

  it('carry parent links and roll-up history, identical after a restore, and the roll-ups read the same', async () => {
    const theme = await createTheme(s.db);
    await chain('P', 3, theme.code);
    await ok(
      `mutation { setRollup(input: { code: "P", rule: WEIGHTED_MEAN, weights: [{ code: "P.1", weight: 3 }] }) { code } }`,
    );
    await ok(
      `mutation { logProgress(input: { code: "P.1.1.1", note: "x", status: IN_PROGRESS, progress: 50 }) { update { id } } }`,
    );
    const doc = await takeBackup(s.db);
    expect(doc.tables.rollupRevisions).toHaveLength(4);
    expect(doc.tables.recommendations.filter((r) => r.parentId !== null)).toHaveLength(6);
    fresh = await createTestDatabase();
    await restoreBackup(fresh.db, JSON.parse(JSON.stringify(doc)));
    expect(JSON.stringify(await takeBackup(fresh.db))).toBe(JSON.stringify(doc));
  });
});
