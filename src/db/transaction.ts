// Interactive transactions wait for row locks under contention (50 writers on one row), so they get
// longer limits than Prisma's 2 s / 5 s defaults.
import type { Db, TxDb } from './client';
import type { AppContext, TxContext } from '../context';
import { createLoaders } from './loaders';

const TX_OPTIONS = { maxWait: 20_000, timeout: 30_000 } as const;

/**
 * Runs `work` in a transaction. A context whose `db` is already a transaction (an import applying many verbs
 * all or nothing, src/domain/exchange/importSpreadsheet.ts) runs it inside that one: Prisma cannot nest.
 */
export function inTransaction<T>(
  db: Db | TxDb,
  work: (tx: TxDb) => Promise<T>,
  options: { timeout?: number } = {},
): Promise<T> {
  if (!('$transaction' in db)) return work(db);
  return db.$transaction(work, { ...TX_OPTIONS, ...options });
}

/**
 * `ctx` moved inside the transaction `tx`: its db is the transaction, and its loaders are new ones that read
 * through it (the request's would read outside it, missing the transaction's own writes, and keep what they read).
 */
export function contextInTransaction(ctx: AppContext, tx: TxDb): TxContext {
  return { ...ctx, db: tx, loaders: createLoaders(tx) };
}

/** Locks a recommendation row for the rest of the transaction; null when the code is unknown. */
export async function lockRecommendation(tx: TxDb, code: string) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Recommendation" WHERE code = ${code} FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.recommendation.findUniqueOrThrow({ where: { id: rows[0].id } });
}
