// What a `recommendations` query will ask of each record, read from the query before the page is fetched,
// so that the page, its themes and its latest log entries come back in one statement (db/readModel/page.ts)
// instead of one per relation. It only ever adds reads: a field it does not foresee is resolved as usual.
import { getArgumentValues, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import type { PageIncludes } from '../../db/readModel/page';
import { updatesLimit } from '../../domain/catalog/recommendations';
import { fieldNamesOf, fieldNodesOf } from './selection';

/** Beyond this many differently-limited `updates` fields, the rest are fetched by their loaders. */
const MAX_UPDATE_READS = 3;

/** The fields selected under every `name` field among `nodes`. */
const childFields = (nodes: readonly FieldNode[], name: string, info: GraphQLResolveInfo) =>
  nodes.filter((n) => n.name.value === name).flatMap((n) => fieldNodesOf(n.selectionSet, info.fragments));

/** The reads each record of the page will need, from the `recommendations` field's own resolve info. */
export function pageIncludes(info: GraphQLResolveInfo): PageIncludes {
  const connectionFields = info.fieldNodes.flatMap((n) => fieldNodesOf(n.selectionSet, info.fragments));
  const updatesField = (info.schema.getType('Recommendation') as GraphQLObjectType).getFields().updates;
  const nodeFields = childFields(childFields(connectionFields, 'edges', info), 'node', info);
  // Fields under one response key are merged by GraphQL (and must share arguments): group them the same way,
  // so that each `updates` read matches the loader its resolver will ask for (db/loaders.ts's updatesReadKey).
  const updatesByKey = new Map<string, FieldNode[]>();
  for (const f of nodeFields) {
    if (f.name.value !== 'updates') continue;
    const key = f.alias?.value ?? f.name.value;
    updatesByKey.set(key, [...(updatesByKey.get(key) ?? []), f]);
  }
  const updates: PageIncludes['updates'] = [];
  for (const nodes of updatesByKey.values()) {
    // An out-of-range limit is left to the resolver to refuse.
    const limit = updatesLimit(
      getArgumentValues(updatesField, nodes[0], info.variableValues).first as number | null | undefined,
    );
    if (limit === null) continue;
    const fields = fieldNamesOf(nodes, info.fragments);
    if (!updates.some((u) => u.limit === limit && sameSet(u.fields, fields))) updates.push({ limit, fields });
  }
  return {
    fields: new Set(nodeFields.map((n) => n.name.value)),
    theme: nodeFields.some((f) => f.name.value === 'theme' || f.name.value === 'pillar' || f.name.value === 'document'),
    updates: updates.slice(0, MAX_UPDATE_READS),
  };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));
