// searchMatches (where a search matched, with an excerpt) and orderBy RELEVANCE (code and title hits first),
// paged forward and backward without a record lost or repeated.
import { useTestServer } from '../helpers/testServer';
import { createOwner, createProgressUpdate, createRecommendation, createTheme, linkOwner } from '../helpers/factories';
import { OneRecommendationMatchesDocument, SearchDocument, SearchMatchesDocument } from '../__generated__/search';

const s = useTestServer({ reset: true });

it('says in which fields a search matched, with an excerpt of each, log notes newest first', async () => {
  const theme = await createTheme(s.db, { nameZh: '监管沙盒', nameEn: 'Regulatory sandboxes' });
  const r = await createRecommendation(s.db, {
    code: 'GOV-SANDBOX-01',
    themeId: theme.id,
    titleEn: 'Sandbox entry rules',
    summaryEn: 'Criteria for entering and leaving.',
    quote: '建立监管沙盒',
  });
  const owner = await createOwner(s.db, { name: 'Sandbox Office', kind: 'REGULATOR' });
  await linkOwner(s.db, { recommendationId: r.id, ownerId: owner.id });
  const long = `${'Background. '.repeat(8)}The sandbox cohort was chosen after a long review of every application.`;
  await createProgressUpdate(s.db, { recommendationId: r.id, note: long, occurredOn: new Date('2026-03-01') });
  await createProgressUpdate(s.db, { recommendationId: r.id, note: 'Unrelated', occurredOn: new Date('2026-04-01') });
  await createProgressUpdate(s.db, {
    recommendationId: r.id,
    note: 'SANDBOX opened',
    occurredOn: new Date('2026-05-01'),
  });
  const res = await s.exec(SearchMatchesDocument, { search: 'sandbox' });
  expect(res.data).toEqual({
    recommendations: {
      edges: [
        {
          node: {
            code: 'GOV-SANDBOX-01',
            searchMatches: [
              { field: 'CODE', excerpt: 'GOV-SANDBOX-01' },
              { field: 'TITLE', excerpt: 'Sandbox entry rules' },
              { field: 'THEME', excerpt: 'Regulatory sandboxes' },
              { field: 'OWNER', excerpt: 'Sandbox Office' },
              { field: 'LOG_NOTE', excerpt: 'SANDBOX opened' },
              {
                field: 'LOG_NOTE',
                excerpt: '…ground. Background. The sandbox cohort was chosen after a long review of every a…',
              },
            ],
          },
        },
      ],
    },
  });
  const zh = await s.exec(SearchMatchesDocument, { search: '沙盒' });
  expect(zh.data!.recommendations.edges[0].node.searchMatches).toEqual([
    { field: 'QUOTE', excerpt: '建立监管沙盒' },
    { field: 'THEME', excerpt: '监管沙盒' },
  ]);
});

it('has no searchMatches outside a searched list', async () => {
  await createRecommendation(s.db, { code: 'GOV-ONE-01' });
  const res = await s.exec(OneRecommendationMatchesDocument, { code: 'GOV-ONE-01' });
  expect(res.data).toEqual({ recommendation: { searchMatches: [] } });
});

describe('orderBy RELEVANCE', () => {
  // Scores for "pilot": 3 in a title, 2 in the summary, 1 in the theme's name, 0 only in a note.
  async function ranked() {
    const pilots = await createTheme(s.db, { nameEn: 'Pilot zones' });
    const plain = await createTheme(s.db, { nameEn: 'Other' });
    const inNote = await createRecommendation(s.db, { code: 'GOV-R-A', themeId: plain.id });
    await createProgressUpdate(s.db, { recommendationId: inNote.id, note: 'pilot begun' });
    await createRecommendation(s.db, { code: 'GOV-R-B', themeId: pilots.id });
    await createRecommendation(s.db, { code: 'GOV-R-C', themeId: plain.id, summaryEn: 'A pilot scheme' });
    await createRecommendation(s.db, { code: 'GOV-R-D', themeId: plain.id, titleEn: 'Pilot cities' });
    await createRecommendation(s.db, { code: 'GOV-R-E', themeId: plain.id, titleEn: 'Pilot towns' });
    await createRecommendation(s.db, { code: 'GOV-R-F', themeId: pilots.id, summaryEn: 'pilot, twice' });
    await createRecommendation(s.db, { code: 'GOV-R-G', themeId: plain.id });
  }
  const orderBy = { field: 'RELEVANCE' as const };
  // Title hits (D, E), then the summary and theme together (F: 2, stays at 2, C: 2), theme (B), note (A); ties by id.
  const expected = ['GOV-R-D', 'GOV-R-E', 'GOV-R-C', 'GOV-R-F', 'GOV-R-B', 'GOV-R-A'];

  it('ranks code and title hits first, then summary and quote, names, and log notes', async () => {
    await ranked();
    const res = await s.exec(SearchDocument, { filter: { search: 'pilot' }, orderBy });
    expect(res.data!.recommendations.edges.map((e) => e.node.code)).toEqual(expected);
    expect(res.data!.recommendations.totalCount).toBe(6);
  });

  /** One page of the relevance-ordered search. */
  async function page(vars: { first?: number; after?: string | null; last?: number; before?: string | null }) {
    const res = await s.exec(SearchDocument, { filter: { search: 'pilot' }, orderBy, ...vars });
    expect(res.errors).toBeUndefined();
    const c = res.data!.recommendations;
    return { codes: c.edges.map((e) => e.node.code), info: c.pageInfo };
  }

  it('pages forward and backward in the same order, every record once', async () => {
    await ranked();
    const forward: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p = await page({ first: 2, after });
      forward.push(...p.codes);
      if (!p.info.hasNextPage) break;
      after = p.info.endCursor;
    }
    expect(forward).toEqual(expected);
    const backward: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p = await page({ last: 2, before });
      backward.unshift(...p.codes);
      if (!p.info.hasPreviousPage) break;
      before = p.info.startCursor;
    }
    expect(backward).toEqual(expected);
  });

  it('refuses a relevance cursor under another order', async () => {
    await ranked();
    const first = await s.exec(SearchDocument, { filter: { search: 'pilot' }, orderBy, first: 1 });
    const after = first.data!.recommendations.pageInfo.endCursor;
    const res = await s.exec(SearchDocument, { filter: { search: 'pilot' }, first: 1, after });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
