// The statement for a compiled `recommendations` query: PostgreSQL builds the whole `data` object, key by
// key in the order asked, with every value already in the form the API's scalars serialize to (IDs as
// strings, Date as YYYY-MM-DD, DateTime as Date.toISOString writes it, cursors as services/cursor.ts does).
// tests/graphql/compiledQuery.test.ts holds each of these forms to the resolvers' answer, byte for byte.
import type { CursorKey } from '../services/cursor';
import { afterCursor, type PageColumn } from '../services/plainPage';
import { columnList, recommendationColumns } from '../services/columns';
import type { parseFilter } from '../services/recommendationFilter';
import { filterConditions } from './filterSql';
import { healthSql } from './healthSql';
import type { HealthThresholds } from '../services/health';
import { nodeFieldsOf, type SelectedField } from './shape';

export interface CompiledPageArgs {
  first: number;
  col: PageColumn;
  dir: 'asc' | 'desc';
  key: CursorKey | null;
  /** Validated (services/recommendationFilter.ts). */
  filter: ReturnType<typeof parseFilter>;
  /** `updates(first)` of each selected updates field. */
  updatesLimit: ReadonlyMap<SelectedField, number>;
  /** The request's clock and the health thresholds, for `health`. */
  now: Date;
  health: HealthThresholds;
}

