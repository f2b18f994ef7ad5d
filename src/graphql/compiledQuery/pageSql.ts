// The statement for a compiled `recommendations` query: PostgreSQL builds the whole `data` object, key by
// key in the order asked, with every value already in the form the API's scalars serialize to. Everything
// it reads of a record comes from the read model (db/readModel): each field's SQL (fields.ts), the filter,
// the keyset, the order and the cursors, as on the resolvers' path. This file only lays out the response.
// tests/graphql/compiledQuery.test.ts holds it to the resolvers' answer, byte for byte.
import { Prisma } from '../../generated/prisma/client';
import { derivePageInfo, outsideSeek, pageSeeks, rowsToRead, type PageRequest } from '../../domain/paging/connection';
import { orderSql, type KeyColumn, type Ordering } from '../../db/readModel/keyset';
import { columnList } from '../../db/readModel/columns';
import { cursorSql } from '../../db/readModel/cursor';
import { FIELDS_OF_TYPE, type FieldEnv } from '../../db/readModel/fields';
import { whereSql } from '../../db/readModel/filter';
import { latestEntriesSql, ownersOfSql } from '../../db/readModel/related';
import { healthSql } from '../../db/readModel/health';
import { typenameJson } from '../../db/readModel/json';
import { matchingSql, pageColumns, readsRank, recordsSql, type ListQuery } from '../../db/readModel/page';
import { nodeFieldsOf, type SelectedField } from './shape';
import { visibleTextSql, type Reader } from '../../domain/visibility/visibility';

export interface CompiledPageArgs {
  /** Checked (domain/catalog/recommendations.ts's pageBounds). */
  req: PageRequest;
  ordering: Ordering<KeyColumn>;
  /** The validated filter and the request's clock (domain/catalog/recommendationFilter.ts's listQuery). */
  query: ListQuery;
  /** `updates(first)` of each selected updates field. */
  updatesLimit: ReadonlyMap<SelectedField, number>;
  /** Who reads: an internal entry's text is theirs only when signed in. */
  reader: Reader;
}

const R = Prisma.raw('r');

