// The extraction on stored documents: extractCandidates and the job, the candidates' connection and coverage, a
// re-run that duplicates nothing, spans records already quote, and a failure that touches only its document.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createUserWithToken } from '../helpers/factories';
import { CandidatesDocument, ExtractDocument, RejectDocument, type CandidatesQuery } from '../__generated__/extraction';
import { createLogger } from '../../src/logger';
import { runDueJobs } from '../../src/domain/jobs/worker';
import { jobTasks } from '../../src/domain/registry/jobRegistry';
import { queueCandidateExtraction } from '../../src/domain/documents/extractionHook';
import { toGlobalId } from '../../src/domain/globalId';
import { createPolicyDocument, POLICY_CANDIDATES } from './extractionSupport';

const s = useTestServer({ reset: true });

async function extract(id: string) {
  const res = await s.exec(ExtractDocument, { documentId: id }, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  return res.data!.extractCandidates;
}

type DocNode = Extract<NonNullable<CandidatesQuery['node']>, { candidates: unknown }>;
const docNode = (res: { data?: CandidatesQuery | null }) => res.data!.node as DocNode;

const candidateRows = (documentId: number) =>
  s.db.candidate.findMany({ where: { documentId }, orderBy: { id: 'asc' } });

it('proposes the candidates with their spans, section, theme, title and reason, and counts them', async () => {
  const { doc, id, sandbox } = await createPolicyDocument(s.db);
  const done = await extract(id);
  expect(done.extraction).toMatchObject({ state: 'SUCCEEDED', failure: null });
  expect(done.coverage).toEqual({ candidates: 5, decided: 0, records: 0 });
  const nodes = done.candidates.edges.map((e) => e.node);
  expect(nodes.map((c) => c.quote)).toEqual(POLICY_CANDIDATES);
  for (const c of nodes) expect(doc.text.slice(c.start, c.end)).toBe(c.quote);
  expect(nodes[0]).toMatchObject({
    sectionHeading: '治理体系',
    suggestedTheme: { code: sandbox },
    suggestedTitle: '加快完善相关制度安排',
    state: 'OPEN',
    recommendation: null,
  });
  expect(nodes[0]!.reason).toContain('modal 应');
  expect(nodes[0]!.confidence).toBeGreaterThan(0.5);
});

it('pages the candidates (Relay) and filters them by state', async () => {
  const { id } = await createPolicyDocument(s.db);
  const first = (await extract(id)).candidates.edges[0]!.node;
  await s.exec(RejectDocument, { input: { id: first.id, reason: 'A rule, not a measure' } }, ADMIN_TOKEN);
  const page1 = await s.exec(CandidatesDocument, { id, first: 2 });
  const page1Doc = docNode(page1);
  expect(page1Doc.candidates.edges.map((e) => e.node.quote)).toEqual(POLICY_CANDIDATES.slice(0, 2));
  expect(page1Doc.candidates.pageInfo.hasNextPage).toBe(true);
  const page2 = await s.exec(CandidatesDocument, { id, first: 10, after: page1Doc.candidates.pageInfo.endCursor });
  const page2Doc = docNode(page2);
  expect(page2Doc.candidates.edges.map((e) => e.node.quote)).toEqual(POLICY_CANDIDATES.slice(2));
  const open = await s.exec(CandidatesDocument, { id, state: 'OPEN' });
  const openDoc = docNode(open);
  expect({ total: openDoc.candidates.totalCount, coverage: openDoc.coverage }).toEqual({
    total: 4,
    coverage: { candidates: 5, decided: 1, records: 0 },
  });
});

it('re-run: keeps the open candidates it proposes again, never proposes a decided one again, duplicates nothing', async () => {
  const { doc, id } = await createPolicyDocument(s.db);
  await extract(id);
  const before = await candidateRows(doc.id);
  await s.exec(
    RejectDocument,
    { input: { id: toGlobalId('Candidate', before[3]!.id), reason: 'A principle' } },
    ADMIN_TOKEN,
  );
  const again = await extract(id);
  expect(again.coverage).toEqual({ candidates: 5, decided: 1, records: 0 });
  const after = await candidateRows(doc.id);
  expect(after.map((c) => [c.id, c.quote, c.state])).toEqual(
    before.map((c, i) => [c.id, c.quote, i === 3 ? 'REJECTED' : 'OPEN']),
  );
  const trail = await s.db.auditEntry.findMany({ where: { operation: 'extractCandidates' }, orderBy: { id: 'asc' } });
  expect(trail.map((e) => e.after)).toEqual([
    { proposed: 5, added: 5, kept: 0, removed: 0 },
    { proposed: 5, added: 0, kept: 4, removed: 0 },
  ]);
});

it('does not propose a span a live record of the document already quotes', async () => {
  const { doc, id } = await createPolicyDocument(s.db);
  const theme = await s.db.theme.findFirstOrThrow({ where: { documentId: doc.id } });
  await s.db.recommendation.create({
    data: {
      code: 'POL-01',
      themeId: theme.id,
      titleZh: '分级响应',
      titleEn: 'Tiers',
      summaryEn: 'Tiers',
      quote: '建立分级响应机制',
    },
  });
  const done = await extract(id);
  expect(done.candidates.edges.map((e) => e.node.quote)).toEqual(
    POLICY_CANDIDATES.filter((q) => !q.startsWith('建立分级响应机制')),
  );
  expect(done.coverage).toEqual({ candidates: 4, decided: 0, records: 1 });
});

it('a failure marks that document FAILED with its reason and leaves its candidates and every other document as they were', async () => {
  const a = await createPolicyDocument(s.db);
  const b = await createPolicyDocument(s.db);
  await extract(a.id);
  await extract(b.id);
  const [aBefore, bBefore] = [await candidateRows(a.doc.id), await candidateRows(b.doc.id)];
  const bDoc = await s.db.sourceDocument.findUniqueOrThrow({ where: { id: b.doc.id } });
  // A stored layout no parser writes: the run cannot read it.
  await s.db.$executeRaw`UPDATE "SourceDocument" SET sections = '"not a list"' WHERE id = ${a.doc.id}`;
  const failed = await extract(a.id);
  expect(failed.extraction).toMatchObject({
    state: 'FAILED',
    failure: "The document's stored sections or emphasis are not lists of spans: re-add or revise it.",
  });
  expect(await candidateRows(a.doc.id)).toEqual(aBefore);
  expect(await candidateRows(b.doc.id)).toEqual(bBefore);
  expect(await s.db.sourceDocument.findUniqueOrThrow({ where: { id: b.doc.id } })).toEqual(bDoc);
  // Fixed, it runs again and succeeds.
  await s.db.$executeRaw`UPDATE "SourceDocument" SET sections = '[]' WHERE id = ${a.doc.id}`;
  expect((await extract(a.id)).extraction).toMatchObject({ state: 'SUCCEEDED', failure: null });
});

it('runs as a job once the transaction that queued it commits', async () => {
  const { doc, id } = await createPolicyDocument(s.db);
  await s.db.$transaction((tx) => queueCandidateExtraction(tx, doc.id));
  const queued = await s.exec(CandidatesDocument, { id });
  expect(docNode(queued).extraction.state).toBe('QUEUED');
  const deps = { db: s.db, config: s.config, log: createLogger(s.config) };
  await runDueJobs({ ...deps, tasks: jobTasks(deps), databaseUrl: s.url });
  expect((await candidateRows(doc.id)).map((c) => c.quote)).toEqual(POLICY_CANDIDATES);
  expect((await s.db.sourceDocument.findUniqueOrThrow({ where: { id: doc.id } })).extractionState).toBe('SUCCEEDED');
});

it('is for admins, and answers NOT_FOUND for an id that names no document', async () => {
  const { id } = await createPolicyDocument(s.db);
  const analyst = await createUserWithToken(s.db, 'ANALYST');
  expect(errorCode(await s.exec(ExtractDocument, { documentId: id }, analyst.token))).toBe('FORBIDDEN');
  expect(
    errorCode(await s.exec(ExtractDocument, { documentId: toGlobalId('SourceDocument', 999999) }, ADMIN_TOKEN)),
  ).toBe('NOT_FOUND');
  expect(await s.db.candidate.count()).toBe(0);
});
