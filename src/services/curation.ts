// Curating the catalog (admins): add, edit, archive and restore recommendations, and add whole documents.
// Archiving is a soft delete: history stays, lists hide the record unless includeArchived is set.
import { z } from 'zod';
import type { AppContext } from '../context';
import { authorize } from '../auth';
import { badInput, conflict, notFound } from '../errors';
import { recordAudit } from './audit';
import { addTargetRevision, linkOwners, lockForEdit, ownerSchema } from './stewardship';
import { inTransaction } from './transaction';
import { code, LIMITS, parseInput, text } from './validation';

const recFields = {
  code,
  theme: z.string().max(64),
  titleZh: text(LIMITS.title),
  titleEn: text(LIMITS.title),
  summaryEn: text(LIMITS.summary),
  quote: text(LIMITS.quote),
};

const createSchema = z.object({ ...recFields, owners: z.array(ownerSchema).max(20).nullish(), targetDate: z.date().nullish() });

const updateSchema = z.object({
  code: z.string().max(64),
  expectedVersion: z.number().int().min(1).nullish(),
  theme: z.string().max(64).nullish(),
  titleZh: text(LIMITS.title).nullish(),
  titleEn: text(LIMITS.title).nullish(),
  summaryEn: text(LIMITS.summary).nullish(),
  quote: text(LIMITS.quote).nullish(),
  quoteChangeReason: z.string().max(LIMITS.reason).nullish(),
});

const themeSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9]{1,30}$/, 'theme codes are upper-case letters and digits'),
  pillar: z.enum(['GOVERNANCE', 'DEVELOPMENT']),
  nameZh: text(LIMITS.title),
  nameEn: text(LIMITS.title),
  sectionZh: z.string().max(LIMITS.title).nullish(),
});

const documentSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'slugs are lower-case letters, digits and dashes'),
  titleZh: text(LIMITS.title),
  titleEn: text(LIMITS.title),
  author: z.string().max(LIMITS.name).nullish(),
  url: z.string().url().max(LIMITS.url).nullish(),
  publishedOn: z.date().nullish(),
  themes: z.array(themeSchema).max(50),
  recommendations: z.array(z.object(recFields)).min(1, 'a document needs at least one recommendation').max(500),
});

async function themeIdOf(db: Pick<AppContext['db'], 'theme'>, themeCode: string) {
  const theme = await db.theme.findUnique({ where: { code: themeCode } });
  if (!theme) throw badInput(`Unknown theme ${themeCode}.`);
  return theme.id;
}

export async function createRecommendation(ctx: AppContext, raw: z.input<typeof createSchema>) {
  const actor = authorize(ctx.actor, 'createRecommendation');
  const { theme, owners, targetDate, ...fields } = parseInput(createSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    if (await tx.recommendation.findUnique({ where: { code: fields.code } })) {
      throw conflict(`A recommendation with code ${fields.code} already exists.`);
    }
    const rec = await tx.recommendation.create({ data: { ...fields, themeId: await themeIdOf(tx, theme), targetDate: targetDate ?? null } });
    if (owners?.length) await linkOwners(tx, rec.id, owners);
    if (targetDate) await addTargetRevision(tx, actor, rec.id, null, targetDate, 'Initial target');
    await recordAudit(tx, actor, 'createRecommendation', { type: 'Recommendation', id: rec.code }, null, { ...fields, theme });
    return rec;
  });
}

