// Prints the text of the PDF file named on the command line. A child process of its own: pdf.js (inside
// pdf-parse) loads its worker with a dynamic import(), which Jest's module sandbox does not allow.
import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';

const parser = new PDFParse({ data: new Uint8Array(fs.readFileSync(process.argv[2])) });
try {
  process.stdout.write((await parser.getText()).text);
} finally {
  await parser.destroy();
}
