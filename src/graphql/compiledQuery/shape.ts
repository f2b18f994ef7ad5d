// Which operations can be answered by one compiled SQL statement, and what they select. An operation
// qualifies when its only root field is `recommendations` and everything it selects below is a field that
// the read model's field table gives SQL for, or one of the relations it joins (theme, owners, entries):
// the list that dashboards and scripts poll. Anything else (a directive, a field resolved from other rows,
// a merged duplicate key, an unknown type condition) is left to the resolvers, which answer every query.
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { FIELDS_OF_TYPE, type FieldRead } from '../../db/readModel/fields';

/** A selected field: its response key, its name, its node (for arguments) and, for objects, what it selects. */
export interface SelectedField {
  key: string;
  name: string;
  node: FieldNode;
  children: SelectedField[] | null;
}

/** The fields of a record type that the read model's field table gives SQL for, and the relations it joins. */
const compilable = (fields: Record<string, FieldRead>): Record<string, string | null> =>
  Object.fromEntries(
    Object.entries(fields).flatMap(([name, f]): [string, string | null][] =>
      f.relation ? [[name, f.relation]] : f.json ? [[name, null]] : [],
    ),
  );

/** The fields each type may select for the compiled path, and which of them are objects (with their type). */
const ALLOWED: Record<string, Record<string, string | null>> = {
  Query: { __typename: null, recommendations: 'RecommendationConnection' },
  RecommendationConnection: { __typename: null, totalCount: null, edges: 'RecommendationEdge', pageInfo: 'PageInfo' },
  RecommendationEdge: { __typename: null, cursor: null, node: 'Recommendation' },
  PageInfo: { __typename: null, hasNextPage: null, hasPreviousPage: null, startCursor: null, endCursor: null },
  ...Object.fromEntries(Object.entries(FIELDS_OF_TYPE).map(([type, fields]) => [type, compilable(fields)])),
};

/** Response keys become JSON keys written into the statement: GraphQL names only, and not too many per object. */
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const MAX_KEYS = 40;

class Unsupported extends Error {}

function collect(
  set: SelectionSetNode,
  type: string,
  fragments: Record<string, FragmentDefinitionNode>,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const s of set.selections) {
    if (s.directives?.length) throw new Unsupported();
    if (s.kind === Kind.FIELD) out.push(s);
    else {
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments[s.name.value];
      if (
        !fragment ||
        (fragment.typeCondition && fragment.typeCondition.name.value !== type) ||
        fragment.directives?.length
      )
        throw new Unsupported();
      collect(fragment.selectionSet, type, fragments, out);
    }
  }
  return out;
}

function select(
  set: SelectionSetNode,
  type: string,
  fragments: Record<string, FragmentDefinitionNode>,
): SelectedField[] {
  const allowed = ALLOWED[type];
  const fields: SelectedField[] = [];
  const keys = new Set<string>();
  for (const node of collect(set, type, fragments)) {
    const name = node.name.value;
    const key = node.alias?.value ?? name;
    // A key selected twice is merged by GraphQL; the compiled path does not merge, so it steps aside.
    if (!Object.hasOwn(allowed, name) || keys.has(key) || !NAME.test(key)) throw new Unsupported();
    keys.add(key);
    const childType = allowed[name];
    if ((childType === null) !== !node.selectionSet) throw new Unsupported();
    fields.push({
      key,
      name,
      node,
      children: childType && node.selectionSet ? select(node.selectionSet, childType, fragments) : null,
    });
  }
  if (fields.length > MAX_KEYS) throw new Unsupported();
  return fields;
}

/** The compiled path's view of an operation, or null when the resolvers must answer it. */
export function compilableSelection(
  document: DocumentNode,
  operation: OperationDefinitionNode,
): SelectedField[] | null {
  if (operation.operation !== 'query' || operation.directives?.length) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  try {
    const root = select(operation.selectionSet, 'Query', fragments);
    return root.filter((f) => f.name === 'recommendations').length === 1 ? root : null;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** The Recommendation fields a compiled `recommendations` field selects under edges { node }. */
export const nodeFieldsOf = (list: SelectedField): SelectedField[] =>
  (list.children ?? [])
    .filter((f) => f.name === 'edges')
    .flatMap((f) => f.children ?? [])
    .filter((f) => f.name === 'node')
    .flatMap((f) => f.children ?? []);
