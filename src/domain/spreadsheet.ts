// Sheets as files: one title row (what was exported, as of when), one header row, then the records. CSV is
// RFC 4180 (CRLF, quotes doubled) in UTF-8 with a BOM so that Excel reads Chinese; XLSX is one worksheet.
// Cells that a spreadsheet would run as a formula are neutralised on the way out and restored on the way in.
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badInput } from '../errors';

export type SheetFormat = 'CSV' | 'XLSX';
export type Cell = string | number | null;

export interface Sheet {
  /** Row 1: e.g. "Catalog as of 2026-10-01 (theme=SANDBOX)"; starts with TITLE_MARK so an import can skip it. */
  title: string;
  columns: readonly string[];
  rows: Cell[][];
  /** The worksheet's name in XLSX. */
  name: string;
}

const TITLE_MARK = '#';

/** OWASP's list: a cell starting with one of these is a formula (or DDE) to Excel, LibreOffice and Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a formula-like text with an apostrophe, which spreadsheets show as text and never evaluate. */
const neutralise = (value: Cell): Cell =>
  typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;

/** The inverse, on import: an apostrophe before a formula-like text was ours. */
const restore = (value: string): string => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

export async function encodeSheet(sheet: Sheet, format: SheetFormat): Promise<Buffer> {
  const body = sheet.rows.map((r) => r.map(neutralise));
  if (format === 'CSV') {
    const text = stringify([[sheet.title], [...sheet.columns], ...body], { bom: true, record_delimiter: 'windows' });
    return Buffer.from(text, 'utf8');
  }
  const book = new ExcelJS.Workbook();
  book.creator = 'AI-governance tracker';
  const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.addRow([sheet.title]).font = { bold: true };
  ws.addRow([...sheet.columns]).font = { bold: true };
  for (const row of body) ws.addRow(row);
  ws.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** What an import reads: the header row's names and each record's cells by name, with its row number in the file. */
export interface ParsedSheet {
  columns: string[];
  records: { row: number; cells: Record<string, string> }[];
}

export async function decodeSheet(content: string, format: SheetFormat): Promise<string[][]> {
  if (format === 'CSV') {
    try {
      return parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    } catch (err) {
      throw badInput(`The CSV cannot be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(content, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw badInput('The XLSX cannot be read: send the workbook as base64.');
  }
  const ws = book.worksheets[0];
  if (!ws) return [];
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as unknown[];
    rows[n - 1] = values.slice(1).map(cellText);
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown };
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if (v.text != null) return String(v.text);
    if (v.result != null) return cellText(v.result);
    return '';
  }
  return String(value);
}

/** Splits decoded rows into the header's names and the records (blank rows skipped), numbered as a spreadsheet shows them. */
export function toRecords(rows: string[][]): ParsedSheet {
  let start = 0;
  if ((rows[0]?.[0] ?? '').startsWith(TITLE_MARK)) start = 1;
  const columns = (rows[start] ?? []).map((c) => c.trim());
  const records = rows.slice(start + 1).flatMap((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return [];
    const byName = Object.fromEntries(columns.map((name, j) => [name, restore(cells[j] ?? '')]));
    return [{ row: start + i + 2, cells: byName }];
  });
  return { columns, records };
}
