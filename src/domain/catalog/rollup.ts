// Roll-ups: how a parent's progress follows its actions' (issue 23). The arithmetic is here once, for the reads
// (Recommendation.rollup, and progress as of a date) and for the writes that keep a parent's stored progress
// current (after a child's entry, archiving, restoring or creation, and setRollup). The rules, documented in the
// methodology ("Roll-up rules"):
// - archived children and ABANDONED ones do not count; under WEIGHTED_MEAN neither does a child weighted 0;
// - a child counts with its own progress, which is its own roll-up's result when it is a parent itself;
// - MEAN and WEIGHTED_MEAN round to a whole percentage (half up), MIN takes the least;
// - with no counted child there is no result, and the parent keeps the progress it had (as under MANUAL).
import { z } from 'zod';
import type { Prisma, Recommendation, RollupRule } from '../../generated/prisma/client';
import type { AppContext, WriteContext } from '../../context';
import { authorize } from '../access/auth';
import { badInput } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { ancestorNodes, lockChain, writeRolledUp, type RollupNode } from '../../db/readModel/rollup';
import { parseInput } from '../validation';
import { lockForEdit } from './stewardship';

type Tx = Prisma.TransactionClient;

const ROLLUP_RULES = ['MEAN', 'WEIGHTED_MEAN', 'MIN', 'MANUAL'] as const satisfies readonly RollupRule[];

type Excluded = 'ARCHIVED' | 'ABANDONED' | 'ZERO_WEIGHT';

interface RollupInputRow {
  code: string;
  weight: number;
  progress: number;
  counted: boolean;
  excludedBecause: Excluded | null;
}

export interface Rollup {
  rule: RollupRule;
  version: number;
  inputs: RollupInputRow[];
  result: number | null;
}

type Child = Pick<RollupNode, 'code' | 'progress' | 'status' | 'archived'>;

/** A whole percentage from a mean: half up, after trimming floating-point noise (2.5 → 3, not 2.4999… → 2). */
const roundPercent = (x: number) => Math.round(Number(x.toFixed(9)));

/** The rule applied to `children` (in code order) with `weights` (by code): every input and the result. */
function rollupOf(
  rule: RollupRule,
  version: number,
  weights: readonly { code: string; weight: number }[],
  children: readonly Child[],
): Rollup {
  const weightOf = new Map(weights.map((w) => [w.code, w.weight]));
  const inputs = children.map((c): RollupInputRow => {
    const weight = rule === 'WEIGHTED_MEAN' ? (weightOf.get(c.code) ?? 1) : 1;
    const excludedBecause: Excluded | null = c.archived
      ? 'ARCHIVED'
      : c.status === 'ABANDONED'
        ? 'ABANDONED'
        : weight === 0
          ? 'ZERO_WEIGHT'
          : null;
    return { code: c.code, weight, progress: c.progress, counted: excludedBecause === null, excludedBecause };
  });
  const counted = inputs.filter((i) => i.counted);
  let result: number | null = null;
  if (rule !== 'MANUAL' && counted.length) {
    if (rule === 'MIN') result = Math.min(...counted.map((i) => i.progress));
    else {
      const total = counted.reduce((sum, i) => sum + i.weight, 0);
      result = roundPercent(counted.reduce((sum, i) => sum + i.weight * i.progress, 0) / total);
    }
  }
  return { rule, version, inputs, result };
}

/**
 * The roll-ups of every node of a tree (or several), bottom-up: each parent's inputs carry its children's
 * progress as rolled up themselves. With `nodes` read as of a date, that is the tree as it was then.
 */
function evaluateTree(nodes: readonly RollupNode[]): Map<number, { rollup: Rollup; progress: number }> {
  const children = new Map<number, RollupNode[]>();
  for (const n of nodes) if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  const out = new Map<number, { rollup: Rollup; progress: number }>();
  const visit = (n: RollupNode): number => {
    const done = out.get(n.id);
    if (done) return done.progress;
    const kids = (children.get(n.id) ?? []).map((c) => ({ ...c, progress: visit(c) }));
    const rollup = rollupOf(n.rule, n.version, n.weights, kids);
    const progress = rollup.result ?? n.progress;
    out.set(n.id, { rollup, progress });
    return progress;
  };
  nodes.forEach(visit);
  return out;
}

