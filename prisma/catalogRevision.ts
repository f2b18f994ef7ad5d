// Brings a running database from one revision of the reviewed catalog to a newer one. Only what the revision
// changed is applied, each change as an audited curation edit by the actor "catalog": titles, summaries, quotes
// (with a QuoteRevision), themes and theme names; withdrawn records are archived, never deleted. A text the
// revision changes takes the origin the file gives it (DRAFT until a named reviewer marks it). Status, progress, the log,
// owners and target dates are never touched, and a field a curator has edited since is left as they set it.
import type { Prisma } from '../src/generated/prisma/client';
import type { Actor } from '../src/domain/access/auth';
import { UNSCOPED } from '../src/domain/scope';
import { recordAudit } from '../src/domain/audit';
import { allRecords, revisionOf, type CatalogFile, type CatalogRecord, type OriginField } from './catalogFile';

type Tx = Prisma.TransactionClient;

export interface RevisionResult {
  from: number;
  to: number;
  /** Records whose text or theme the revision changed. */
  edited: string[];
  /** Records the revision withdrew (split ones included), now archived. */
  archived: string[];
  /** Records new in the revision (a split's successors). */
  created: string[];
  /** Fields left alone because a curator changed them after the previous revision: `CODE.field`. */
  keptLocalEdits: string[];
}

const TEXT_FIELDS = ['titleZh', 'titleEn', 'summaryZh', 'summaryEn', 'quote'] as const;
// A record written before revision 3 has no summaryZh: the column's default.
const textOf = (r: CatalogRecord, field: (typeof TEXT_FIELDS)[number]) => r[field] ?? '';

/** The origin columns a revision sets along with the texts it changes (SOURCE when the file marks none). */
export const originsOf = (rec: CatalogRecord, fields: string[]) =>
  Object.fromEntries(
    fields
      .filter((f): f is OriginField => f !== 'quote' && f !== 'themeId')
      .map((f) => [`${f}Origin`, rec.textOrigin?.[f] ?? 'SOURCE']),
  );

export async function applyCatalogRevision(
  tx: Tx,
  previous: CatalogFile,
  next: CatalogFile,
  createdCodes: string[],
): Promise<RevisionResult> {
  const to = revisionOf(next);
  const actor: Actor = { userId: null, name: 'catalog', role: 'ADMIN', via: `catalog revision ${to}`, scope: UNSCOPED };
  const result: RevisionResult = {
    from: revisionOf(previous),
    to,
    edited: [],
    archived: [],
    created: [],
    keptLocalEdits: [],
  };
  await reviseDocument(tx, actor, previous, next);
  await reviseThemes(tx, actor, previous, next);
  const before = new Map(allRecords(previous).map((r) => [r.code, r]));
  const withdrawn = new Map((next.withdrawn ?? []).map((w) => [w.code, w]));
  for (const rec of allRecords(next)) {
    const old = before.get(rec.code);
    if (!old) {
      if (createdCodes.includes(rec.code)) await auditCreation(tx, actor, rec, result);
      continue;
    }
    await reviseRecord(tx, actor, old, rec, result);
  }
  // A code that vanished from the file is withdrawn too: a record is never deleted.
  const listed = new Set(allRecords(next).map((r) => r.code));
  const dropped = [...before.keys()].filter((code) => !listed.has(code));
  const withdrawals = [
    ...[...withdrawn.values()].map((w) => ({ code: w.code, reason: w.reason })),
    ...dropped.map((code) => ({ code, reason: `Not in catalog revision ${to}.` })),
  ];
  for (const w of withdrawals) await archiveWithdrawn(tx, actor, w.code, w.reason, result);
  return result;
}

