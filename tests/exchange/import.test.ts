// Import: export, edit, dry run, apply; all or nothing, idempotent, audited, refused where the API refuses.
import request from 'supertest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { globalId } from '../helpers/globalIds';
import { createRecommendation, createTheme, createUserWithToken } from '../helpers/factories';
import { tableFingerprints } from '../security/support/dbState';

const IMPORT = `mutation Import($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) {
    applied dryRun created updated unchanged rows { row action code } errors { row column message code } } }`;
const LOG = `mutation Log($input: LogProgressInput!) { logProgress(input: $input) { recommendation { version } } }`;

const s = useTestServer({ reset: true });

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const download = async (path: string) => (await request(s.http).get(path).buffer(true).parse(binary)).body as Buffer;
const csvOf = async (path: string) =>
  parse((await download(path)).toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
const toCsv = (rows: string[][]) => stringify(rows, { record_delimiter: 'windows' });
const importSheet = (input: Record<string, unknown>, token: string | null = ADMIN_TOKEN) =>
  s.exec(IMPORT, { input: { format: 'CSV', ...input } }, token);

async function seed() {
  const theme = await createTheme(s.db, { code: 'SANDBOX' });
  const a = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01', themeId: theme.id, titleEn: 'Sandbox pilots' });
  const b = await createRecommendation(s.db, { code: 'GOV-SANDBOX-02', themeId: theme.id, quote: '=1+1' });
  return { a, b };
}

const catalogState = () =>
  s.db.recommendation.findMany({ orderBy: { code: 'asc' }, omit: { updatedAt: true, createdAt: true } });

describe('a catalog round trip', () => {
  it('applies exactly the edited cell after a dry run that wrote nothing, audited as the import', async () => {
    await seed();
    const rows = await csvOf('/export/recommendations.csv');
    rows[1][4] = 'Regulatory sandbox pilots';
    const content = toCsv(rows);
    const before = await catalogState();
    const fingerprint = await tableFingerprints(s.db);

    const dry = await importSheet({ kind: 'CATALOG', content });
    expect(dry.data!.importSpreadsheet).toEqual({
      applied: false,
      dryRun: true,
      created: 0,
      updated: 1,
      unchanged: 1,
      rows: [
        { row: 2, action: 'UPDATE', code: 'GOV-SANDBOX-01' },
        { row: 3, action: 'UNCHANGED', code: 'GOV-SANDBOX-02' },
      ],
      errors: [],
    });
    expect(await tableFingerprints(s.db)).toEqual(fingerprint);

    const applied = await importSheet({ kind: 'CATALOG', content, dryRun: false });
    expect(applied.data!.importSpreadsheet).toMatchObject({ applied: true, dryRun: false, updated: 1, unchanged: 1 });
    expect(await catalogState()).toEqual([
      { ...before[0], titleEn: 'Regulatory sandbox pilots', titleEnOrigin: 'DRAFT', version: 2 },
      before[1], // its quote "=1+1" came back as exported: the apostrophe was the export's
    ]);
    const audit = await s.db.auditEntry.findMany({ orderBy: { id: 'asc' } });
    expect(audit.map((e) => [e.operation, e.targetId, e.before, e.after])).toEqual([
      [
        'updateRecommendation',
        'GOV-SANDBOX-01',
        { titleEn: 'Sandbox pilots' },
        { titleEn: 'Regulatory sandbox pilots', via: expect.stringMatching(/^importSpreadsheet CATALOG CSV sha256:/) },
      ],
      [
        'importSpreadsheet',
        expect.stringMatching(/^importSpreadsheet CATALOG CSV/),
        null,
        { kind: 'CATALOG', format: 'CSV', created: 0, updated: 1, unchanged: 1, rows: 2 },
      ],
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    await seed();
    const rows = await csvOf('/export/recommendations.csv');
    rows[1][4] = 'Regulatory sandbox pilots';
    const content = toCsv(rows);
    await importSheet({ kind: 'CATALOG', content, dryRun: false });
    const fingerprint = await tableFingerprints(s.db);
    const again = await importSheet({ kind: 'CATALOG', content, dryRun: false });
    expect(again.data!.importSpreadsheet).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
    // Not even an audit entry: the sheet changed nothing.
    expect(await tableFingerprints(s.db)).toEqual(fingerprint);
    expect(await s.db.auditEntry.count({ where: { operation: 'updateRecommendation' } })).toBe(1);
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const { a } = await seed();
    const rows = await csvOf('/export/recommendations.csv');
    await s.exec(LOG, { input: { code: a.code, note: 'Meanwhile', progress: 5, status: 'PLANNED' } }, ADMIN_TOKEN);
    rows[1][4] = 'Edited on a stale copy';
    const fingerprint = await tableFingerprints(s.db);
    const res = await importSheet({ kind: 'CATALOG', content: toCsv(rows), dryRun: false });
    expect(res.errors).toBeUndefined();
    expect(res.data!.importSpreadsheet).toMatchObject({
      applied: false,
      errors: [
        {
          row: 2,
          column: 'version',
          code: 'CONFLICT',
          message: 'GOV-SANDBOX-01 is at version 2, not 1: export again and redo the edit.',
        },
      ],
    });
    expect(await tableFingerprints(s.db)).toEqual(fingerprint);
  });

  it('keeps the rule that a quote changes only with a reason', async () => {
    await seed();
    const rows = await csvOf('/export/recommendations.csv');
    rows[1][6] = '新的引文';
    const res = await importSheet({ kind: 'CATALOG', content: toCsv(rows) });
    expect(res.data!.importSpreadsheet.errors).toEqual([
      { row: 2, column: 'quote', code: 'BAD_USER_INPUT', message: 'Changing the quote requires quoteChangeReason.' },
    ]);
    rows[0].push('quoteChangeReason');
    rows[1].push('Checked against the article');
    const ok = await importSheet({ kind: 'CATALOG', content: toCsv(rows), dryRun: false });
    expect(ok.data!.importSpreadsheet).toMatchObject({ applied: true, updated: 1 });
    expect(await s.db.quoteRevision.count()).toBe(1);
  });
});

describe('a progress round trip', () => {
  it('names the one bad row in a dry run, and applying that sheet writes nothing', async () => {
    const { a, b } = await seed();
    await s.exec(LOG, { input: { code: a.code, note: 'Plan', status: 'PLANNED', progress: 10 } }, ADMIN_TOKEN);
    const rows = await csvOf('/export/progress.csv');
    const blank = rows[0].map(() => '');
    const row = (cells: Record<string, string>) => blank.map((_, i) => cells[rows[0][i]] ?? '');
    rows.push(row({ rowKey: 'nov-1', code: a.code, status: 'IN_PROGRESS', progress: '40', note: 'Pilot opened' }));
    rows.push(row({ rowKey: 'nov-2', code: b.code, status: 'IMPLEMENTED', progress: '100', note: 'Done' }));
    rows.push(row({ rowKey: 'nov-3', code: b.code, status: 'PLANNED', progress: '5', note: 'Scoped' }));
    const content = toCsv(rows);
    const fingerprint = await tableFingerprints(s.db);
    const dry = await importSheet({ kind: 'PROGRESS', content });
    expect(dry.data!.importSpreadsheet).toEqual({
      applied: false,
      dryRun: true,
      created: 2,
      updated: 0,
      unchanged: 1,
      rows: [
        { row: 2, action: 'UNCHANGED', code: a.code },
        { row: 3, action: 'CREATE', code: a.code },
        { row: 4, action: 'ERROR', code: b.code },
        { row: 5, action: 'CREATE', code: b.code },
      ],
      errors: [
        {
          row: 4,
          column: 'status',
          code: 'BAD_USER_INPUT',
          message:
            'Cannot move from NOT_STARTED to IMPLEMENTED. Allowed next statuses: PLANNED, IN_PROGRESS, ABANDONED.',
        },
      ],
    });
    const applied = await importSheet({ kind: 'PROGRESS', content, dryRun: false });
    expect(applied.data!.importSpreadsheet).toMatchObject({ applied: false, errors: [{ row: 4 }] });
    expect(await tableFingerprints(s.db)).toEqual(fingerprint);
  });

  it('appends new rows by their key, audited as the import, and a re-import appends nothing', async () => {
    const { a } = await seed();
    const { token } = await createUserWithToken(s.db, 'ANALYST', 'li');
    const rows = await csvOf('/export/progress.csv');
    const header = rows[0];
    const line = (cells: Record<string, string>) => header.map((c) => cells[c] ?? '');
    rows.push(line({ rowKey: 'nov-1', code: a.code, status: 'IN_PROGRESS', progress: '40', note: '+40% pilots' }));
    rows.push(
      line({
        rowKey: 'nov-2',
        code: a.code,
        status: 'IMPLEMENTED',
        progress: '100',
        note: 'Rules in force',
        evidenceUrls: 'https://example.gov.cn/a https://example.gov.cn/b',
        occurredOn: '2026-11-20',
      }),
    );
    const content = toCsv(rows);
    const res = await importSheet({ kind: 'PROGRESS', content, dryRun: false }, token);
    expect(res.data!.importSpreadsheet).toMatchObject({ applied: true, created: 2, errors: [] });
    expect(res.data!.importSpreadsheet.rows.map((r: { action: string }) => r.action)).toEqual(['CREATE', 'PROPOSE']);
    // An analyst's IMPLEMENTED is only proposed (REVIEW_STATUSES): the row waits for a reviewer.
    const entries = async () =>
      (await s.db.progressUpdate.findMany({ orderBy: { id: 'asc' } })).map((u) => [
        u.rowKey,
        u.note,
        u.status,
        u.progress,
        u.evidenceUrls,
        u.actorName,
      ]);
    const nov1 = ['nov-1', '+40% pilots', 'IN_PROGRESS', 40, [], 'li'];
    const nov2 = [
      'nov-2',
      'Rules in force',
      'IMPLEMENTED',
      100,
      ['https://example.gov.cn/a', 'https://example.gov.cn/b'],
      'li',
    ];
    expect(await entries()).toEqual([nov1]);
    const proposal = await s.db.proposal.findUniqueOrThrow({ where: { rowKey: 'nov-2' } });
    expect([proposal.state, proposal.note, proposal.status]).toEqual(['OPEN', 'Rules in force', 'IMPLEMENTED']);
    const logged = await s.db.auditEntry.findMany({ where: { operation: 'logProgress' } });
    expect(logged.map((e) => (e.after as { via: string }).via)).toEqual([
      expect.stringMatching(/^importSpreadsheet PROGRESS CSV/),
      expect.stringMatching(/^importSpreadsheet PROGRESS CSV/),
    ]);

    let fingerprint = await tableFingerprints(s.db);
    const again = await importSheet({ kind: 'PROGRESS', content, dryRun: false }, token);
    expect(again.data!.importSpreadsheet).toMatchObject({ applied: true, created: 0, unchanged: 2 });
    expect(await tableFingerprints(s.db)).toEqual(fingerprint);
    // Approved, the proposal becomes the row's entry, under the row's key.
    const version = (await s.db.recommendation.findUniqueOrThrow({ where: { id: a.id } })).version;
    const approve = `mutation A($input: ApproveProposalInput!) { approveProposal(input: $input) { proposal { state } } }`;
    await s.exec(approve, { input: { id: globalId('Proposal', proposal.id), expectedVersion: version } }, ADMIN_TOKEN);
    expect(await entries()).toEqual([nov1, nov2]);
    fingerprint = await tableFingerprints(s.db);
    const reexported = await csvOf('/export/progress.csv');
    const third = await importSheet({ kind: 'PROGRESS', content: toCsv(reexported), dryRun: false }, token);
    expect(third.data!.importSpreadsheet).toMatchObject({ applied: true, created: 0, unchanged: 2 });
    expect(await tableFingerprints(s.db)).toEqual(fingerprint);
  });

  it('stores injection strings from a cell verbatim', async () => {
    const { a } = await seed();
    const payloads = [`'); DROP TABLE "User"; --`, `' OR '1'='1' --`, `<script>alert(1)</script>`];
    const rows = [['rowKey', 'code', 'note'], ...payloads.map((note, i) => [`inj-${i}`, a.code, note])];
    const res = await importSheet({ kind: 'PROGRESS', content: toCsv(rows), dryRun: false });
    expect(res.data!.importSpreadsheet).toMatchObject({ applied: true, created: 3 });
    expect((await s.db.progressUpdate.findMany({ orderBy: { id: 'asc' } })).map((u) => u.note)).toEqual(payloads);
  });

  it('reads an edited XLSX workbook sent as base64', async () => {
    const { a } = await seed();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download('/export/progress.xlsx')) as unknown as ExcelJS.Buffer);
    const ws = book.worksheets[0];
    const header = (ws.getRow(1).values as string[]).slice(1);
    ws.addRow(
      header.map((c) => ({ rowKey: 'x-1', code: a.code, status: 'PLANNED', progress: 15, note: '试点方案' })[c]),
    );
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const res = await importSheet({ kind: 'PROGRESS', format: 'XLSX', content, dryRun: false });
    expect(res.data!.importSpreadsheet).toMatchObject({ applied: true, created: 1 });
    expect((await s.db.progressUpdate.findFirstOrThrow()).note).toBe('试点方案');
  });
});

describe('refusals', () => {
  it('refuses viewers, and analysts a catalog sheet, with the API codes and nothing written', async () => {
    await seed();
    const viewer = await createUserWithToken(s.db, 'VIEWER');
    const analyst = await createUserWithToken(s.db, 'ANALYST');
    const content = toCsv(await csvOf('/export/recommendations.csv'));
    const fingerprint = await tableFingerprints(s.db);
    const codes = async (token: string, kind: string) =>
      (await importSheet({ kind, content, dryRun: false }, token)).errors?.map((e) => e.extensions?.code);
    expect(await codes(viewer.token, 'PROGRESS')).toEqual(['FORBIDDEN']);
    expect(await codes(analyst.token, 'CATALOG')).toEqual(['FORBIDDEN']);
    expect((await importSheet({ kind: 'PROGRESS', content }, null)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await tableFingerprints(s.db)).toEqual(fingerprint);
  });

  it.each([
    ['too many rows', () => toCsv([['code'], ...Array.from({ length: 2001 }, () => ['GOV-X-01'])]), /Too many rows/],
    [
      'an over-long cell',
      () =>
        toCsv([
          ['code', 'titleEn'],
          ['GOV-X-01', 'x'.repeat(10_001)],
        ]),
      /at most 10000/,
    ],
    [
      'an unknown column',
      () =>
        toCsv([
          ['code', 'colour'],
          ['GOV-X-01', 'red'],
        ]),
      /Unknown column colour/,
    ],
    ['too large a file', () => 'code\r\n'.repeat(150_000), /too large/],
  ])('answers a sheet with %s with applied false and a clear error', async (_what, content, message) => {
    const res = await importSheet({ kind: 'CATALOG', content: content(), dryRun: false });
    expect(res.errors).toBeUndefined();
    expect(res.data!.importSpreadsheet.applied).toBe(false);
    expect(res.data!.importSpreadsheet.errors[0].message).toMatch(message);
  });
});
