// importSpreadsheet: a sheet in the export's shape, checked row by row through the API's verbs inside one
// transaction. Each row runs under a savepoint, so one bad row is reported and the others still checked; the
// transaction commits only when this is not a dry run and no row failed, and otherwise rolls back whole.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AppContext } from '../context';
import type { Db } from '../db/client';
import { inTransaction } from '../db/transaction';
import { DomainError, type ErrorCode } from '../errors';
import { authorize } from './auth';
import { recordAudit } from './audit';
import { parseInput } from './validation';
import { decodeSheet, toRecords } from './spreadsheet';
import { CATALOG_COLUMNS, PROGRESS_COLUMNS } from './exportSheets';
import { applyCatalogRow, applyProgressRow, type RowAction } from './importRows';

export const IMPORT_LIMITS = Object.freeze({ contentChars: 700_000, rows: 2_000, cellChars: 10_000 });
/** A full sheet is a few thousand statements in one transaction: more than the single verbs' 30 s. */
const IMPORT_TIMEOUT_MS = 180_000;

/** Columns an import reads besides the export's own: the reasons that some changes require. */
const EXTRA_COLUMNS = { CATALOG: ['quoteChangeReason', 'targetDateReason'], PROGRESS: [] as string[] };

const inputSchema = z.object({
  kind: z.enum(['CATALOG', 'PROGRESS']),
  format: z.enum(['CSV', 'XLSX']),
  content: z.string(),
  dryRun: z.boolean().nullish(),
});

export interface ImportError {
  row: number | null;
  column: string | null;
  message: string;
  code: ErrorCode;
}

export interface ImportResult {
  applied: boolean;
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rows: { row: number; action: RowAction | 'ERROR'; code: string }[];
  errors: ImportError[];
}

/** A verb's input field, as the sheet's column. */
const COLUMN_OF_FIELD: Record<string, string> = { correctsId: 'corrects', quoteChangeReason: 'quote' };
const columnOf = (err: DomainError, kind: 'CATALOG' | 'PROGRESS') => {
  if (err.code === 'CONFLICT') return kind === 'CATALOG' ? 'version' : 'expectedVersion';
  const field = err.details?.field?.split('.')[0];
  return field ? (COLUMN_OF_FIELD[field] ?? field) : null;
};

class Rollback extends Error {}

export async function importSpreadsheet(ctx: AppContext, raw: z.input<typeof inputSchema>): Promise<ImportResult> {
  const actor = authorize(ctx.actor, 'importSpreadsheet');
  const input = parseInput(inputSchema, raw);
  if (input.kind === 'CATALOG') authorize(actor, 'updateRecommendation');
  const dryRun = input.dryRun ?? true;
  const result: ImportResult = { applied: false, dryRun, created: 0, updated: 0, unchanged: 0, rows: [], errors: [] };
  const sheetError = (message: string, column: string | null = null) => {
    result.errors.push({ row: null, column, message, code: 'BAD_USER_INPUT' });
    return result;
  };
  if (input.content.length > IMPORT_LIMITS.contentChars)
    return sheetError(`The file is too large: at most ${IMPORT_LIMITS.contentChars} characters of content.`);
  let records;
  try {
    records = toRecords(await decodeSheet(input.content, input.format));
  } catch (err) {
    if (err instanceof DomainError) return sheetError(err.message);
    throw err;
  }
  const known: string[] = [
    ...(input.kind === 'CATALOG' ? CATALOG_COLUMNS : PROGRESS_COLUMNS),
    ...EXTRA_COLUMNS[input.kind],
  ];
  const unknown = records.columns.filter((c) => !known.includes(c));
  if (!records.columns.includes('code')) return sheetError('The header row has no code column.', 'code');
  if (input.kind === 'PROGRESS' && !records.columns.includes('rowKey'))
    return sheetError('The header row has no rowKey column.', 'rowKey');
  if (unknown.length)
    return sheetError(`Unknown column ${unknown[0]}; the columns are: ${known.join(', ')}.`, unknown[0]);
  if (records.records.length > IMPORT_LIMITS.rows)
    return sheetError(`Too many rows: at most ${IMPORT_LIMITS.rows} a sheet, this one has ${records.records.length}.`);
  for (const { row, cells } of records.records) {
    const long = Object.entries(cells).find(([, v]) => v.length > IMPORT_LIMITS.cellChars);
    if (long)
      result.errors.push({
        row,
        column: long[0],
        message: `A cell may hold at most ${IMPORT_LIMITS.cellChars} characters.`,
        code: 'BAD_USER_INPUT',
      });
  }
  if (result.errors.length) return result;

  const digest = createHash('sha256').update(input.content).digest('hex').slice(0, 16);
  const via = `importSpreadsheet ${input.kind} ${input.format} sha256:${digest}`;
  const apply = input.kind === 'CATALOG' ? applyCatalogRow : applyProgressRow;
  const keyColumn = input.kind === 'CATALOG' ? 'code' : 'rowKey';
  try {
    await inTransaction(
      ctx.db,
      async (tx) => {
        const rowCtx: AppContext = { ...ctx, db: tx as unknown as Db, actor: { ...actor, via } };
        const seen = new Map<string, number>();
        for (const { row, cells } of records.records) {
          const code = (cells.code ?? '').trim();
          const key = (cells[keyColumn] ?? '').trim();
          if (key && seen.has(key)) {
            result.errors.push({
              row,
              column: keyColumn,
              message: `${key} is also on row ${seen.get(key)}.`,
              code: 'BAD_USER_INPUT',
            });
            result.rows.push({ row, action: 'ERROR', code });
            continue;
          }
          seen.set(key, row);
          await tx.$executeRaw`SAVEPOINT import_row`;
          try {
            const action = await apply(rowCtx, cells);
            await tx.$executeRaw`RELEASE SAVEPOINT import_row`;
            result.rows.push({ row, action, code });
            result[action === 'CREATE' ? 'created' : action === 'UPDATE' ? 'updated' : 'unchanged']++;
          } catch (err) {
            if (!(err instanceof DomainError)) throw err;
            await tx.$executeRaw`ROLLBACK TO SAVEPOINT import_row`;
            result.errors.push({ row, column: columnOf(err, input.kind), message: err.message, code: err.code });
            result.rows.push({ row, action: 'ERROR', code });
          }
        }
        if (dryRun || result.errors.length) throw new Rollback();
        // One entry for the sheet as a whole, beside each verb's own (whose `after.via` names this import). A
        // sheet that changed nothing leaves nothing, so that a re-import is a no-op down to the audit trail.
        if (result.created + result.updated > 0)
          await recordAudit(tx, actor, 'importSpreadsheet', { type: 'Spreadsheet', id: via }, null, {
            kind: input.kind,
            format: input.format,
            ...counts(result),
            rows: result.rows.length,
          });
      },
      { timeout: IMPORT_TIMEOUT_MS },
    );
    result.applied = true;
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return result;
}

const counts = (r: ImportResult) => ({ created: r.created, updated: r.updated, unchanged: r.unchanged });
