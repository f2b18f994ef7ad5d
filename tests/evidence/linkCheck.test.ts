// The periodic link check: each captured link is fetched again and marked MISSING (404, 410, unreachable),
// CHANGED (other bytes) or ONLINE (the same bytes); rows still PENDING get their capture enqueued.
import fs from 'node:fs';
import path from 'node:path';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createProgressUpdate, createRecommendation } from '../helpers/factories';
import { enqueueJob } from '../../src/db/jobQueue';
import { evidenceCrontab } from '../../src/domain/evidence/tasks';
import { loadConfig } from '../../src/config';
import { EntryEvidenceDocument, LogWithEvidenceDocument } from '../__generated__/evidence';
import { runJobs, sha256, startEvidenceSource, type EvidenceSource } from './evidenceSource';

const s = useTestServer({ reset: true });
let src: EvidenceSource;
beforeAll(async () => (src = await startEvidenceSource()));
afterAll(() => src.close());

async function captured(urls: string[]) {
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const res = await s.exec(
    LogWithEvidenceDocument,
    { input: { code: rec.code, note: 'Rules', evidenceUrls: urls } },
    ADMIN_TOKEN,
  );
  expect(res.errors).toBeUndefined();
  await runJobs(s);
}

async function runLinkCheck() {
  await s.db.$transaction((tx) => enqueueJob(tx, 'checkEvidenceLinks', {}));
  await runJobs(s);
}

const states = async () =>
  (await s.exec(EntryEvidenceDocument, { code: 'GOV-SANDBOX-01' })).data!.recommendation!.updates[0].evidence.map(
    (e) => ({ url: e.url.replace(src.base, ''), captureState: e.captureState, linkState: e.linkState }),
  );

it('marks a link that now answers 404 or 410 MISSING, other bytes CHANGED, the same bytes ONLINE', async () => {
  for (const p of ['/gone', '/removed', '/edited', '/same'])
    src.serve(p, { type: 'text/html', body: `<title>${p}</title>` });
  await captured(['/gone', '/removed', '/edited', '/same'].map((p) => src.base + p));
  const before = await s.db.evidence.findMany({ orderBy: { position: 'asc' } });
  src.serve('/gone', { status: 404, type: 'text/html', body: 'Not found' });
  src.serve('/removed', { status: 410, type: 'text/html', body: 'Gone' });
  src.serve('/edited', { type: 'text/html', body: '<title>/edited</title> amended' });
  await runLinkCheck();
  expect(await states()).toEqual([
    { url: '/gone', captureState: 'CAPTURED', linkState: 'MISSING' },
    { url: '/removed', captureState: 'CAPTURED', linkState: 'MISSING' },
    { url: '/edited', captureState: 'CAPTURED', linkState: 'CHANGED' },
    { url: '/same', captureState: 'CAPTURED', linkState: 'ONLINE' },
  ]);
  const after = await s.db.evidence.findMany({ orderBy: { position: 'asc' } });
  expect(after.map((e) => e.lastCheckStatus)).toEqual([404, 410, 200, 200]);
  expect(after.every((e, i) => e.checkedAt! > before[i].checkedAt!)).toBe(true);
  // The archived copy stays what it was.
  expect(after.map((e) => e.sha256)).toEqual(before.map((e) => e.sha256));
});

it('marks an unreachable link MISSING, and leaves the state of one answering 500 as it was', async () => {
  src.serve('/flaky', { type: 'text/plain', body: 'ok' });
  src.serve('/host', { type: 'text/plain', body: 'ok' });
  await captured([`${src.base}/flaky`, `${src.base}/host`]);
  const [, host] = await s.db.evidence.findMany({ orderBy: { position: 'asc' } });
  // A port nobody listens on: the connection is refused.
  await s.db.evidence.update({ where: { id: host.id }, data: { url: 'http://127.0.0.1:9/host' } });
  src.serve('/flaky', { status: 500, type: 'text/plain', body: 'oops' });
  await runLinkCheck();
  const rows = await s.db.evidence.findMany({ orderBy: { position: 'asc' } });
  expect(rows.map((e) => [e.linkState, e.lastCheckStatus])).toEqual([
    ['ONLINE', 500],
    ['MISSING', null],
  ]);
});

it('captures PENDING evidence (such as rows the backfill made), tries FAILED captures again, leaves BLOCKED', async () => {
  src.serve('/old', { type: 'text/plain', body: 'from before evidence records' });
  src.serve('/late', { type: 'text/plain', body: 'published since' });
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const urls = [`${src.base}/old`, `${src.base}/late`, 'http://10.0.0.1/'];
  const entry = await createProgressUpdate(s.db, { recommendationId: rec.id, evidenceUrls: urls });
  await s.db.evidence.createMany({
    data: [
      { progressUpdateId: entry.id, position: 0, url: urls[0] },
      { progressUpdateId: entry.id, position: 1, url: urls[1], captureState: 'FAILED', failureReason: 'HTTP 404' },
      { progressUpdateId: entry.id, position: 2, url: urls[2], captureState: 'BLOCKED', failureReason: 'private' },
    ],
  });
  await runLinkCheck();
  const rows = await s.db.evidence.findMany({ orderBy: { position: 'asc' } });
  expect(rows.map((e) => [e.captureState, e.sha256])).toEqual([
    ['CAPTURED', sha256('from before evidence records')],
    ['CAPTURED', sha256('published since')],
    ['BLOCKED', null],
  ]);
});

it('backfills one PENDING row per link of the entries logged before evidence records, in order', async () => {
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const a = await createProgressUpdate(s.db, {
    recommendationId: rec.id,
    evidenceUrls: ['https://a.example/1', 'https://a.example/2'],
  });
  await createProgressUpdate(s.db, { recommendationId: rec.id, evidenceUrls: [] });
  const sql = fs.readFileSync(
    path.join(__dirname, '../../prisma/migrations/20261201211100_evidence_backfill/migration.sql'),
    'utf8',
  );
  await s.db.$executeRawUnsafe(sql);
  const rows = await s.db.evidence.findMany({ orderBy: { position: 'asc' } });
  expect(rows.map((e) => [e.progressUpdateId, e.position, e.url, e.captureState, e.linkState])).toEqual([
    [a.id, 0, 'https://a.example/1', 'PENDING', 'UNCHECKED'],
    [a.id, 1, 'https://a.example/2', 'PENDING', 'UNCHECKED'],
  ]);
});

it('schedules the check from EVIDENCE_CHECK_SCHEDULE as a crontab line, and not at all when off', () => {
  const at = (value?: string) =>
    evidenceCrontab(loadConfig({ NODE_ENV: 'test', ...(value ? { EVIDENCE_CHECK_SCHEDULE: value } : {}) }));
  expect([at(), at('30 4 * * 1'), at('off')]).toEqual([
    '0 3 * * * checkEvidenceLinks\n',
    '30 4 * * 1 checkEvidenceLinks\n',
    '',
  ]);
  expect(() => at('daily')).toThrow(/EVIDENCE_CHECK_SCHEDULE: must be a cron schedule/);
});
