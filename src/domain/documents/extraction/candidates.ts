// Running the extraction on a stored document and keeping its candidates: a run proposes afresh, but a decided
// candidate stays as it was and is never proposed again, nor is a span a live record already quotes; an open
// candidate proposed again keeps its row. A run that fails marks its own document FAILED, with the reason, and
// writes nothing else. Reads: a document's candidates (a Relay connection), its coverage and its extraction.
import { z } from 'zod';
import type { AppContext } from '../../../context';
import type { Db, TxDb } from '../../../db/client';
import { inTransaction } from '../../../db/transaction';
import type { Candidate, CandidateState, Prisma } from '../../../generated/prisma/client';
import { authorize } from '../../access/auth';
import { recordAudit } from '../../audit';
import { badInput, notFound } from '../../../errors';
import { idOrderedPage } from '../../paging/idOrderedPage';
import type { ConnectionArgs } from '../../paging/connection';
import type { Ordering } from '../../../db/readModel/keyset';
import { rowIdOf } from '../../globalId';
import { extractCandidates, type ExtractedCandidate } from './extract';
import { findQuote } from '../../catalog/quoteCheck';

interface Span {
  start: number;
  end: number;
}

const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
const storedLayout = z.object({
  sections: z.array(spanSchema.extend({ heading: z.string() })),
  emphasis: z.array(spanSchema),
});

/** An error whose message an admin can act on: the reason a FAILED extraction shows. */
class ExtractionFailure extends Error {}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const sameSpan = (a: Span & { quote: string }, b: Span & { quote: string }) =>
  a.start === b.start && a.end === b.end && a.quote === b.quote;

interface StoredDocument {
  id: number;
  slug: string;
  text: string;
  language: string;
  sections: Prisma.JsonValue;
  emphasis: Prisma.JsonValue;
  themes: { id: number; nameZh: string; nameEn: string }[];
}

/** The document's candidates as the rules propose them; throws ExtractionFailure on a document they cannot read. */
function propose(doc: StoredDocument): ExtractedCandidate[] {
  if (!doc.text.trim()) throw new ExtractionFailure('The document has no text to extract candidates from.');
  const layout = storedLayout.safeParse({ sections: doc.sections, emphasis: doc.emphasis });
  if (!layout.success)
    throw new ExtractionFailure(
      "The document's stored sections or emphasis are not lists of spans: re-add or revise it.",
    );
  const outside = [...layout.data.sections, ...layout.data.emphasis].find(
    (s) => s.end > doc.text.length || s.start > s.end,
  );
  if (outside) throw new ExtractionFailure(`A stored span (${outside.start}–${outside.end}) lies outside the text.`);
  return extractCandidates({ text: doc.text, language: doc.language, ...layout.data });
}

/** The theme named as the candidate's paragraph or section is, when exactly one of the document's is. */
function themeFor(doc: StoredDocument, name: string | null): number | null {
  if (!name) return null;
  const named = doc.themes.filter((t) => t.nameZh === name || t.nameEn === name);
  return named.length === 1 ? named[0]!.id : null;
}

/** Where the document's live top-level records quote it: spans no candidate is proposed over again. */
async function recordSpans(tx: TxDb, doc: StoredDocument): Promise<Span[]> {
  const records = await tx.recommendation.findMany({
    where: { theme: { documentId: doc.id }, archivedAt: null },
    select: { quote: true },
  });
  return records.flatMap((r) => findQuote(doc.text, r.quote) ?? []);
}

export interface ExtractionRun {
  proposed: number;
  added: number;
  kept: number;
  removed: number;
}

/** Writes one successful run's candidates, under the document's row lock so that two runs take turns. */
async function storeRun(tx: TxDb, doc: StoredDocument, found: ExtractedCandidate[], now: Date): Promise<ExtractionRun> {
  await tx.$queryRaw`SELECT id FROM "SourceDocument" WHERE id = ${doc.id} FOR UPDATE`;
  const existing = await tx.candidate.findMany({ where: { documentId: doc.id } });
  const open = existing.filter((c) => c.state === 'OPEN');
  const taken: Span[] = [...existing.filter((c) => c.state !== 'OPEN'), ...(await recordSpans(tx, doc))];
  const fresh = found.filter((f) => !taken.some((t) => overlaps(t, f)));
  const kept = open.filter((o) => fresh.some((f) => sameSpan(o, f)));
  const removed = open.filter((o) => !kept.includes(o));
  const added = fresh.filter((f) => !open.some((o) => sameSpan(o, f)));
  if (removed.length) await tx.candidate.deleteMany({ where: { id: { in: removed.map((c) => c.id) } } });
  await tx.candidate.createMany({
    data: added.map((f) => ({
      documentId: doc.id,
      quote: f.quote,
      start: f.start,
      end: f.end,
      sectionHeading: f.sectionHeading,
      suggestedThemeId: themeFor(doc, f.suggestedTheme),
      suggestedTitle: f.suggestedTitle,
      confidence: f.confidence,
      reason: f.reason,
    })),
  });
  await tx.sourceDocument.update({
    where: { id: doc.id },
    data: { extractionState: 'SUCCEEDED', extractionFailure: null, extractedAt: now },
  });
  return { proposed: found.length, added: added.length, kept: kept.length, removed: removed.length };
}

