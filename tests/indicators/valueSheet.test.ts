// The indicator-value sheet (one row per indicator and period): an unmodified export re-imports as no change in
// both formats; an edited sheet records its new period, and its changed value as a correction, through
// recordIndicatorValue; a bad row is refused with its row and column and nothing of the sheet is written.
import request from 'supertest';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';

const s = useTestServer({ reset: true });

const CREATE = `mutation Create($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`;
const RECORD = `mutation Record($input: RecordIndicatorValueInput!) {
  recordIndicatorValue(input: $input) { value { id } proposal { id } } }`;
const IMPORT = `mutation Import($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) { applied created updated unchanged rows { row action code }
    errors { row column message code } } }`;

let code = '';
let indicatorId = '';

beforeEach(async () => {
  const rec = await createRecommendation(s.db);
  code = rec.code;
  const created = await s.exec<any>(
    CREATE,
    {
      input: {
        recommendationCode: code,
        code: 'SMART',
        nameZh: '智能工厂',
        nameEn: 'Smart factories',
        unit: 'factories',
        min: 0,
        max: 1000,
        direction: 'INCREASE',
        baseline: { value: 0, date: '2025-01-01', source: 'test' },
        targets: [{ value: 100, dueDate: '2025-04-11' }],
      },
    },
    ADMIN_TOKEN,
  );
  expect(created.errors).toBeUndefined();
  indicatorId = created.data.createIndicator.id;
  for (const [periodStart, periodEnd, value, note] of [
    ['2025-01-01', '2025-01-31', 20, '=first month'],
    ['2025-02-01', '2025-02-28', 45.5, ''],
  ] as const) {
    const res = await s.exec<any>(RECORD, { input: { indicatorId, periodStart, periodEnd, value, note } }, ADMIN_TOKEN);
    expect(res.errors).toBeUndefined();
  }
});

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

const exportCsv = async () =>
  ((await request(s.http).get('/export/indicator-values.csv').buffer(true).parse(binary)).body as Buffer).toString(
    'utf8',
  );

const importSheet = (content: string, dryRun: boolean, format = 'CSV', token = ADMIN_TOKEN) =>
  s.exec<any>(IMPORT, { input: { kind: 'INDICATOR_VALUES', format, content, dryRun } }, token);

async function written() {
  const [values, entries, audits, proposals] = await Promise.all([
    s.db.indicatorValue.count(),
    s.db.progressUpdate.count(),
    s.db.auditEntry.count(),
    s.db.proposal.count(),
  ]);
  return { values, entries, audits, proposals };
}

/** A CSV line in the export's shape (every text cell quoted). */
const line = (cells: (string | number)[]) =>
  cells.map((c) => (typeof c === 'number' ? String(c) : `"${c.replace(/"/g, '""')}"`)).join(',');
const row = (periodStart: string, periodEnd: string, value: number | string, note = '') =>
  line([code, 'SMART', 'Smart factories', '智能工厂', 'factories', periodStart, periodEnd, value, note, '', '', '']);

test('the export has one row per indicator and period, in the documented columns', async () => {
  const res = await request(s.http).get('/export/indicator-values.csv').buffer(true).parse(binary);
  expect(res.status).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/indicator-values_asof-/);
  const lines = (res.body as Buffer)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe(
    '"code","indicator","nameEn","nameZh","unit","periodStart","periodEnd","value","note","evidenceUrls","recordedBy","recordedAt"',
  );
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(
    `"${code}","SMART","Smart factories","智能工厂","factories","2025-01-01","2025-01-31",20,"'=first month"`,
  );
  expect(lines[2]).toContain('"2025-02-01","2025-02-28",45.5,');
});

test.each(['CSV', 'XLSX'])('an unmodified %s export, imported as a dry run, reports no change', async (format) => {
  const file = (
    await request(s.http).get(`/export/indicator-values.${format.toLowerCase()}`).buffer(true).parse(binary)
  ).body as Buffer;
  const content = format === 'CSV' ? file.toString('utf8') : file.toString('base64');
  const before = await written();
  const res = await importSheet(content, true, format);
  expect(res.errors).toBeUndefined();
  expect(res.data.importSpreadsheet).toMatchObject({
    applied: false,
    created: 0,
    updated: 0,
    unchanged: 2,
    errors: [],
  });
  expect(await written()).toEqual(before);
});

