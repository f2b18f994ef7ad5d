// Internal notes (docs/decisions: Visibility): the one rule for what a reader may see of a log entry or an
// indicator value. Every channel that shows an entry's text to someone (the API, search, feeds, exports, pages,
// webhooks) asks here, so that the rule is written once.
// Signed-in users see everything, VIEWER accounts included. Everyone else sees an INTERNAL entry's status and
// progress change, but its note is "" and it has no evidence: the text is the part that is not for publication.
import { Prisma } from '../../generated/prisma/client';
import type { Visibility } from '../../generated/prisma/enums';
import type { Actor } from '../access/auth';

/** Who reads: a signed-in actor, or null for an anonymous reader or a channel without a user. */
export type Reader = Pick<Actor, 'role'> | null;

/** What the rule needs of an entry (a ProgressUpdate, an IndicatorValue, or a view of either). */
export interface VisibleText {
  visibility: Visibility;
  note: string;
  evidenceUrls: string[];
}

/** Whether `reader` may read internal text: every signed-in user, whatever their role. */
export const readsInternal = (reader: Reader): boolean => reader !== null;

/** Whether `reader` may see this entry's note and evidence. */
export const mayReadText = (reader: Reader, entry: Pick<VisibleText, 'visibility'>): boolean =>
  entry.visibility === 'PUBLIC' || readsInternal(reader);

/**
 * The entry as `reader` may see it: unchanged, or for an INTERNAL entry and a reader who is not signed in, its
 * note "" and no evidence links (visibility stays INTERNAL, so that a page can say "Internal note").
 */
export function visibleTo<E extends VisibleText>(reader: Reader, entry: E): E {
  return mayReadText(reader, entry) ? entry : { ...entry, note: '', evidenceUrls: [] };
}

/**
 * The same rule in SQL, for the reads that PostgreSQL answers whole (graphql/compiledQuery): an entry's note and
 * evidence links over its row `x`, as `reader` may see them.
 */
export function visibleTextSql(reader: Reader) {
  if (readsInternal(reader))
    return {
      note: (x: Prisma.Sql) => Prisma.sql`${x}."note"`,
      evidenceUrls: (x: Prisma.Sql) => Prisma.sql`${x}."evidenceUrls"`,
    };
  const published = (x: Prisma.Sql) => Prisma.sql`${x}."visibility" = 'PUBLIC'`;
  return {
    note: (x: Prisma.Sql) => Prisma.sql`(CASE WHEN ${published(x)} THEN ${x}."note" ELSE '' END)`,
    evidenceUrls: (x: Prisma.Sql) =>
      Prisma.sql`(CASE WHEN ${published(x)} THEN ${x}."evidenceUrls" ELSE '{}'::text[] END)`,
  };
}
