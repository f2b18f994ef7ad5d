// Adding a policy document (admins): its content, as text or an upload, becomes its stored text
// (catalog/documentText.ts), its sections and its hash; its themes are given or made one per top-level section.
// addSourceDocument and the deprecated createSourceDocument (which also writes records, each quote checked
// against the new text) are this one service, in one transaction: a clash anywhere leaves nothing behind.
import { z } from 'zod';
import type { AppContext } from '../../context';
import { DocumentKind } from '../../generated/prisma/enums';
import type { Prisma } from '../../generated/prisma/client';
import { authorize } from '../access/auth';
import { conflict } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { contentHashOf, type DocumentText } from '../catalog/documentText';
import { httpUrl, LIMITS, parseInput, trimmedText } from '../validation';
import { documentContent, keepOriginal, type DocumentContent } from './documentContent';
import { queueCandidateExtraction } from './extractionHook';
import { themesOfSections } from './sectionThemes';
import { insertThemes, themeSchema } from './themes';

const slugRule = z.string().regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'slugs are lower-case letters, digits and dashes');

export const contentFields = {
  content: z.string().max(1_000_000).nullish(),
  mediaType: z.string().max(100).nullish(),
  uploadId: z.string().max(64).nullish(),
};

export const addDocumentSchema = z.object({
  slug: slugRule.nullish(),
  titleZh: trimmedText(LIMITS.title),
  titleEn: trimmedText(LIMITS.title),
  kind: z.enum(DocumentKind).nullish(),
  publisher: trimmedText(LIMITS.name).nullish(),
  author: z.string().max(LIMITS.name).nullish(),
  // http(s) only: a javascript: or data: link here would run in any page that renders the document.
  url: httpUrl.nullish(),
  publishedOn: z.date().nullish(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as zh or en')
    .nullish(),
  themes: z.array(themeSchema).max(50).nullish(),
  ...contentFields,
});
export type AddDocumentInput = z.input<typeof addDocumentSchema>;
type AddDocumentFields = z.output<typeof addDocumentSchema>;

type Tx = Prisma.TransactionClient;

/** Adds a document from its content; the records it quotes come later (curation, or candidates). */
export async function addSourceDocument(ctx: AppContext, raw: AddDocumentInput) {
  const actor = authorize(ctx.actor, 'addSourceDocument');
  const input = parseInput(addDocumentSchema, raw);
  const content = await documentContent(ctx, actor, input);
  return inTransaction(ctx.db, async (tx) => {
    const created = await insertDocument(tx, input, content);
    await keepOriginal(ctx, content);
    await recordAudit(tx, actor, 'addSourceDocument', created.slug, null, auditFacts(created, content));
    return created;
  });
}

/** What the trail records of a new document: its fields, not its text (the hash names that). */
export const auditFacts = (
  doc: { slug: string; titleZh: string; titleEn: string; kind: string; language: string },
  content: DocumentContent,
) => ({
  slug: doc.slug,
  titleZh: doc.titleZh,
  titleEn: doc.titleEn,
  kind: doc.kind,
  language: doc.language,
  mediaType: content.mediaType,
  contentHash: contentHashOf(content.text.text),
  originalSha256: content.originalSha256,
});

/** Writes the document and its themes, checks nothing is taken, and queues its extraction. */
export async function insertDocument(tx: Tx, input: AddDocumentFields, content: DocumentContent) {
  const { text } = content;
  const contentHash = contentHashOf(text.text);
  const same = await tx.sourceDocument.findUnique({ where: { contentHash }, select: { slug: true } });
  if (same) throw conflict(`The same text is already document ${same.slug}: a document is added once.`);
  const slug = input.slug ?? (await freeSlug(tx, input.titleEn));
  if (input.slug && (await tx.sourceDocument.findUnique({ where: { slug } })))
    throw conflict(`Document ${slug} already exists.`);
  const created = await tx.sourceDocument.create({
    data: {
      slug,
      titleZh: input.titleZh,
      titleEn: input.titleEn,
      kind: input.kind ?? 'ARTICLE',
      publisher: input.publisher ?? null,
      author: input.author ?? null,
      url: input.url ?? null,
      publishedOn: input.publishedOn ?? null,
      language: input.language ?? languageOf(text.text),
      ...storedText(text),
      contentHash,
      mediaType: content.mediaType,
      originalSha256: content.originalSha256,
    },
  });
  const themes = input.themes?.length ? input.themes : themesOfSections(created, text.sections);
  await insertThemes(tx, created.id, themes, input.themes?.length ? 'themes' : null);
  if (content.uploadId)
    await tx.documentUpload.update({ where: { id: content.uploadId }, data: { usedAt: new Date() } });
  await queueCandidateExtraction(tx, created.id);
  return created;
}

export const storedText = (text: DocumentText) => ({
  text: text.text,
  sections: text.sections.map((s) => ({ ...s })),
  emphasis: text.emphasis.map((s) => ({ ...s })),
});

/** A slug from the English title; a second document of the same title gets -2, -3, … */
async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 70)
      .replace(/-+$/, '') || 'document';
  const stem = base.length >= 2 ? base : `document-${base}`;
  for (let n = 1; ; n++) {
    const slug = n === 1 ? stem : `${stem}-${n}`;
    if (!(await tx.sourceDocument.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** zh when most of the text is Han characters, else en; a caller that knows better says so (`language`). */
function languageOf(text: string): string {
  const letters = text.match(/[\p{L}]/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return letters && han / letters > 0.3 ? 'zh' : 'en';
}