/** Whether a record shows a roll-up: it has children, or once had a rule set. */
const showsRollup = (rollup: Rollup) => rollup.inputs.length > 0 || rollup.version > 0;

const PERCENT = (p: number) => `${p}%`;
const RULE_WORDS = {
  MEAN: { en: 'mean', zh: '平均' },
  WEIGHTED_MEAN: { en: 'weighted mean', zh: '加权平均' },
  MIN: { en: 'least', zh: '最小值' },
  MANUAL: { en: 'manual', zh: '手动' },
} as const satisfies Record<RollupRule, { en: string; zh: string }>;
const EXCLUDED_WORDS = {
  ARCHIVED: { en: 'archived', zh: '已归档' },
  ABANDONED: { en: 'abandoned', zh: '已放弃' },
  ZERO_WEIGHT: { en: 'weight 0', zh: '权重为 0' },
} as const satisfies Record<Excluded, { en: string; zh: string }>;

/** The arithmetic in words ("43% = weighted mean of: A.1 50% × 2, A.2 30% × 1; not counted: A.3 (archived)"). */
function explainRollup(r: Rollup, lang: 'en' | 'zh'): string {
  const zh = lang === 'zh';
  if (r.rule === 'MANUAL') return zh ? '进度为手动填写（不汇总）' : 'Progress is typed by hand (no roll-up)';
  const term = (i: RollupInputRow) =>
    `${i.code} ${PERCENT(i.progress)}${r.rule === 'WEIGHTED_MEAN' ? ` × ${i.weight}` : ''}`;
  const counted = r.inputs.filter((i) => i.counted).map(term);
  const left = r.inputs.filter((i) => !i.counted).map((i) => `${i.code} (${EXCLUDED_WORDS[i.excludedBecause!][lang]})`);
  const leftText = left.length ? (zh ? `；不计：${left.join('、')}` : `; not counted: ${left.join(', ')}`) : '';
  if (r.result === null) return (zh ? '无结果：没有计入的子行动' : 'No result: no child counts') + leftText;
  return zh
    ? `${PERCENT(r.result)} = ${RULE_WORDS[r.rule].zh}：${counted.join('、')}${leftText}`
    : `${PERCENT(r.result)} = ${RULE_WORDS[r.rule].en} of: ${counted.join(', ')}${leftText}`;
}

/**
 * Recomputes the roll-ups above (and at) the record `id` after it changed, bottom-up, and writes the parents'
 * progress that moved: three statements however deep the tree (lock the chain, read it, write it). Returns the
 * new progress by record id.
 */
export async function refreshRollups(tx: Tx, id: number): Promise<Map<number, number>> {
  await lockChain(tx, id);
  const nodes = await ancestorNodes(tx, id);
  const byId = new Map(nodes.map((n) => [n.id, { ...n }]));
  const changed = new Map<number, number>();
  // The chain from the record up: each step reads its children's progress as updated by the step before.
  for (let n = byId.get(id); n; n = n.parentId === null ? undefined : byId.get(n.parentId)) {
    if (n.rule === 'MANUAL') continue;
    const kids = nodes.filter((c) => c.parentId === n!.id).map((c) => byId.get(c.id)!);
    const { result } = rollupOf(n.rule, n.version, n.weights, kids);
    if (result !== null && result !== n.progress) {
      n.progress = result;
      changed.set(n.id, result);
    }
  }
  await writeRolledUp(
    tx,
    [...changed].map(([rid, progress]) => ({ id: rid, progress })),
  );
  return changed;
}

