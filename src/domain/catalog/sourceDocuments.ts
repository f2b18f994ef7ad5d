// Adding a later policy document (admins): the document, its themes and its recommendations are written
// in one transaction, so a clash anywhere leaves nothing behind.
import { z } from 'zod';
import { Pillar } from '../../generated/prisma/enums';
import type { AppContext } from '../../context';
import { authorize } from '../access/auth';
import { badInput, conflict } from '../../errors';
import { recordAudit } from '../audit';
import { newRecommendationFields } from './curation';
import { draftOrigins } from './textOrigin';
import { inTransaction } from '../../db/transaction';
import { httpUrl, LIMITS, parseInput, trimmedText } from '../validation';

const themeSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9]{1,30}$/, 'theme codes are upper-case letters and digits'),
  pillar: z.enum(Pillar).nullish(),
  nameZh: trimmedText(LIMITS.title),
  nameEn: trimmedText(LIMITS.title),
  sectionZh: z.string().max(LIMITS.title).nullish(),
});

const documentSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'slugs are lower-case letters, digits and dashes'),
  titleZh: trimmedText(LIMITS.title),
  titleEn: trimmedText(LIMITS.title),
  author: z.string().max(LIMITS.name).nullish(),
  // http(s) only: a javascript: or data: link here would run in any page that renders the document.
  url: httpUrl.nullish(),
  publishedOn: z.date().nullish(),
  themes: z.array(themeSchema).max(50),
  recommendations: z
    .array(z.object(newRecommendationFields))
    .min(1, 'a document needs at least one recommendation')
    .max(500),
});

export async function createSourceDocument(ctx: AppContext, raw: z.input<typeof documentSchema>) {
  const actor = authorize(ctx.actor, 'createSourceDocument');
  const { themes, recommendations, ...doc } = parseInput(documentSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    if (await tx.sourceDocument.findUnique({ where: { slug: doc.slug } }))
      throw conflict(`Document ${doc.slug} already exists.`);
    const created = await tx.sourceDocument.create({ data: doc });
    const taken = await tx.theme.findMany({ where: { code: { in: themes.map((t) => t.code) } } });
    if (taken.length) throw conflict(`Theme codes already in use: ${taken.map((t) => t.code).join(', ')}.`);
    await tx.theme.createMany({ data: themes.map((t, i) => ({ ...t, documentId: created.id, sortOrder: 100 + i })) });
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
    await tx.recommendation.createMany({
      data: recommendations.map(({ theme, ...r }, i) => {
        const themeId = themeIds.get(theme);
        if (themeId === undefined)
          throw badInput(`${r.code} names theme ${theme}, which this document does not define.`, {
            field: `recommendations.${i}.theme`,
          });
        return { ...r, ...draftOrigins(r), themeId };
      }),
    });
    await recordAudit(tx, actor, 'createSourceDocument', doc.slug, null, {
      ...doc,
      themes: themes.map((t) => t.code),
      recommendations: codes,
    });
    return created;
  });
}
