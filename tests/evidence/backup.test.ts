// Evidence in backups: the records and the archived bytes restore exactly; a backup from before evidence
// records restores with PENDING rows for its links.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createRecommendation } from '../helpers/factories';
import { restoreBackup, takeBackup } from '../../src/db/backup';
import { LogWithEvidenceDocument } from '../__generated__/evidence';
import { runJobs, startEvidenceSource, type EvidenceSource } from './evidenceSource';

const s = useTestServer({ reset: true });
let src: EvidenceSource;
let fresh: TestDatabase | undefined;
beforeAll(async () => (src = await startEvidenceSource()));
afterAll(() => src.close());
afterEach(async () => {
  await fresh?.drop();
  fresh = undefined;
});

const BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x5c, 0x78]);

async function capturedEntry() {
  src.serve('/chart.png', { type: 'image/png', body: BYTES });
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const urls = [`${src.base}/chart.png`, 'http://10.0.0.1/report'];
  await s.exec(LogWithEvidenceDocument, { input: { code: rec.code, note: 'Chart', evidenceUrls: urls } }, ADMIN_TOKEN);
  await runJobs(s);
}

it('restores evidence records and archived bytes exactly', async () => {
  await capturedEntry();
  const doc = await takeBackup(s.db);
  expect([doc.tables.evidence.length, doc.tables.evidenceArchive.length]).toEqual([2, 1]);
  fresh = await createTestDatabase();
  await restoreBackup(fresh.db, JSON.parse(JSON.stringify(doc)));
  expect(JSON.stringify(await takeBackup(fresh.db))).toBe(JSON.stringify(doc));
  const archive = await fresh.db.evidenceArchive.findFirstOrThrow();
  expect(Buffer.from(archive.bytes).equals(BYTES)).toBe(true);
});

it('restores a backup without evidence lists with one PENDING row per link of its entries', async () => {
  await capturedEntry();
  const { evidence: _e, evidenceArchive: _a, ...tables } = (await takeBackup(s.db)).tables;
  fresh = await createTestDatabase();
  await restoreBackup(fresh.db, { format: 'ai-governance-tracker-backup', formatVersion: 1, tables });
  const rows = await fresh.db.evidence.findMany({ orderBy: { position: 'asc' } });
  expect(rows.map((e) => [e.position, e.url, e.captureState])).toEqual([
    [0, `${src.base}/chart.png`, 'PENDING'],
    [1, 'http://10.0.0.1/report', 'PENDING'],
  ]);
});

it('restores a backup taken before Evidence.failure with each failure derived from the stored reason', async () => {
  await capturedEntry();
  // Such a backup predates digests too: format version 2, without sha256.
  const { sha256: _digest, ...doc } = await takeBackup(s.db);
  const evidence = doc.tables.evidence.map(({ failure: _f, ...row }) => row);
  fresh = await createTestDatabase();
  await restoreBackup(fresh.db, { ...doc, formatVersion: 2, tables: { ...doc.tables, evidence } });
  const rows = await fresh.db.evidence.findMany({ orderBy: { position: 'asc' } });
  expect(rows.map((e) => [e.captureState, e.failure])).toEqual([
    ['CAPTURED', null],
    ['BLOCKED', 'BLOCKED_ADDRESS'],
  ]);
});
