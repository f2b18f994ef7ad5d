// The unfiltered list page by raw SQL. Reading it through `findMany` spent more CPU in Prisma's query
// compiler and result mapping than in everything else the page needs from the database (docs/performance.md);
// a filtered list keeps Prisma's `where`, which this file does not try to reproduce.
import { Prisma, type Recommendation } from '../generated/prisma/client';
import type { AppContext } from '../context';
import type { CursorKey } from './cursor';

export type PageColumn = 'code' | 'updatedAt' | 'progress' | 'targetDate';

export interface PlainPageArgs {
  col: PageColumn;
  dir: 'asc' | 'desc';
  key: CursorKey | null;
  take: number;
  includeArchived: boolean;
}

/** The cursor's value as the column's type: dates travel as ISO instants, stored as UTC wall time. */
const valueOf = (col: PageColumn, v: string | number) =>
  col === 'updatedAt' ? Prisma.sql`(${String(v)}::timestamptz AT TIME ZONE 'UTC')`
    : col === 'targetDate' ? Prisma.sql`(${String(v)}::timestamptz AT TIME ZONE 'UTC')::date`
      : col === 'progress' ? Prisma.sql`${Number(v)}::int` : Prisma.sql`${String(v)}::text`;

/** Rows strictly after the cursor in (column, id) order; NULL target dates sort last either way, as in Prisma's path. */
function afterCursor(col: PageColumn, dir: 'asc' | 'desc', key: CursorKey): Prisma.Sql {
  const c = Prisma.raw(`"${col}"`);
  const op = Prisma.raw(dir === 'asc' ? '>' : '<');
  if (key.v === null) return Prisma.sql`${c} IS NULL AND id ${op} ${key.id}::int`;
  const v = valueOf(col, key.v);
  const nulls = col === 'targetDate' ? Prisma.sql` OR ${c} IS NULL` : Prisma.empty;
  return Prisma.sql`(${c} ${op} ${v} OR (${c} = ${v} AND id ${op} ${key.id}::int)${nulls})`;
}

export async function readPlainPage(ctx: AppContext, a: PlainPageArgs): Promise<Recommendation[]> {
  const conditions = [
    ...(a.includeArchived ? [] : [Prisma.sql`"archivedAt" IS NULL`]),
    ...(a.key ? [afterCursor(a.col, a.dir, a.key)] : []),
  ];
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
  const dir = Prisma.raw(a.dir === 'asc' ? 'ASC' : 'DESC');
  const nulls = a.col === 'targetDate' ? Prisma.raw(' NULLS LAST') : Prisma.empty;
  return ctx.db.$queryRaw<Recommendation[]>`
    SELECT id, code, "themeId", "titleZh", "titleEn", "summaryEn", quote, status, progress, version,
      "targetDate", "lastProgressAt", "archivedAt", "createdAt", "updatedAt"
    FROM "Recommendation" ${where}
    ORDER BY ${Prisma.raw(`"${a.col}"`)} ${dir}${nulls}, id ${dir}
    LIMIT ${a.take}::int`;
}