export async function updateRecommendation(ctx: AppContext, raw: z.input<typeof updateSchema>) {
  const actor = authorize(ctx.actor, 'updateRecommendation');
  const input = parseInput(updateSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const rec = await lockForEdit(tx, input.code, input.expectedVersion);
    const quoteChanges = input.quote != null && input.quote !== rec.quote;
    if (quoteChanges && !input.quoteChangeReason?.trim()) throw badInput('Changing the quote requires quoteChangeReason.');
    const data = {
      ...(input.titleZh != null && { titleZh: input.titleZh }),
      ...(input.titleEn != null && { titleEn: input.titleEn }),
      ...(input.summaryEn != null && { summaryEn: input.summaryEn }),
      ...(quoteChanges && { quote: input.quote! }),
      ...(input.theme != null && { themeId: await themeIdOf(tx, input.theme) }),
    };
    if (Object.keys(data).length === 0) throw badInput('Nothing to change: give at least one field.');
    if (quoteChanges) {
      await tx.quoteRevision.create({
        data: { recommendationId: rec.id, previousQuote: rec.quote, newQuote: input.quote!, reason: input.quoteChangeReason!.trim(), actorName: actor.name },
      });
    }
    const updated = await tx.recommendation.update({ where: { id: rec.id }, data: { ...data, version: { increment: 1 } } });
    const before = Object.fromEntries(Object.keys(data).map((k) => [k, rec[k as keyof typeof rec]]));
    await recordAudit(tx, actor, 'updateRecommendation', { type: 'Recommendation', id: rec.code }, before, data);
    return updated;
  });
}

async function setArchived(ctx: AppContext, recCode: string, expectedVersion: number | null | undefined, archive: boolean) {
  const operation = archive ? 'archiveRecommendation' : 'restoreRecommendation';
  const actor = authorize(ctx.actor, operation);
  return inTransaction(ctx.db, async (tx) => {
    const rec = await lockForEdit(tx, recCode, expectedVersion);
    if (Boolean(rec.archivedAt) === archive) throw badInput(`${rec.code} is ${archive ? 'already archived' : 'not archived'}.`);
    const updated = await tx.recommendation.update({
      where: { id: rec.id },
      data: { archivedAt: archive ? ctx.now : null, version: { increment: 1 } },
    });
    await recordAudit(tx, actor, operation, { type: 'Recommendation', id: rec.code },
      { archivedAt: rec.archivedAt }, { archivedAt: updated.archivedAt });
    return updated;
  });
}

export const archiveRecommendation = (ctx: AppContext, c: string, v?: number | null) => setArchived(ctx, c, v, true);
export const restoreRecommendation = (ctx: AppContext, c: string, v?: number | null) => setArchived(ctx, c, v, false);

export async function createSourceDocument(ctx: AppContext, raw: z.input<typeof documentSchema>) {
  const actor = authorize(ctx.actor, 'createSourceDocument');
  const { themes, recommendations, ...doc } = parseInput(documentSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    if (await tx.sourceDocument.findUnique({ where: { slug: doc.slug } })) throw conflict(`Document ${doc.slug} already exists.`);
    const created = await tx.sourceDocument.create({ data: doc });
    const taken = await tx.theme.findMany({ where: { code: { in: themes.map((t) => t.code) } } });
    if (taken.length) throw conflict(`Theme codes already in use: ${taken.map((t) => t.code).join(', ')}.`);
    await tx.theme.createMany({ data: themes.map((t, i) => ({ ...t, documentId: created.id, sortOrder: 100 + i })) });
    const themeIds = new Map((await tx.theme.findMany({ where: { documentId: created.id } })).map((t) => [t.code, t.id]));
    const codes = recommendations.map((r) => r.code);
    if (new Set(codes).size !== codes.length) throw badInput('Recommendation codes must be unique within the document.');
    const clash = await tx.recommendation.findMany({ where: { code: { in: codes } }, select: { code: true } });
    if (clash.length) throw conflict(`Recommendation codes already in use: ${clash.map((r) => r.code).join(', ')}.`);
    await tx.recommendation.createMany({
      data: recommendations.map(({ theme, ...r }) => {
        const themeId = themeIds.get(theme);
        if (themeId === undefined) throw badInput(`${r.code} names theme ${theme}, which this document does not define.`);
        return { ...r, themeId };
      }),
    });
    await recordAudit(tx, actor, 'createSourceDocument', { type: 'SourceDocument', id: doc.slug }, null,
      { ...doc, themes: themes.map((t) => t.code), recommendations: codes });
    return created;
  });
}

export async function requireDocument(ctx: AppContext, id: number) {
  const doc = await ctx.loaders.document.load(id);
  if (!doc) throw notFound(`Document ${id} not found.`);
  return doc;
}
