// Turns the API's RecommendationFilter into one Prisma `where`, shared by lists, counts and the dashboard.
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import type { AppContext } from '../context';
import { healthWhere, HEALTHS, type Health } from './health';
import { parseInput } from './validation';

const STATUSES = ['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'STALLED', 'IMPLEMENTED', 'ABANDONED'] as const;

const filterSchema = z
  .object({
    status: z.array(z.enum(STATUSES)).max(10).nullish(),
    theme: z.array(z.string().max(64)).max(50).nullish(),
    pillar: z.enum(['GOVERNANCE', 'DEVELOPMENT']).nullish(),
    search: z.string().max(200, 'search may be at most 200 characters').nullish(),
    owner: z.array(z.string().max(200)).max(50).nullish(),
    health: z
      .array(z.enum(HEALTHS as [Health, ...Health[]]))
      .max(4)
      .nullish(),
    updatedSince: z.date().nullish(),
    document: z.string().max(200).nullish(),
    includeArchived: z.boolean().nullish(),
  })
  .nullish();

export type RecommendationFilterInput = z.input<typeof filterSchema>;

/** Validates a filter (BAD_USER_INPUT naming the field) before any statement runs. */
export const parseFilter = (input: RecommendationFilterInput) => parseInput(filterSchema, input) ?? {};

/** For a filter with no criterion but `includeArchived`, that flag; otherwise null (the list reads by Prisma's `where`). */
export function plainFilter(input: RecommendationFilterInput): { includeArchived: boolean } | null {
  const { includeArchived, ...criteria } = parseFilter(input);
  return Object.values(criteria).every((v) => v == null) ? { includeArchived: !!includeArchived } : null;
}

/**
 * `statusIds`, when given, replaces the status criterion with the ids whose status matched elsewhere
 * (as of a past date, see asOf.ts).
 */
export function buildRecommendationWhere(
  ctx: AppContext,
  input: RecommendationFilterInput,
  statusIds?: number[],
): Prisma.RecommendationWhereInput {
  const f = parseFilter(input);
  const and: Prisma.RecommendationWhereInput[] = [];
  if (!f.includeArchived) and.push({ archivedAt: null });
  if (statusIds) and.push({ id: { in: statusIds } });
  else if (f.status) and.push({ status: { in: f.status } });
  if (f.theme) and.push({ theme: { code: { in: f.theme } } });
  if (f.pillar) and.push({ theme: { pillar: f.pillar } });
  if (f.document) and.push({ theme: { document: { slug: f.document } } });
  if (f.owner) and.push({ owners: { some: { owner: { name: { in: f.owner } } } } });
  if (f.updatedSince) and.push({ updatedAt: { gte: f.updatedSince } });
  if (f.health) and.push({ OR: f.health.map((h) => healthWhere(h, ctx.now, ctx.config.health)) });
  const search = f.search?.trim();
  if (search) {
    // ILIKE on each text column: a Chinese substring such as 沙盒 matches with no word segmentation.
    // Prisma passes `contains` to LIKE unescaped, so a bare `%` would match every record.
    const like = { contains: search.replace(/[\\%_]/g, '\\$&'), mode: 'insensitive' as const };
    and.push({
      OR: [
        { code: like },
        { titleZh: like },
        { titleEn: like },
        { summaryEn: like },
        { quote: like },
        { theme: { OR: [{ nameZh: like }, { nameEn: like }] } },
      ],
    });
  }
  return and.length ? { AND: and } : {};
}
