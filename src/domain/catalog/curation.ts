// Curating the catalog (admins): add, edit, archive and restore recommendations (whole documents: sourceDocuments.ts).
// Archiving is a soft delete: history stays, lists hide the record unless includeArchived is set.
import { z } from 'zod';
import type { AppContext, WriteContext } from '../../context';
import { authorize } from '../access/auth';
import { badInput, conflict } from '../../errors';
import { recordAudit, type AuditActor } from '../audit';
import type { Prisma } from '../../generated/prisma/client';
import { addTargetRevision, editRecommendation, linkOwners, lockForEdit, ownerSchema } from './stewardship';
import { draftOrigins } from './textOrigin';
import { applyPendingRevision, checkQuote } from './quotedText';
import { inTransaction } from '../../db/transaction';
import { LIMITS, parseInput, recommendationCode, trimmedText } from '../validation';

export const newRecommendationFields = {
  code: recommendationCode,
  theme: z.string().max(64),
  titleZh: trimmedText(LIMITS.title),
  titleEn: trimmedText(LIMITS.title),
  summaryEn: trimmedText(LIMITS.summary),
  // Optional, and may be empty: most records written before revision 3 have none yet.
  summaryZh: trimmedText(LIMITS.summary, 0)
    .nullish()
    .transform((s) => s ?? ''),
  quote: trimmedText(LIMITS.quote),
};

const createRecommendationSchema = z.object({
  ...newRecommendationFields,
  owners: z.array(ownerSchema).max(20).nullish(),
  targetDate: z.date().nullish(),
});

const updateRecommendationSchema = z.object({
  code: z.string().max(64),
  expectedVersion: z.number().int().min(1).nullish(),
  theme: z.string().max(64).nullish(),
  titleZh: trimmedText(LIMITS.title).nullish(),
  titleEn: trimmedText(LIMITS.title).nullish(),
  summaryEn: trimmedText(LIMITS.summary).nullish(),
  summaryZh: trimmedText(LIMITS.summary, 0).nullish(),
  quote: trimmedText(LIMITS.quote).nullish(),
  quoteChangeReason: z.string().max(LIMITS.reason).nullish(),
  owners: z.array(ownerSchema).max(20, 'at most 20 owners').nullish(),
});

async function themeIdOf(db: Pick<AppContext['db'], 'theme'>, themeCode: string) {
  const theme = await db.theme.findUnique({ where: { code: themeCode } });
  if (!theme) throw badInput(`Unknown theme ${themeCode}.`, { field: 'theme' });
  return theme.id;
}

export async function createRecommendation(ctx: WriteContext, raw: z.input<typeof createRecommendationSchema>) {
  const actor = authorize(ctx.actor, 'createRecommendation');
  const { theme, owners, targetDate, ...fields } = parseInput(createRecommendationSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    if (await tx.recommendation.findUnique({ where: { code: fields.code } })) {
      throw conflict(`A recommendation with code ${fields.code} already exists.`);
    }
    const themeId = await themeIdOf(tx, theme);
    await checkQuote(tx, themeId, fields.quote);
    const rec = await tx.recommendation.create({
      data: { ...fields, ...draftOrigins(fields), themeId, targetDate: targetDate ?? null },
    });
    if (owners?.length) await linkOwners(tx, rec.id, owners);
    if (targetDate) await addTargetRevision(tx, actor, rec.id, null, targetDate, 'Initial target');
    const { summaryZh, ...texts } = fields;
    await recordAudit(tx, actor, 'createRecommendation', rec, null, {
      ...texts,
      ...(summaryZh && { summaryZh }),
      theme,
    });
    return rec;
  });
}

