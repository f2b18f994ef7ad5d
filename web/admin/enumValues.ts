// The schema's enums that the console lists, in the order it shows them. Each list is checked against the
// generated union: a value the schema lacks, or a value the schema has and the list misses, fails the type-check.
import type { Health, OwnerKind, Pillar, RecommendationStatus } from './__generated__/operations';

/** The list itself, typed as it is, once it names every member of T. */
const every =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })) =>
    list;

export const STATUSES = every<RecommendationStatus>()([
  'NOT_STARTED',
  'PLANNED',
  'IN_PROGRESS',
  'STALLED',
  'IMPLEMENTED',
  'ABANDONED',
]);
export const HEALTHS = every<Health>()(['ON_TRACK', 'AT_RISK', 'OVERDUE', 'DONE']);
export const PILLARS = every<Pillar>()(['DEVELOPMENT', 'GOVERNANCE']);
export const OWNER_KINDS = every<OwnerKind>()([
  'MINISTRY',
  'REGULATOR',
  'LOCAL_GOVERNMENT',
  'ENTERPRISE',
  'INDUSTRY_BODY',
  'ACADEMIA',
  'INTERNATIONAL_BODY',
  'OTHER',
]);