test('a bad row is refused with its row and column, and nothing of the sheet is written', async () => {
  const csv = await exportCsv();
  const before = await written();
  const sheet = [
    csv.trimEnd(),
    row('2025-03-01', '2025-03-31', 60), // row 4: good alone
    row('2025-04-01', '2025-04-30', 5000), // row 5: above the unit's max
    row('2025-02-15', '2025-03-15', 50), // row 6: overlaps February's value
    row('2025-05-01', '2025-05-31', 'many'), // row 7: not a number
    line([code, 'NOPE', '', '', '', '2025-06-01', '2025-06-30', 1, '', '', '', '']), // row 8: no such indicator
  ].join('\r\n');
  const res = await importSheet(sheet, false);
  expect(res.errors).toBeUndefined();
  const result = res.data.importSpreadsheet;
  expect(result.applied).toBe(false);
  expect(result.errors.map((e: any) => [e.row, e.column, e.code])).toEqual([
    [5, 'value', 'BAD_USER_INPUT'],
    [6, 'periodStart', 'BAD_USER_INPUT'],
    [7, 'value', 'BAD_USER_INPUT'],
    [8, 'indicator', 'BAD_USER_INPUT'],
  ]);
  expect(result.errors[0].message).toMatch(/outside the range/);
  expect(result.errors[1].message).toMatch(/overlaps/);
  expect(await written()).toEqual(before);
});

test('an edited sheet records its new period, and a changed value as a correction, with the audit trail', async () => {
  const csv = await exportCsv();
  const edited =
    csv.replace(',45.5,', ',47,').trimEnd() + '\r\n' + row('2025-03-01', '2025-03-31', 60, 'March') + '\r\n';
  const dry = await importSheet(edited, true);
  expect(dry.data.importSpreadsheet).toMatchObject({
    applied: false,
    created: 1,
    updated: 1,
    unchanged: 1,
    errors: [],
  });
  const before = await written();
  const res = await importSheet(edited, false);
  expect(res.data.importSpreadsheet).toMatchObject({ applied: true, created: 1, updated: 1, unchanged: 1, errors: [] });
  const after = await written();
  expect(after.values).toBe(before.values + 2);
  expect(after.entries).toBe(before.entries + 2);
  // Each value's own audit entry, and one for the sheet.
  expect(after.audits).toBe(before.audits + 3);
  const values = await s.db.indicatorValue.findMany({ orderBy: { id: 'asc' } });
  const correction = values.find((v) => v.value === 47)!;
  expect(correction.correctsId).toBe(values.find((v) => v.value === 45.5)!.id);
  expect(values.find((v) => v.value === 60)).toMatchObject({ note: 'March', recordedByName: expect.any(String) });
  const audit = await s.db.auditEntry.findMany({
    where: { operation: 'recordIndicatorValue' },
    orderBy: { id: 'desc' },
  });
  expect(JSON.stringify(audit[0].after)).toContain('importSpreadsheet INDICATOR_VALUES CSV');
  // The sheet as it now stands re-imports as no change.
  const again = await importSheet(await exportCsv(), true);
  expect(again.data.importSpreadsheet).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: [] });
});

test("an analyst's row that meets the target goes to review, as the form's value does", async () => {
  const { token } = await createUserWithToken(s.db, 'ANALYST');
  const sheet = [(await exportCsv()).trimEnd(), row('2025-04-01', '2025-04-11', 100)].join('\r\n');
  const before = await written();
  const res = await importSheet(sheet, false, 'CSV', token);
  expect(res.errors).toBeUndefined();
  const result = res.data.importSpreadsheet;
  expect(result).toMatchObject({ applied: true, created: 1, errors: [] });
  expect(result.rows.at(-1)).toMatchObject({ action: 'PROPOSE', code });
  const after = await written();
  expect(after.values).toBe(before.values);
  expect(after.proposals).toBe(before.proposals + 1);
});
