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

it('exports the catalog as RFC 4180 CSV with a BOM, a title row naming filter and date, and the columns', async () => {
  await seedSandbox();
  const res = await get('/export/recommendations.csv?theme=SANDBOX&asOf=2026-10-01');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/csv/);
  expect(res.headers['content-disposition']).toContain('catalog_asof-2026-10-01_theme=SANDBOX.csv');
  const body = res.body as Buffer;
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString('utf8')).toContain('\r\n');
  const rows = csvRows(body);
  expect(rows[0][0]).toMatch(/^# Catalog as of 2026-10-01; filter: theme=SANDBOX; exported /);
  expect(rows[1]).toEqual([
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
  ]);
  expect(rows.slice(2).map((r) => [r[0], r[3]])).toEqual([
    ['GOV-SANDBOX-01', '监管沙盒试点'],
    ['GOV-SANDBOX-02', expect.any(String)],
  ]);
});

it('neutralises formula-like cells with a leading apostrophe, in CSV and XLSX', async () => {
  const { b } = await seedSandbox();
  await s.exec(LOG, { input: { code: b.code, note: '-5% after review', progress: 5, status: 'PLANNED' } }, ADMIN_TOKEN);
  const csv = csvRows((await get('/export/recommendations.csv?theme=SANDBOX')).body);
  expect(csv[3][6]).toBe(`'=HYPERLINK("x")`);
  const log = csvRows((await get('/export/progress.csv')).body);
  expect(log[2][7]).toBe(`'-5% after review`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await get('/export/recommendations.xlsx?theme=SANDBOX')).body);
  expect(book.worksheets[0].getRow(4).getCell(7).value).toBe(`'=HYPERLINK("x")`);
});

it.each(['=SUM(A1:A2)', '+1', '-1', '@cmd', '\tTAB', '\rCR'])(
  'writes a cell starting like %j with an apostrophe before it, in both formats',
  async (value) => {
    await createRecommendation(s.db, { code: 'GOV-FORMULA-01', titleEn: value, summaryEn: `safe ${value}` });
    const csv = csvRows((await get('/export/recommendations.csv')).body);
    expect([csv[2][4], csv[2][5]]).toEqual([`'${value}`, `safe ${value}`]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await get('/export/recommendations.xlsx')).body);
    // XML reads a carriage return as a line feed; the apostrophe before it is what matters.
    expect(book.worksheets[0].getRow(3).getCell(5).value).toBe(`'${value.replace('\r', '\n')}`);
  },
);

it('writes XLSX that exceljs opens with the Chinese text intact', async () => {
  await seedSandbox();
  const res = await get('/export/recommendations.xlsx?search=沙盒');
  expect(res.status).toBe(200);
  expect(res.headers['content-disposition']).toContain(encodeURIComponent('search=沙盒'));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.body);
  const ws = book.worksheets[0];
  expect(ws.name).toBe('Catalog');
  expect(String(ws.getRow(1).getCell(1).value)).toMatch(/^# Catalog as of .*search=沙盒/);
  expect(ws.getRow(3).getCell(1).value).toBe('GOV-SANDBOX-01');
  expect(ws.getRow(3).getCell(4).value).toBe('监管沙盒试点');
});

it('exports as of a past date exactly what the API answers for that date', async () => {
  const { a, b } = await seedSandbox();
  const log = (code: string, input: object) => s.exec(LOG, { input: { code, ...input } }, ADMIN_TOKEN);
  await log(a.code, { note: 'Plan', status: 'PLANNED', progress: 10, occurredOn: '2026-09-01' });
  await log(a.code, { note: 'Pilot', status: 'IN_PROGRESS', progress: 40, occurredOn: '2026-11-01' });
  await log(b.code, { note: 'Start', status: 'IN_PROGRESS', progress: 20, occurredOn: '2026-10-15' });
  const rows = csvRows((await get('/export/recommendations.csv?theme=SANDBOX&asOf=2026-10-01')).body).slice(2);
  const api = await s.exec(AS_OF, { filter: { theme: ['SANDBOX'] }, asOf: '2026-10-01' });
  expect(rows.map((r) => ({ code: r[0], status: r[7], progress: Number(r[8]), health: r[9] }))).toEqual(
    api.data!.recommendations.edges.map((e: { node: object }) => e.node),
  );
  expect(rows.map((r) => [r[0], r[7], r[8]])).toEqual([
    ['GOV-SANDBOX-01', 'PLANNED', '10'],
    ['GOV-SANDBOX-02', 'NOT_STARTED', '0'],
  ]);
  const entries = csvRows((await get('/export/progress.csv?theme=SANDBOX&asOf=2026-10-01')).body).slice(2);
  expect(entries.map((r) => [r[1], r[2], r[3], r[4], r[7], r[11]])).toEqual([
    ['GOV-SANDBOX-01', '2026-09-01', 'NOT_STARTED', 'PLANNED', 'Plan', 'admin'],
  ]);
});

it('filters by status as of the date, as the API does', async () => {
  const { a } = await seedSandbox();
  await s.exec(LOG, { input: { code: a.code, note: 'Go', status: 'IN_PROGRESS', progress: 30 } }, ADMIN_TOKEN);
  const rows = csvRows((await get('/export/recommendations.csv?status=IN_PROGRESS')).body).slice(2);
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