export const updateRecommendation = (ctx: WriteContext, raw: z.input<typeof updateRecommendationSchema>) =>
  editRecommendation(
    ctx,
    'updateRecommendation',
    updateRecommendationSchema,
    raw,
    async (tx, { actor, input, rec }) => {
      const quoteChanges = input.quote != null && input.quote !== rec.quote;
      if (quoteChanges && !input.quoteChangeReason?.trim())
        throw badInput('Changing the quote requires quoteChangeReason.', { field: 'quoteChangeReason' });
      const data = {
        ...(input.titleZh != null && { titleZh: input.titleZh }),
        ...(input.titleEn != null && { titleEn: input.titleEn }),
        ...(input.summaryEn != null && { summaryEn: input.summaryEn }),
        ...(input.summaryZh != null && { summaryZh: input.summaryZh }),
        ...(quoteChanges && { quote: input.quote! }),
        ...(input.theme != null && { themeId: await themeIdOf(tx, input.theme) }),
      };
      if (Object.keys(data).length === 0 && !input.owners)
        throw badInput('Nothing to change: give at least one field.');
      // A record's document is its theme's: a new quote, or a new theme, is checked against that document's text.
      if (quoteChanges || data.themeId !== undefined)
        await checkQuote(tx, data.themeId ?? rec.themeId, input.quote ?? rec.quote);
      if (quoteChanges) {
        await tx.quoteRevision.create({
          data: {
            recommendationId: rec.id,
            previousQuote: rec.quote,
            newQuote: input.quote!,
            reason: input.quoteChangeReason!.trim(),
            actorName: actor.name,
          },
        });
      }
      const before: Record<string, unknown> = Object.fromEntries(
        Object.keys(data).map((k) => [k, rec[k as keyof typeof rec]]),
      );
      if (input.owners) {
        const links = await tx.recommendationOwner.findMany({
          where: { recommendationId: rec.id },
          include: { owner: true },
        });
        before.owners = links.map((l) => l.owner.name);
        await linkOwners(tx, rec.id, input.owners);
      }
      const updated = await tx.recommendation.update({
        where: { id: rec.id },
        data: { ...data, ...draftOrigins(data), version: { increment: 1 } },
      });
      await recordAudit(tx, actor, 'updateRecommendation', rec, before, {
        ...data,
        ...(input.owners && { owners: input.owners.map((o) => o.name) }),
      });
      if (quoteChanges || data.themeId !== undefined)
        await applyPendingRevisions(tx, actor, [rec.themeId, updated.themeId]);
      return updated;
    },
  );

async function setArchived(
  ctx: AppContext,
  recCode: string,
  expectedVersion: number | null | undefined,
  archive: boolean,
) {
  const operation = archive ? 'archiveRecommendation' : 'restoreRecommendation';
  const actor = authorize(ctx.actor, operation);
  return inTransaction(ctx.db, async (tx) => {
    const rec = await lockForEdit(tx, recCode, expectedVersion);
    if (Boolean(rec.archivedAt) === archive)
      throw badInput(`${rec.code} is ${archive ? 'already archived' : 'not archived'}.`);
    // A restored record is live again: its quote must hold against its document's text as it is now.
    if (!archive) await checkQuote(tx, rec.themeId, rec.quote);
    const updated = await tx.recommendation.update({
      where: { id: rec.id },
      data: { archivedAt: archive ? ctx.now : null, version: { increment: 1 } },
    });
    await recordAudit(tx, actor, operation, rec, { archivedAt: rec.archivedAt }, { archivedAt: updated.archivedAt });
    // A withdrawn quote no longer holds a pending revision back.
    if (archive) await applyPendingRevisions(tx, actor, [rec.themeId]);
    return updated;
  });
}

export const archiveRecommendation = (ctx: AppContext, c: string, v?: number | null) => setArchived(ctx, c, v, true);
export const restoreRecommendation = (ctx: AppContext, c: string, v?: number | null) => setArchived(ctx, c, v, false);

/** Tries the pending revisions of the documents these themes belong to (quotedText.ts). */
async function applyPendingRevisions(tx: Prisma.TransactionClient, actor: AuditActor, themeIds: number[]) {
  const themes = await tx.theme.findMany({ where: { id: { in: themeIds } }, select: { documentId: true } });
  for (const documentId of new Set(themes.map((t) => t.documentId))) await applyPendingRevision(tx, actor, documentId);
}
