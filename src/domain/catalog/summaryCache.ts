// The dashboard's figures, reused while they are exactly what a fresh computation would return: no change
// has committed since (the trigger-maintained ChangeCounter, read in one cheap statement before computing)
// and no record's health can have moved with the clock (validUntil). Concurrent requests that find the
// same version share one computation (single flight): ten dashboards arriving together after a write
// compute it once. The entries live on the database handle (db.summaryCache), so test databases and
// servers never share them.
import type { Db } from '../../db/client';
import { changeVersion } from '../../db/changeVersion';

const MAX_ENTRIES = 200;

/**
 * Returns the value for `key` computed at the current change version, at or before `now`, if it is still
 * valid at `now` (or is being computed: then its computation's result); otherwise computes it. The version
 * is read before computing, so a value is never filed under a version older than the data it saw.
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
  if (hit && hit.version === version && hit.from <= t && t < hit.until) {
    const value = (await hit.value) as T;
    if (t < value.validUntil) return value;
  }
  const entry = { version, from: t, until: Infinity, value: compute() };
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, entry);
  try {
    const value = await entry.value;
    entry.until = value.validUntil;
    return value;
  } catch (e) {
    // A failed computation is never served: the next request computes again.
    if (cache.get(key) === entry) cache.delete(key);
    throw e;
  }
}