/** An integer written into the statement; run.ts has checked the bounds, this refuses anything else outright. */
function literal(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a page size: ${n}`);
  return String(n);
}

const timestamp = (x: string) => `to_char(${x}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** PostgreSQL writes a date into JSON as YYYY-MM-DD whatever its DateStyle; to_char would only add work. */
const date = (x: string) => x;
const typename = (name: string) => () => `'${name}'`;

/** Recommendation fields over the page row `r` and its theme `t`. */
const NODE: Record<string, (r: string) => string> = {
  __typename: typename('Recommendation'),
  id: (r) => `${r}.id::text`, code: (r) => `${r}.code`, titleZh: (r) => `${r}."titleZh"`, titleEn: (r) => `${r}."titleEn"`,
  summaryEn: (r) => `${r}."summaryEn"`, quote: (r) => `${r}.quote`, status: (r) => `${r}.status`, progress: (r) => `${r}.progress`,
  version: (r) => `${r}.version`, targetDate: (r) => date(`${r}."targetDate"`), lastProgressAt: (r) => timestamp(`${r}."lastProgressAt"`),
  archived: (r) => `(${r}."archivedAt" IS NOT NULL)`, archivedAt: (r) => timestamp(`${r}."archivedAt"`),
  // Compiled only without asOf, when the resolver answers null.
  asOf: () => 'NULL::text',
  createdAt: (r) => timestamp(`${r}."createdAt"`), updatedAt: (r) => timestamp(`${r}."updatedAt"`), pillar: () => 't.pillar',
};

const THEME: Record<string, (t: string) => string> = {
  __typename: typename('Theme'), id: (t) => `${t}.id::text`, code: (t) => `${t}.code`, pillar: (t) => `${t}.pillar`,
  nameZh: (t) => `${t}."nameZh"`, nameEn: (t) => `${t}."nameEn"`, sectionZh: (t) => `${t}."sectionZh"`,
};

const UPDATE: Record<string, (u: string) => string> = {
  __typename: typename('ProgressUpdate'), id: (u) => `${u}.id::text`, note: (u) => `${u}.note`, status: (u) => `${u}.status`,
  progress: (u) => `${u}.progress`, statusBefore: (u) => `${u}."statusBefore"`, progressBefore: (u) => `${u}."progressBefore"`,
  evidenceUrls: (u) => `${u}."evidenceUrls"`, occurredOn: (u) => date(`${u}."occurredOn"`), actor: (u) => `${u}."actorName"`,
  createdAt: (u) => timestamp(`${u}."createdAt"`),
};

const OWNER: Record<string, (o: string) => string> = {
  __typename: typename('Owner'), id: (o) => `${o}.id::text`, name: (o) => `${o}.name`, kind: (o) => `${o}.kind`,
};

/**
 * An object over the selected keys, in the order asked: a one-row sub-select whose columns are named by the
 * response keys (GraphQL names, which shape.ts checks), turned into JSON by PostgreSQL's row output.
 * json_build_object would say the same, but it looks up every argument's type on every call: on a page it
 * cost PostgreSQL twice the CPU (docs/performance.md).
 */
const object = (fields: SelectedField[], value: (f: SelectedField) => string) =>
  `(SELECT o FROM (SELECT ${fields.map((f) => `${value(f)} AS "${f.key}"`).join(', ')}) o)`;

/** The cursor's JSON exactly as services/cursor.ts writes it ({"v":…,"id":…,"o":…}), base64url without padding. */
function cursor(a: CompiledPageArgs, r: string): string {
  const v = {
    code: `to_json(${r}.code)::text`,
    progress: `${r}.progress::text`,
    updatedAt: `to_json(${timestamp(`${r}."updatedAt"`)})::text`,
    targetDate: `COALESCE(to_json(to_char(${r}."targetDate", 'YYYY-MM-DD"T00:00:00.000Z"'))::text, 'null')`,
  }[a.col];
  const json = `'{"v":' || ${v} || ',"id":' || ${r}.id || ',"o":"${a.col}:${a.dir}"}'`;
  return `translate(encode(convert_to(${json}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
}

export function compiledPageStatement(root: SelectedField[], a: CompiledPageArgs): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const p = (v: unknown) => (values.push(v), `$${values.length}`);
  // Written once, with its boundaries as parameters, however many times the field and the filter use it.
  let healthExpression: string | undefined;
  const health = () => (healthExpression ??= healthSql(a.now, a.health, p));
  // Sizes are written into the text, not bound: with no parameter left, PostgreSQL plans a prepared statement
  // once per connection; a bound LIMIT made it re-plan on every call (its generic plan guesses the size).
  const first = literal(a.first);
  const dir = a.dir === 'asc' ? 'ASC' : 'DESC';
  const order = `r."${a.col}" ${dir}${a.col === 'targetDate' ? ' NULLS LAST' : ''}, r.id ${dir}`;

  // The entries' sub-select is ordered and json_agg reads it in that order (nothing between them re-sorts).
  const updates = (f: SelectedField) => `(SELECT COALESCE(json_agg(e), '[]'::json) FROM (
      SELECT ${f.children!.map((c) => `${UPDATE[c.name]('u')} AS "${c.key}"`).join(', ')} FROM "ProgressUpdate" u
      WHERE u."recommendationId" = r.id ORDER BY u."occurredOn" DESC, u.id DESC LIMIT ${literal(a.updatesLimit.get(f)!)}) e)`;
  // Lead owners first, then by id: the order of the owners loader (loaders.ts).
  const owners = (f: SelectedField) => `(SELECT COALESCE(json_agg(e), '[]'::json) FROM (
      SELECT ${f.children!.map((c) => `${OWNER[c.name]('o')} AS "${c.key}"`).join(', ')}
      FROM "RecommendationOwner" ro JOIN "Owner" o ON o.id = ro."ownerId"
      WHERE ro."recommendationId" = r.id ORDER BY ro."isLead" DESC, ro."ownerId" ASC) e)`;
  const node = (f: SelectedField) => object(f.children!, (c) =>
    c.name === 'theme' ? object(c.children!, (t) => THEME[t.name]('t'))
      : c.name === 'updates' ? updates(c) : c.name === 'owners' ? owners(c) : c.name === 'health' ? health() : NODE[c.name]('r'));
  const edge = (f: SelectedField) => object(f.children!, (c) => (c.name === 'cursor' ? cursor(a, 'r') : c.name === 'node' ? node(c) : `'RecommendationEdge'`));
  const pageInfo = (f: SelectedField) => object(f.children!, (c) =>
    c.name === 'hasNextPage' ? `((SELECT count(*) FROM page) > ${first})`
      : c.name === 'endCursor' ? `(SELECT ${cursor(a, 'r')} FROM page r WHERE r.n = LEAST(${first}, (SELECT count(*) FROM page)))`
        : `'PageInfo'`);
  const connection = (f: SelectedField) => object(f.children!, (c) =>
    c.name === 'edges'
      ? `(SELECT COALESCE(json_agg(e.edge ORDER BY e.n), '[]'::json)
          FROM (SELECT r.n, ${edge(c)} AS edge FROM page r JOIN "Theme" t ON t.id = r."themeId" WHERE r.n <= ${first}) e)`
      : c.name === 'pageInfo' ? pageInfo(c)
        // Every match, not one page: the filter's conditions without the cursor's.
        : c.name === 'totalCount' ? `(SELECT count(*)::int FROM "Recommendation" r${matching.length ? ` WHERE ${matching.join(' AND ')}` : ''})`
          : `'RecommendationConnection'`);

  const criteria = filterConditions(a.filter, p, health);
  const matching = [...(a.filter.includeArchived ? [] : ['r."archivedAt" IS NULL']), ...criteria];
  const conditions = [...matching, ...(a.key ? [afterCursor(a.col, a.dir, a.key, p)] : [])];
  const data = object(root, (f) => (f.name === 'recommendations' ? connection(f) : `'Query'`));
  // The page keeps only the columns the statement reads: the long texts stay on disk unless asked for.
  const nodeFields = root.filter((f) => f.name === 'recommendations').flatMap(nodeFieldsOf);
  const columns = columnList(recommendationColumns(new Set(nodeFields.map((f) => f.name))), 'r');
  const text = `WITH page AS (
    SELECT ${columns}, row_number() OVER (ORDER BY ${order}) AS n FROM "Recommendation" r
    ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY ${order} LIMIT ${first} + 1)
  SELECT row_to_json(${data})::text AS body`;
  return { text, values };
}
