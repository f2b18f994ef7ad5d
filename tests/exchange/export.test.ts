// The export files over HTTP: what they hold, as of when, under which filter and read rule.
import request from 'supertest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { ADMIN_TOKEN, startTestServer, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme, createUserWithToken } from '../helpers/factories';

const LOG = `mutation Log($input: LogProgressInput!) { logProgress(input: $input) { recommendation { version } } }`;
const AS_OF = `query AsOf($filter: RecommendationFilter, $asOf: Date) {
  recommendations(filter: $filter, asOf: $asOf) { edges { node { code status progress health } } } }`;

const s = useTestServer({ reset: true });

const csvRows = (body: Buffer) => parse(body.toString('utf8'), { bom: true, relax_column_count: true }) as string[][];
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
const get = (path: string) => request(s.http).get(path).buffer(true).parse(binary);

async function seedSandbox() {
  const theme = await createTheme(s.db, { code: 'SANDBOX', nameZh: '沙盒监管', nameEn: 'Sandbox' });
  const other = await createTheme(s.db, { code: 'RISK' });
  const a = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01', themeId: theme.id, titleZh: '监管沙盒试点' });
  const b = await createRecommendation(s.db, { code: 'GOV-SANDBOX-02', themeId: theme.id, quote: '=HYPERLINK("x")' });
  await createRecommendation(s.db, { code: 'GOV-RISK-01', themeId: other.id });
  return { a, b };
}

const CATALOG_HEADER = [
  'code',
  'pillar',
  'theme',
  'titleZh',
  'titleEn',
  'summaryEn',
  'quote',
  'status',
  'progress',
  'health',
  'owners',
  'targetDate',
  'lastUpdate',
  'version',
  'summaryZh',
  'parentCode',
];

it('exports the catalog as RFC 4180 CSV with a BOM, the header as its first line and text cells quoted', async () => {
  await seedSandbox();
  const res = await get('/export/recommendations.csv?theme=SANDBOX&asOf=2026-10-01');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv/);
  const body = res.body as Buffer;
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.subarray(3).toString('utf8').split('\r\n');
  // The first line is the header, so that spreadsheet imports and pandas.read_csv take it for one.
  expect(lines[0]).toBe(CATALOG_HEADER.map((c) => `"${c}"`).join(','));
  // Text quoted, numbers (progress, version) not.
  expect(lines[1]).toMatch(/^"GOV-SANDBOX-01","GOVERNANCE","SANDBOX","监管沙盒试点",.*,"NOT_STARTED",0,.*,1,"",$/);
  const rows = csvRows(body);
  expect(rows[0]).toEqual(CATALOG_HEADER);
  expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual([
    ['GOV-SANDBOX-01', '监管沙盒试点'],
    ['GOV-SANDBOX-02', expect.any(String)],
  ]);
});

it('says what was exported, as of when and under which filter in the file name and X-Export-Metadata', async () => {
  await seedSandbox();
  const res = await get('/export/progress.csv?theme=SANDBOX&status=NOT_STARTED,PLANNED&asOf=2026-10-01');
  expect(res.headers['content-disposition']).toContain(
    'progress-log_asof-2026-10-01_status=NOT_STARTED|PLANNED_theme=SANDBOX.csv',
  );
  expect(JSON.parse(res.headers['x-export-metadata'])).toEqual({
    export: 'progress-log',
    asOf: '2026-10-01',
    current: false,
    filter: { status: ['NOT_STARTED', 'PLANNED'], theme: ['SANDBOX'] },
    exportedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    records: '2',
    distinctMeasures: '2',
  });
  const current = await get('/export/recommendations.xlsx');
  expect(JSON.parse(current.headers['x-export-metadata'])).toMatchObject({ current: true, filter: {} });
});

