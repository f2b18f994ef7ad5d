// Writes a planned dataset into a migrated database: the log (most of the rows: 2,000,000 at --scale) with one
// COPY … FROM STDIN streamed from the plan, the rest with a handful of multi-row INSERT … SELECT unnest(…)
// statements (recommendations need ON CONFLICT for the catalog's own, which COPY cannot say). One Prisma
// call per row would take minutes; COPY skips the per-statement parse, plan and parameter conversion.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Client } from 'pg';
import type { PlannedRecommendation } from './generate';
import { OWNERS } from './words';
import { checkDerived, migrationStatement, rebuildDerived } from './derived';

const BATCH = 20_000;

/** Runs one INSERT … SELECT FROM unnest($1::t1[], $2::t2[], …) per batch of rows. */
async function insertColumns(pg: Client, sql: (unnest: string) => string, types: string[], rows: unknown[][]) {
  const unnest = `unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    const columns = types.map((_, c) => chunk.map((r) => r[c]));
    out.push(...(await pg.query(sql(unnest), columns)).rows);
  }
  return out;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** Final state of a record: that of its latest log entry, or the defaults when nothing was logged. */
function finalState(r: PlannedRecommendation) {
  const last = r.updates.at(-1);
  return {
    status: last?.status ?? 'NOT_STARTED',
    progress: last?.progress ?? 0,
    lastProgressAt: last?.createdAt ?? null,
    version: 1 + r.updates.length + (r.targetDate ? 1 : 0) + (r.ownerNames.length ? 1 : 0),
  };
}

async function upsertRecommendations(pg: Client, plan: PlannedRecommendation[]): Promise<Map<string, number>> {
  const themes = new Map(
    (await pg.query<{ id: number; code: string }>('SELECT id, code FROM "Theme"')).rows.map((t) => [t.code, t.id]),
  );
  const rows = plan.map((r) => {
    const s = finalState(r);
    const updatedAt = s.lastProgressAt ?? r.createdAt;
    return [
      r.code,
      themes.get(r.themeCode),
      r.titleZh,
      r.titleEn,
      r.summaryEn,
      r.quote,
      s.status,
      s.progress,
      s.version,
      day(r.targetDate),
      iso(s.lastProgressAt),
      iso(r.createdAt),
      iso(updatedAt),
    ];
  });
  // The catalog's own records already exist (seedCatalog): they keep their text and take the synthetic history.
  const saved = await insertColumns(
    pg,
    (unnest) => `
    INSERT INTO "Recommendation" (code, "themeId", "titleZh", "titleEn", "summaryEn", quote, status, progress, version,
      "targetDate", "lastProgressAt", "createdAt", "updatedAt")
    SELECT * FROM ${unnest}
    ON CONFLICT (code) DO UPDATE SET status = EXCLUDED.status, progress = EXCLUDED.progress, version = EXCLUDED.version,
      "targetDate" = EXCLUDED."targetDate", "lastProgressAt" = EXCLUDED."lastProgressAt",
      "createdAt" = EXCLUDED."createdAt", "updatedAt" = EXCLUDED."updatedAt"
    RETURNING id, code`,
    [
      'text',
      'int',
      'text',
      'text',
      'text',
      'text',
      '"RecommendationStatus"',
      'int',
      'int',
      'date',
      'timestamp',
      'timestamp',
      'timestamp',
    ],
    rows,
  );
  return new Map(saved.map((r) => [r.code as string, r.id as number]));
}

/**
 * pg-copy-streams, a benchmark dependency (bench/package.json): `copyFrom(sql)` is a writable COPY stream.
 * Required when first used, not at import: run.ts installs bench/node_modules after this module is loaded.
 */
const copyFrom = (sql: string) =>
  (
    createRequire(path.join(__dirname, '..', 'package.json'))('pg-copy-streams') as {
      from: (sql: string) => NodeJS.WritableStream & Parameters<Client['query']>[0];
    }
  ).from(sql);

/** A value in COPY's text format: \N for null, and backslash, newline, carriage return and tab escaped. */
const copyText = (v: string | number | null | undefined) =>
  v === null || v === undefined
    ? '\\N'
    : String(v).replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);

/** A text[] literal; the generated URLs hold no quotes, but escape them anyway. */
const textArray = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** The log's rows as COPY text, a batch of lines at a time, so 2,000,000 entries never sit in one string. */
function* updateLines(plan: PlannedRecommendation[], ids: Map<string, number>): Generator<string> {
  let batch: string[] = [];
  for (const r of plan) {
    const rid = ids.get(r.code)!;
    for (const u of r.updates) {
      const fields = [rid, u.note, u.statusBefore, u.status, u.progressBefore, u.progress, textArray(u.evidenceUrls)];
      fields.push(day(u.occurredOn)!, u.actorName, iso(u.createdAt)!);
      batch.push(fields.map(copyText).join('\t'));
      if (batch.length === 5_000) {
        yield `${batch.join('\n')}\n`;
        batch = [];
      }
    }
  }
  if (batch.length) yield `${batch.join('\n')}\n`;
}

async function insertUpdates(pg: Client, plan: PlannedRecommendation[], ids: Map<string, number>) {
  const stream = pg.query(
    copyFrom(`COPY "ProgressUpdate" ("recommendationId", note, "statusBefore", status, "progressBefore", progress,
      "evidenceUrls", "occurredOn", "actorName", "createdAt") FROM STDIN`),
  ) as unknown as NodeJS.WritableStream;
  await pipeline(Readable.from(updateLines(plan, ids)), stream);
}

async function insertStewardship(pg: Client, plan: PlannedRecommendation[], ids: Map<string, number>) {
  await insertColumns(
    pg,
    (unnest) =>
      `INSERT INTO "Owner" (name, kind, "nameEn") SELECT *, n FROM ${unnest} AS o(n, k) ON CONFLICT (name) DO NOTHING`,
    ['text', '"OwnerKind"'],
    OWNERS.map((o) => [o.name, o.kind]),
  );
  // Each owner answers to its name (20261201205600_owner_institutions), normalised as that migration does.
  await pg.query(`
    INSERT INTO "OwnerName" ("ownerId", name, normalized, "isAlias")
    SELECT id, name, lower(regexp_replace(regexp_replace(normalize(name, NFKC), '^\\s+|\\s+$', '', 'g'), '\\s+', ' ', 'g')), false
    FROM "Owner" ORDER BY id ON CONFLICT (normalized) DO NOTHING`);
  const owners = new Map(
    (await pg.query<{ id: number; name: string }>('SELECT id, name FROM "Owner"')).rows.map((o) => [o.name, o.id]),
  );
  await insertColumns(
    pg,
    (unnest) => `INSERT INTO "RecommendationOwner" ("recommendationId", "ownerId", "isLead") SELECT * FROM ${unnest}`,
    ['int', 'int', 'bool'],
    plan.flatMap((r) => r.ownerNames.map((name, i) => [ids.get(r.code), owners.get(name), i === 0])),
  );
  await insertColumns(
    pg,
    (unnest) => `
    INSERT INTO "TargetDateRevision" ("recommendationId", "previousDate", "newDate", reason, "actorName", "createdAt")
    SELECT * FROM ${unnest}`,
    ['int', 'date', 'date', 'text', 'text', 'timestamp'],
    plan
      .filter((r) => r.targetDate)
      .map((r) => [ids.get(r.code), null, day(r.targetDate), 'Initial target', 'analyst-zhang', iso(r.createdAt)]),
  );
}

/**
 * Loads the plan with the database's ordinary triggers off (session_replication_role = replica: the search
 * document's, the dashboard counts', the change counter's, and the foreign keys' checks, which the plan
 * satisfies by construction), then rebuilds what those triggers derive, set-based (derived.ts), and checks it.
 * With the triggers on, the search document's note trigger alone took minutes at --scale.
 */
export async function loadDataset(pg: Client, plan: PlannedRecommendation[], log: (s: string) => void): Promise<void> {
  let t = Date.now();
  const lap = () => `${((Date.now() - t) / 1000).toFixed(1)} s`;
  await pg.query('BEGIN');
  await pg.query('SET LOCAL session_replication_role = replica');
  const ids = await upsertRecommendations(pg, plan);
  await insertUpdates(pg, plan, ids);
  await insertStewardship(pg, plan, ids);
  // Each link an Evidence row, as logProgress makes them: the evidence migration's own backfill statement.
  await pg.query(migrationStatement('_evidence_backfill', 'INSERT INTO "Evidence"'));
  await pg.query('SET LOCAL session_replication_role = origin');
  log(`rows loaded with the triggers off in ${lap()}`);
  t = Date.now();
  await rebuildDerived(pg);
  await pg.query('COMMIT');
  log(`search documents, dashboard counts and change counter rebuilt in ${lap()}`);
  t = Date.now();
  await checkDerived(pg);
  log(`derived tables checked against the triggers' own functions in ${lap()}`);
  // Statistics and the visibility map, so the planner and index-only scans see the data as a long-lived database would.
  await pg.query('VACUUM ANALYZE');
}
