// Files made in the tests, so that no binary fixture hides what it holds: a PDF with a text layer and one without
// (pdf-lib draws text with a standard font, or only a rectangle, as a scanner's image would be), a DOCX built
// from its parts with jszip (the three parts mammoth needs), a zip that is no DOCX, and a zip bomb.
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function pdfWithText(paragraphs: string[][]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of paragraphs) {
    const page = pdf.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 18, size: 12, font }));
  }
  return Buffer.from(await pdf.save());
}

/** A page with a drawing and no text: what a scan without OCR looks like to a parser. */
export async function scannedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return Buffer.from(await pdf.save());
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export type DocxBlock = { heading: string } | { text: string; bold?: string };

/** A DOCX whose headings use the built-in Heading1 style, which mammoth turns into <h1>. */
export async function docx(blocks: DocxBlock[]): Promise<Buffer> {
  const body = blocks
    .map((b) =>
      'heading' in b
        ? `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${escape(b.heading)}</w:t></w:r></w:p>`
        : `<w:p>${b.bold ? `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escape(b.bold)}</w:t></w:r>` : ''}<w:r><w:t xml:space="preserve">${escape(b.text)}</w:t></w:r></w:p>`,
    )
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A DOCX-shaped zip whose document.xml inflates from about 20 KB to 20 MB. */
export async function zipBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', Buffer.alloc(20_000_000, 0x20));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