it('neutralises formula-like cells with a leading apostrophe, in CSV and XLSX', async () => {
  const { b } = await seedSandbox();
  await s.exec(LOG, { input: { code: b.code, note: '-5% after review', progress: 5, status: 'PLANNED' } }, ADMIN_TOKEN);
  const csv = csvRows((await get('/export/recommendations.csv?theme=SANDBOX')).body);
  expect(csv[2][6]).toBe(`'=HYPERLINK("x")`);
  const log = csvRows((await get('/export/progress.csv')).body);
  expect(log[1][7]).toBe(`'-5% after review`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await get('/export/recommendations.xlsx?theme=SANDBOX')).body);
  expect(book.worksheets[0].getRow(3).getCell(7).value).toBe(`'=HYPERLINK("x")`);
});

it.each(['=SUM(A1:A2)', '+1', '-1.50', '@cmd', '\tTAB', '\rCR', '＝1+1', '＋1', '－1', '＠cmd', "'=1+1", "'plain"])(
  'writes a cell starting like %j with an apostrophe before it, in both formats',
  async (value) => {
    await createRecommendation(s.db, { code: 'GOV-FORMULA-01', titleEn: value, summaryEn: `safe ${value}` });
    const csv = csvRows((await get('/export/recommendations.csv')).body);
    expect([csv[1][4], csv[1][5]]).toEqual([`'${value}`, `safe ${value}`]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await get('/export/recommendations.xlsx')).body);
    expect(book.worksheets[0].getRow(2).getCell(5).value).toBe(`'${value}`);
  },
);

it('writes a text that is wholly a number as a number, so that a negative value stays a number', async () => {
  await createRecommendation(s.db, { code: 'GOV-NUMBER-01', titleEn: '-1', summaryEn: '-0.25' });
  const res = await get('/export/recommendations.csv');
  expect(res.body.toString('utf8').split('\r\n')[1]).toContain(',-1,-0.25,');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await get('/export/recommendations.xlsx')).body);
  expect([2, 5, 6].map((c) => book.worksheets[0].getRow(2).getCell(c).value)).toEqual(['GOVERNANCE', -1, -0.25]);
});

it('writes XLSX that exceljs opens with the Chinese text intact, and the metadata on a second sheet', async () => {
  await seedSandbox();
  const res = await get('/export/recommendations.xlsx?search=沙盒');
  expect(res.status).toBe(200);
  expect(res.headers['content-disposition']).toContain(encodeURIComponent('search=沙盒'));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.body);
  const [ws, about] = book.worksheets;
  expect(ws.name).toBe('Catalog');
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(CATALOG_HEADER);
  expect(ws.getRow(2).getCell(1).value).toBe('GOV-SANDBOX-01');
  expect(ws.getRow(2).getCell(4).value).toBe('监管沙盒试点');
  expect(about.name).toBe('About');
  const rows = about
    .getSheetValues()
    .slice(1)
    .map((r) => (r as unknown[]).slice(1));
  expect(rows).toEqual([
    ['field', 'value'],
    ['export', 'catalog'],
    ['asOf', expect.stringMatching(/^\d{4}-\d\d-\d\d$/)],
    ['current', 'true'],
    ['filter.search', '沙盒'],
    ['exportedAt', expect.stringMatching(/^\d{4}-/)],
    ['records', 2],
    ['distinctMeasures', 2],
  ]);
});

it('counts a measure linked SAME_MEASURE across documents once in the metadata, the header still first', async () => {
  const { a } = await seedSandbox();
  const plan = await createRecommendation(s.db, { code: 'PLAN-SANDBOX-01', themeId: (await createTheme(s.db)).id });
  await s.db.recommendationLink.create({
    data: { fromId: a.id, toId: plan.id, kind: 'SAME_MEASURE', createdBy: 'li' },
  });
  for (const path of ['/export/recommendations.csv', '/export/progress.csv']) {
    const res = await get(path);
    expect(JSON.parse(res.headers['x-export-metadata'])).toMatchObject({ records: '4', distinctMeasures: '3' });
  }
  const csv = await get('/export/recommendations.csv');
  expect(
    csv.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0],
  ).toMatch(/^"code","pillar","theme",/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await get('/export/recommendations.xlsx')).body);
  const about = book.worksheets[1]!.getSheetValues().map((r) => (r as unknown[] | undefined)?.slice(1));
  expect(about).toEqual(expect.arrayContaining([['distinctMeasures', 3]]));
});

