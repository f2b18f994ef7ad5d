// One fetch of an evidence link under the outbound guard (domain/outbound) and EVIDENCE_* limits, shared by
// the capture and the link check, and the few facts both read from the answer.
import { createHash } from 'node:crypto';
import type { Config } from '../../config';
import { guardedFetch, type FetchedResponse, type ResolveHost } from '../outbound/guardedFetch';

/**
 * What an archived copy may be: documents and raster images. Not SVG (it carries scripts), nor anything a
 * browser would run or an office suite open with macros.
 */
export const ARCHIVED_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'application/pdf',
  'text/plain',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
];

const REQUEST = {
  headers: {
    'user-agent': 'ai-governance-tracker evidence archiver',
    accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,image/*;q=0.8',
  },
};

export const fetchEvidence = (config: Config, url: string, resolve?: ResolveHost): Promise<FetchedResponse> =>
  guardedFetch(
    url,
    config.evidenceAllowlist,
    {
      timeoutMs: config.evidence.timeoutMs,
      maxBytes: config.evidence.maxBytes,
      maxRedirects: config.evidence.maxRedirects,
    },
    REQUEST,
    resolve,
  );

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The response's Content-Type as sent (charset included, for serving the copy), bounded. */
export const rawContentType = (res: FetchedResponse): string =>
  (Array.isArray(res.headers['content-type']) ? res.headers['content-type'][0] : res.headers['content-type'])
    ?.trim()
    .slice(0, 200) ?? 'application/octet-stream';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(match: string, entity: string): string {
  if (entity[0] !== '#') return ENTITIES[entity.toLowerCase()] ?? match;
  const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** The HTML <title> or a PDF's /Title, whitespace collapsed; null when there is none (cheap: no parser). */
export function titleOf(contentType: string | null, body: Buffer): string | null {
  const head = body.subarray(0, 256_000).toString(contentType === 'application/pdf' ? 'latin1' : 'utf8');
  const found =
    contentType === 'application/pdf'
      ? /\/Title\s*\(([^)]{1,500})\)/.exec(head)?.[1]
      : contentType === 'text/html' || contentType === 'application/xhtml+xml'
        ? /<title[^>]*>([\s\S]{0,2000}?)<\/title>/i.exec(head)?.[1]
        : undefined;
  if (!found) return null;
  const text = found
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity)
    .replace(/\s+/g, ' ')
    .trim();
  return text ? text.slice(0, 300) : null;
}
