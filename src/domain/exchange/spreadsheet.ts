// Sheets as files. The first row is the header (the column names), then the records: pandas.read_csv and a
// spreadsheet's import take the first line for the header, so what was exported, as of when and under which
// filter is never a row of the records: it is the XLSX's second sheet, About (and, for a download, the file
// name and a header: exportRoutes.ts). CSV is RFC 4180 (CRLF, quotes doubled) with every text cell quoted, in
// UTF-8 with a BOM so that Excel reads Chinese. Every cell goes through sheetCell.ts, out and back in.
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badInput } from '../../errors';
import { cellIn, cellOut, type Cell } from './sheetCell';

export type SheetFormat = 'CSV' | 'XLSX';

/** What was exported, as of when, under which filter: a name's value, or a group of named values. */
export type About = Record<string, string | boolean | Record<string, string | readonly string[]>>;

export interface Sheet {
  columns: readonly string[];
  rows: Cell[][];
  /** The records' worksheet in XLSX. */
  name: string;
  about: About;
}

/** A legacy first row: files exported before the header came first began with a `# Catalog as of …` line. */
const LEGACY_TITLE_MARK = '#';

/**
 * OOXML's escape for what XML text cannot carry: a carriage return (XML reads it as a line feed), any other
 * control character but tab and line feed, and U+FFFE/U+FFFF are written `_xHHHH_`, and the underscore of a
 * text that looks like such an escape `_x005F_`, as Excel writes them. exceljs reads both back.
 */
const xlsxText = (cell: Cell): Cell =>
  typeof cell === 'string'
    ? cell.replace(
        /_(?=x[0-9A-Fa-f]{4}_)|[^\P{Cc}\t\n]|[\uFFFE\uFFFF]/gu,
        (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
      )
    : cell;

/** The About sheet: one named value a row, a group's values as `group.name`. */
const aboutRows = (about: About): Cell[][] =>
  Object.entries(about).flatMap(([name, value]) =>
    typeof value === 'object'
      ? Object.entries(value).map(([key, v]) => [`${name}.${key}`, [v].flat().join(', ')])
      : [[name, String(value)]],
  );

function addWorksheet(book: ExcelJS.Workbook, name: string, table: Cell[][]) {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRows(table.map((row) => row.map((c) => xlsxText(cellOut(c)))));
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c) => (c.width = 18));
}

export async function encodeSheet(sheet: Sheet, format: SheetFormat): Promise<Buffer> {
  const table = [[...sheet.columns], ...sheet.rows];
  if (format === 'CSV') {
    const cells = table.map((row) => row.map(cellOut));
    const text = stringify(cells, { bom: true, record_delimiter: 'windows', quoted_string: true });
    return Buffer.from(text, 'utf8');
  }
  const book = new ExcelJS.Workbook();
  book.creator = 'AI-governance tracker';
  addWorksheet(book, sheet.name, table);
  addWorksheet(book, 'About', [['field', 'value'], ...aboutRows(sheet.about)]);
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
  const start = (rows[0]?.[0] ?? '').startsWith(LEGACY_TITLE_MARK) ? 1 : 0;
  const columns = (rows[start] ?? []).map((c) => c.trim());
  const records = rows.slice(start + 1).flatMap((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return [];
    const byName = Object.fromEntries(columns.map((name, j) => [name, cellIn(cells[j] ?? '')]));
    return [{ row: start + i + 2, cells: byName }];
  });
  return { columns, records };
}
