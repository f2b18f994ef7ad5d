// The data CLIs spawned for real against this file's database: export, import, backup and restore.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { useTestServer } from '../helpers/testServer';
import { createTestDatabase } from '../helpers/database';
import { createRecommendation, createTheme, createUserWithToken } from '../helpers/factories';
import { takeBackup } from '../../src/db/backup';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const s = useTestServer();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(script: string, args: string[], databaseUrl = s.url) {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [`src/cli/${script}.ts`, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'test' },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

it('exports, dry-runs and applies an edited sheet, then backs up and restores into an empty database', async () => {
  const theme = await createTheme(s.db, { code: 'SANDBOX' });
  await createRecommendation(s.db, { code: 'GOV-SANDBOX-01', themeId: theme.id });
  await createRecommendation(s.db, { code: 'GOV-RISK-01' });
  await createUserWithToken(s.db, 'ANALYST', 'li');

  const file = path.join(dir, 'log.csv');
  const exported = await run('export', ['progress', '--theme', 'SANDBOX', '--as-of', '2026-10-01', '--out', file]);
  expect([exported.code, exported.stdout.trim()]).toEqual([0, file]);
  const rows = parse(fs.readFileSync(file, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
  // The first line is the header; what was exported, as of when, is in the default file name.
  expect(rows[0]).toEqual([
    'rowKey',
    'code',
    'occurredOn',
    'statusBefore',
    'status',
    'progressBefore',
    'progress',
    'note',
    'evidenceUrls',
    'reason',
    'corrects',
    'actor',
    'loggedAt',
    'expectedVersion',
  ]);
  fs.appendFileSync(file, 'k-1,GOV-SANDBOX-01,2026-09-01,,PLANNED,,10,Plan,,,,,,\r\n');

  const dry = await run('import', ['progress', file, '--as', 'li']);
  expect([dry.code, JSON.parse(dry.stdout)]).toEqual([0, expect.objectContaining({ applied: false, created: 1 })]);
  expect(await s.db.progressUpdate.count()).toBe(0);
  const applied = await run('import', ['progress', file, '--as', 'li', '--apply']);
  expect([applied.code, JSON.parse(applied.stdout).applied]).toEqual([0, true]);
  expect((await s.db.progressUpdate.findFirstOrThrow()).rowKey).toBe('k-1');
  fs.appendFileSync(file, 'k-2,GOV-SANDBOX-01,,,IMPLEMENTED,,100,Done,,,,,,\r\n');
  const bad = await run('import', ['progress', file, '--as', 'li', '--apply']);
  expect([bad.code, JSON.parse(bad.stdout).errors[0].row]).toEqual([1, 3]);
  expect(await run('import', ['progress', file])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--as/) });

  // Every field of the API's filter is an option, from the filter's own table: a newer one such as this too.
  const due = path.join(dir, 'due.xlsx');
  const filtered = await run('export', [
    'catalog',
    '--format',
    'xlsx',
    '--target-date-before',
    '2030-01-01',
    '--out',
    due,
  ]);
  expect([filtered.code, filtered.stderr]).toEqual([0, expect.stringContaining('"targetDateBefore":"2030-01-01"')]);

  const backup = path.join(dir, 'backup.json');
  expect(await run('backup', ['--out', backup])).toMatchObject({ code: 0, stdout: `${backup}\n` });
  const fresh = await createTestDatabase();
  try {
    expect((await run('restore', [backup], fresh.url)).code).toBe(0);
    expect(JSON.stringify(await takeBackup(fresh.db))).toBe(
      JSON.stringify(JSON.parse(fs.readFileSync(backup, 'utf8'))),
    );
    expect(await run('restore', [backup], fresh.url)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/not empty/),
    });
    expect((await run('restore', [backup, '--force'], fresh.url)).code).toBe(0);
  } finally {
    await fresh.drop();
  }
}, 120_000);

it('writes a backup without --out into backups/, which git and Prettier ignore', async () => {
  const rec = await createRecommendation(s.db);
  const res = await run('backup', []);
  const file = path.resolve(root, res.stdout.trim());
  try {
    expect([res.code, path.relative(root, file)]).toEqual([
      0,
      expect.stringMatching(/^backups\/backup-[\dT-]+Z\.json$/),
    ]);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as Awaited<ReturnType<typeof takeBackup>>;
    expect(doc.tables.recommendations.map((r) => r.code)).toContain(rec.code);
    // Only its owner may read it: it holds every user and record.
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    await expect(promisify(execFile)('git', ['check-ignore', '-q', file], { cwd: root })).resolves.toBeDefined();
    // As `npm run format:check` decides: Prettier reads .gitignore and .prettierignore.
    const info = await promisify(execFile)(path.join(root, 'node_modules/.bin/prettier'), ['--file-info', file], {
      cwd: root,
    });
    expect(JSON.parse(info.stdout)).toMatchObject({ ignored: true });
  } finally {
    fs.rmSync(file, { force: true });
  }
});
