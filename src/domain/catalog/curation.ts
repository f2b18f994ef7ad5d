// Curating the catalog (admins): add, edit, archive and restore recommendations (whole documents: documents/createSourceDocument.ts).
// Archiving is a soft delete: history stays, lists hide the record unless includeArchived is set.
import { z } from 'zod';
import type { AppContext, WriteContext } from '../../context';
import { authorize } from '../access/auth';
import { badInput, conflict } from '../../errors';
import { recordAudit, type AuditActor } from '../audit';
import { addTargetRevision, editRecommendation, linkOwners, lockForEdit, ownerSchema } from './stewardship';
import { draftOrigins } from './textOrigin';
import { applyPendingRevision, checkQuote } from './quotedText';
import { inTransaction, lockRecommendation } from '../../db/transaction';
import type { Prisma, Recommendation } from '../../generated/prisma/client';
import { LIMITS, parentCodeOf, parseInput, recommendationCode, trimmedText } from '../validation';
import { refreshRollups } from './rollup';

/** A top-level record's fields (a new document's records too): an action's code is given under its parent only. */
export const newRecommendationFields = {
  code: recommendationCode.refine((c) => parentCodeOf(c) === null, "an action's code needs parentCode"),
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

/**
 * One input for both: a top-level record needs its code, theme, summary and quote; an action (`parentCode`) takes
 * its parent's theme, has no quote of its own, and gets the next `.n` code when none is given (decisions.md).
 */
const createRecommendationSchema = z
  .object({
    code: recommendationCode.nullish(),
    parentCode: z.string().max(64).nullish(),
    theme: z.string().max(64).nullish(),
    titleZh: trimmedText(LIMITS.title),
    titleEn: trimmedText(LIMITS.title),
    summaryEn: trimmedText(LIMITS.summary, 0).nullish(),
    summaryZh: trimmedText(LIMITS.summary, 0).nullish(),
    quote: trimmedText(LIMITS.quote, 0).nullish(),
    owners: z.array(ownerSchema).max(20).nullish(),
    targetDate: z.date().nullish(),
  })
  .superRefine((i, issue) => {
    const missing = (path: string, message: string) => issue.addIssue({ code: 'custom', path: [path], message });
    if (i.parentCode == null) {
      if (i.code == null) missing('code', 'is required for a top-level record');
      else if (parentCodeOf(i.code) !== null) missing('code', "an action's code needs parentCode");
      if (i.theme == null) missing('theme', 'is required for a top-level record');
      if (!i.summaryEn) missing('summaryEn', 'must not be empty');
      if (!i.quote) missing('quote', 'must not be empty');
    } else {
      if (i.code != null && parentCodeOf(i.code) !== i.parentCode)
        missing('code', `an action's code is its parent's plus .n, e.g. ${i.parentCode}.1`);
      if (i.quote) missing('quote', "an action has no quote of its own: it shows its parent's");
    }
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
  const { theme, owners, targetDate, parentCode, code, ...input } = parseInput(createRecommendationSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    // An action: under its parent (locked, so that two new actions never take the same number), in its theme.
    const parent = parentCode == null ? null : await lockRecommendation(tx, parentCode);
    if (parentCode != null && !parent)
      throw badInput(`No recommendation with code ${parentCode}.`, { field: 'parentCode' });
    const themeId = theme == null ? parent!.themeId : await themeIdOf(tx, theme);
    if (parent && themeId !== parent.themeId)
      throw badInput(`An action takes its parent's theme; leave theme out.`, { field: 'theme' });
    const newCode = code ?? (await nextActionCode(tx, parent!));
    // A code is at most 64 characters, wherever it is read (recommendation(code:), feeds, URLs).
    if (newCode.length > 64)
      throw badInput(`${newCode} would be longer than 64 characters: nest under a shorter code.`, {
        field: 'parentCode',
      });
    if (await tx.recommendation.findUnique({ where: { code: newCode } })) {
      throw conflict(`A recommendation with code ${newCode} already exists.`);
    }
    const fields = {
      code: newCode,
      titleZh: input.titleZh,
      titleEn: input.titleEn,
      summaryEn: input.summaryEn ?? '',
      summaryZh: input.summaryZh ?? '',
      quote: parent ? '' : input.quote!,
    };
    // A top-level record quotes its document verbatim; an action quotes nothing (decisions.md, "Quotes").
    if (!parent) await checkQuote(tx, themeId, fields.quote);
    const rec = await tx.recommendation.create({
      data: {
        ...fields,
        ...draftOrigins(fields),
        themeId,
        parentId: parent?.id ?? null,
        targetDate: targetDate ?? null,
      },
    });
    if (owners?.length) await linkOwners(tx, rec.id, owners);
    if (targetDate) await addTargetRevision(tx, actor, rec.id, null, targetDate, 'Initial target');
    const { summaryZh, quote, ...texts } = fields;
    await recordAudit(tx, actor, 'createRecommendation', rec, null, {
      ...texts,
      ...(summaryZh && { summaryZh }),
      ...(quote && { quote }),
      theme: theme ?? (await tx.theme.findUniqueOrThrow({ where: { id: themeId } })).code,
      ...(parent && { parentCode: parent.code }),
    });
    // A new action counts in its parent's roll-up from the start.
    if (parent) await refreshRollups(tx, rec.id);
    return rec;
  });
}

/** The next free `.n` under `parent`: one more than the highest number its actions' codes use. */
async function nextActionCode(tx: Prisma.TransactionClient, parent: Recommendation): Promise<string> {
  const children = await tx.recommendation.findMany({ where: { parentId: parent.id }, select: { code: true } });
  const numbers = children
    .filter((c) => parentCodeOf(c.code) === parent.code)
    .map((c) => Number(c.code.slice(parent.code.length + 1)));
  return `${parent.code}.${Math.max(0, ...numbers) + 1}`;
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
      if (rec.parentId === null && (quoteChanges || data.themeId !== undefined))
        await checkQuote(tx, data.themeId ?? rec.themeId, input.quote ?? rec.quote, { exceptId: rec.id });
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
    if (!archive && rec.parentId === null) await checkQuote(tx, rec.themeId, rec.quote, { exceptId: rec.id });
    const updated = await tx.recommendation.update({
      where: { id: rec.id },
      data: { archivedAt: archive ? ctx.now : null, version: { increment: 1 } },
    });
    await recordAudit(tx, actor, operation, rec, { archivedAt: rec.archivedAt }, { archivedAt: updated.archivedAt });
    // An archived action leaves its parent's roll-up; a restored one counts again.
    if (rec.parentId !== null) await refreshRollups(tx, rec.id);
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
