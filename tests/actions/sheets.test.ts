// The catalog sheet carries actions' parent codes (issue 23): an export with includeActions re-imports as unchanged,
// into an empty catalog it creates the tree again (parents before their actions, by code order), and a sheet
// cannot move a record to another parent.
import request from 'supertest';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createTheme } from '../helpers/factories';

const s = useTestServer({ reset: true });

const CREATE = `mutation Create($input: CreateRecommendationInput!) { createRecommendation(input: $input) { code } }`;
const IMPORT = `mutation Import($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) { applied created updated unchanged errors { row column message code } } }`;

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const res = await s.exec(query, variables, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function catalog() {
  await createTheme(s.db, { code: 'SANDBOX' });
  await ok(CREATE, {
    input: {
      code: 'GOV-SANDBOX-03',
      theme: 'SANDBOX',
      titleZh: '沙盒',
      titleEn: 'Sandbox',
      summaryEn: 'S.',
      quote: '构建沙盒监管模式',
    },
  });
  await ok(CREATE, { input: { parentCode: 'GOV-SANDBOX-03', titleZh: '试点', titleEn: 'Pilot' } });
  await ok(CREATE, { input: { parentCode: 'GOV-SANDBOX-03.1', titleZh: '章程', titleEn: 'Charter' } });
}

const exported = async () =>
  (await request(s.http).get('/export/recommendations.csv').query({ includeActions: 'true' }).expect(200)).text;
const importCsv = (content: string, dryRun = false) =>
  ok(IMPORT, { input: { kind: 'CATALOG', format: 'CSV', content, dryRun } });

it('exports each action with its parent code, and re-imports the sheet unchanged', async () => {
  await catalog();
  const csv = await exported();
  const rows = csv.trim().split('\r\n');
  expect(rows[0].split(',').at(-1)).toBe('"parentCode"');
  expect(rows.slice(1).map((r) => [r.split(',')[0], r.split(',').at(-1)])).toEqual([
    ['"GOV-SANDBOX-03"', ''],
    ['"GOV-SANDBOX-03.1"', '"GOV-SANDBOX-03"'],
    ['"GOV-SANDBOX-03.1.1"', '"GOV-SANDBOX-03.1"'],
  ]);
  expect((await importCsv(csv)).importSpreadsheet).toEqual({
    applied: true,
    created: 0,
    updated: 0,
    unchanged: 3,
    errors: [],
  });
});

it('creates the tree again from the sheet in an empty catalog', async () => {
  await catalog();
  const csv = await exported();
  await s.reset();
  await createTheme(s.db, { code: 'SANDBOX' });
  expect((await importCsv(csv)).importSpreadsheet).toMatchObject({ applied: true, created: 3, errors: [] });
  const tree = await s.exec(`{ recommendation(code: "GOV-SANDBOX-03.1.1") { quote parent { code parent { code } } } }`);
  expect(tree.data!.recommendation).toEqual({
    quote: '构建沙盒监管模式',
    parent: { code: 'GOV-SANDBOX-03.1', parent: { code: 'GOV-SANDBOX-03' } },
  });
});

it('refuses a row that would move a record to another parent, naming the column', async () => {
  await catalog();
  const csv = (await exported()).replace(/"GOV-SANDBOX-03\.1"\r\n$/, '"GOV-SANDBOX-03"\r\n');
  const res = (await importCsv(csv, true)).importSpreadsheet as { errors: { column: string | null; code: string }[] };
  expect(res.errors).toEqual([expect.objectContaining({ column: 'parentCode', code: 'BAD_USER_INPUT' })]);
});
