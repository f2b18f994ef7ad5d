// importSpreadsheet: a sheet in the export's shape, checked row by row through the API's verbs inside one
// transaction. Each row runs under a savepoint, so one bad row is reported and the others still checked; the
// transaction commits only when this is not a dry run and no row failed, and otherwise rolls back whole.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AppContext, TxContext } from '../../context';
import { contextInTransaction, inTransaction } from '../../db/transaction';
import { DomainError, type ErrorCode } from '../../errors';
import { authorize } from '../access/auth';
import { recordAudit } from '../audit';
import { parseInput } from '../validation';
import { checkWorkbookSize } from './workbookSize';
import { decodeSheet, toRecords, type ParsedSheet, type SheetFormat } from './spreadsheet';
import { CATALOG_COLUMNS, PROGRESS_COLUMNS, VALUE_COLUMNS } from './exportSheets';
import { applyCatalogRow, applyProgressRow, type Cells, type RowAction } from './importRows';
import { applyValueRow } from './importValueRows';

// An XLSX zip: a full 2,000-row export unzips to about 1.2 MB, and text workbooks pack about 9 to 1, so one within
// contentChars (about 520 KB of zip) stays under unzippedBytes; a zip bomb does not. Its cell references stay
// within maxRow and maxColumn, and its ranges within rangeCells, before ExcelJS expands them (workbookSize.ts).
const IMPORT_LIMITS = Object.freeze({
  contentChars: 700_000,
  rows: 2_000,
  cellChars: 10_000,
  zipParts: 200,
  unzippedBytes: 8_000_000,
  maxRow: 20_000,
  maxColumn: 100,
  rangeCells: 100_000,
});
/** A full sheet is a few thousand statements in one transaction: more than the single verbs' 30 s. */
const IMPORT_TIMEOUT_MS = 180_000;

/** Columns an import reads besides the export's own: the reasons that some changes require. */
const EXTRA_COLUMNS: Record<Kind, string[]> = {
  CATALOG: ['quoteChangeReason', 'targetDateReason'],
  PROGRESS: [],
  INDICATOR_VALUES: [],
};
const COLUMNS: Record<Kind, readonly string[]> = {
  CATALOG: CATALOG_COLUMNS,
  PROGRESS: PROGRESS_COLUMNS,
  INDICATOR_VALUES: VALUE_COLUMNS,
};
/** The columns a sheet of each kind must have: what names a row. */
const REQUIRED_COLUMNS: Record<Kind, string[]> = {
  CATALOG: ['code'],
  PROGRESS: ['code', 'rowKey'],
  INDICATOR_VALUES: ['code', 'indicator', 'periodStart', 'periodEnd', 'value'],
};
const APPLY: Record<Kind, (ctx: TxContext, cells: Cells) => Promise<RowAction>> = {
  CATALOG: applyCatalogRow,
  PROGRESS: applyProgressRow,
  INDICATOR_VALUES: applyValueRow,
};
/** What names a row, so that a sheet giving the same thing twice is refused on the second row. */
const KEY_OF: Record<Kind, { column: string; key: (cells: Cells) => string }> = {
  CATALOG: { column: 'code', key: (c) => (c.code ?? '').trim() },
  PROGRESS: { column: 'rowKey', key: (c) => (c.rowKey ?? '').trim() },
  INDICATOR_VALUES: {
    column: 'periodStart',
    key: (c) => ['code', 'indicator', 'periodStart', 'periodEnd'].map((k) => (c[k] ?? '').trim()).join(' '),
  },
};

const inputSchema = z.object({
  kind: z.enum(['CATALOG', 'PROGRESS', 'INDICATOR_VALUES']),
  format: z.enum(['CSV', 'XLSX']),
  content: z.string(),
  dryRun: z.boolean().nullish(),
});

