// Links across documents: shown both ways, counted once as a measure when they are the same one.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import { runWithCompiledPath } from '../helpers/runCompiled';
import { LinkDocument, LinksDocument, MeasuresDocument, UnlinkDocument } from '../__generated__/documents';

const s = useTestServer({ reset: true });

const link = (from: string, to: string, kind: 'SAME_MEASURE' | 'IMPLEMENTS' | 'SUPERSEDES' | 'RELATED') =>
  s.exec(LinkDocument, { input: { from, to, kind } }, ADMIN_TOKEN);

async function twoDocuments() {
  const article = await createRecommendation(s.db);
  const planTheme = await createTheme(s.db);
  const plan = await createRecommendation(s.db, { themeId: planTheme.id });
  const regulation = await createRecommendation(s.db, { themeId: (await createTheme(s.db)).id });
  return { article, plan, regulation };
}

it('shows a link both ways, telling implements from implemented-by, and "also in" for the same measure', async () => {
  const { article, plan, regulation } = await twoDocuments();
  expect((await link(regulation.code, plan.code, 'IMPLEMENTS')).errors).toBeUndefined();
  expect((await link(article.code, plan.code, 'SAME_MEASURE')).errors).toBeUndefined();
  const planLinks = (await s.exec(LinksDocument, { code: plan.code })).data!.recommendation!;
  expect(planLinks.links).toEqual([
    { kind: 'IMPLEMENTS', direction: 'INCOMING', recommendation: { code: regulation.code } },
    { kind: 'SAME_MEASURE', direction: 'INCOMING', recommendation: { code: article.code } },
  ]);
  const articleDoc = await s.db.sourceDocument.findFirstOrThrow({
    where: { themes: { some: { recommendations: { some: { id: article.id } } } } },
  });
  expect(planLinks.alsoIn).toEqual([{ slug: articleDoc.slug }]);
  const regulationLinks = (await s.exec(LinksDocument, { code: regulation.code })).data!.recommendation!.links;
  expect(regulationLinks).toEqual([{ kind: 'IMPLEMENTS', direction: 'OUTGOING', recommendation: { code: plan.code } }]);
});

it('refuses a link to itself, a second SAME_MEASURE either way, and unlinks', async () => {
  const { article, plan } = await twoDocuments();
  expect(errorCode(await link(article.code, article.code, 'RELATED'))).toBe('BAD_USER_INPUT');
  expect(errorCode(await link(article.code, 'NOPE-01', 'RELATED'))).toBe('NOT_FOUND');
  await link(article.code, plan.code, 'SAME_MEASURE');
  expect(errorCode(await link(plan.code, article.code, 'SAME_MEASURE'))).toBe('CONFLICT');
  const unlinked = await s.exec(
    UnlinkDocument,
    { input: { from: plan.code, to: article.code, kind: 'SAME_MEASURE' } },
    ADMIN_TOKEN,
  );
  expect(unlinked.errors).toBeUndefined();
  expect(await s.db.recommendationLink.count()).toBe(0);
  const audit = await s.db.auditEntry.findMany({
    orderBy: { id: 'asc' },
    select: { operation: true, changeKind: true },
  });
  expect(audit).toEqual([
    { operation: 'linkRecommendations', changeKind: 'linkRecommendations' },
    { operation: 'unlinkRecommendations', changeKind: 'unlinkRecommendations' },
  ]);
});

it('counts a SAME_MEASURE-linked pair once in distinctMeasures, and other links apart', async () => {
  const { article, plan, regulation } = await twoDocuments();
  const measures = async () => (await s.exec(MeasuresDocument, {})).data!.summary;
  expect(await measures()).toEqual({ total: 3, distinctMeasures: 3 });
  await link(article.code, plan.code, 'SAME_MEASURE');
  await link(regulation.code, plan.code, 'IMPLEMENTS');
  expect(await measures()).toEqual({ total: 3, distinctMeasures: 2 });
  // Linked through a third record, all three are one measure.
  await link(regulation.code, article.code, 'SAME_MEASURE');
  expect(await measures()).toEqual({ total: 3, distinctMeasures: 1 });
});

const LINKS_PAGE = /* GraphQL */ `
  query LinksPage {
    recommendations(first: 50) {
      edges {
        node {
          code
          links {
            kind
            direction
            recommendation {
              code
            }
          }
          alsoIn {
            slug
          }
        }
      }
    }
  }
`;

/** `pairs` article records, each linked SAME_MEASURE to a plan record and IMPLEMENTS from a regulation record. */
async function linkedPairs(pairs: number) {
  const [planTheme, regulationTheme] = [await createTheme(s.db), await createTheme(s.db)];
  for (let i = 0; i < pairs; i++) {
    const article = await createRecommendation(s.db);
    const plan = await createRecommendation(s.db, { themeId: planTheme.id });
    const regulation = await createRecommendation(s.db, { themeId: regulationTheme.id });
    await s.db.recommendationLink.createMany({
      data: [
        { fromId: article.id, toId: plan.id, kind: 'SAME_MEASURE', createdBy: 'li' },
        { fromId: regulation.id, toId: plan.id, kind: 'IMPLEMENTS', createdBy: 'li' },
      ],
    });
  }
}

async function linksPageStatements(compiled: boolean) {
  const res = await runWithCompiledPath(s, LINKS_PAGE, {}, compiled);
  expect(res.errors).toBeUndefined();
  const nodes = (res.data!.recommendations.edges as { node: { links: unknown[]; alsoIn: unknown[] } }[]).map(
    (e) => e.node,
  );
  return { count: s.statements.length, nodes };
}

it.each([true, false])(
  'reads a page of records with links and "also in" in the same number of statements however many (compiled: %s)',
  async (compiled) => {
    await linkedPairs(2);
    const small = await linksPageStatements(compiled);
    expect(small.nodes).toHaveLength(6);
    expect(small.nodes.filter((n) => n.alsoIn.length === 1)).toHaveLength(4);
    expect(small.nodes.reduce((n, r) => n + r.links.length, 0)).toBe(8);
    await linkedPairs(8);
    const large = await linksPageStatements(compiled);
    expect(large.nodes).toHaveLength(30);
    expect(large.nodes.reduce((n, r) => n + r.links.length, 0)).toBe(40);
    expect(large.count).toBe(small.count);
  },
);
