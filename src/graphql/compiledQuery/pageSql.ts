// The statement for a compiled `recommendations` query: PostgreSQL builds the whole `data` object, key by
// key in the order asked, with every value already in the form the API's scalars serialize to (IDs as
// global ids as domain/globalId.ts writes them, Date as YYYY-MM-DD, DateTime as Date.toISOString writes it,
// cursors as domain/cursor.ts does). Its keyset conditions and order are domain/keyset.ts's, as on the
// resolvers' path.
// tests/graphql/compiledQuery.test.ts holds each of these forms to the resolvers' answer, byte for byte.
import { outsideSeek, pageSeeks, type PageRequest } from '../../domain/connection';
import { orderSql, seekSql, type KeyColumn, type Ordering } from '../../domain/keyset';
import { columnList, recommendationColumns } from '../../db/columns';
import type { parseFilter } from '../../domain/recommendationFilter';
import { filterConditions } from './filterSql';
import { healthSql } from './healthSql';
import type { HealthThresholds } from '../../domain/health';
import { nodeFieldsOf, type SelectedField } from './shape';

export interface CompiledPageArgs {
  /** Checked (domain/recommendations.ts's pageBounds). */
  req: PageRequest;
  ordering: Ordering<KeyColumn>;
  /** Validated (domain/recommendationFilter.ts). */
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
/** Text as base64url without padding, as Buffer's 'base64url' writes it (PostgreSQL's base64 also breaks lines). */
const base64url = (x: string) => `translate(encode(convert_to(${x}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
/** A row's global id (domain/globalId.ts): base64url of `Type:id`. */
const globalId = (type: string) => (x: string) => base64url(`'${type}:' || ${x}.id`);

/** Recommendation fields over the page row `r` and its theme `t`. */
const NODE: Record<string, (r: string) => string> = {
  __typename: typename('Recommendation'),
  id: globalId('Recommendation'),
  code: (r) => `${r}.code`,
  titleZh: (r) => `${r}."titleZh"`,
  titleEn: (r) => `${r}."titleEn"`,
  summaryEn: (r) => `${r}."summaryEn"`,
  quote: (r) => `${r}.quote`,
  status: (r) => `${r}.status`,
  progress: (r) => `${r}.progress`,
  version: (r) => `${r}.version`,
  targetDate: (r) => date(`${r}."targetDate"`),
  lastProgressAt: (r) => timestamp(`${r}."lastProgressAt"`),
  archived: (r) => `(${r}."archivedAt" IS NOT NULL)`,
  archivedAt: (r) => timestamp(`${r}."archivedAt"`),
  // Compiled only without asOf, when the resolver answers null.
  asOf: () => 'NULL::text',
  createdAt: (r) => timestamp(`${r}."createdAt"`),
  updatedAt: (r) => timestamp(`${r}."updatedAt"`),
  pillar: () => 't.pillar',
};

const THEME: Record<string, (t: string) => string> = {
  __typename: typename('Theme'),
  id: globalId('Theme'),
  code: (t) => `${t}.code`,
  pillar: (t) => `${t}.pillar`,
  nameZh: (t) => `${t}."nameZh"`,
  nameEn: (t) => `${t}."nameEn"`,
  sectionZh: (t) => `${t}."sectionZh"`,
};

const UPDATE: Record<string, (u: string) => string> = {
  __typename: typename('ProgressUpdate'),
  id: globalId('ProgressUpdate'),
  note: (u) => `${u}.note`,
  status: (u) => `${u}.status`,
  progress: (u) => `${u}.progress`,
  statusBefore: (u) => `${u}."statusBefore"`,
  progressBefore: (u) => `${u}."progressBefore"`,
  evidenceUrls: (u) => `${u}."evidenceUrls"`,
  occurredOn: (u) => date(`${u}."occurredOn"`),
  actor: (u) => `${u}."actorName"`,
  createdAt: (u) => timestamp(`${u}."createdAt"`),
};

const OWNER: Record<string, (o: string) => string> = {
  __typename: typename('Owner'),
  id: globalId('Owner'),
  name: (o) => `${o}.name`,
  kind: (o) => `${o}.kind`,
};

/**
 * An object over the selected keys, in the order asked: a one-row sub-select whose columns are named by the
 * response keys (GraphQL names, which shape.ts checks), turned into JSON by PostgreSQL's row output.
 * json_build_object would say the same, but it looks up every argument's type on every call: on a page it
 * cost PostgreSQL twice the CPU (docs/performance.md).
 */
const object = (fields: SelectedField[], value: (f: SelectedField) => string) =>
  `(SELECT o FROM (SELECT ${fields.map((f) => `${value(f)} AS "${f.key}"`).join(', ')}) o)`;

/** The cursor's JSON exactly as domain/cursor.ts writes it ({"v":…,"id":…,"o":…}), base64url without padding. */
function cursor(a: CompiledPageArgs, r: string): string {
  const v = {
    code: `to_json(${r}.code)::text`,
    progress: `${r}.progress::text`,
    updatedAt: `to_json(${timestamp(`${r}."updatedAt"`)})::text`,
    targetDate: `COALESCE(to_json(to_char(${r}."targetDate", 'YYYY-MM-DD"T00:00:00.000Z"'))::text, 'null')`,
  }[a.ordering.col];
  return base64url(`'{"v":' || ${v} || ',"id":' || ${r}.id || ',"o":"${a.ordering.col}:${a.ordering.dir}"}'`);
}

/**
 * PageInfo's fields, as domain/connection.ts answers them, over the page's rows numbered from the cursor it
 * was read from (n = 1 is the first edge forward, the last one backward) and the filter's `matching` conditions.
 */
function pageInfoFields(
  a: CompiledPageArgs,
  matching: string[],
  p: (v: unknown) => string,
): Record<string, () => string> {
  const size = literal(a.req.size);
  const nearest = () => (a.req.size > 0 ? `(SELECT ${cursor(a, 'r')} FROM page r WHERE r.n = 1)` : 'NULL::text');
  const farthest = () =>
    `(SELECT ${cursor(a, 'r')} FROM page r WHERE r.n = LEAST(${size}, (SELECT count(*) FROM page)))`;
  const more = () => `((SELECT count(*) FROM page) > ${size})`;
  // The side the page was not read towards: any match beyond the cursor given there.
  const outside = () => {
    const seek = outsideSeek(a.ordering, a.req);
    return seek
      ? `EXISTS (SELECT 1 FROM "Recommendation" r WHERE ${[...matching, seekSql(seek, 'r', p)].join(' AND ')})`
      : 'false';
  };
  const back = a.req.backward;
  return {
    hasNextPage: back ? outside : more,
    hasPreviousPage: back ? more : outside,
    startCursor: back ? farthest : nearest,
    endCursor: back ? nearest : farthest,
    __typename: typename('PageInfo'),
  };
}

export function compiledPageStatement(root: SelectedField[], a: CompiledPageArgs): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const p = (v: unknown) => (values.push(v), `$${values.length}`);
  // Written once, with its boundaries as parameters, however many times the field and the filter use it.
  let healthExpression: string | undefined;
  const health = () => (healthExpression ??= healthSql(a.now, a.health, p));
  // Sizes are written into the text, not bound: with no parameter left, PostgreSQL plans a prepared statement
  // once per connection; a bound LIMIT made it re-plan on every call (its generic plan guesses the size).
  const size = literal(a.req.size);
  const backward = a.req.backward;
  // The page is read from its cursor outwards: in the list's order, or reversed for `last` (row n = 1 is then
  // the last edge), and turned back into the list's order as the edges are aggregated.
  const order = orderSql(a.ordering, backward, 'r');

  // The entries' sub-select is ordered and json_agg reads it in that order (nothing between them re-sorts).
  const updates = (f: SelectedField) => `(SELECT COALESCE(json_agg(e), '[]'::json) FROM (
      SELECT ${f.children!.map((c) => `${UPDATE[c.name]('u')} AS "${c.key}"`).join(', ')} FROM "ProgressUpdate" u
      WHERE u."recommendationId" = r.id ORDER BY u."occurredOn" DESC, u.id DESC LIMIT ${literal(a.updatesLimit.get(f)!)}) e)`;
  // Lead owners first, then by id: the order of the owners loader (loaders.ts).
  const owners = (f: SelectedField) => `(SELECT COALESCE(json_agg(e), '[]'::json) FROM (
      SELECT ${f.children!.map((c) => `${OWNER[c.name]('o')} AS "${c.key}"`).join(', ')}
      FROM "RecommendationOwner" ro JOIN "Owner" o ON o.id = ro."ownerId"
      WHERE ro."recommendationId" = r.id ORDER BY ro."isLead" DESC, ro."ownerId" ASC) e)`;
  const node = (f: SelectedField) =>
    object(f.children!, (c) =>
      c.name === 'theme'
        ? object(c.children!, (t) => THEME[t.name]('t'))
        : c.name === 'updates'
          ? updates(c)
          : c.name === 'owners'
            ? owners(c)
            : c.name === 'health'
              ? health()
              : NODE[c.name]('r'),
    );
  const edge = (f: SelectedField) =>
    object(f.children!, (c) =>
      c.name === 'cursor' ? cursor(a, 'r') : c.name === 'node' ? node(c) : `'RecommendationEdge'`,
    );
  const pageInfo = (f: SelectedField) => {
    const fields = pageInfoFields(a, matching, p);
    return object(f.children!, (c) => fields[c.name]());
  };
  const connection = (f: SelectedField) =>
    object(f.children!, (c) =>
      c.name === 'edges'
        ? `(SELECT COALESCE(json_agg(e.edge ORDER BY e.n${backward ? ' DESC' : ''}), '[]'::json)
          FROM (SELECT r.n, ${edge(c)} AS edge FROM page r JOIN "Theme" t ON t.id = r."themeId" WHERE r.n <= ${size}) e)`
        : c.name === 'pageInfo'
          ? pageInfo(c)
          : // Every match, not one page: the filter's conditions without the cursor's.
            c.name === 'totalCount'
            ? `(SELECT count(*)::int FROM "Recommendation" r${matching.length ? ` WHERE ${matching.join(' AND ')}` : ''})`
            : `'RecommendationConnection'`,
    );

  const criteria = filterConditions(a.filter, p, health);
  const matching = [...(a.filter.includeArchived ? [] : ['r."archivedAt" IS NULL']), ...criteria];
  const conditions = [...matching, ...pageSeeks(a.ordering, a.req).map((seek) => seekSql(seek, 'r', p))];
  const data = object(root, (f) => (f.name === 'recommendations' ? connection(f) : `'Query'`));
  // The page keeps only the columns the statement reads: the long texts stay on disk unless asked for.
  const nodeFields = root.filter((f) => f.name === 'recommendations').flatMap(nodeFieldsOf);
  const columns = columnList(recommendationColumns(new Set(nodeFields.map((f) => f.name))), 'r');
  const text = `WITH page AS (
    SELECT ${columns}, row_number() OVER (ORDER BY ${order}) AS n FROM "Recommendation" r
    ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY ${order} LIMIT ${size} + 1)
  SELECT row_to_json(${data})::text AS body`;
  return { text, values };
}
