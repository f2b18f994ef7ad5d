// `npm run export -- catalog|progress|indicator-values [--format csv|xlsx] [--out FILE] [--as-of 2026-10-01] …`:
// the files GET /export/… serves, from the same service, written to FILE (default: the file name the server gives).
// Every field of the API's filter is an option, named in kebab case (`--target-date-before`), as the route's
// query string takes them; the file's metadata (as of, filter) is in that default name, and in an XLSX's About sheet.
import fs from 'node:fs';
import { parseExportQuery } from '../http/exportRoutes';
import { exportSheet, fileName } from '../domain/exchange/exportSheets';
import { FILTER_FIELDS } from '../domain/catalog/recommendationFilter';
import { encodeSheet } from '../domain/exchange/spreadsheet';
import { parseCliArgs, runCli, UsageError, withSession } from './session';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const FILTER_OPTIONS = FILTER_FIELDS.map((f) => ({ ...f, option: kebab(f.name) }));

const SHEET_KINDS: Record<string, 'CATALOG' | 'PROGRESS' | 'INDICATOR_VALUES'> = {
  catalog: 'CATALOG',
  progress: 'PROGRESS',
  'indicator-values': 'INDICATOR_VALUES',
};
const USAGE =
  'Usage: npm run export -- catalog|progress|indicator-values [--format csv|xlsx] [--out FILE] [--as-of DATE] ' +
  FILTER_OPTIONS.map(
    (f) => `[--${f.option}${f.kind === 'boolean' ? '' : ` ${f.kind === 'date' ? 'DATE' : 'VALUE'}`}]`,
  ).join(' ');

const OPTIONS = {
  format: { type: 'string', default: 'csv' },
  out: { type: 'string' },
  'as-of': { type: 'string' },
  ...Object.fromEntries(
    FILTER_OPTIONS.map((f) => [f.option, { type: f.kind === 'boolean' ? ('boolean' as const) : ('string' as const) }]),
  ),
} as const;

runCli('export', async () => {
  const { values, positionals } = parseCliArgs(USAGE, OPTIONS);
  const kind = SHEET_KINDS[positionals[0] ?? ''] ?? null;
  const format = String(values.format).toUpperCase();
  if (!kind || positionals.length !== 1 || (format !== 'CSV' && format !== 'XLSX')) throw new UsageError(USAGE);
  const query: Record<string, string> = {};
  const given: Record<string, string | boolean | undefined> = values;
  for (const f of FILTER_OPTIONS) {
    const v = given[f.option];
    if (typeof v === 'string') query[f.name] = v;
    else if (v === true) query[f.name] = 'true';
  }
  if (typeof values['as-of'] === 'string') query.asOf = values['as-of'];
  const { filter, asOf } = parseExportQuery(query);
  await withSession(async (session) => {
    const ctx = session.context(null);
    const request = { kind, filter, asOf } as const;
    const out = typeof values.out === 'string' ? values.out : fileName(ctx, request, format.toLowerCase());
    const sheet = await exportSheet(ctx, request);
    fs.writeFileSync(out, await encodeSheet(sheet, format));
    console.error(`Wrote ${sheet.rows.length} rows to ${out}: ${JSON.stringify(sheet.about)}.`);
    process.stdout.write(`${out}\n`);
  });
});
