// The extraction on the seeded article as the seed stores it: the catalog's records already quote most of what it
// proposes, so what stays open for curation is the directive clauses no record quotes (issue 24's document page:
// "the unquoted directive clauses marked as candidates").
import { seedCatalog } from '../../prisma/seed';
import { readCatalog } from '../../prisma/catalogFile';
import { toGlobalId } from '../../src/domain/globalId';
import { extractCandidates } from '../../src/domain/documents/extraction/extract';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { ExtractDocument } from '../__generated__/extraction';
import { catalogQuotes, covers, seededArticle } from './extractionTexts';

const s = useTestServer({ reset: true });

it('stores the seeded article as the measured text, and proposes only the 18 clauses no record quotes', async () => {
  await seedCatalog(s.db);
  const doc = await s.db.sourceDocument.findUniqueOrThrow({ where: { slug: readCatalog().document.slug } });
  expect(doc.text).toBe(seededArticle.text);
  const res = await s.exec(ExtractDocument, { documentId: toGlobalId('SourceDocument', doc.id) }, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  const open = res.data!.extractCandidates.candidates.edges.map((e) => e.node.quote);
  // The pure extractor's candidates that cover no catalog quote, less those that share a span with a record.
  const all = extractCandidates({ ...seededArticle, language: 'zh' });
  const quotes = catalogQuotes();
  const unmatched = all.filter((c) => !quotes.some((q) => covers(c, q.quote))).map((c) => c.quote);
  expect(open.every((q) => unmatched.includes(q))).toBe(true);
  expect(res.data!.extractCandidates.coverage).toEqual({ candidates: 18, decided: 0, records: 48 });
  expect(open).toContain('要压实人工智能企业的安全主体责任');
  expect(open).not.toContain('建立分级响应机制，对应不同风险等级事件采取不同的应对措施');
});
