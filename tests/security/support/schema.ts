// The schema's mutations, found by introspection, so suites iterate over what the API really offers.
import { buildSchema, graphqlSync } from 'graphql';
import { typeDefs } from '../../../src/graphql/server';

const INTROSPECT = '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }';

type Root = 'queryType' | 'mutationType';

/** Synchronous, so that `it.each` can be generated from it when Jest collects the tests. */
function rootFieldNames(root: Root): string[] {
  const result = graphqlSync({ schema: buildSchema(typeDefs), source: INTROSPECT });
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
  const data = result.data as { __schema: Record<Root, { fields: { name: string }[] }> };
  return data.__schema[root].fields.map((f) => f.name);
}

export const mutationNames = () => rootFieldNames('mutationType');
export const queryFieldNames = () => rootFieldNames('queryType');
