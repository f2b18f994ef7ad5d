// Prints the text of the PDF file named on the command line; with --json, {"pages": n, "text": "..."} instead.
// A child process of its own: pdf.js (inside pdf-parse) loads its worker with a dynamic import(), which
// Jest's module sandbox does not allow.
import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';

const parser = new PDFParse({ data: new Uint8Array(fs.readFileSync(process.argv[2])) });
try {
  const result = await parser.getText();
  process.stdout.write(
    process.argv[3] === '--json' ? JSON.stringify({ pages: result.total, text: result.text }) : result.text,
  );
} finally {
  await parser.destroy();
}
