// An unmodified export, re-imported, changes nothing: every sheet kind in both formats, filled with values that a
// spreadsheet would run as formulas, that look like the sheet's own escapes, or that the owners cell could split.
// The proof is the import's own count (nothing created or updated, no error) and a backup taken before and after,
// compared whole: no field is left out, because an import that changes nothing writes nothing.
import request from 'supertest';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createTheme } from '../helpers/factories';
import { takeBackup } from '../../src/db/backup';
import { logProgress } from '../../src/domain/log/progress';

const CREATE = `mutation Create($input: CreateRecommendationInput!) { createRecommendation(input: $input) { code } }`;
const LOG = `mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;
const IMPORT = `mutation Import($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) { applied created updated unchanged errors { row column message code } } }`;

/** Text that the API stores (it trims, so nothing starts with a space, tab or line break). */
const HOSTILE = [
  `'=1+1`,
  `''=2+2`,
  `'plain apostrophe`,
  `=HYPERLINK("http://127.0.0.1/","x")`,
  `+1`,
  `-1`,
  `-1.50`,
  `-5% after review`,
  `@SUM(1,2)`,
  `＝1+1`,
  `＋1`,
  `－1`,
  `＠cmd`,
  `x;=1+1`,
  `a, "quoted"; b`,
  `line one\r\nline two`,
  `cr\ronly`,
  `ctl\u0001char`,
  `_x000D_ is literal text`,
  `1e5`,
  `2026`,
  `# not a title`,
];

/** Names that a `Name (KIND); Name (KIND)` cell split naively would change or refuse. */
const OWNERS = [
  { name: 'Real Ministry (MINISTRY); Other Org', kind: 'OTHER' },
  { name: 'A;=B', kind: 'REGULATOR' },
  { name: '=Owner formula', kind: 'ENTERPRISE' },
  { name: `'Apostrophe Org`, kind: 'ACADEMIA' },
  { name: 'Back\\slash\\; Org\\', kind: 'OTHER' },
  { name: 'Name (REGULATOR)', kind: 'MINISTRY' },
  { name: '-1', kind: 'INDUSTRY_BODY' },
];

/** Keys a progress sheet gave its rows. */
const ROW_KEYS = ['=k-1', `'=k-2`, '-1', '# key', 'k;=3'];

const s = useTestServer();

beforeAll(async () => {
  const theme = await createTheme(s.db, { code: 'SANDBOX' });
  // The document's text holds the hostile quotes: a quote is checked against its document's text.
  const text = HOSTILE.map((value, i) => `${i} ${value}`).join('\n\n');
  await s.db.sourceDocument.update({ where: { id: theme.documentId }, data: { text } });
  const ctx = await s.contextFor(ADMIN_TOKEN);
  for (const [i, value] of HOSTILE.entries()) {
    const code = `GOV-HOSTILE-${String(i + 1).padStart(2, '0')}`;
    const owners = [OWNERS[i % OWNERS.length], OWNERS[(i + 1) % OWNERS.length]];
    const input = { code, theme: 'SANDBOX', titleZh: value, titleEn: value, summaryEn: value, quote: `${i} ${value}` };
    const created = await s.exec(CREATE, { input: { ...input, owners, targetDate: '2027-06-30' } }, ADMIN_TOKEN);
    expect(created.errors).toBeUndefined();
    const logged = await s.exec(LOG, { input: { code, note: value, status: 'PLANNED', progress: 10 } }, ADMIN_TOKEN);
    expect(logged.errors).toBeUndefined();
    const rowKey = ROW_KEYS[i];
    if (rowKey) await logProgress(ctx, { code, note: `${rowKey} ${value}`, progress: 20, rowKey });
  }
  const keyed = await s.db.progressUpdate.findUniqueOrThrow({ where: { rowKey: `'=k-2` } });
  await logProgress(ctx, { code: 'GOV-HOSTILE-02', note: '-correction', progress: 25, correctsId: String(keyed.id) });
});

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

it.each([
  ['CATALOG', 'recommendations', 'CSV'],
  ['CATALOG', 'recommendations', 'XLSX'],
  ['PROGRESS', 'progress', 'CSV'],
  ['PROGRESS', 'progress', 'XLSX'],
])(
  're-imports an unmodified %s export (%s.%s) as updated: 0, created: 0, with an identical backup',
  async (kind, path, format) => {
    const backup = JSON.stringify(await takeBackup(s.db));
    const file = (await request(s.http).get(`/export/${path}.${format.toLowerCase()}`).buffer(true).parse(binary))
      .body as Buffer;
    const content = format === 'CSV' ? file.toString('utf8') : file.toString('base64');
    const res = await s.exec(IMPORT, { input: { kind, format, content, dryRun: false } }, ADMIN_TOKEN);
    expect(res.errors).toBeUndefined();
    const rows = kind === 'CATALOG' ? HOSTILE.length : HOSTILE.length + ROW_KEYS.length + 1;
    expect(res.data!.importSpreadsheet).toEqual({ applied: true, created: 0, updated: 0, unchanged: rows, errors: [] });
    expect(JSON.stringify(await takeBackup(s.db))).toBe(backup);
  },
);
