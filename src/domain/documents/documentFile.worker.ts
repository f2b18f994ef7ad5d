// The document-parsing worker thread (documentFile.ts): HTML, PDF or DOCX arrives as workerData, its blocks go
// back, or why it was refused. Parsers that an untrusted file can make slow or greedy run only here, under the
// thread's time and heap budget. unpdf and linkedom are ES modules, loaded with import() (this thread runs on
// Node or tsx, never inside Jest's CommonJS sandbox).
import { parentPort, workerData } from 'node:worker_threads';
import type { TextBlock } from '../catalog/documentText';
import { contentHtmlBlocks, htmlBlocks } from './htmlText';
import type { FileInput, FileOutcome } from './documentFile';

async function pdfBlocks(bytes: Uint8Array): Promise<TextBlock[] | string> {
  const { getDocumentProxy, extractText } = await import('unpdf');
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(bytes);
    pages = (await extractText(pdf, { mergePages: false })).text;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') return 'The PDF is encrypted: send it without a password.';
    return 'The file could not be read as a PDF.';
  }
  if (!pages.some((p) => p.trim()))
    return 'The PDF has no text layer (a scanned document?): OCR is not supported, send a PDF with text.';
  return pages.flatMap((page) =>
    page.split(/\n\s*\n/).map((p): TextBlock => ({ kind: 'paragraph', runs: [{ text: p }] })),
  );
}

async function docxBlocks(bytes: Uint8Array): Promise<TextBlock[] | string> {
  const mammoth = await import('mammoth');
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return await contentHtmlBlocks(value);
  } catch {
    return 'The file could not be read as a DOCX.';
  }
}

async function parse(input: FileInput): Promise<FileOutcome> {
  const blocks =
    input.mediaType === 'text/html'
      ? await htmlBlocks(Buffer.from(input.bytes).toString('utf8'))
      : input.mediaType === 'application/pdf'
        ? await pdfBlocks(input.bytes)
        : await docxBlocks(input.bytes);
  return typeof blocks === 'string' ? { refused: blocks } : { blocks };
}

void parse(workerData as FileInput)
  .catch((): FileOutcome => ({ refused: 'The document could not be read.' }))
  .then((outcome) => parentPort?.postMessage(outcome));
