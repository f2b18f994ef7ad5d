// What an uploaded file must be before anything parses it: a PDF by its signature, a DOCX by its zip directory
// alone. A zip's central directory declares every entry's sizes, so a zip bomb posing as DOCX is refused here,
// before a byte of it is inflated; the parsing worker's heap budget (documentFile.ts) covers a directory that lies.

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const FILE_TYPES: readonly string[] = [PDF, DOCX];

/** Far more than any honest DOCX's text and styles inflate to; the images it may carry count too. */
const MAX_INFLATED_BYTES = 200_000_000;
/** Deflate's honest ratio on XML stays well under this; a bomb's is in the hundreds or thousands. */
const MAX_RATIO = 200;
const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** Why the file is refused, in words for the uploader; null when it may be parsed. */
export function fileProblem(bytes: Buffer, mediaType: string): string | null {
  if (mediaType === PDF)
    return bytes.subarray(0, 1024).includes('%PDF-') ? null : 'The file is not a PDF: it has no PDF signature.';
  if (mediaType === DOCX) return zipDirectoryProblem(bytes);
  return `Unsupported media type ${mediaType}: upload a PDF or a DOCX.`;
}

function zipDirectoryProblem(bytes: Buffer): string | null {
  const notZip = 'The file is not a DOCX: it is not a zip archive.';
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of at most 65535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) return notZip;
  const entries = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || offset === 0xffffffff) return 'The file is a ZIP64 archive, which no DOCX needs.';
  if (offset + size > eocd) return notZip;
  let at = offset;
  let inflated = 0;
  let hasDocument = false;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL_ENTRY) return notZip;
    const compressed = bytes.readUInt32LE(at + 20);
    const uncompressed = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    inflated += uncompressed;
    if ((uncompressed > 1_000_000 && uncompressed > compressed * MAX_RATIO) || inflated > MAX_INFLATED_BYTES)
      return `The file is refused as a zip bomb: ${name} would inflate ${uncompressed} bytes from ${compressed}.`;
    hasDocument ||= name === 'word/document.xml';
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return hasDocument ? null : 'The file is a zip archive but not a DOCX: it has no word/document.xml.';
}
