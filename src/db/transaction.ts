// Interactive transactions wait for row locks under contention (50 writers on one row), so they get
// longer limits than Prisma's 2 s / 5 s defaults.
import type { Db } from './client';
import type { Prisma } from '../generated/prisma/client';

const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

/**
 * Runs `work` in a transaction. A context whose `db` is already a transaction client (an import applying
 * many verbs all or nothing, src/domain/importSpreadsheet.ts) runs it inside that one: Prisma cannot nest.
 */
export function inTransaction<T>(
  db: Db,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
  options: { timeout?: number } = {},
): Promise<T> {
  if (typeof (db as Partial<Db>).$transaction !== 'function') return work(db);
  return db.$transaction(work, { ...TX_OPTIONS, ...options });
}

/** Locks a recommendation row for the rest of the transaction; null when the code is unknown. */
export async function lockRecommendation(tx: Prisma.TransactionClient, code: string) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Recommendation" WHERE code = ${code} FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.recommendation.findUniqueOrThrow({ where: { id: rows[0].id } });
}
