// What a capture reads from the page it fetched: the SHA-256 of its exact bytes and its title. Pure and
// synchronous, so that it runs in a worker thread (pageAnalysis.ts), away from the event loop that answers
// requests; the title is read in linear time (titleScan.ts).
import { createHash } from 'node:crypto';
import { htmlTitle, pdfTitle, type ScanMeter } from './titleScan';

export interface PageInput {
  /** The media type the capture checked (lowercase, no parameters). */
  readonly contentType: string | null;
  readonly body: Uint8Array;
}

export interface PageFacts {
  readonly sha256: string;
  readonly title: string | null;
}

/** How much of a page its title is looked for in. */
const TITLE_SCAN_BYTES = 256_000;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(match: string, entity: string): string {
  if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()] ?? match;
  const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** The HTML <title> or a PDF's /Title, entities decoded and whitespace collapsed; null when there is none. */
export function titleOf(contentType: string | null, body: Uint8Array, meter?: ScanMeter): string | null {
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, TITLE_SCAN_BYTES));
  const found =
    contentType === 'application/pdf'
      ? pdfTitle(head.toString('latin1'), meter)
      : contentType === 'text/html' || contentType === 'application/xhtml+xml'
        ? htmlTitle(head.toString('utf8'), meter)
        : null;
  if (!found) return null;
  const text = found
    .slice(0, 2_000)
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, 300) : null;
}

export const pageFacts = (page: PageInput): PageFacts => ({
  sha256: sha256Hex(page.body),
  title: titleOf(page.contentType, page.body),
});
