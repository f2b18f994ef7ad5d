// Answers a compilable `recommendations` query (shape.ts) with one statement that returns the response's
// `data` as JSON text, instead of resolving each of a page's ~1,000 fields in Node: on the benchmark's L that
// per-field work and its garbage were most of the server's CPU (docs/performance.md). It returns null, and
// the resolvers answer, whenever anything is outside what it compiles: an argument it does not cover
// (asOf), a value the resolvers would refuse (they word the error), or an unexpected failure.
// Only an unavailable database is answered here, with the error the resolvers would give.
import {
  getArgumentValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { AppContext } from '../../context';
import type { Prisma } from '../../generated/prisma/client';
import { queryJsonText } from '../../db/readModel/query';
import { dataFromJsonText } from './jsonText';
import { mayRead } from '../../domain/access/auth';
import { DomainError } from '../../errors';
import { isDatabaseUnavailable } from '../errorFormatting';
import { pageBounds, updatesLimit, type ListArgs } from '../../domain/catalog/recommendations';
import { listQuery } from '../../domain/catalog/recommendationFilter';
import { compilableSelection, nodeFieldsOf, type SelectedField } from './shape';
import { compiledPageStatement } from './pageSql';
import { readsInternal } from '../../domain/visibility/visibility';

export type SqlListRunner = (
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  ctx: AppContext,
) => Promise<ExecutionResult | null>;

/** The runner for a schema; it analyses each document once and prepares each statement text per handle. */
export function sqlListRunner(schema: GraphQLSchema): SqlListRunner {
  const recommendationsField = schema.getQueryType()!.getFields().recommendations;
  const updatesField = (schema.getType('Recommendation') as GraphQLObjectType).getFields().updates;
  // The analysis depends on the document only: done once per document that Apollo's store hands out.
  const shapes = new WeakMap<OperationDefinitionNode, SelectedField[] | null>();
  // A statement without parameters depends on nothing but the document and its variables (the clock, when a
  // query needs it, arrives as a parameter), so it is built once: building L's costs about 20 µs of the
  // request's Node time. Bounded per document, as variables can vary without end.
  const fixedStatements = new WeakMap<OperationDefinitionNode, Map<string, Prisma.Sql>>();

  return async (document, operation, variables, ctx) => {
    // A refused read is left to the resolvers, whose guard (readAccess.ts) words the refusal.
    if (!ctx.config.sqlCompiledLists || !mayRead(ctx.actor, ctx.config)) return null;
    if (!shapes.has(operation)) shapes.set(operation, compilableSelection(document, operation));
    const root = shapes.get(operation);
    if (!root) return null;
    const list = root.find((f) => f.name === 'recommendations')!;
    try {
      const args = getArgumentValues(recommendationsField, list.node, variables) as ListArgs;
      if (args.asOf) return null;
      // The statement differs for readers who may read internal text (domain/visibility).
      const variablesKey = `${readsInternal(ctx.actor)}:${JSON.stringify(variables)}`;
      const cached = fixedStatements.get(operation)?.get(variablesKey);
      // Awaited here, so that a failing statement reaches the catch below.
      if (cached) return await answer(ctx, cached);
      const query = listQuery(ctx, args.filter);
      const { req, ordering } = pageBounds(args);
      const limits = new Map<SelectedField, number>();
      for (const f of nodeFieldsOf(list).filter((c) => c.name === 'updates')) {
        const limit = updatesLimit(
          getArgumentValues(updatesField, f.node, variables).first as number | null | undefined,
        );
        if (limit === null) return null;
        limits.set(f, limit);
      }
      const statement = compiledPageStatement(root, { req, ordering, query, updatesLimit: limits, reader: ctx.actor });
      if (statement.values.length === 0) rememberStatement(fixedStatements, operation, variablesKey, statement);
      return await answer(ctx, statement);
    } catch (err) {
      // The database is down or hangs: answer now, as the resolvers would (the list field is non-null, so no
      // data), rather than make the resolvers wait for the same timeout again.
      if (isDatabaseUnavailable(err))
        return {
          data: null,
          errors: [new GraphQLError('database unavailable', { path: [list.key], originalError: err as Error })],
        };
      // Refusals of the arguments are worded by the resolvers; anything else is a bug here.
      if (!(err instanceof DomainError)) ctx.log.warn({ err }, 'compiled query failed; the resolvers answer it');
      return null;
    }
  };
}

/** The result, its data left as PostgreSQL's JSON text until something reads it (jsonText.ts). */
async function answer(ctx: AppContext, statement: Prisma.Sql): Promise<ExecutionResult> {
  const { text, body } = await queryJsonText(ctx.db, statement, true);
  return { data: dataFromJsonText(ctx.db, text, body) };
}

const MAX_FIXED_PER_DOCUMENT = 32;

function rememberStatement(
  cache: WeakMap<OperationDefinitionNode, Map<string, Prisma.Sql>>,
  operation: OperationDefinitionNode,
  variablesKey: string,
  statement: Prisma.Sql,
) {
  const byVariables = cache.get(operation) ?? new Map<string, Prisma.Sql>();
  if (byVariables.size >= MAX_FIXED_PER_DOCUMENT) byVariables.clear();
  byVariables.set(variablesKey, statement);
  cache.set(operation, byVariables);
}
