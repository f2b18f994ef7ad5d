// The field names asked of a resolver's result, through fragments, so that a loader can read only the
// columns they need. @skip/@include are ignored: a skipped field only costs a column read for nothing.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The field nodes of a selection set, through fragments and inline fragments. */
export function fieldNodesOf(
  set: SelectionSetNode | undefined,
  fragments: GraphQLResolveInfo['fragments'],
  out: FieldNode[] = [],
): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) fieldNodesOf(s.selectionSet, fragments, out);
    else fieldNodesOf(fragments[s.name.value]?.selectionSet, fragments, out);
  }
  return out;
}

/**
 * The names selected under the nodes of one (merged) field. The page's look-ahead (pageLookahead.ts) and the
 * field's own resolver both name a read by this, so that what one primes is what the other reads.
 */
export const fieldNamesOf = (nodes: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): Set<string> =>
  new Set(nodes.flatMap((n) => fieldNodesOf(n.selectionSet, fragments)).map((f) => f.name.value));

/** Every record of a page shares one fieldNodes array: the walk is done once per page, not once per record. */
const seen = new WeakMap<readonly FieldNode[], Set<string>>();

export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  let names = seen.get(info.fieldNodes);
  if (!names) seen.set(info.fieldNodes, (names = fieldNamesOf(info.fieldNodes, info.fragments)));
  return names;
}
