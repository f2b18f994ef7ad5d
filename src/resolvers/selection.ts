// The field names asked of a resolver's result, through fragments, so that a loader can read only the
// columns they need. @skip/@include are ignored: a skipped field only costs a column read for nothing.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Every record of a page shares one fieldNodes array: the walk is done once per page, not once per record. */
const seen = new WeakMap<readonly FieldNode[], Set<string>>();

export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const cached = seen.get(info.fieldNodes);
  if (cached) return cached;
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  seen.set(info.fieldNodes, names);
  return names;
}
