// A connection over one table whose only order is its id (the audit trail, the review queue, a webhook's
// deliveries), with the keyset rules every list follows (connection.ts, readModel/keyset.ts). Each caller
// says how its own Prisma model reads a page, counts and probes, so the paging itself is written once.
import { decodeCursor, encodeCursor } from '../../db/readModel/cursor';
import { orderByPrisma, seekWhere, type Ordering, type Seek } from '../../db/readModel/keyset';
import { connectionOf, pageRequest, pageSeeks, rowsToRead, type ConnectionArgs } from './connection';

/** One model's reads, in its own where type; `orderBy` is Prisma's orderBy list for the page's direction. */
export interface IdPageReads<Where, Row> {
  rows(where: Where, orderBy: Record<string, unknown>[], take: number): Promise<Row[]>;
  count(where: Where): Promise<number>;
  exists(where: Where): Promise<boolean>;
}

export async function idOrderedPage<Where extends object, Row extends { id: number }>(
  args: ConnectionArgs,
  order: Ordering,
  where: Where,
  reads: IdPageReads<Where, Row>,
) {
  const req = pageRequest(args, decodeCursor);
  const andAll = (seeks: Seek[]): Where =>
    seeks.length ? ({ AND: [where, ...seeks.map(seekWhere)] } as Where) : where;
  const [rows, totalCount] = await Promise.all([
    reads.rows(andAll(pageSeeks(order, req)), orderByPrisma(order, req.backward), rowsToRead(req)),
    reads.count(where),
  ]);
  const page = connectionOf(
    rows,
    req,
    order,
    (node) => encodeCursor({ v: null, id: node.id }),
    (seek) => reads.exists(andAll([seek])),
  );
  return { totalCount, ...page };
}
