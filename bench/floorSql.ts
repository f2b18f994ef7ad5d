// The floor's two statements: each builds the whole response body, in the same shape as our GraphQL answer,
// inside PostgreSQL with json_build_object/json_agg. Health follows src/domain/health.ts's rules with its
// default thresholds (stale after 90 days, due soon within 30 days below 50 %).
import { HISTORY, INDICATOR_VALUES, LOG_ENTRIES, PAGE } from './operations';

export const FLOOR_L = `
SELECT json_build_object('data', json_build_object('recommendations', json_build_object('edges',
  COALESCE(json_agg(json_build_object('node', json_build_object(
    'code', r.code, 'titleEn', r."titleEn", 'status', r.status, 'progress', r.progress,
    'theme', json_build_object('code', t.code, 'nameEn', t."nameEn"),
    'updates', (
      SELECT COALESCE(json_agg(json_build_object('note', u.note, 'status', u.status, 'progress', u.progress, 'occurredOn', u."occurredOn")
        ORDER BY u."occurredOn" DESC, u.id DESC), '[]'::json)
      FROM (SELECT * FROM "ProgressUpdate" pu WHERE pu."recommendationId" = r.id
            ORDER BY pu."occurredOn" DESC, pu.id DESC LIMIT ${LOG_ENTRIES}) u)
  )) ORDER BY r.code), '[]'::json))))::text AS body
FROM (SELECT * FROM "Recommendation" WHERE "archivedAt" IS NULL ORDER BY code LIMIT ${PAGE}) r
JOIN "Theme" t ON t.id = r."themeId"`;

/** Math.round(x * 10) / 10, as the service rounds averages. */
const round1 = (x: string) => `(floor((${x}) * 10 + 0.5) / 10)`;

export const FLOOR_S = `
WITH clock AS (SELECT (now() AT TIME ZONE 'UTC') AS now, (now() AT TIME ZONE 'UTC')::date AS today),
-- One pass over the records into at most themes × statuses × healths groups; every figure comes from those.
g AS (
  SELECT r."themeId", r.status,
    CASE
      WHEN r.status IN ('IMPLEMENTED', 'ABANDONED') THEN 'DONE'
      WHEN r."targetDate" < c.today THEN 'OVERDUE'
      WHEN COALESCE(r."lastProgressAt", r."createdAt") < c.now - interval '90 days' THEN 'AT_RISK'
      WHEN r."targetDate" < c.today + 30 AND r.progress < 50 THEN 'AT_RISK'
      ELSE 'ON_TRACK'
    END AS health,
    count(*) AS n, sum(r.progress) AS p
  FROM "Recommendation" r CROSS JOIN clock c
  WHERE r."archivedAt" IS NULL
  GROUP BY 1, 2, 3
),
totals AS (SELECT COALESCE(sum(n), 0) AS n, COALESCE(sum(p), 0) AS p FROM g),
themes AS (
  SELECT g."themeId", t.code, sum(n) AS total, COALESCE(sum(n) FILTER (WHERE status = 'IMPLEMENTED'), 0) AS implemented,
    ${round1('sum(p)::float8 / sum(n)')} AS avg, COALESCE(sum(n) FILTER (WHERE health = 'OVERDUE'), 0) AS overdue
  FROM g JOIN "Theme" t ON t.id = g."themeId" GROUP BY g."themeId", t.code
)
SELECT json_build_object('data', json_build_object('summary', json_build_object(
  'total', (SELECT n FROM totals),
  'averageProgress', (SELECT CASE WHEN n = 0 THEN 0 ELSE ${round1('p::float8 / n')} END FROM totals),
  'byStatus', (SELECT json_agg(json_build_object('status', e.s, 'count', COALESCE((SELECT sum(n) FROM g WHERE g.status = e.s), 0)) ORDER BY e.o)
               FROM unnest(enum_range(NULL::"RecommendationStatus")) WITH ORDINALITY AS e(s, o)),
  'byHealth', (SELECT json_agg(json_build_object('health', e.h, 'count', COALESCE((SELECT sum(n) FROM g WHERE g.health = e.h), 0)) ORDER BY e.o)
               FROM (VALUES ('ON_TRACK', 1), ('AT_RISK', 2), ('OVERDUE', 3), ('DONE', 4)) AS e(h, o)),
  'byTheme', (SELECT COALESCE(json_agg(json_build_object('theme', json_build_object('code', code), 'total', total,
                'implemented', implemented, 'averageProgress', avg, 'overdue', overdue) ORDER BY "themeId"), '[]'::json) FROM themes)
)))::text AS body`;

