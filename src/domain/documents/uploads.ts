// A PDF or DOCX arrives through POST /documents/upload (src/http/documentRoutes.ts), because /graphql's body
// limit is 1 MB: it is checked (type, signature, zip directory), kept under a random uploadId for the uploader
// alone, and used once by addSourceDocument or reviseSourceDocument, which parse it and keep the file itself in
// the evidence store.
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context';
import type { Prisma } from '../../generated/prisma/client';
import { badInput } from '../../errors';
import { authorize } from '../access/auth';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { sha256Hex } from '../evidence/pageFacts';
import { FILE_TYPES, fileProblem } from './fileChecks';
import { bareType } from './documentFile';

export interface UploadInput {
  readonly bytes: Buffer;
  readonly mediaType: string;
  readonly fileName: string | null;
}

/** Checks and keeps an uploaded file; answers its uploadId. Size is the route's to limit (DOCUMENT_MAX_BYTES). */
export async function storeUpload(ctx: AppContext, input: UploadInput): Promise<{ uploadId: string }> {
  const actor = authorize(ctx.actor, 'uploadDocument');
  const mediaType = bareType(input.mediaType);
  if (!FILE_TYPES.includes(mediaType))
    throw badInput(`Unsupported media type ${mediaType}: upload a PDF or a DOCX.`, { field: 'file' });
  const problem = fileProblem(input.bytes, mediaType);
  if (problem) throw badInput(problem, { field: 'file' });
  const id = randomBytes(18).toString('base64url');
  const sha256 = sha256Hex(input.bytes);
  const fileName = input.fileName?.slice(0, 200) ?? null;
  await inTransaction(ctx.db, async (tx) => {
    await tx.documentUpload.create({
      data: {
        id,
        mediaType,
        fileName,
        sizeBytes: input.bytes.length,
        sha256,
        bytes: new Uint8Array(input.bytes),
        uploadedBy: actor.name,
      },
    });
    await recordAudit(tx, actor, 'uploadDocument', id, null, {
      mediaType,
      fileName,
      sizeBytes: input.bytes.length,
      sha256,
    });
  });
  return { uploadId: id };
}

/** The uploader's own unused upload, or BAD_USER_INPUT on uploadId. */
export async function findUpload(
  db: Pick<Prisma.TransactionClient, 'documentUpload'>,
  uploadId: string,
  actorName: string,
) {
  const upload = await db.documentUpload.findUnique({ where: { id: uploadId } });
  if (!upload || upload.uploadedBy !== actorName || upload.usedAt)
    throw badInput('No such upload: send the file to POST /documents/upload first, and use its uploadId once.', {
      field: 'uploadId',
    });
  return upload;
}
