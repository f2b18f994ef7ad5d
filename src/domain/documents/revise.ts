// A corrected text for a document (admins). A text that no live record quotes is replaced at once; one that is
// quoted waits as a pending revision, listing the quotes it would break, and becomes the text when the last of
// them is fixed against it or withdrawn (catalog/quotedText.ts, from updateRecommendation and archive).
import { z } from 'zod';
import type { AppContext } from '../../context';
import { badInput, conflict, notFound } from '../../errors';
import { authorize } from '../access/auth';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { contentHashOf } from '../catalog/documentText';
import { applyPendingRevision } from '../catalog/quotedText';
import { parseInput } from '../validation';
import { contentFields, storedText } from './addDocument';
import { documentContent, keepOriginal } from './documentContent';
import { queueCandidateExtraction } from './extractionHook';

const reviseSchema = z.object({ slug: z.string().max(100), ...contentFields });

export async function reviseSourceDocument(ctx: AppContext, raw: z.input<typeof reviseSchema>) {
  const actor = authorize(ctx.actor, 'reviseSourceDocument');
  const input = parseInput(reviseSchema, raw);
  // Told before the content is parsed: a revision of nothing is not worth reading a PDF for.
  if (!(await ctx.db.sourceDocument.findUnique({ where: { slug: input.slug }, select: { id: true } })))
    throw notFound(`No document ${input.slug}.`);
  const content = await documentContent(ctx, actor, input);
  const contentHash = contentHashOf(content.text.text);
  return inTransaction(ctx.db, async (tx) => {
    const doc = await tx.sourceDocument.findUnique({ where: { slug: input.slug } });
    if (!doc) throw notFound(`No document ${input.slug}.`);
    if (doc.contentHash === contentHash)
      throw badInput('The revision is the text the document already has.', {
        field: content.uploadId ? 'uploadId' : 'content',
      });
    const same = await tx.sourceDocument.findUnique({ where: { contentHash }, select: { slug: true } });
    if (same) throw conflict(`The same text is already document ${same.slug}.`);
    await tx.documentRevision.updateMany({
      where: { documentId: doc.id, state: 'PENDING' },
      data: { state: 'SUPERSEDED' },
    });
    const revision = await tx.documentRevision.create({
      data: {
        documentId: doc.id,
        ...storedText(content.text),
        contentHash,
        mediaType: content.mediaType,
        originalSha256: content.originalSha256,
        createdBy: actor.name,
      },
    });
    await keepOriginal(ctx, content);
    await keepOriginal(ctx, content);
    if (content.uploadId)
      await tx.documentUpload.update({ where: { id: content.uploadId }, data: { usedAt: new Date() } });
    await recordAudit(
      tx,
      actor,
      'reviseSourceDocument',
      doc.slug,
      { revision: doc.revision, contentHash: doc.contentHash },
      { documentRevisionId: revision.id, contentHash, mediaType: content.mediaType },
    );
    if (await applyPendingRevision(tx, actor, doc.id)) await queueCandidateExtraction(tx, doc.id);
    return {
      document: await tx.sourceDocument.findUniqueOrThrow({ where: { id: doc.id } }),
      revision: await tx.documentRevision.findUniqueOrThrow({ where: { id: revision.id } }),
    };
  });
}
