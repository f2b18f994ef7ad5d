// The cell references in a workbook's XML, read while workbookSize.ts inflates the parts, before ExcelJS builds
// anything from them. ExcelJS makes a row for every row number up to the highest (spreadsheet.ts reads empty rows
// too), a value for every column up to a row's last cell, and a cell for every cell of a merged or validated
// range. So the attributes that place a cell or name a range (r, ref, sqref) of the spreadsheet's own tags must
// stay within the sheet an import reads, and the ranges together within a number of cells; a <dimension> only
// describes the sheet, and ExcelJS builds nothing from it. The XML is read by saxes, the parser ExcelJS itself uses, so that both see the
// same tags.
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { badInput } from '../../errors';

export interface RefLimits {
  /** The highest row number a reference may name. */
  readonly maxRow: number;
  /** The highest column number (A = 1) a reference may name. */
  readonly maxColumn: number;
  /** Cells that all the ranges (merges, validations, formats, filters) may cover together. */
  readonly rangeCells: number;
}

/** Excel's last row and column: where a reference to whole columns (A:A) or whole rows (1:1) reaches. */
const SHEET_END = { row: 1_048_576, column: 16_384 };
const CELL = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/;

const columnNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** One end of a reference (B7, B, 7) as numbers; a missing row or column reaches the end of the sheet. */
function endOf(text: string, first: boolean): { row: number; column: number } | null {
  const m = CELL.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] ? Number(m[2]) : first ? 1 : SHEET_END.row;
  return { row, column: m[1] ? columnNumber(m[1]) : first ? 1 : SHEET_END.column };
}

export class RefScanner {
  private cells = 0;

  constructor(private readonly limits: RefLimits) {}

  /** A reader for one part's chunks, in order: throws badInput at the first reference past a limit. */
  part(): (chunk: Buffer) => void {
    const decoder = new StringDecoder('utf8');
    const parser = new SaxesParser();
    // A malformed part is the parser's to report; the references around the fault are still read.
    parser.on('error', () => {});
    parser.on('opentag', (tag: SaxesTagPlain) => {
      // ExcelJS knows the spreadsheet's tags by their plain names; a prefixed one (a theme's a:fillToRect r="…")
      // is another vocabulary, which places no cell.
      if (tag.name === 'dimension' || tag.name.includes(':')) return;
      for (const name of ['r', 'ref', 'sqref'])
        if (typeof tag.attributes[name] === 'string') this.check(tag.attributes[name]);
    });
    return (chunk) => void parser.write(decoder.write(chunk));
  }

  private check(value: string) {
    for (const token of value.trim().split(/\s+/)) {
      const [a, b, ...more] = token.split(':');
      const first = endOf(a, true);
      const last = b === undefined ? first : endOf(b, false);
      if (!first || !last || more.length) continue; // not a cell reference
      for (const end of [first, last]) {
        if (end.row > this.limits.maxRow)
          throw badInput(
            `The workbook refers to row ${end.row}: an import sheet has at most ${this.limits.maxRow} rows.`,
          );
        if (end.column > this.limits.maxColumn)
          throw badInput(
            `The workbook refers to column ${end.column}: an import sheet has at most ${this.limits.maxColumn} columns.`,
          );
      }
      if (b === undefined) continue;
      this.cells += (Math.abs(last.row - first.row) + 1) * (Math.abs(last.column - first.column) + 1);
      if (this.cells > this.limits.rangeCells)
        throw badInput(`The workbook's ranges (merged, validated) cover more than ${this.limits.rangeCells} cells.`);
    }
  }
}