/** An integer written into the statement; run.ts has checked the bounds, this refuses anything else outright. */
function literal(n: number): Prisma.Sql {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a page size: ${n}`);
  return Prisma.raw(String(n));
}

/**
 * An object over the selected keys, in the order asked: a one-row sub-select whose columns are named by the
 * response keys (GraphQL names, which shape.ts checks), turned into JSON by PostgreSQL's row output.
 * json_build_object would say the same, but it looks up every argument's type on every call: on a page it
 * cost PostgreSQL twice the CPU (docs/performance.md).
 */
const object = (fields: SelectedField[], value: (f: SelectedField) => Prisma.Sql) =>
  Prisma.sql`(SELECT o FROM (SELECT ${Prisma.join(
    fields.map((f) => Prisma.sql`${value(f)} AS ${Prisma.raw(`"${f.key}"`)}`),
    ', ',
  )}) o)`;

/** The selected fields of `type` over the row `x`, named by their response keys. */
const selectList = (f: SelectedField, type: 'ProgressUpdate' | 'Owner', x: string, env: FieldEnv) =>
  Prisma.join(
    f.children!.map(
      (c) => Prisma.sql`${FIELDS_OF_TYPE[type][c.name].json!(Prisma.raw(x), env)} AS ${Prisma.raw(`"${c.key}"`)}`,
    ),
    ', ',
  );

/** A JSON list of the rows of `rows`, in their order. */
const jsonList = (rows: Prisma.Sql) => Prisma.sql`(SELECT COALESCE(json_agg(e), '[]'::json) FROM (${rows}) e)`;

/** PageInfo's fields, derived as domain/paging/connection.ts derives them, over the page's rows numbered from its cursor. */
function pageInfoFields(a: CompiledPageArgs): Record<string, () => Prisma.Sql> {
  const size = literal(a.req.size);
  const cursor = cursorSql(a.ordering, R);
  // The side the page was not read towards: any match beyond the cursor given there.
  const seek = outsideSeek(a.ordering, a.req);
  const derived = derivePageInfo<() => Prisma.Sql, () => Prisma.Sql>(
    a.req,
    {
      readMore: () => Prisma.sql`((SELECT count(*) FROM page) > ${size})`,
      beyondCursor:
        seek &&
        (() =>
          Prisma.sql`EXISTS (SELECT 1 FROM ${recordsSql(a.query, readsRank(null, [seek]))} r ${whereSql(matchingSql(a.query, R, [seek]))})`),
      nearest: () =>
        a.req.size > 0 ? Prisma.sql`(SELECT ${cursor} FROM page r WHERE r.n = 1)` : Prisma.sql`NULL::text`,
      farthest: () =>
        Prisma.sql`(SELECT ${cursor} FROM page r WHERE r.n = LEAST(${size}, (SELECT count(*) FROM page)))`,
    },
    () => Prisma.sql`false`,
  );
  return { ...derived, __typename: () => typenameJson('PageInfo') };
}

function nodeSql(f: SelectedField, a: CompiledPageArgs): Prisma.Sql {
  const env: FieldEnv = {
    theme: Prisma.raw('t'),
    health: () => healthSql(a.query.env.now, a.query.env.health, R),
    text: visibleTextSql(a.reader),
  };
  // The entries' sub-select is ordered and json_agg reads it in that order (nothing between them re-sorts).
  const updates = (c: SelectedField) =>
    jsonList(latestEntriesSql(selectList(c, 'ProgressUpdate', 'u', env), R, literal(a.updatesLimit.get(c)!), null));
  const owners = (c: SelectedField) => jsonList(ownersOfSql(selectList(c, 'Owner', 'o', env), R));
  const theme = (c: SelectedField) => object(c.children!, (t) => FIELDS_OF_TYPE.Theme[t.name].json!(env.theme, env));
  const relations = { Theme: theme, ProgressUpdate: updates, Owner: owners };
  return object(f.children!, (c) => {
    const field = FIELDS_OF_TYPE.Recommendation[c.name];
    return field.relation ? relations[field.relation](c) : field.json!(R, env);
  });
}

function connectionSql(f: SelectedField, a: CompiledPageArgs): Prisma.Sql {
  const size = literal(a.req.size);
  const edge = (e: SelectedField) =>
    object(e.children!, (c) =>
      c.name === 'cursor'
        ? cursorSql(a.ordering, R)
        : c.name === 'node'
          ? nodeSql(c, a)
          : typenameJson('RecommendationEdge'),
    );
  const pageInfo = pageInfoFields(a);
  return object(f.children!, (c) =>
    c.name === 'edges'
      ? Prisma.sql`(SELECT COALESCE(json_agg(e.edge ORDER BY e.n${Prisma.raw(a.req.backward ? ' DESC' : '')}), '[]'::json)
          FROM (SELECT r.n, ${edge(c)} AS edge FROM page r JOIN "Theme" t ON t.id = r."themeId" WHERE r.n <= ${size}) e)`
      : c.name === 'pageInfo'
        ? object(c.children!, (p) => pageInfo[p.name]())
        : // Every match, not one page: the filter's conditions without the cursor's.
          c.name === 'totalCount'
          ? Prisma.sql`(SELECT count(*)::int FROM "Recommendation" r ${whereSql(matchingSql(a.query, R))})`
          : typenameJson('RecommendationConnection'),
  );
}

export function compiledPageStatement(root: SelectedField[], a: CompiledPageArgs): Prisma.Sql {
  // Sizes are written into the text, not bound: with no parameter left, PostgreSQL plans a prepared statement
  // once per connection; a bound LIMIT made it re-plan on every call (its generic plan guesses the size).
  // The page is read from its cursor outwards: in the list's order, or reversed for `last` (row n = 1 is then
  // the last edge), and turned back into the list's order as the edges are aggregated.
  const order = orderSql(a.ordering, a.req.backward, R);
  const data = object(root, (f) => (f.name === 'recommendations' ? connectionSql(f, a) : typenameJson('Query')));
  // The page keeps only the columns the statement reads: the long texts stay on disk unless asked for.
  const nodeFields = root.filter((f) => f.name === 'recommendations').flatMap(nodeFieldsOf);
  const ranked = readsRank(a.ordering);
  const columns = columnList(pageColumns(new Set(nodeFields.map((f) => f.name)), ranked), R);
  return Prisma.sql`WITH page AS (
    SELECT ${columns}, row_number() OVER (ORDER BY ${order}) AS n FROM ${recordsSql(a.query, ranked)} r
    ${whereSql(matchingSql(a.query, R, pageSeeks(a.ordering, a.req)))}
    ORDER BY ${order} LIMIT ${literal(rowsToRead(a.req))})
  SELECT row_to_json(${data})::text AS body`;
}
