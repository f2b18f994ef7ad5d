// The cost limit, made to see real page sizes. graphql-armor's cost rule multiplies a field's cost by a
// literal `first`, but counts `first: $n` and an omitted `first` (which defaults to 50) as 1, so a variable
// could hide a page of 200 with 200 log entries each. This plugin writes the request's actual page sizes
// (variables, else schema defaults) into a copy of the document and runs armor's own rule over that copy.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, TypeInfo, validate, visit, visitWithTypeInfo, type ArgumentNode, type DocumentNode, type GraphQLSchema } from 'graphql';

const PAGE_ARGS = new Set(['first', 'last']);
const OFF = { enabled: false } as const;

function pageSize(given: ArgumentNode | undefined, fallback: unknown, variables: Record<string, unknown>): number | null {
  if (given?.value.kind === Kind.VARIABLE) {
    const v = variables[given.value.name.value];
    return Number.isSafeInteger(v) ? (v as number) : null;
  }
  if (given) return null; // a literal: armor reads it itself
  return Number.isSafeInteger(fallback) ? (fallback as number) : null;
}

/** The document with every `first`/`last` argument spelled out as the integer this request will use. */
export function withPageSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(document, visitWithTypeInfo(typeInfo, {
    Field(node) {
      const arg = typeInfo.getFieldDef()?.args.find((a) => PAGE_ARGS.has(a.name));
      if (!arg) return undefined;
      const given = node.arguments?.find((a) => a.name.value === arg.name);
      const size = pageSize(given, arg.defaultValue, variables);
      if (size === null) return undefined;
      const literal: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: arg.name }, value: { kind: Kind.INT, value: String(size) } };
      return { ...node, arguments: [literal, ...(node.arguments ?? []).filter((a) => a !== given)] };
    },
  }));
}

export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const only = { maxDepth: OFF, maxAliases: OFF, maxTokens: OFF, maxDirectives: OFF, blockFieldSuggestion: OFF };
  const rules = new ApolloArmor({ ...only, costLimit: { maxCost } }).protect().validationRules;
  // Without variables a document costs the same every time, and Apollo hands a repeated query the same parsed
  // document: its verdict is kept with it rather than walking the document with type info on every request.
  const verdicts = new WeakMap<DocumentNode, GraphQLError | undefined>();
  const costError = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>) => {
    const fixed = document.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || !d.variableDefinitions?.length);
    if (fixed && verdicts.has(document)) return verdicts.get(document);
    const [error] = validate(schema, withPageSizes(schema, document, variables), rules);
    if (fixed) verdicts.set(document, error);
    return error;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const error = costError(schema, document, request.variables ?? {});
          if (!error) return;
          throw new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} Ask for smaller pages (first) or fewer nested fields.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
          });
        },
      };
    },
  };
}