async function reviseRecord(tx: Tx, actor: Actor, old: CatalogRecord, rec: CatalogRecord, result: RevisionResult) {
  const row = await tx.recommendation.findUniqueOrThrow({ where: { code: rec.code }, include: { theme: true } });
  const data: Record<string, string | number> = {};
  const before: Record<string, string> = {};
  const after: Record<string, string> = {};
  for (const field of TEXT_FIELDS) {
    // Unchanged by the revision, or already as the revision has it: nothing to do.
    const [was, now] = [textOf(old, field), textOf(rec, field)];
    if (was === now || row[field] === now) continue;
    if (row[field] !== was) result.keptLocalEdits.push(`${rec.code}.${field}`);
    else [data[field], before[field], after[field]] = [now, row[field], now];
  }
  if (old.theme !== rec.theme && row.theme.code !== rec.theme) {
    if (row.theme.code !== old.theme) result.keptLocalEdits.push(`${rec.code}.theme`);
    else {
      data.themeId = (await tx.theme.findUniqueOrThrow({ where: { code: rec.theme } })).id;
      [before.theme, after.theme] = [old.theme, rec.theme];
    }
  }
  if (Object.keys(data).length === 0) return;
  if (data.quote !== undefined) {
    await tx.quoteRevision.create({
      data: {
        recommendationId: row.id,
        previousQuote: row.quote,
        newQuote: rec.quote,
        reason: `Catalog revision ${result.to}`,
        actorName: actor.name,
      },
    });
  }
  const origins = originsOf(rec, Object.keys(data));
  await tx.recommendation.update({
    where: { id: row.id },
    data: { ...data, ...origins, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, 'updateRecommendation', row, before, after);
  result.edited.push(rec.code);
}

async function archiveWithdrawn(tx: Tx, actor: Actor, code: string, reason: string, result: RevisionResult) {
  const row = await tx.recommendation.findUnique({ where: { code } });
  if (!row || row.archivedAt) return;
  const archivedAt = new Date();
  await tx.recommendation.update({ where: { id: row.id }, data: { archivedAt, version: { increment: 1 } } });
  await recordAudit(tx, actor, 'archiveRecommendation', row, { archivedAt: null }, { archivedAt, reason });
  result.archived.push(code);
}

async function auditCreation(tx: Tx, actor: Actor, rec: CatalogRecord, result: RevisionResult) {
  const { code, theme, titleZh, titleEn, summaryEn, summaryZh, quote, splitFrom } = rec;
  const created = await tx.recommendation.findUniqueOrThrow({ where: { code } });
  await recordAudit(tx, actor, 'createRecommendation', created, null, {
    ...{ code, theme, titleZh, titleEn, summaryEn, quote },
    ...(summaryZh && { summaryZh }),
    ...(splitFrom && { splitFrom }),
  });
  result.created.push(code);
}

async function reviseDocument(tx: Tx, actor: Actor, previous: CatalogFile, next: CatalogFile) {
  const row = await tx.sourceDocument.findUniqueOrThrow({ where: { slug: next.document.slug } });
  const changes = (['titleZh', 'titleEn'] as const).filter(
    (f) => previous.document[f] !== next.document[f] && row[f] === previous.document[f],
  );
  if (changes.length === 0) return;
  await tx.sourceDocument.update({
    where: { id: row.id },
    data: Object.fromEntries(changes.map((f) => [f, next.document[f]])),
  });
  await recordAudit(
    tx,
    actor,
    'updateSourceDocument',
    row.slug,
    Object.fromEntries(changes.map((f) => [f, row[f]])),
    Object.fromEntries(changes.map((f) => [f, next.document[f]])),
  );
}

/** Theme names the revision corrected, unless a curator renamed the theme since. */
async function reviseThemes(tx: Tx, actor: Actor, previous: CatalogFile, next: CatalogFile) {
  const before = new Map(previous.themes.map((t) => [t.code, t]));
  for (const theme of next.themes) {
    const old = before.get(theme.code);
    const row = old && (await tx.theme.findUnique({ where: { code: theme.code } }));
    if (!old || !row) continue;
    const changes = (['nameZh', 'nameEn'] as const).filter((f) => old[f] !== theme[f] && row[f] === old[f]);
    if (changes.length === 0) continue;
    await tx.theme.update({ where: { id: row.id }, data: Object.fromEntries(changes.map((f) => [f, theme[f]])) });
    await recordAudit(
      tx,
      actor,
      'updateTheme',
      theme.code,
      Object.fromEntries(changes.map((f) => [f, row[f]])),
      Object.fromEntries(changes.map((f) => [f, theme[f]])),
    );
  }
}
