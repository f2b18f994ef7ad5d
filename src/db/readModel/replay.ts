// Status and progress on a past date, replayed from the log: the last entry that had happened by the end of
// that day, else the state the first *logged* entry (lowest id, whatever its occurredOn) started from (a late
// report backdated with an earlier occurredOn recorded the state at logging time), else the row itself.
// The one copy of the rule: the as-of loader, the as-of status filter and the dashboard's monthly series.
import { Prisma } from '../../generated/prisma/client';

/** The replayed value of `column` ('status' or 'progress') for the row `r` at the end of the date `day`. */
export function replayedSql(column: 'status' | 'progress', r: Prisma.Sql, day: Prisma.Sql): Prisma.Sql {
  const before = Prisma.raw(`"${column}Before"`);
  const col = Prisma.raw(`"${column}"`);
  return Prisma.sql`COALESCE(
    (SELECT u.${col} FROM "ProgressUpdate" u WHERE u."recommendationId" = ${r}.id AND u."occurredOn" <= ${day}
      ORDER BY u."occurredOn" DESC, u.id DESC LIMIT 1),
    (SELECT u.${before} FROM "ProgressUpdate" u WHERE u."recommendationId" = ${r}.id ORDER BY u.id ASC LIMIT 1),
    ${r}.${col})`;
}

/** A date parameter for `day`. */
export const dateParam = (d: Date): Prisma.Sql => Prisma.sql`${d.toISOString().slice(0, 10)}::date`;
