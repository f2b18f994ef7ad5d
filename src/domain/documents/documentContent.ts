// Where a document's content comes from: `content` (text/plain, text/markdown or text/html, in the request) or
// `uploadId` (a PDF or DOCX sent to POST /documents/upload). Either way it becomes the stored text here, and the
// original is kept in the evidence store, except HTML: its markup, scripts included, is never stored.
import type { AppContext } from '../../context';
import { badInput } from '../../errors';
import { evidenceStore, EvidenceStoreFull } from '../../db/evidenceStore';
import type { Actor } from '../access/auth';
import type { DocumentText } from '../catalog/documentText';
import { sha256Hex } from '../evidence/pageFacts';
import { bareType, documentTextOf, TEXT_TYPES } from './documentFile';
import { findUpload } from './uploads';

export interface DocumentContent {
  readonly text: DocumentText;
  readonly mediaType: string;
  readonly originalSha256: string | null;
  /** The original to keep (keepOriginal), once the write's checks have passed; none for HTML. */
  readonly original: { readonly bytes: Buffer; readonly contentType: string } | null;
  /** The upload it came from, marked used by the write that takes it. */
  readonly uploadId: string | null;
}

interface ContentInput {
  readonly content?: string | null;
  readonly mediaType?: string | null;
  readonly uploadId?: string | null;
}

export async function documentContent(ctx: AppContext, actor: Actor, input: ContentInput): Promise<DocumentContent> {
  if ((input.content == null) === (input.uploadId == null))
    throw badInput('Give the document either as `content` (text, Markdown or HTML) or as an `uploadId`, not both.', {
      field: input.content == null ? 'content' : 'uploadId',
    });
  if (input.uploadId != null) {
    const upload = await findUpload(ctx.db, input.uploadId, actor.name);
    const bytes = Buffer.from(upload.bytes);
    const text = await documentTextOf({ mediaType: upload.mediaType, bytes }, 'uploadId');
    const original = { bytes, contentType: upload.mediaType };
    return { text, mediaType: upload.mediaType, originalSha256: upload.sha256, original, uploadId: upload.id };
  }
  const mediaType = bareType(input.mediaType ?? 'text/plain');
  if (!TEXT_TYPES.includes(mediaType))
    throw badInput(
      `Unsupported media type ${mediaType} for content: text/plain, text/markdown or text/html (PDF and DOCX go to POST /documents/upload).`,
      { field: 'mediaType' },
    );
  const bytes = Buffer.from(input.content!, 'utf8');
  const text = await documentTextOf({ mediaType, bytes }, 'content');
  const original = mediaType === 'text/html' ? null : { bytes, contentType: `${mediaType}; charset=utf-8` };
  return { text, mediaType, originalSha256: original && sha256Hex(bytes), original, uploadId: null };
}

/**
 * The original file in the evidence store, by its SHA-256: called by the write once its checks have passed, so
 * that a refused document leaves nothing behind. Content-addressed, so a write that fails after it leaves at most
 * a copy no row names, which the same document sent again reuses.
 */
export async function keepOriginal(ctx: AppContext, content: DocumentContent): Promise<void> {
  if (!content.original || !content.originalSha256) return;
  const { bytes, contentType } = content.original;
  try {
    await evidenceStore(ctx.db, ctx.config).put(content.originalSha256, bytes, contentType);
  } catch (err) {
    if (err instanceof EvidenceStoreFull)
      throw badInput('The evidence archive is full (EVIDENCE_STORAGE_MAX_BYTES): the original cannot be kept.');
    throw err;
  }
}
