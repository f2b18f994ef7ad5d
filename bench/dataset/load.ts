// Writes a planned dataset into a migrated database with a handful of multi-row INSERT … SELECT unnest(…)
// statements: 200,000 log entries load in seconds, where one Prisma call per row would take minutes.
import type { Client } from 'pg';
import type { PlannedRecommendation } from './generate';
import { OWNERS } from './words';

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

async function insertUpdates(pg: Client, plan: PlannedRecommendation[], ids: Map<string, number>) {
  const rows = plan.flatMap((r) =>
    r.updates.map((u) => [
      ids.get(r.code),
      u.note,
      u.statusBefore,
      u.status,
      u.progressBefore,
      u.progress,
      u.evidenceUrls.join(' '),
      day(u.occurredOn),
      u.actorName,
      iso(u.createdAt),
    ]),
  );
  await insertColumns(
    pg,
    (unnest) => `
    INSERT INTO "ProgressUpdate" ("recommendationId", note, "statusBefore", status, "progressBefore", progress,
      "evidenceUrls", "occurredOn", "actorName", "createdAt")
    SELECT rid, note, sb, s, pb, p, CASE WHEN urls = '' THEN '{}'::text[] ELSE string_to_array(urls, ' ') END, occ, actor, created
    FROM ${unnest} AS x(rid, note, sb, s, pb, p, urls, occ, actor, created)`,
    [
      'int',
      'text',
      '"RecommendationStatus"',
      '"RecommendationStatus"',
      'int',
      'int',
      'text',
      'date',
      'text',
      'timestamp',
    ],
    rows,
  );
}

async function insertStewardship(pg: Client, plan: PlannedRecommendation[], ids: Map<string, number>) {
  await insertColumns(
    pg,
    (unnest) => `INSERT INTO "Owner" (name, kind) SELECT * FROM ${unnest} ON CONFLICT (name) DO NOTHING`,
    ['text', '"OwnerKind"'],
    OWNERS.map((o) => [o.name, o.kind]),
  );
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

export async function loadDataset(pg: Client, plan: PlannedRecommendation[]): Promise<void> {
  await pg.query('BEGIN');
  const ids = await upsertRecommendations(pg, plan);
  await insertUpdates(pg, plan, ids);
  await insertStewardship(pg, plan, ids);
  await pg.query('COMMIT');
  // Statistics and the visibility map, so the planner and index-only scans see the data as a long-lived database would.
  await pg.query('VACUUM ANALYZE');
}