const readDocument = (db: Db | TxDb, id: number) =>
  db.sourceDocument.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      text: true,
      language: true,
      sections: true,
      emphasis: true,
      themes: { select: { id: true, nameZh: true, nameEn: true } },
    },
  });

/** Why a run failed, in words: its own reason, or a generic one (the detail goes to the log, not to readers). */
const failureOf = (error: unknown) =>
  error instanceof ExtractionFailure ? error.message : 'The extraction failed unexpectedly; see the server log.';

/**
 * Runs the extraction on one document and stores the result; on failure marks that document FAILED with the
 * reason and changes nothing else. `audit` records the run as its actor's write (the mutation; the job has none).
 */
export async function runExtraction(
  db: Db,
  documentId: number,
  now: Date,
  audit?: { actor: Parameters<typeof recordAudit>[1] },
  log?: { error: (obj: object, msg: string) => void },
): Promise<{ ok: true; run: ExtractionRun } | { ok: false; failure: string }> {
  const doc = await readDocument(db, documentId);
  if (!doc) throw notFound('No such document.');
  try {
    const found = propose(doc);
    const run = await inTransaction(db, async (tx) => {
      const result = await storeRun(tx, doc, found, now);
      if (audit) await recordAudit(tx, audit.actor, 'extractCandidates', doc.slug, null, result);
      return result;
    });
    return { ok: true, run };
  } catch (error) {
    if (!(error instanceof ExtractionFailure)) log?.error({ err: error, documentId }, 'candidate extraction failed');
    const failure = failureOf(error);
    await inTransaction(db, async (tx) => {
      await tx.sourceDocument.update({
        where: { id: documentId },
        data: { extractionState: 'FAILED', extractionFailure: failure },
      });
      if (audit) await recordAudit(tx, audit.actor, 'extractCandidates', doc.slug, null, { failure });
    });
    return { ok: false, failure };
  }
}

/** `extractCandidates(documentId:)`: the run, at once, for an admin; answers the document as it now stands. */
export async function extractCandidatesNow(ctx: AppContext, documentId: string) {
  const actor = authorize(ctx.actor, 'extractCandidates');
  const id = rowIdOf('SourceDocument', documentId);
  if (id === null) throw badInput('documentId must be the id of a SourceDocument.', { field: 'documentId' });
  if (!(await ctx.db.sourceDocument.findUnique({ where: { id }, select: { id: true } })))
    throw notFound('No such document.');
  await runExtraction(ctx.db, id, ctx.now, { actor }, ctx.log);
  return ctx.db.sourceDocument.findUniqueOrThrow({ where: { id } });
}

// ---- Reads ----------------------------------------------------------------------------------------------------

/** In the order they were proposed (text order within one run); cursors carry the id alone. */
const CANDIDATE_ORDER: Ordering = { col: null, dir: 'asc' };

export type CandidatePage = Awaited<ReturnType<typeof candidatesOf>>;

export function candidatesOf(
  ctx: AppContext,
  documentId: number,
  args: ConnectionArgs & { state?: CandidateState | null },
) {
  const where: Prisma.CandidateWhereInput = { documentId, ...(args.state && { state: args.state }) };
  return idOrderedPage<Prisma.CandidateWhereInput, Candidate>(args, CANDIDATE_ORDER, where, {
    rows: (w, orderBy, take) =>
      ctx.db.candidate.findMany({ where: w, orderBy: orderBy as Prisma.CandidateOrderByWithRelationInput[], take }),
    count: (w) => ctx.db.candidate.count({ where: w }),
    exists: async (w) => !!(await ctx.db.candidate.findFirst({ where: w, select: { id: true } })),
  });
}

/** "31 of 34 candidates decided; 28 records": the records are the document's live top-level ones. */
export async function coverageOf(ctx: AppContext, documentId: number) {
  const [byState, records] = await Promise.all([
    ctx.db.candidate.groupBy({ by: ['state'], where: { documentId }, _count: { _all: true } }),
    ctx.db.recommendation.count({ where: { theme: { documentId }, archivedAt: null } }),
  ]);
  const count = (pick: (s: CandidateState) => boolean) =>
    byState.filter((g) => pick(g.state)).reduce((n, g) => n + g._count._all, 0);
  return { candidates: count(() => true), decided: count((s) => s !== 'OPEN'), records };
}
