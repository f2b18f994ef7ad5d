// `npm run export -- catalog|progress [--format csv|xlsx] [--out FILE] [--theme SANDBOX] [--as-of 2026-10-01] …`:
// the files GET /export/… serves, from the same service, written to FILE (default: the file name the server gives).
import fs from 'node:fs';
import { parseExportQuery } from '../http/exportRoutes';
import { exportSheet, fileName } from '../domain/exportSheets';
import { encodeSheet } from '../domain/spreadsheet';
import { parseCliArgs, runCli, UsageError, withSession } from './session';

const USAGE =
  'Usage: npm run export -- catalog|progress [--format csv|xlsx] [--out FILE] [--theme T] [--status S] ' +
  '[--pillar P] [--search TEXT] [--owner NAME] [--health H] [--document SLUG] [--updated-since DATE] ' +
  '[--include-archived] [--as-of DATE]';

const OPTIONS = {
  format: { type: 'string', default: 'csv' },
  out: { type: 'string' },
  theme: { type: 'string' },
  status: { type: 'string' },
  pillar: { type: 'string' },
  search: { type: 'string' },
  owner: { type: 'string' },
  health: { type: 'string' },
  document: { type: 'string' },
  'updated-since': { type: 'string' },
  'include-archived': { type: 'boolean' },
  'as-of': { type: 'string' },
} as const;

runCli('export', async () => {
  const { values, positionals } = parseCliArgs(USAGE, OPTIONS);
  const kind = positionals[0] === 'catalog' ? 'CATALOG' : positionals[0] === 'progress' ? 'PROGRESS' : null;
  const format = String(values.format).toUpperCase();
  if (!kind || positionals.length !== 1 || (format !== 'CSV' && format !== 'XLSX')) throw new UsageError(USAGE);
  const query: Record<string, string> = {};
  for (const k of ['theme', 'status', 'pillar', 'search', 'owner', 'health', 'document'] as const) {
    const v = values[k];
    if (typeof v === 'string') query[k] = v;
  }
  if (typeof values['updated-since'] === 'string') query.updatedSince = values['updated-since'];
  if (values['include-archived']) query.includeArchived = 'true';
  if (typeof values['as-of'] === 'string') query.asOf = values['as-of'];
  const { filter, asOf } = parseExportQuery(query);
  await withSession(async (session) => {
    const ctx = session.context(null);
    const request = { kind, filter, asOf } as const;
    const out = typeof values.out === 'string' ? values.out : fileName(ctx, request, format.toLowerCase());
    const sheet = await exportSheet({ ...ctx, config: { ...ctx.config, publicRead: true } }, request);
    fs.writeFileSync(out, await encodeSheet(sheet, format));
    console.error(`Wrote ${sheet.rows.length} rows to ${out}.`);
    process.stdout.write(`${out}\n`);
  });
});
