// Entries that a progress sheet imports get evidence records and capture jobs like logged ones; a dry run
// leaves neither.
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { queuedJobs } from './evidenceSource';

const IMPORT = `mutation Import($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) { applied created errors { row message } } }`;

const s = useTestServer({ reset: true });

async function progressSheet(code: string, evidenceUrls: string) {
  const res = await request(s.http).get('/export/progress.csv');
  const rows = parse(res.text, { bom: true, relax_column_count: true }) as string[][];
  const header = rows[0];
  const cells: Record<string, string> = {
    rowKey: 'dec-1',
    code,
    status: 'IN_PROGRESS',
    progress: '30',
    note: 'Pilot rules',
    evidenceUrls,
  };
  rows.push(header.map((c) => cells[c] ?? ''));
  return stringify(rows, { record_delimiter: 'windows' });
}

it('records the evidence of imported entries and enqueues their capture, and a dry run neither', async () => {
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const content = await progressSheet(rec.code, 'https://example.gov.cn/a https://example.gov.cn/b');
  const input = { format: 'CSV', kind: 'PROGRESS', content };
  const dry = await s.exec(IMPORT, { input: { ...input, dryRun: true } }, ADMIN_TOKEN);
  expect(dry.data!.importSpreadsheet).toEqual({ applied: false, created: 1, errors: [] });
  expect([await s.db.evidence.count(), await queuedJobs(s)]).toEqual([0, []]);

  const applied = await s.exec(IMPORT, { input: { ...input, dryRun: false } }, ADMIN_TOKEN);
  expect(applied.data!.importSpreadsheet).toEqual({ applied: true, created: 1, errors: [] });
  const rows = await s.db.evidence.findMany({ orderBy: { position: 'asc' } });
  expect(rows.map((e) => [e.position, e.url, e.captureState])).toEqual([
    [0, 'https://example.gov.cn/a', 'PENDING'],
    [1, 'https://example.gov.cn/b', 'PENDING'],
  ]);
  expect((await queuedJobs(s)).map((j) => j.key)).toEqual(rows.map((e) => `captureEvidence:${e.id}`));
});
