// An XLSX workbook is a zip: a few kilobytes can unpack to hundreds of megabytes. The import reads the zip's
// directory first and refuses a workbook whose parts declare more than the limit, then bounds what they really
// unpack to (a directory can lie), before the workbook is parsed; the refusal is BAD_USER_INPUT, nothing written.
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { tableFingerprints } from '../security/support/dbState';

const IMPORT = `mutation Import($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) { applied created errors { row column message code } } }`;

const s = useTestServer({ reset: true });

const SHEET = 'xl/worksheets/sheet1.xml';
const BOMB_BYTES = 24_000_000;

/** A real one-sheet progress workbook, as ExcelJS writes it, opened for editing. */
async function workbook(code: string) {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Progress');
  ws.addRow(['rowKey', 'code', 'note']);
  ws.addRow(['k-1', code, 'Pilot started']);
  return JSZip.loadAsync(Buffer.from(await book.xlsx.writeBuffer()));
}

/** The sheet with one more cell holding `size` bytes of one letter: about a thousand to one when deflated. */
async function withBomb(zip: JSZip, size: number) {
  const xml = await zip.file(SHEET)!.async('string');
  const cell = `<c r="D2" t="inlineStr"><is><t>${'A'.repeat(size)}</t></is></c>`;
  zip.file(SHEET, xml.replace('</row></sheetData>', `${cell}</row></sheetData>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Rewrites the uncompressed size that the central directory and the local header give for `name`. */
function lieAboutSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i < out.length - 46; i++) {
    const sig = out.readUInt32LE(i);
    const central = sig === 0x02014b50;
    if (!central && sig !== 0x04034b50) continue;
    const [nameAt, lengthAt, sizeAt] = central ? [46, 28, 24] : [30, 26, 22];
    if (out.toString('utf8', i + nameAt, i + nameAt + out.readUInt16LE(i + lengthAt)) === name)
      out.writeUInt32LE(size, i + sizeAt);
  }
  return out;
}

async function importXlsx(bytes: Buffer) {
  const content = bytes.toString('base64');
  const res = await s.exec(
    IMPORT,
    { input: { kind: 'PROGRESS', format: 'XLSX', content, dryRun: false } },
    ADMIN_TOKEN,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.importSpreadsheet;
}

const refusal = (message: RegExp) => ({
  applied: false,
  created: 0,
  errors: [{ row: null, column: null, code: 'BAD_USER_INPUT', message: expect.stringMatching(message) }],
});

it('refuses a workbook whose directory declares more than the limit, writing nothing', async () => {
  const rec = await createRecommendation(s.db);
  const bomb = await withBomb(await workbook(rec.code), BOMB_BYTES);
  expect(bomb.length).toBeLessThan(100_000);
  const before = await tableFingerprints(s.db);
  expect(await importXlsx(bomb)).toEqual(refusal(/^The workbook unpacks to 24\.0 MB: at most 8\.0 MB is accepted\.$/));
  expect(await tableFingerprints(s.db)).toEqual(before);
});

it('refuses a workbook that unpacks to more than its directory says, once past the limit', async () => {
  const rec = await createRecommendation(s.db);
  const bomb = lieAboutSize(await withBomb(await workbook(rec.code), BOMB_BYTES), SHEET, 2_000);
  const before = await tableFingerprints(s.db);
  expect(await importXlsx(bomb)).toEqual(refusal(/^The workbook unpacks to more than 8\.0 MB/));
  expect(await tableFingerprints(s.db)).toEqual(before);
});

it('refuses a workbook of too many parts, and still imports an ordinary one', async () => {
  const rec = await createRecommendation(s.db);
  const many = await workbook(rec.code);
  for (let i = 0; i < 300; i++) many.file(`xl/extra/part${i}.xml`, '<x/>');
  const before = await tableFingerprints(s.db);
  expect(await importXlsx(await many.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }))).toEqual(
    refusal(/^The workbook has 3\d\d parts: at most 200 are accepted\.$/),
  );
  expect(await tableFingerprints(s.db)).toEqual(before);
  const ordinary = await (await workbook(rec.code)).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  expect(await importXlsx(ordinary)).toEqual({ applied: true, created: 1, errors: [] });
});

/** The sheet with a few bytes of XML that ExcelJS would expand cell by cell: rows go into its sheetData. */
async function withSheetXml(zip: JSZip, extra: string, rows = false) {
  const xml = await zip.file(SHEET)!.async('string');
  zip.file(SHEET, xml.replace('</sheetData>', rows ? `${extra}</sheetData>` : `</sheetData>${extra}`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

it.each([
  [
    'a merged range of 500,000 cells',
    '<mergeCells count="1"><mergeCell ref="A1:CV5000"/></mergeCells>',
    /cover more than 100000 cells/,
  ],
  [
    'a validated range of every cell of the sheet',
    '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
    /refers to row 1048576/,
  ],
])('refuses before parsing a workbook with %s, writing nothing', async (_what, extra, message) => {
  const rec = await createRecommendation(s.db);
  const before = await tableFingerprints(s.db);
  expect(await importXlsx(await withSheetXml(await workbook(rec.code), extra))).toEqual(refusal(message));
  expect(await tableFingerprints(s.db)).toEqual(before);
});

it('refuses a workbook with a row or a cell far past what an import reads, writing nothing', async () => {
  const rec = await createRecommendation(s.db);
  const before = await tableFingerprints(s.db);
  const far = '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>';
  expect(await importXlsx(await withSheetXml(await workbook(rec.code), far, true))).toEqual(
    refusal(/^The workbook refers to row 1048576: an import sheet has at most 20000 rows\.$/),
  );
  const wide = '<row r="3"><c r="XFD3" t="inlineStr"><is><t>x</t></is></c></row>';
  expect(await importXlsx(await withSheetXml(await workbook(rec.code), wide, true))).toEqual(
    refusal(/^The workbook refers to column 16384: an import sheet has at most 100 columns\.$/),
  );
  expect(await tableFingerprints(s.db)).toEqual(before);
});

it('measures with the zip reader that ExcelJS unzips with, so that both read the same bytes', () => {
  const excel = path.dirname(require.resolve('exceljs'));
  expect(require.resolve('jszip', { paths: [excel] })).toBe(require.resolve('jszip'));
});
