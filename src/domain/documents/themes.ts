// A document's themes: given when it is added, made from its sections, or added later by createTheme. A record's
// document is its theme's, so a theme is where a record's quote is checked from.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Prisma } from '../../generated/prisma/client';
import { Pillar } from '../../generated/prisma/enums';
import { badInput, conflict, notFound } from '../../errors';
import { authorize } from '../access/auth';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { LIMITS, parseInput, trimmedText } from '../validation';

type Tx = Prisma.TransactionClient;

export const themeSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9]{1,30}$/, 'theme codes are upper-case letters and digits'),
  pillar: z.enum(Pillar).nullish(),
  nameZh: trimmedText(LIMITS.title),
  nameEn: trimmedText(LIMITS.title),
  sectionZh: z.string().max(LIMITS.title).nullish(),
});
export type ThemeFields = z.output<typeof themeSchema>;

/** Inserts themes after the document's last; a taken code is a conflict (field: the input's, if it gave them). */
export async function insertThemes(tx: Tx, documentId: number, themes: ThemeFields[], field: string | null) {
  const codes = themes.map((t) => t.code);
  const repeated = codes.findIndex((c, i) => codes.indexOf(c) !== i);
  if (repeated >= 0) throw badInput('Theme codes must be unique.', { field: `${field ?? 'themes'}.${repeated}.code` });
  const taken = await tx.theme.findMany({ where: { code: { in: codes } }, select: { code: true } });
  if (taken.length) throw conflict(`Theme codes already in use: ${taken.map((t) => t.code).join(', ')}.`);
  const last = await tx.theme.aggregate({ where: { documentId }, _max: { sortOrder: true } });
  const base = Math.max(last._max.sortOrder ?? 0, 99) + 1;
  await tx.theme.createMany({
    data: themes.map((t, i) => ({ ...t, pillar: t.pillar ?? null, documentId, sortOrder: base + i })),
  });
}

const createThemeSchema = themeSchema.extend({ documentSlug: z.string().max(100) });

/** Adds a theme to a document (admins), after its last one. */
export async function createTheme(ctx: AppContext, raw: z.input<typeof createThemeSchema>) {
  const actor = authorize(ctx.actor, 'createTheme');
  const { documentSlug, ...theme } = parseInput(createThemeSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const doc = await tx.sourceDocument.findUnique({ where: { slug: documentSlug }, select: { id: true } });
    if (!doc) throw notFound(`No document ${documentSlug}.`);
    await insertThemes(tx, doc.id, [theme], null);
    const created = await tx.theme.findUniqueOrThrow({ where: { code: theme.code } });
    await recordAudit(tx, actor, 'createTheme', created.code, null, { ...theme, documentSlug });
    return created;
  });
}
