// The dashboard's figures, reused while they are exactly what a fresh computation would return: no change
// has committed since (the trigger-maintained ChangeCounter, read in one cheap statement before computing)
// and no record's health can have moved with the clock (SummaryData.validUntil). The entries live on the
// database handle (db.summaryCache), so test databases and servers never share them.
import type { Db } from '../db/client';

const MAX_ENTRIES = 200;

/** Rises whenever a change to a table the dashboard reads commits, from this process or any other. */
async function changeVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<
    { v: string }[]
  >`SELECT sum("version")::text AS v FROM "tracker_internal"."ChangeCounter"`;
  return row.v;
}

/**
 * Returns the cached value for `key` if it was computed at the current change version, at or before `now`,
 * and is still valid at `now`; otherwise computes it. The version is read before computing, so a value is
 * never filed under a version older than the data it saw.
 */
export async function cachedByVersion<T extends { validUntil: number }>(
  db: Db,
  key: string,
  now: Date,
  compute: () => Promise<T>,
): Promise<T> {
  const version = await changeVersion(db);
  const cache = db.summaryCache;
  const t = now.getTime();
  const hit = cache.get(key);
  if (hit && hit.version === version && hit.from <= t && t < hit.until) return hit.value as T;
  const value = await compute();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { version, from: t, until: value.validUntil, value });
  return value;
}
