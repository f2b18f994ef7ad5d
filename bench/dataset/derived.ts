// What the database's triggers derive from the loaded rows, rebuilt set-based after a load with the triggers
// off (load.ts), and checked against the triggers' own functions. The search documents: the migration's
// backfill (20261201201000_raw_search), except that each distinct note is turned into tokens once (the
// generated notes repeat), which gives the same vectors; the GIN index is dropped and built again, as a bulk
// build is far cheaper than 100,000 insertions. The dashboard counts: its migration's own backfill statement
// (20261201202000_raw_summary_counts, read from the file). The change counter: one bump, so caches notice.
import fs from 'node:fs';
import path from 'node:path';
import type { Client } from 'pg';

const MIGRATIONS = path.join(__dirname, '..', '..', 'prisma', 'migrations');
const DOCUMENTS = '"tracker_internal"."SearchDocument"';
const COUNTS = '"tracker_internal"."SummaryCount"';
/** How many records' search documents checkDerived recomputes with the triggers' functions. */
const SAMPLE = 300;

/** The statement of a migration (split at semicolons, as the migration runner does) that starts with `head`. */
export function migrationStatement(suffix: string, head: string): string {
  const dir = fs.readdirSync(MIGRATIONS).find((d) => d.endsWith(suffix));
  if (!dir) throw new Error(`no migration *${suffix}`);
  const statements = fs.readFileSync(path.join(MIGRATIONS, dir, 'migration.sql'), 'utf8').split(';');
  const found = statements.map((s) => s.replace(/^(\s*--[^\n]*\n)*\s*/, '')).find((s) => s.startsWith(head));
  if (!found) throw new Error(`migration ${dir} has no statement starting with ${head}`);
  return found;
}

const SEARCH_DOCUMENTS = `
INSERT INTO ${DOCUMENTS} ("recommendationId", head, terms)
WITH note_vectors AS (
  SELECT note, tracker_search_vector(note, 'D') AS v FROM (SELECT DISTINCT note FROM "ProgressUpdate") n),
notes AS (
  SELECT u."recommendationId" AS rid, tracker_tsvector_agg(nv.v ORDER BY u.id) AS v
  FROM "ProgressUpdate" u JOIN note_vectors nv USING (note) GROUP BY 1)
SELECT r.id, h.v, h.v || COALESCE(n.v, ''::tsvector) FROM "Recommendation" r
CROSS JOIN LATERAL (SELECT tracker_search_head(r.id) AS v) h
LEFT JOIN notes n ON n.rid = r.id`;

export async function rebuildDerived(pg: Client): Promise<void> {
  const indexes = await pg.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = 'tracker_internal' AND tablename = 'SearchDocument' AND indexname <> 'SearchDocument_pkey'`,
  );
  for (const i of indexes.rows) await pg.query(`DROP INDEX "tracker_internal"."${i.name}"`);
  await pg.query(`DELETE FROM ${DOCUMENTS}`);
  await pg.query(SEARCH_DOCUMENTS);
  for (const i of indexes.rows) await pg.query(i.definition);
  await pg.query(`DELETE FROM ${COUNTS}`);
  await pg.query(migrationStatement('_raw_summary_counts', `INSERT INTO ${COUNTS}`));
  await pg.query(`UPDATE "tracker_internal"."ChangeCounter" SET version = version + 1 WHERE shard = 0`);
}

/**
 * Throws unless the dashboard counts equal a count of the records, every record has a search document, and
 * a sample of documents equals what the triggers would have written: the insert trigger's head and the note
 * trigger's notes, each note's tokens computed separately, in id order (the load's COPY is one statement).
 */
export async function checkDerived(pg: Client): Promise<void> {
  const counts = await pg.query<{ n: string }>(`
    SELECT count(*) AS n FROM
      (SELECT "themeId", status, archived, sum(n) AS n, sum(progress) AS p FROM ${COUNTS} GROUP BY 1, 2, 3 HAVING sum(n) <> 0) c
    FULL JOIN (SELECT "themeId", status, "archivedAt" IS NOT NULL AS archived, count(*) AS n, sum(progress) AS p
               FROM "Recommendation" GROUP BY 1, 2, 3) r USING ("themeId", status, archived)
    WHERE (c.n, c.p) IS DISTINCT FROM (r.n, r.p)`);
  if (Number(counts.rows[0].n)) throw new Error(`dashboard counts: ${counts.rows[0].n} cells differ from the records`);
  const missing = await pg.query<{ n: string }>(
    `SELECT count(*) AS n FROM "Recommendation" r WHERE NOT EXISTS (SELECT 1 FROM ${DOCUMENTS} d WHERE d."recommendationId" = r.id)`,
  );
  if (Number(missing.rows[0].n)) throw new Error(`${missing.rows[0].n} records have no search document`);
  const evidence = await pg.query<{ rows: string; links: string }>(
    `SELECT (SELECT count(*) FROM "Evidence") AS rows, (SELECT sum(cardinality("evidenceUrls")) FROM "ProgressUpdate") AS links`,
  );
  if (evidence.rows[0].rows !== (evidence.rows[0].links ?? '0'))
    throw new Error(`${evidence.rows[0].rows} Evidence rows for ${evidence.rows[0].links} evidence links`);
  const differ = await pg.query<{ n: string; checked: string }>(`
    SELECT count(*) FILTER (WHERE (d.head, d.terms) IS DISTINCT FROM (h.v, h.v || n.v)) AS n, count(*) AS checked
    FROM (SELECT id FROM "Recommendation" ORDER BY md5(id::text) LIMIT ${SAMPLE}) r
    JOIN ${DOCUMENTS} d ON d."recommendationId" = r.id
    CROSS JOIN LATERAL (SELECT tracker_search_head(r.id) AS v) h
    CROSS JOIN LATERAL (SELECT COALESCE(tracker_tsvector_agg(tracker_search_vector(u.note, 'D') ORDER BY u.id), ''::tsvector) AS v
                        FROM "ProgressUpdate" u WHERE u."recommendationId" = r.id) n`);
  if (Number(differ.rows[0].n))
    throw new Error(
      `${differ.rows[0].n} of ${differ.rows[0].checked} sampled search documents differ from the triggers'`,
    );
}
