// `npm run import -- catalog|progress|indicator-values FILE --as NAME [--apply]`: importSpreadsheet, the same service as the
// mutation, acting as the named user (their role decides). A dry run unless --apply; prints the result as JSON
// and exits 1 when the sheet has errors.
import fs from 'node:fs';
import path from 'node:path';
import { importSpreadsheet } from '../domain/exchange/importSpreadsheet';
import { actorNamed, parseCliArgs, runCli, UsageError, withSession } from './session';

const USAGE = 'Usage: npm run import -- catalog|progress|indicator-values FILE.csv|FILE.xlsx --as <user> [--apply]';
const SHEET_KINDS: Record<string, 'CATALOG' | 'PROGRESS' | 'INDICATOR_VALUES'> = {
  catalog: 'CATALOG',
  progress: 'PROGRESS',
  'indicator-values': 'INDICATOR_VALUES',
};

runCli('import', async () => {
  const parsed = parseCliArgs(USAGE, { as: { type: 'string' }, apply: { type: 'boolean', default: false } });
  const [kindArg, file] = parsed.positionals;
  const kind = SHEET_KINDS[kindArg ?? ''] ?? null;
  const ext = file ? path.extname(file).toLowerCase() : '';
  if (!kind || !file || parsed.positionals.length !== 2 || !['.csv', '.xlsx'].includes(ext))
    throw new UsageError(USAGE);
  const bytes = fs.readFileSync(file);
  const format = ext === '.csv' ? 'CSV' : 'XLSX';
  const content = format === 'CSV' ? bytes.toString('utf8') : bytes.toString('base64');
  await withSession(async (session) => {
    const ctx = session.context(await actorNamed(session.db, session.config, parsed.values.as));
    const result = await importSpreadsheet(ctx, { kind, format, content, dryRun: !parsed.values.apply });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    console.error(
      result.applied
        ? `Applied: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`
        : result.errors.length
          ? `Not applied: ${result.errors.length} error(s); nothing was written.`
          : `Dry run: ${result.created} to create, ${result.updated} to update, ${result.unchanged} unchanged. Run again with --apply.`,
    );
    if (result.errors.length) process.exitCode = 1;
  });
});