/**
 * Q1 and Q2: the search as src/db/readModel/search/ words it today: the records whose search document
 * (tracker_internal."SearchDocument", kept by the triggers of migration 20261201201000_raw_search, served by
 * its GIN index) matches the search's tsquery, $1. The tsqueries are written out by hand below (the
 * synonym list makes 沙盒 also find 沙箱; a Latin word of three or more letters is a prefix). When the search
 * changes, this must change with it: verify.ts then reports the first row on which the two disagree.
 */
export const FLOOR_SEARCH = `
SELECT json_build_object('data', json_build_object('recommendations', json_build_object('edges',
  COALESCE(json_agg(json_build_object('node', json_build_object(
    'code', r.code, 'titleZh', r."titleZh", 'titleEn', r."titleEn", 'status', r.status, 'progress', r.progress
  )) ORDER BY r.code), '[]'::json))))::text AS body
FROM (SELECT r.* FROM "Recommendation" r JOIN "tracker_internal"."SearchDocument" sd ON sd."recommendationId" = r.id
  WHERE r."archivedAt" IS NULL AND sd.terms @@ $1::tsquery
  ORDER BY r.code LIMIT ${PAGE}) r`;

/** Each search of SEARCHES (operations.ts) as the tsquery that the floor sends as $1. */
export const FLOOR_TSQUERIES: Record<'Q1' | 'Q2', string> = {
  Q1: `'沙箱' | '沙盒'`,
  Q2: `'regulatory':* & 'sandbox':*`,
};

/** H: one record by code ($1) with its latest log entries. */
export const FLOOR_HISTORY = `
SELECT json_build_object('data', json_build_object('recommendation', (
  SELECT json_build_object('code', r.code, 'titleEn', r."titleEn", 'status', r.status, 'progress', r.progress,
    'updates', (
      SELECT COALESCE(json_agg(json_build_object('note', u.note, 'status', u.status, 'progress', u.progress, 'occurredOn', u."occurredOn")
        ORDER BY u."occurredOn" DESC, u.id DESC), '[]'::json)
      FROM (SELECT * FROM "ProgressUpdate" pu WHERE pu."recommendationId" = r.id
            ORDER BY pu."occurredOn" DESC, pu.id DESC LIMIT ${HISTORY}) u))
  FROM "Recommendation" r WHERE r.code = $1)))::text AS body`;

/**
 * I: one record by code ($1) with its live indicators in the order they were added, each with its first values,
 * latest period first (then the latest id), and how many it has. Values that a correction replaced are listed too, as ours lists them.
 */
export const FLOOR_INDICATORS = `
SELECT json_build_object('data', json_build_object('recommendation', (
  SELECT json_build_object('code', r.code, 'indicators', (
    SELECT COALESCE(json_agg(json_build_object('code', i.code, 'nameEn', i."nameEn", 'unit', i.unit,
      'direction', i.direction, 'values', json_build_object(
        'totalCount', (SELECT count(*) FROM "IndicatorValue" c WHERE c."indicatorId" = i.id),
        'edges', (SELECT COALESCE(json_agg(json_build_object('node', json_build_object('periodStart', v."periodStart",
            'periodEnd', v."periodEnd", 'value', v.value)) ORDER BY v."periodEnd" DESC, v.id DESC), '[]'::json)
          FROM (SELECT * FROM "IndicatorValue" iv WHERE iv."indicatorId" = i.id
                ORDER BY iv."periodEnd" DESC, iv.id DESC LIMIT ${INDICATOR_VALUES}) v))) ORDER BY i.id), '[]'::json)
    FROM "Indicator" i WHERE i."recommendationId" = r.id AND i."archivedAt" IS NULL))
  FROM "Recommendation" r WHERE r.code = $1)))::text AS body`;

/** A's floor: the account's hash, which floorServer.ts then checks with a bare Argon2 verify. */
export const FLOOR_PASSWORD_HASH = `SELECT "passwordHash" AS hash FROM "User" WHERE name = $1`;
