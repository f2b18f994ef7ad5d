// What a `recommendations` query will ask of each record, read from the query before the page is fetched,
// so that the page, its themes and its latest log entries come back in one statement (services/plainPage.ts)
// instead of one per relation. It only ever adds reads: a field it does not foresee is resolved as usual.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';
import type { PageIncludes } from '../services/plainPage';

/** The resolver's default, and the bounds it enforces (an out-of-range limit is left to it to refuse). */
const DEFAULT_UPDATES = 20;
const MAX_UPDATES = 200;
/** Beyond this many differently-limited `updates` fields, the rest are fetched by their loaders. */
const MAX_UPDATE_READS = 3;

/** The field nodes of a selection set, through fragments and inline fragments (@skip/@include ignored: reading more is harmless). */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: FieldNode[] = []): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldsOf(s.selectionSet, info, out);
    else fieldsOf(info.fragments[s.name.value]?.selectionSet, info, out);
  }
  return out;
}

/** The fields selected under every `name` field among `nodes`. */
const childFields = (nodes: readonly FieldNode[], name: string, info: GraphQLResolveInfo) =>
  nodes.filter((n) => n.name.value === name).flatMap((n) => fieldsOf(n.selectionSet, info));

function intArgument(node: FieldNode, name: string, info: GraphQLResolveInfo): number | null | undefined {
  const arg = node.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const v: ValueNode = arg.value;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) return (info.variableValues[v.name.value] as number | null | undefined) ?? undefined;
  return null;
}

/** The reads each record of the page will need, from the `recommendations` field's own resolve info. */
export function pageIncludes(info: GraphQLResolveInfo): PageIncludes {
  const connectionFields = info.fieldNodes.flatMap((n) => fieldsOf(n.selectionSet, info));
  const nodeFields = childFields(childFields(connectionFields, 'edges', info), 'node', info);
  // Fields under one response key are merged by GraphQL (and must share arguments): group them the same way,
  // so that each `updates` read matches the loader its resolver will ask for.
  const updatesByKey = new Map<string, FieldNode[]>();
  for (const f of nodeFields) {
    if (f.name.value !== 'updates') continue;
    const key = f.alias?.value ?? f.name.value;
    updatesByKey.set(key, [...(updatesByKey.get(key) ?? []), f]);
  }
  const updates: PageIncludes['updates'] = [];
  for (const nodes of updatesByKey.values()) {
    const first = intArgument(nodes[0], 'first', info);
    const limit = first ?? DEFAULT_UPDATES;
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_UPDATES) continue;
    const fields = new Set(nodes.flatMap((n) => fieldsOf(n.selectionSet, info)).map((n) => n.name.value));
    if (!updates.some((u) => u.limit === limit && sameSet(u.fields, fields))) updates.push({ limit, fields });
  }
  return {
    fields: new Set(nodeFields.map((n) => n.name.value)),
    theme: nodeFields.some((f) => f.name.value === 'theme' || f.name.value === 'pillar' || f.name.value === 'document'),
    updates: updates.slice(0, MAX_UPDATE_READS),
  };
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));
