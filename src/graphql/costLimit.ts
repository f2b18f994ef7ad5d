// The cost limit, made to see real page sizes. graphql-armor's cost rule multiplies a field's cost by a
// literal `first`, but counts `first: $n` and an omitted `first` (which defaults to 50) as 1, so a variable
// could hide a page of 200 with 200 log entries each. This plugin writes the request's actual page sizes
// (variables, else defaults; `last` as `first`; the number of ids of `nodes`) into a copy of the document
// and runs armor's own rule over that copy.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { DEFAULT_PAGE } from '../domain/connection';

const PAGE_ARGS = new Set(['first', 'last']);
const OFF = { enabled: false } as const;

/** An argument's value in this request, variables resolved; undefined when not given. */
function valueOf(given: ArgumentNode | undefined, variables: Record<string, unknown>): unknown {
  if (!given) return undefined;
  const v = given.value;
  if (v.kind === Kind.VARIABLE) return variables[v.name.value];
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.LIST) return v.values;
  return null;
}

/**
 * How many items a field returns at most in this request: the larger of `first` and `last`, else the
 * schema's default, else (a connection, whose sizes have no schema default) the services' DEFAULT_PAGE;
 * for `nodes(ids:)`, the number of ids. Null for any other field.
 */
function sizeOf(
  def: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | null {
  const arg = (name: string) => node.arguments?.find((a) => a.name.value === name);
  if (def.args.some((a) => a.name === 'ids')) {
    const ids = valueOf(arg('ids'), variables);
    return Array.isArray(ids) ? ids.length : null;
  }
  const pageArgs = def.args.filter((a) => PAGE_ARGS.has(a.name));
  if (!pageArgs.length) return null;
  const sizes = pageArgs
    .map((a) => valueOf(arg(a.name), variables))
    .filter((v): v is number => Number.isSafeInteger(v));
  if (sizes.length) return Math.max(...sizes);
  const fallback =
    pageArgs.find((a) => a.name === 'first')?.defaultValue ?? (pageArgs.length === 2 ? DEFAULT_PAGE : undefined);
  return Number.isSafeInteger(fallback) ? (fallback as number) : null;
}

/** The document with every sized field's `first`/`last` replaced by one `first`, the integer this request will use. */
function withPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        const size = def ? sizeOf(def, node, variables) : null;
        if (size === null) return undefined;
        // Armor multiplies by the first `first` or `last` it finds: this copy (never executed) has only that one.
        const literal: ArgumentNode = {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: 'first' },
          value: { kind: Kind.INT, value: String(size) },
        };
        return { ...node, arguments: [literal, ...(node.arguments ?? []).filter((a) => !PAGE_ARGS.has(a.name.value))] };
      },
    }),
  );
}

export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const only = { maxDepth: OFF, maxAliases: OFF, maxTokens: OFF, maxDirectives: OFF, blockFieldSuggestion: OFF };
  const rules = new ApolloArmor({ ...only, costLimit: { maxCost } }).protect().validationRules;
  // Without variables a document costs the same every time, and Apollo hands a repeated query the same parsed
  // document: its verdict is kept with it rather than walking the document with type info on every request.
  const verdicts = new WeakMap<DocumentNode, GraphQLError | undefined>();
  const costError = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>) => {
    const fixed = document.definitions.every(
      (d) => d.kind !== Kind.OPERATION_DEFINITION || !d.variableDefinitions?.length,
    );
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
          throw new GraphQLError(
            `${error.message.replace(/^Syntax Error: /, '')} Ask for smaller pages (first) or fewer nested fields.`,
            {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            },
          );
        },
      };
    },
  };
}