const setRollupSchema = z.object({
  code: z.string().max(64),
  rule: z.enum(ROLLUP_RULES),
  weights: z
    .array(
      z.object({
        code: z.string().max(64),
        weight: z
          .number({ message: 'must be a number' })
          .refine((w) => Number.isFinite(w), 'must be a number')
          .refine((w) => w >= 0, 'must not be negative')
          .refine((w) => w <= 1_000_000, 'must be at most 1000000'),
      }),
    )
    .max(500, 'at most 500 weights')
    .nullish()
    .transform((w) => w ?? []),
  expectedVersion: z.number().int().min(1).nullish(),
});

/** setRollup: a new version of the parent's rule and weights, audited, and its progress recomputed at once. */
export async function setRollup(ctx: WriteContext, raw: z.input<typeof setRollupSchema>): Promise<Recommendation> {
  const actor = authorize(ctx.actor, 'setRollup');
  const input = parseInput(setRollupSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const rec = await lockForEdit(tx, input.code, input.expectedVersion);
    const nodes = await ancestorNodes(tx, rec.id);
    const children = nodes.filter((n) => n.parentId === rec.id);
    if (!children.length)
      throw badInput(`${rec.code} has no actions: a roll-up needs children (add one with parentCode).`, {
        field: 'rule',
      });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const ancestors = new Set<string>();
    for (let n = byId.get(rec.id); n; n = n.parentId === null ? undefined : byId.get(n.parentId)) ancestors.add(n.code);
    const childCodes = new Set(children.map((c) => c.code));
    const seen = new Set<string>();
    input.weights.forEach((w, i) => {
      const field = `weights.${i}.code`;
      // A weight on the record itself or an ancestor would make it roll up from itself: a cycle.
      if (ancestors.has(w.code))
        throw badInput(`${w.code} is ${rec.code} or above it: a roll-up over it would be a cycle.`, { field });
      if (!childCodes.has(w.code)) throw badInput(`${w.code} is not an action of ${rec.code}.`, { field });
      if (seen.has(w.code)) throw badInput(`${w.code} is weighted twice.`, { field });
      seen.add(w.code);
    });
    const version = rec.rollupVersion + 1;
    await tx.rollupRevision.create({
      data: { recommendationId: rec.id, version, rule: input.rule, weights: input.weights, actorName: actor.name },
    });
    await tx.recommendation.update({
      where: { id: rec.id },
      data: { rollupRule: input.rule, rollupVersion: version, version: { increment: 1 } },
    });
    await refreshRollups(tx, rec.id);
    const updated = await tx.recommendation.findUniqueOrThrow({ where: { id: rec.id } });
    await recordAudit(
      tx,
      actor,
      'setRollup',
      rec,
      { rule: rec.rollupRule, rollupVersion: rec.rollupVersion, progress: rec.progress },
      { rule: input.rule, rollupVersion: version, weights: input.weights, progress: updated.progress },
    );
    return updated;
  });
}

const evaluated = new WeakMap<readonly RollupNode[], ReturnType<typeof evaluateTree>>();

/**
 * A record's roll-up and rolled-up progress, now or as of its row's date: one statement for a page of records
 * however deep their trees (the loader reads their subtrees at once).
 */
export async function rollupRead(
  ctx: AppContext,
  r: { id: number; asOf?: Date | null },
): Promise<{ rollup: Rollup; progress: number } | null> {
  const nodes = await ctx.loaders.rollupTrees(r.asOf ?? null).load(r.id);
  if (!evaluated.has(nodes)) evaluated.set(nodes, evaluateTree(nodes));
  return evaluated.get(nodes)!.get(r.id) ?? null;
}

/** Recommendation.rollup: the rule, the inputs, the result and the arithmetic in words; null when none shows. */
export async function rollupView(ctx: AppContext, r: { id: number; asOf?: Date | null }) {
  const read = await rollupRead(ctx, r);
  if (!read || !showsRollup(read.rollup)) return null;
  return {
    ...read.rollup,
    explanationEn: explainRollup(read.rollup, 'en'),
    explanationZh: explainRollup(read.rollup, 'zh'),
  };
}

/** The end of the day `asOf` (UTC): a record created by then existed as of that date. */
export const existedBy = (createdAt: Date, asOf: Date) => createdAt.getTime() < asOf.getTime() + 86_400_000;
