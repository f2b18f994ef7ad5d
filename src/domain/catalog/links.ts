// Links across documents: one measure stated in an article, ordered in a plan and implemented by a regulation
// is three records, linked. IMPLEMENTS and SUPERSEDES point from one record to the other; SAME_MEASURE and
// RELATED read both ways, so a pair holds at most one of each, whichever way it was written.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import { RecommendationLinkKind } from '../../generated/prisma/enums';
import { inTransaction } from '../../db/transaction';
import { badInput, conflict, notFound } from '../../errors';
import { authorize } from '../access/auth';
import { recordAudit } from '../audit';
import { parseInput } from '../validation';

const linkSchema = z.object({
  from: z.string().max(64),
  to: z.string().max(64),
  kind: z.enum(RecommendationLinkKind),
});
type LinkInput = z.input<typeof linkSchema>;

const SYMMETRIC: ReadonlySet<string> = new Set(['SAME_MEASURE', 'RELATED']);

async function endsOf(tx: Parameters<Parameters<typeof inTransaction>[1]>[0], input: z.output<typeof linkSchema>) {
  const [from, to] = await Promise.all(
    [input.from, input.to].map((code) => tx.recommendation.findUnique({ where: { code } })),
  );
  if (!from) throw notFound(`No recommendation ${input.from}.`);
  if (!to) throw notFound(`No recommendation ${input.to}.`);
  if (from.id === to.id) throw badInput('A record is not linked to itself.', { field: 'to' });
  const pairs = [
    { fromId: from.id, toId: to.id },
    ...(SYMMETRIC.has(input.kind) ? [{ fromId: to.id, toId: from.id }] : []),
  ];
  const existing = await tx.recommendationLink.findFirst({ where: { kind: input.kind, OR: pairs } });
  return { from, to, existing };
}

export async function linkRecommendations(ctx: AppContext, raw: LinkInput) {
  const actor = authorize(ctx.actor, 'linkRecommendations');
  const input = parseInput(linkSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const { from, to, existing } = await endsOf(tx, input);
    if (existing) throw conflict(`${input.from} and ${input.to} are already linked ${input.kind}.`);
    await tx.recommendationLink.create({
      data: { fromId: from.id, toId: to.id, kind: input.kind, createdBy: actor.name },
    });
    await recordAudit(tx, actor, 'linkRecommendations', from, null, { to: to.code, kind: input.kind });
    return from;
  });
}

export async function unlinkRecommendations(ctx: AppContext, raw: LinkInput) {
  const actor = authorize(ctx.actor, 'unlinkRecommendations');
  const input = parseInput(linkSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const { from, to, existing } = await endsOf(tx, input);
    if (!existing) throw notFound(`${input.from} and ${input.to} are not linked ${input.kind}.`);
    await tx.recommendationLink.delete({ where: { id: existing.id } });
    await recordAudit(tx, actor, 'unlinkRecommendations', from, { to: to.code, kind: input.kind }, null);
    return from;
  });
}

export interface LinkView {
  kind: RecommendationLinkKind;
  direction: 'OUTGOING' | 'INCOMING';
  otherId: number;
}

/** A record's links, both ways, in the order they were made: batched across a page (loaders.links). */
export async function linksOf(ctx: AppContext, recommendationId: number): Promise<LinkView[]> {
  const rows = await ctx.loaders.links.load(recommendationId);
  return rows.map((l) =>
    l.fromId === recommendationId
      ? { kind: l.kind, direction: 'OUTGOING', otherId: l.toId }
      : { kind: l.kind, direction: 'INCOMING', otherId: l.fromId },
  );
}

/**
 * How many measures these records are: records joined by SAME_MEASURE links (directly or through others among
 * them) count once. One statement, then a union-find over the links.
 */
export async function distinctMeasures(db: Db, ids: readonly number[]): Promise<number> {
  if (ids.length < 2) return ids.length;
  const links = await db.recommendationLink.findMany({
    where: { kind: 'SAME_MEASURE', fromId: { in: [...ids] }, toId: { in: [...ids] } },
    select: { fromId: true, toId: true },
  });
  const parent = new Map<number, number>();
  const root = (id: number): number => {
    let r = id;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  let merged = 0;
  for (const { fromId, toId } of links) {
    const [a, b] = [root(fromId), root(toId)];
    if (a !== b) {
      parent.set(a, b);
      merged++;
    }
  }
  return ids.length - merged;
}

/** The documents, other than its own, of the records linked to this one as the same measure (loaders.alsoIn). */
export const alsoIn = (ctx: AppContext, recommendationId: number) => ctx.loaders.alsoIn.load(recommendationId);
