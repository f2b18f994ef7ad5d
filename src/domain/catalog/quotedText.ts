// What a record's quote is checked against, and when a document's pending revision becomes its text. A text that
// records quote is immutable: a corrected text waits as a pending revision (reviseSourceDocument) until no live
// top-level record's quote would break against it. While it waits, a new or edited quote is checked against the
// revision, the text the document is about to have; each such edit, and each archive, tries the revision again.
import type { Prisma } from '../../generated/prisma/client';
import { recordAudit, type AuditActor } from '../audit';
import { assertVerbatim, closestSpan, findQuote, quoteLocator } from './quoteCheck';
import type { Span } from './documentText';
import { badInput } from '../../errors';

type Tx = Prisma.TransactionClient;

export interface QuoteTarget {
  readonly documentId: number;
  readonly slug: string;
  /** The pending revision's text when there is one, else the document's. */
  readonly text: string;
  readonly pendingRevisionId: number | null;
}

async function quoteTargetOfDocument(tx: Tx, documentId: number): Promise<QuoteTarget> {
  const doc = await tx.sourceDocument.findUniqueOrThrow({
    where: { id: documentId },
    select: { slug: true, text: true },
  });
  const pending = await tx.documentRevision.findFirst({
    where: { documentId, state: 'PENDING' },
    select: { id: true, text: true },
  });
  return { documentId, slug: doc.slug, text: pending?.text ?? doc.text, pendingRevisionId: pending?.id ?? null };
}

async function quoteTargetOfTheme(tx: Tx, themeId: number): Promise<QuoteTarget> {
  const { documentId } = await tx.theme.findUniqueOrThrow({ where: { id: themeId }, select: { documentId: true } });
  return quoteTargetOfDocument(tx, documentId);
}

/** A record by its code and quote: the live ones a quote may not overlap, or the rows of an import not yet stored. */
export interface QuotedRecord {
  readonly code: string;
  readonly quote: string;
}

/** Spans overlap when each starts before the other ends (end exclusive). */
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The first of `others` whose quote's span in `text` overlaps `span` (each quote at its first occurrence). */
export function overlappingRecord<R extends QuotedRecord>(text: string, span: Span, others: readonly R[]): R | null {
  const locate = quoteLocator(text);
  return (
    others.find((o) => {
      const at = locate(o.quote);
      return at !== null && overlaps(at, span);
    }) ?? null
  );
}

/** The live top-level records of a document, but one: the records a quote of that document may not overlap. */
export const liveQuotesOf = (tx: Pick<Tx, 'recommendation'>, documentId: number, exceptId: number | null = null) =>
  tx.recommendation.findMany({
    where: {
      archivedAt: null,
      parentId: null,
      theme: { documentId },
      ...(exceptId !== null && { id: { not: exceptId } }),
    },
    select: { id: true, code: true, quote: true },
    orderBy: { code: 'asc' },
  });

interface QuoteCheckOptions {
  readonly field?: string;
  /** The record being edited or restored: its own quote is not a clash. */
  readonly exceptId?: number | null;
  /** Records of the same import, checked before any is stored. */
  readonly pending?: readonly QuotedRecord[];
}

/**
 * Refuses a quote that is not verbatim in the text the theme's document has, or is about to have, and one that
 * overlaps another live top-level record's quote of that document (decisions.md, "Quotes"): two records quoting
 * the same words are one measure recorded twice, or two measures cut from one span.
 */
export async function checkQuote(
  tx: Tx,
  themeId: number,
  quote: string,
  { field = 'quote', exceptId = null, pending = [] }: QuoteCheckOptions = {},
): Promise<QuoteTarget> {
  const target = await quoteTargetOfTheme(tx, themeId);
  assertVerbatim(target, quote, field);
  const span = findQuote(target.text, quote)!;
  const others = [...(await liveQuotesOf(tx, target.documentId, exceptId)), ...pending];
  const clash = overlappingRecord(target.text, span, others);
  if (clash)
    throw badInput(
      `The quote overlaps the quote of record ${clash.code} (“${clash.quote}”): no two live records of document ${target.slug} may quote the same words. Merge the two, or narrow one quote.`,
      { field },
    );
  return target;
}

/** The live records of a document whose quotes are not verbatim in `text`, by code. */
async function quotesBrokenBy(tx: Pick<Tx, 'recommendation'>, documentId: number, text: string) {
  const records = await tx.recommendation.findMany({
    where: { archivedAt: null, theme: { documentId } },
    select: { id: true, code: true, quote: true },
    orderBy: { code: 'asc' },
  });
  return records.filter((r) => !findQuote(text, r.quote));
}

/**
 * Makes the document's pending revision its text when no live quote would break against it; answers whether it
 * did. Audited as the catalog's own write (applySourceDocumentRevision), in the caller's transaction.
 */
export async function applyPendingRevision(tx: Tx, actor: AuditActor, documentId: number): Promise<boolean> {
  const pending = await tx.documentRevision.findFirst({ where: { documentId, state: 'PENDING' } });
  if (!pending || (await quotesBrokenBy(tx, documentId, pending.text)).length) return false;
  const doc = await tx.sourceDocument.findUniqueOrThrow({ where: { id: documentId } });
  const now = new Date();
  await tx.documentRevision.update({ where: { id: pending.id }, data: { state: 'APPLIED', appliedAt: now } });
  await tx.sourceDocument.update({
    where: { id: documentId },
    data: {
      text: pending.text,
      sections: pending.sections ?? [],
      emphasis: pending.emphasis ?? [],
      contentHash: pending.contentHash,
      mediaType: pending.mediaType,
      originalSha256: pending.originalSha256,
      revision: { increment: 1 },
    },
  });
  await recordAudit(
    tx,
    actor,
    'applySourceDocumentRevision',
    doc.slug,
    { revision: doc.revision, contentHash: doc.contentHash },
    { revision: doc.revision + 1, contentHash: pending.contentHash, documentRevisionId: pending.id },
  );
  return true;
}

export interface BrokenQuoteView {
  recommendationId: number;
  quote: string;
  closestSpan: string;
}

/** A pending revision's broken quotes, each with the span of its text most like it; none once it is decided. */
export async function brokenQuotesOf(
  db: Pick<Tx, 'recommendation'>,
  revision: { documentId: number; text: string; state: string },
): Promise<BrokenQuoteView[]> {
  if (revision.state !== 'PENDING') return [];
  const broken = await quotesBrokenBy(db, revision.documentId, revision.text);
  return broken.map((r) => ({
    recommendationId: r.id,
    quote: r.quote,
    closestSpan: closestSpan(revision.text, r.quote),
  }));
}
