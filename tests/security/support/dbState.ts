// A fingerprint of every table, to prove that a rejected request changed nothing. Token use stamps
// ApiToken.lastUsedAt (at most once a minute), which is bookkeeping, not data, so it is left out.
import type { Db } from '../../../src/db/client';

const IGNORED_COLUMNS = ['lastUsedAt'];

export async function tableFingerprints(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const row = () => `(to_jsonb(x) - '{${IGNORED_COLUMNS.join(',')}}'::text[])::text`;
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS t, count(*)::int AS n, md5(coalesce(string_agg(${row()}, '|' ORDER BY ${row()}), '')) AS sum FROM "${name}" x`,
  );
  const rows = await db.$queryRawUnsafe<{ t: string; n: number; sum: string }[]>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.sum}`]));
}
