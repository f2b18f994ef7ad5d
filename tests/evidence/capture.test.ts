// Evidence capture against a loopback server standing in for the sources: a logged link becomes a record
// whose job fetches it under the outbound guard and the EVIDENCE_* limits, and keeps the exact bytes.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { EntryEvidenceDocument, LogWithEvidenceDocument } from '../__generated__/evidence';
import { queuedJobs, runJobs, sha256, startEvidenceSource, type EvidenceSource } from './evidenceSource';

const s = useTestServer({ reset: true });
let src: EvidenceSource;
beforeAll(async () => (src = await startEvidenceSource()));
afterAll(() => src.close());
beforeEach(() => void (src.hits.length = 0));

const PAGE = '<!doctype html><html><head><title>Sandbox  pilot &amp; rules</title></head><body>通知</body></html>';

async function logLinks(urls: string[]) {
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const res = await s.exec(
    LogWithEvidenceDocument,
    { input: { code: rec.code, note: 'Pilot announced', evidenceUrls: urls } },
    ADMIN_TOKEN,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.logProgress.update!;
}

// As an admin, who is told the detail of a failure (failureReason) besides its generic kind (failure.test.ts).
const evidenceOf = async () =>
  (await s.exec(EntryEvidenceDocument, { code: 'GOV-SANDBOX-01' }, ADMIN_TOKEN)).data!.recommendation!.updates[0]
    .evidence;

it('records each logged link as PENDING with its capture job, committed with the entry', async () => {
  const update = await logLinks([`${src.base}/a`, `${src.base}/b`]);
  expect(update.evidence).toEqual([
    { url: `${src.base}/a`, captureState: 'PENDING', linkState: 'UNCHECKED' },
    { url: `${src.base}/b`, captureState: 'PENDING', linkState: 'UNCHECKED' },
  ]);
  const ids = (await s.db.evidence.findMany({ orderBy: { position: 'asc' } })).map((e) => e.id);
  expect(await queuedJobs(s)).toEqual(
    ids.map((id) => ({ task: 'captureEvidence', key: `captureEvidence:${id}`, attempts: 0 })),
  );
  expect(src.hits).toEqual([]);
});

it('captures a logged link: its stored SHA-256 is that of the served bytes, which the archive keeps', async () => {
  src.serve('/notice', { status: 301, location: '/notice.html' });
  src.serve('/notice.html', { type: 'text/html; charset=utf-8', body: PAGE });
  await logLinks([`${src.base}/notice`]);
  await runJobs(s);
  const [evidence] = await evidenceOf();
  const { id } = await s.db.evidence.findFirstOrThrow();
  expect(evidence).toEqual({
    url: `${src.base}/notice`,
    captureState: 'CAPTURED',
    finalUrl: `${src.base}/notice.html`,
    httpStatus: 200,
    contentType: 'text/html; charset=utf-8',
    title: 'Sandbox pilot & rules',
    sha256: sha256(Buffer.from(PAGE)),
    sizeBytes: Buffer.byteLength(PAGE),
    capturedAt: expect.any(String),
    failure: null,
    failureReason: null,
    archivedCopyUrl: `/evidence/${id}/archived`,
    linkState: 'ONLINE',
    checkedAt: evidence.capturedAt,
  });
  const archive = await s.db.evidenceArchive.findUniqueOrThrow({ where: { sha256: evidence.sha256! } });
  expect(Buffer.from(archive.bytes).equals(Buffer.from(PAGE))).toBe(true);
  expect(await queuedJobs(s)).toEqual([]);
});

it('stores content that two links share once', async () => {
  src.serve('/one.pdf', { type: 'application/pdf', body: '%PDF-1.4 /Title (Plan) same bytes' });
  src.serve('/two.pdf', { type: 'application/pdf', body: '%PDF-1.4 /Title (Plan) same bytes' });
  await logLinks([`${src.base}/one.pdf`, `${src.base}/two.pdf`]);
  await runJobs(s);
  expect((await evidenceOf()).map((e) => [e.captureState, e.title])).toEqual([
    ['CAPTURED', 'Plan'],
    ['CAPTURED', 'Plan'],
  ]);
  expect(await s.db.evidenceArchive.count()).toBe(1);
});

it('never fetches a private address that EVIDENCE_ALLOWLIST does not name, and marks it BLOCKED', async () => {
  src.serve('/internal', { type: 'text/plain', body: 'secret' });
  await logLinks([`${src.base}/internal`]);
  await runJobs(s, { EVIDENCE_ALLOWLIST: '' });
  const [evidence] = await evidenceOf();
  expect(src.hits).toEqual([]);
  expect([evidence.captureState, evidence.sha256, evidence.archivedCopyUrl]).toEqual(['BLOCKED', null, null]);
  expect(evidence.failure).toBe('BLOCKED_ADDRESS');
  expect(evidence.failureReason).toBe(
    '127.0.0.1 is refused: 127.0.0.1 is a loopback address (EVIDENCE_ALLOWLIST can name it)',
  );
  expect(await s.db.evidenceArchive.count()).toBe(0);
});

it('blocks a redirect to a private address, fetching only the first hop', async () => {
  src.serve('/moved', { status: 302, location: 'http://10.0.0.1/internal' });
  await logLinks([`${src.base}/moved`]);
  await runJobs(s);
  const [evidence] = await evidenceOf();
  expect(src.hits).toEqual(['/moved']);
  expect(evidence.failure).toBe('BLOCKED_ADDRESS');
  expect([evidence.captureState, evidence.failureReason]).toEqual([
    'BLOCKED',
    '10.0.0.1 is refused: 10.0.0.1 is a private address (EVIDENCE_ALLOWLIST can name it)',
  ]);
});

it.each([
  [
    'a content type the archive does not take',
    { type: 'application/json', body: '{}' },
    {},
    'content type application/json is not archived',
    200,
    'UNSUPPORTED_TYPE',
  ],
  [
    'an answer larger than EVIDENCE_MAX_BYTES',
    { type: 'text/plain', body: 'x'.repeat(2_000) },
    { EVIDENCE_MAX_BYTES: '1000' },
    'the response is larger than 1000 bytes',
    null,
    'TOO_LARGE',
  ],
  ['a 404', { status: 404, type: 'text/html', body: 'gone' }, {}, 'HTTP 404', 404, 'HTTP_ERROR'],
  [
    'a copy that would take the archive past EVIDENCE_STORAGE_MAX_BYTES',
    { type: 'text/plain', body: 'x'.repeat(50) },
    { EVIDENCE_STORAGE_MAX_BYTES: '40' },
    'the evidence archive is full (EVIDENCE_STORAGE_MAX_BYTES=40)',
    null,
    'TOO_LARGE',
  ],
])(
  'fails %s with its reason, keeps no copy and does not retry',
  async (_name, answer, env, reason, status, failure) => {
    src.serve('/doc', answer);
    await logLinks([`${src.base}/doc`]);
    await runJobs(s, env);
    const [evidence] = await evidenceOf();
    expect([evidence.captureState, evidence.failureReason, evidence.httpStatus, evidence.sha256]).toEqual([
      'FAILED',
      reason,
      status,
      null,
    ]);
    expect(evidence.failure).toBe(failure);
    expect(await queuedJobs(s)).toEqual([]);
    expect(await s.db.evidenceArchive.count()).toBe(0);
  },
);

it('keeps the capture of a source answering 503 queued for another attempt, and captures it then', async () => {
  src.serve('/busy', { status: 503, type: 'text/plain', body: 'later' });
  await logLinks([`${src.base}/busy`]);
  await runJobs(s);
  expect((await evidenceOf()).map((e) => [e.captureState, e.failureReason])).toEqual([['FAILED', 'HTTP 503']]);
  expect((await evidenceOf()).map((e) => e.failure)).toEqual(['HTTP_ERROR']);
  const { id } = await s.db.evidence.findFirstOrThrow();
  expect(await queuedJobs(s)).toEqual([{ task: 'captureEvidence', key: `captureEvidence:${id}`, attempts: 1 }]);

  src.serve('/busy', { type: 'text/plain', body: 'ready' });
  await s.db.$executeRawUnsafe(`UPDATE graphile_worker._private_jobs SET run_at = now()`);
  await runJobs(s);
  expect((await evidenceOf()).map((e) => [e.captureState, e.failureReason, e.sha256])).toEqual([
    ['CAPTURED', null, sha256('ready')],
  ]);
  expect((await evidenceOf()).map((e) => e.failure)).toEqual([null]);
});

it('adds no evidence and no job when the entry is refused', async () => {
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const res = await s.exec(
    LogWithEvidenceDocument,
    { input: { code: rec.code, note: 'Stale', expectedVersion: 7, evidenceUrls: [`${src.base}/a`] } },
    ADMIN_TOKEN,
  );
  expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect([await s.db.evidence.count(), await queuedJobs(s)]).toEqual([0, []]);
});
