// ProgressUpdate.evidence through the API: the records in the order of evidenceUrls (which keeps working),
// read for a whole page in one statement, not one per entry.
import { useTestServer } from '../helpers/testServer';
import { createProgressUpdate, createRecommendation } from '../helpers/factories';
import { PageEvidenceDocument } from '../__generated__/evidence';

const s = useTestServer({ reset: true });

/** `n` recommendations, each with two entries citing two links, one of them captured. */
async function catalog(n: number) {
  for (let i = 0; i < n; i++) {
    const rec = await createRecommendation(s.db);
    for (const m of [1, 2]) {
      const urls = [`https://gov.example/${i}/${m}/a`, `https://gov.example/${i}/${m}/b`];
      const entry = await createProgressUpdate(s.db, { recommendationId: rec.id, evidenceUrls: urls });
      await s.db.evidence.createMany({
        data: urls.map((url, position) => ({
          progressUpdateId: entry.id,
          position,
          url,
          ...(position === 0 ? { captureState: 'CAPTURED' as const, sha256: 'ab'.repeat(32) } : {}),
        })),
      });
    }
  }
}

async function pageStatements() {
  s.statements.length = 0;
  const res = await s.exec(PageEvidenceDocument);
  expect(res.errors).toBeUndefined();
  return { count: s.statements.length, edges: res.data!.recommendations.edges };
}

it('lists each entry evidence in order, with the archived copy path once captured', async () => {
  await catalog(1);
  const { edges } = await pageStatements();
  const ids = (await s.db.evidence.findMany({ orderBy: { id: 'asc' } })).map((e) => e.id);
  expect(edges[0].node.updates.map((u) => u.evidence)).toEqual([
    [
      { url: 'https://gov.example/0/2/a', captureState: 'CAPTURED', archivedCopyUrl: `/evidence/${ids[2]}/archived` },
      { url: 'https://gov.example/0/2/b', captureState: 'PENDING', archivedCopyUrl: null },
    ],
    [
      { url: 'https://gov.example/0/1/a', captureState: 'CAPTURED', archivedCopyUrl: `/evidence/${ids[0]}/archived` },
      { url: 'https://gov.example/0/1/b', captureState: 'PENDING', archivedCopyUrl: null },
    ],
  ]);
});

it('reads the evidence of a whole page in one statement besides the page, for 3 records as for 40', async () => {
  await catalog(3);
  const small = await pageStatements();
  await s.reset();
  await catalog(40);
  const large = await pageStatements();
  expect([small.edges.length, large.edges.length]).toEqual([3, 40]);
  expect(large.edges.flatMap((e) => e.node.updates.flatMap((u) => u.evidence)).length).toBe(160);
  // The page with its latest entries (one statement, as for the benchmark's L), and their evidence.
  expect([small.count, large.count]).toEqual([2, 2]);
});