interface ImportError {
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
const COLUMN_OF_FIELD: Record<string, string> = {
  correctsId: 'corrects',
  quoteChangeReason: 'quote',
  indicatorId: 'indicator',
};
const CONFLICT_COLUMN: Record<Kind, string | null> = {
  CATALOG: 'version',
  PROGRESS: 'expectedVersion',
  INDICATOR_VALUES: null,
};
const columnOf = (err: DomainError, kind: Kind) => {
  if (err.code === 'CONFLICT') return CONFLICT_COLUMN[kind];
  const field = err.details?.field?.split('.')[0];
  return field ? (COLUMN_OF_FIELD[field] ?? field) : null;
};

class Rollback extends Error {}

type Kind = 'CATALOG' | 'PROGRESS' | 'INDICATOR_VALUES';

type Records = ParsedSheet['records'];
const sheetError = (message: string, column: string | null = null): ImportError => ({
  row: null,
  column,
  message,
  code: 'BAD_USER_INPUT',
});

/** The file read into records, or what is wrong with it as a whole (size, format, header, limits). */
async function readSheet(kind: Kind, format: SheetFormat, content: string): Promise<Records | ImportError[]> {
  if (content.length > IMPORT_LIMITS.contentChars)
    return [sheetError(`The file is too large: at most ${IMPORT_LIMITS.contentChars} characters of content.`)];
  let sheet: ParsedSheet;
  try {
    if (format === 'XLSX') await checkWorkbookSize(Buffer.from(content, 'base64'), IMPORT_LIMITS);
    sheet = toRecords(await decodeSheet(content, format));
  } catch (err) {
    if (err instanceof DomainError) return [sheetError(err.message)];
    throw err;
  }
  const known: string[] = [...COLUMNS[kind], ...EXTRA_COLUMNS[kind]];
  const unknown = sheet.columns.filter((c) => !known.includes(c));
  const missing = REQUIRED_COLUMNS[kind].find((c) => !sheet.columns.includes(c));
  if (missing) return [sheetError(`The header row has no ${missing} column.`, missing)];
  if (unknown.length)
    return [sheetError(`Unknown column ${unknown[0]}; the columns are: ${known.join(', ')}.`, unknown[0])];
  if (sheet.records.length > IMPORT_LIMITS.rows)
    return [sheetError(`Too many rows: at most ${IMPORT_LIMITS.rows} a sheet, this one has ${sheet.records.length}.`)];
  const long = sheet.records.flatMap(({ row, cells }) =>
    Object.entries(cells)
      .filter(([, v]) => v.length > IMPORT_LIMITS.cellChars)
      .map(([column]) => ({
        ...sheetError(`A cell may hold at most ${IMPORT_LIMITS.cellChars} characters.`, column),
        row,
      })),
  );
  return long.length ? long : sheet.records;
}

/**
 * Every row through its verb, in the import's transaction (rowCtx.db), each under a savepoint so that a refusal
 * undoes that row alone.
 */
async function applyRows(rowCtx: TxContext, kind: Kind, records: Records, result: ImportResult) {
  const tx = rowCtx.db;
  const apply = APPLY[kind];
  const { column: keyColumn, key: keyOf } = KEY_OF[kind];
  const seen = new Map<string, number>();
  for (const { row, cells } of records) {
    const code = (cells.code ?? '').trim();
    const key = keyOf(cells);
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
      // A proposal is a row created too, only one that waits for a reviewer.
      result[action === 'CREATE' || action === 'PROPOSE' ? 'created' : action === 'UPDATE' ? 'updated' : 'unchanged']++;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      await tx.$executeRaw`ROLLBACK TO SAVEPOINT import_row`;
      result.errors.push({ row, column: columnOf(err, kind), message: err.message, code: err.code });
      result.rows.push({ row, action: 'ERROR', code });
    }
  }
}

export async function importSpreadsheet(ctx: AppContext, raw: z.input<typeof inputSchema>): Promise<ImportResult> {
  const actor = authorize(ctx.actor, 'importSpreadsheet');
  const input = parseInput(inputSchema, raw);
  if (input.kind === 'CATALOG') authorize(actor, 'updateRecommendation');
  const dryRun = input.dryRun ?? true;
  const result: ImportResult = { applied: false, dryRun, created: 0, updated: 0, unchanged: 0, rows: [], errors: [] };
  const records = await readSheet(input.kind, input.format, input.content);
  if (!records.every((r) => 'cells' in r)) return { ...result, errors: records as ImportError[] };

  const digest = createHash('sha256').update(input.content).digest('hex').slice(0, 16);
  const via = `importSpreadsheet ${input.kind} ${input.format} sha256:${digest}`;
  try {
    await inTransaction(
      ctx.db,
      async (tx) => {
        const rowCtx: TxContext = { ...contextInTransaction(ctx, tx), actor: { ...actor, via } };
        await applyRows(rowCtx, input.kind, records as Records, result);
        if (dryRun || result.errors.length) throw new Rollback();
        // One entry for the sheet as a whole, beside each verb's own (whose `after.via` names this import). A
        // sheet that changed nothing leaves nothing, so that a re-import is a no-op down to the audit trail.
        if (result.created + result.updated > 0)
          await recordAudit(tx, actor, 'importSpreadsheet', via, null, {
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