it('keeps a hostile search out of the cells: header first, and neutralised on the About sheet', async () => {
  // In a semicolon-locale spreadsheet, a title row holding `x;=1+1` had a cell `=1+1`: there is no such row now.
  const csv = await get(`/export/recommendations.csv?search=${encodeURIComponent('x;=1+1')}`);
  expect(csv.status).toBe(200);
  expect(csv.body.toString('utf8').slice(1)).toBe(`${CATALOG_HEADER.map((c) => `"${c}"`).join(',')}\r\n`);
  expect(JSON.parse(csv.headers['x-export-metadata']).filter).toEqual({ search: 'x;=1+1' });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await get(`/export/recommendations.xlsx?search=${encodeURIComponent('=1+1')}`)).body);
  expect(book.worksheets[1].getRow(5).values).toEqual([undefined, 'filter.search', `'=1+1`]);
});

it('exports as of a past date exactly what the API answers for that date', async () => {
  const { a, b } = await seedSandbox();
  const log = (code: string, input: object) => s.exec(LOG, { input: { code, ...input } }, ADMIN_TOKEN);
  await log(a.code, { note: 'Plan', status: 'PLANNED', progress: 10, occurredOn: '2026-09-01' });
  await log(a.code, { note: 'Pilot', status: 'IN_PROGRESS', progress: 40, occurredOn: '2026-11-01' });
  await log(b.code, { note: 'Start', status: 'IN_PROGRESS', progress: 20, occurredOn: '2026-10-15' });
  const rows = csvRows((await get('/export/recommendations.csv?theme=SANDBOX&asOf=2026-10-01')).body).slice(1);
  const api = await s.exec(AS_OF, { filter: { theme: ['SANDBOX'] }, asOf: '2026-10-01' });
  expect(rows.map((r) => ({ code: r[0], status: r[7], progress: Number(r[8]), health: r[9] }))).toEqual(
    api.data!.recommendations.edges.map((e: { node: object }) => e.node),
  );
  expect(rows.map((r) => [r[0], r[7], r[8]])).toEqual([
    ['GOV-SANDBOX-01', 'PLANNED', '10'],
    ['GOV-SANDBOX-02', 'NOT_STARTED', '0'],
  ]);
  const entries = csvRows((await get('/export/progress.csv?theme=SANDBOX&asOf=2026-10-01')).body).slice(1);
  expect(entries.map((r) => [r[1], r[2], r[3], r[4], r[7], r[11]])).toEqual([
    ['GOV-SANDBOX-01', '2026-09-01', 'NOT_STARTED', 'PLANNED', 'Plan', '(admin token)'],
  ]);
});

it('filters by status as of the date, as the API does', async () => {
  const { a } = await seedSandbox();
  await s.exec(LOG, { input: { code: a.code, note: 'Go', status: 'IN_PROGRESS', progress: 30 } }, ADMIN_TOKEN);
  const rows = csvRows((await get('/export/recommendations.csv?status=IN_PROGRESS')).body).slice(1);
  expect(rows.map((r) => r[0])).toEqual(['GOV-SANDBOX-01']);
});

it.each([
  ['/export/recommendations.csv?asOf=2026-13-01', 'asOf must be a date'],
  ['/export/recommendations.csv?status=DONE', 'status'],
  ['/export/progress.xlsx?colour=red', 'Unknown parameter colour'],
  ['/export/progress.csv?pillar=A&pillar=B', 'pillar may be given once'],
])('answers %s with 400 and a JSON error with its code', async (path, message) => {
  const res = await request(s.http).get(path);
  expect(res.status).toBe(400);
  expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(res.body.errors[0].message).toContain(message);
});

it('needs a bearer token when PUBLIC_READ=false, and a viewer token is enough', async () => {
  const closed = await startTestServer({ PUBLIC_READ: 'false' });
  try {
    const { token } = await createUserWithToken(closed.db, 'VIEWER');
    const anonymous = await request(closed.http).get('/export/recommendations.csv');
    expect([anonymous.status, anonymous.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const viewer = await request(closed.http).get('/export/progress.csv').set('authorization', `Bearer ${token}`);
    expect(viewer.status).toBe(200);
  } finally {
    await closed.close();
  }
});
