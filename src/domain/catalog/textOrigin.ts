// Where each bilingual text of a record came from (../shared/docs/decisions.md, "Bilingual text"): SOURCE as
// the reviewed catalog gave it, DRAFT after any edit, REVIEWED once a named reviewer signed it. Every write
// of a text goes through draftOrigins, so no path can change a text and leave it marked reviewed.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Recommendation, TextOrigin } from '../../generated/prisma/client';
import { authorize } from '../access/auth';
import { badInput, forbidden } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { parseInput } from '../validation';
import { lockForEdit } from './stewardship';

const TEXT_FIELDS = ['titleZh', 'titleEn', 'summaryZh', 'summaryEn'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type OriginColumns = Partial<Record<`${TextField}Origin`, TextOrigin>>;

/** The origin columns to write with `data`: DRAFT for each text it sets (an empty one has no origin to speak of). */
export const draftOrigins = (data: Partial<Record<string, unknown>>): OriginColumns =>
  Object.fromEntries(
    TEXT_FIELDS.filter((f) => data[f] !== undefined && data[f] !== '').map((f) => [`${f}Origin`, 'DRAFT']),
  );

/** Recommendation.textOrigin from a row. */
export const textOriginOf = (row: Pick<Recommendation, `${TextField}Origin`>) => ({
  titleZh: row.titleZhOrigin,
  titleEn: row.titleEnOrigin,
  summaryZh: row.summaryZhOrigin,
  summaryEn: row.summaryEnOrigin,
});

const FIELD_NAMES = {
  TITLE_ZH: 'titleZh',
  TITLE_EN: 'titleEn',
  SUMMARY_ZH: 'summaryZh',
  SUMMARY_EN: 'summaryEn',
} as const;

const markSchema = z.object({
  code: z.string().max(64),
  fields: z.array(z.enum(['TITLE_ZH', 'TITLE_EN', 'SUMMARY_ZH', 'SUMMARY_EN'])).min(1, 'name at least one text'),
  expectedVersion: z.number().int().min(1).nullish(),
});

export async function markTextReviewed(ctx: AppContext, raw: z.input<typeof markSchema>) {
  const actor = authorize(ctx.actor, 'markTextReviewed');
  // Only a named human reviewer signs a text: the bootstrap token and the catalog have no account.
  if (actor.userId === null) throw forbidden('markTextReviewed needs a named account: sign in as yourself.');
  const input = parseInput(markSchema, raw);
  const fields = [...new Set(input.fields.map((f) => FIELD_NAMES[f]))];
  return inTransaction(ctx.db, async (tx) => {
    const rec = await lockForEdit(tx, input.code, input.expectedVersion);
    const empty = fields.find((f) => rec[f].trim() === '');
    if (empty) throw badInput(`${rec.code} has no ${empty} to review.`, { field: 'fields' });
    const before = Object.fromEntries(fields.map((f) => [f, rec[`${f}Origin`]]));
    const after = Object.fromEntries(fields.map((f) => [f, 'REVIEWED' as const]));
    const updated = await tx.recommendation.update({
      where: { id: rec.id },
      data: { ...Object.fromEntries(fields.map((f) => [`${f}Origin`, 'REVIEWED'])), version: { increment: 1 } },
    });
    await recordAudit(tx, actor, 'markTextReviewed', rec, before, after);
    return updated;
  });
}
