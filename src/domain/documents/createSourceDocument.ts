// The deprecated createSourceDocument: a document with its themes and records at once. It is addSourceDocument's
// service (addDocument.ts) with the records written in the same transaction, each quote checked against the new
// text like any other (catalog/quotedText.ts); without `content` it has no text to check them against.
import { z } from 'zod';
import type { AppContext } from '../../context';
import { authorize } from '../access/auth';
import { badInput, conflict } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { newRecommendationFields } from '../catalog/curation';
import { draftOrigins } from '../catalog/textOrigin';
import { checkQuote } from '../catalog/quotedText';
import { LIMITS, parseInput, trimmedText } from '../validation';
import { addDocumentSchema, auditFacts, insertDocument } from './addDocument';
import { documentContent, keepOriginal } from './documentContent';
import { themeSchema } from './themes';

const documentSchema = addDocumentSchema.extend({
  slug: addDocumentSchema.shape.slug.unwrap().unwrap(),
  titleZh: trimmedText(LIMITS.title),
  themes: z.array(themeSchema).max(50),
  recommendations: z
    .array(z.object(newRecommendationFields))
    .min(1, 'a document needs at least one recommendation')
    .max(500),
});

export async function createSourceDocument(ctx: AppContext, raw: z.input<typeof documentSchema>) {
  const actor = authorize(ctx.actor, 'createSourceDocument');
  const { recommendations, ...input } = parseInput(documentSchema, raw);
  if (input.content == null && input.uploadId == null)
    throw badInput("A document's text is required (`content`): its records' quotes are checked against it.", {
      field: 'content',
    });
  const content = await documentContent(ctx, actor, input);
  return inTransaction(ctx.db, async (tx) => {
    const created = await insertDocument(tx, input, content);
    const themeIds = new Map(
      (await tx.theme.findMany({ where: { documentId: created.id } })).map((t) => [t.code, t.id]),
    );
    const codes = recommendations.map((r) => r.code);
    const repeated = codes.findIndex((c, i) => codes.indexOf(c) !== i);
    if (repeated >= 0)
      throw badInput('Recommendation codes must be unique within the document.', {
        field: `recommendations.${repeated}.code`,
      });
    const clash = await tx.recommendation.findMany({ where: { code: { in: codes } }, select: { code: true } });
    if (clash.length) throw conflict(`Recommendation codes already in use: ${clash.map((r) => r.code).join(', ')}.`);
    const data = [];
    for (const [i, { theme, ...r }] of recommendations.entries()) {
      const themeId = themeIds.get(theme);
      if (themeId === undefined)
        throw badInput(`${r.code} names theme ${theme}, which this document does not define.`, {
          field: `recommendations.${i}.theme`,
        });
      await checkQuote(tx, themeId, r.quote, { field: `recommendations.${i}.quote`, pending: data });
      data.push({ ...r, ...draftOrigins(r), themeId });
    }
    await tx.recommendation.createMany({ data });
    await keepOriginal(ctx, content);
    await recordAudit(tx, actor, 'createSourceDocument', created.slug, null, {
      ...auditFacts(created, content),
      themes: input.themes.map((t) => t.code),
      recommendations: codes,
    });
    return created;
  });
}
