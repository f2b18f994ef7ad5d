// The cost limit, for HTTP (costLimitPlugin) and subscriptions (http/subscriptions.ts) alike: one function,
// costError. The model is graphql-armor's (a field costs 1, an object 2 plus 1.5 times its fields, a list
// that many times its page size), with two things armor's own rule cannot see:
// - the request's real page sizes: `first: $n`, `last`, an omitted size (its default), `nodes(ids:)`'s ids;
//   armor reads only a literal `first`, so a variable could hide a page of 200 with 200 log entries each;
// - how large a text field can be: a note may hold 10,000 characters, an id a few dozen, and a page of
//   notes is as large as its notes. Each long text field weighs one unit per TEXT_CHARS_PER_COST characters
//   of its maximum (domain/validation.ts's LIMITS, the one source of those maxima).
// graphql-query-complexity walks the document (variables coerced, defaults applied, @skip/@include
// honoured, fragments inlined, the costliest type of a union or interface); the estimator below is the model.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE } from '../domain/paging/connection';
import { LIMITS as TEXT } from '../domain/validation';

const COST = Object.freeze({ scalar: 1, object: 2, depthFactor: 1.5 });
/** How many characters of a text field's maximum weigh as much as one ordinary field. */
const TEXT_CHARS_PER_COST = 2_000;

/** The text fields whose maximum is far above an ordinary field's size, by `Type.field`. */
const TEXT_MAXIMA: Readonly<Record<string, number>> = Object.freeze({
  'ProgressUpdate.note': TEXT.note,
  'Proposal.note': TEXT.note,
  'Recommendation.summaryEn': TEXT.summary,
  'Recommendation.summaryZh': TEXT.summary,
  'Recommendation.quote': TEXT.quote,
  'QuoteRevision.previousQuote': TEXT.quote,
  'QuoteRevision.newQuote': TEXT.quote,
  'QuoteRevision.reason': TEXT.reason,
  'TargetDateRevision.reason': TEXT.reason,
  'Proposal.reason': TEXT.reason,
  'Proposal.rejectionReason': TEXT.reason,
});

const scalarCost = (coordinate: string) =>
  Math.max(COST.scalar, Math.ceil((TEXT_MAXIMA[coordinate] ?? 0) / TEXT_CHARS_PER_COST));

/**
 * How many items a field returns at most: the larger of `first` and `last` (defaults applied), else a
 * connection's DEFAULT_PAGE (its sizes have no schema default); for `nodes(ids:)`, the number of ids. Null
 * for any other field, and for a list whose size has neither (counted once, as armor does).
 */
function sizeOf(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number | null {
  if (field.args.some((a) => a.name === 'ids')) return Array.isArray(args.ids) ? args.ids.length : null;
  const sizes = [args.first, args.last].filter((v): v is number => Number.isSafeInteger(v));
  if (sizes.length) return Math.max(...sizes);
  const pageArgs = field.args.filter((a) => a.name === 'first' || a.name === 'last');
  return pageArgs.length === 2 ? DEFAULT_PAGE : null;
}

const armorModel: ComplexityEstimator = ({ type, field, node, args, childComplexity }) => {
  // The playground's introspection query is exempt, as armor exempts it.
  if (field.name === '__schema' || field.name === '__type') return 0;
  const own = node.selectionSet
    ? COST.object + COST.depthFactor * childComplexity
    : scalarCost(`${type.name}.${field.name}`);
  return own * (sizeOf(field, args) ?? 1);
};

export interface CostedRequest {
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
}

/** The cost of the operation that `request` runs, with its variables; throws when it is too intricate to cost. */
function operationCost(schema: GraphQLSchema, request: CostedRequest): number {
  return getComplexity({
    schema,
    query: request.document,
    variables: request.variables ?? {},
    ...(request.operationName ? { operationName: request.operationName } : {}),
    estimators: [armorModel],
  });
}

/**
 * The error for an operation that costs more than `maxCost`, or is too intricate to cost (graphql-query-complexity
 * stops at 10,000 fields, which fragments spread again and again can reach); else undefined. An operation that
 * execution would refuse before running anything (no such operation, variables of the wrong type) is left to
 * it, so that its error reads as it always has.
 */
export function costError(schema: GraphQLSchema, request: CostedRequest, maxCost: number): GraphQLError | undefined {
  const operation = getOperationAST(request.document, request.operationName);
  if (!operation) return undefined;
  if (getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}).errors) return undefined;
  // A validation error, as armor's limits are: the formatter makes it BAD_USER_INPUT (reason kept).
  const refusal = (message: string) =>
    new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
  let cost: number;
  try {
    cost = operationCost(schema, request);
  } catch (err) {
    return refusal((err as Error).message);
  }
  if (cost <= maxCost) return undefined;
  const found = Math.round(cost);
  return refusal(
    `Query Cost limit of ${maxCost} exceeded, found ${found}. Ask for smaller pages (first) or fewer nested fields.`,
  );
}

export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  // Without variables a one-operation document costs the same every time, and Apollo hands a repeated query
  // the same parsed document: its verdict is kept with it rather than walking the document on every request.
  const verdicts = new WeakMap<DocumentNode, GraphQLError | undefined>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
          const fixed = operations.length === 1 && !operations[0].variableDefinitions?.length;
          const costed = { document, variables: request.variables, operationName: request.operationName };
          const error = fixed && verdicts.has(document) ? verdicts.get(document) : costError(schema, costed, maxCost);
          if (fixed) verdicts.set(document, error);
          if (error) throw error;
        },
      };
    },
  };
}
