// Queries run through graphql-jit, which compiles each operation once into plain JavaScript, instead of
// graphql-js, which walks the document and the schema for every field of every response: on a page of
// 50 records that walk was most of the GraphQL share of the CPU (docs/performance.md). Apollo has no
// executor option; a "gateway" that hands Apollo our own schema and executor is its one supported way in,
// and it leaves parsing, validation (armor's rules), plugins, the context and formatError where they were.
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import {
  execute,
  getVariableValues,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { AppContext } from '../context';
import type { SqlListRunner } from './compiledQuery/run';
import { isDatabaseUnavailable } from './errorFormatting';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = Awaited<ReturnType<Gateway['load']>>['executor'];

/**
 * Compiled operations per parsed document. Apollo's document store hands out the same DocumentNode for a
 * repeated query, so this cache lives and dies with that store's entries.
 */
function jitOperationCache(schema: GraphQLSchema) {
  const byDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  return (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = byDocument.get(document);
    if (!byName) byDocument.set(document, (byName = new Map()));
    const key = operationName ?? '';
    if (!byName.has(key)) {
      const compiled = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, isCompiledQuery(compiled) ? compiled : null);
    }
    return byName.get(key)!;
  };
}

/**
 * First the compiled SQL path (compiledQuery/run.ts) for the list queries it covers: one statement that
 * returns the response data, no resolvers. Then graphql-jit for queries whose variables graphql-js accepts.
 * Everything else goes to graphql-js: mutations
 * (their cost is the database's, and their fields must run in order), no resolvable operation, rejected
 * variables, what jit cannot compile, and any query that jit answered with an error. jit's errors lack what
 * graphql-js's carry (an `extensions` object, the field nodes) and may differ in order or wording, so an
 * erring query, a read, is run again by graphql-js, and every error a client or formatError sees is its own.
 */
function jitExecutor(schema: GraphQLSchema, sqlCompiled?: SqlListRunner): Executor {
  const compiled = jitOperationCache(schema);
  return async ({ document, operation, request, context }) => {
    // The name the client sent: Apollo's `operationName` is the resolved operation's, null when none resolved.
    const operationName = request.operationName ?? null;
    const variableValues = request.variables ?? {};
    const viaGraphqlJs = () =>
      execute({ schema, document, contextValue: context, variableValues, operationName }) as Promise<ExecutionResult>;
    // No operation (none named, or several and no name): graphql-js's error is the one Apollo turns into a 400.
    if ((operation as typeof operation | undefined)?.operation !== 'query') return viaGraphqlJs();
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variableValues, { maxErrors: 50 });
    if ('errors' in coerced) return viaGraphqlJs();
    const answered = sqlCompiled
      ? await sqlCompiled(document, operation, coerced.coerced, context as AppContext)
      : null;
    if (answered) return answered;
    const query = compiled(document, operationName);
    if (!query) return viaGraphqlJs();
    const result = await query.query(undefined, context, variableValues);
    if (!result.errors?.length) return result;
    // The database is down or hangs: running the query again would only wait for the same timeout. These
    // errors are rebuilt as graphql-js's own (with the cause), which is all formatError needs of them.
    if (result.errors.every((e) => isDatabaseUnavailable(e.originalError))) {
      return {
        data: result.data,
        errors: result.errors.map((e) => new GraphQLError(e.message, { path: e.path, originalError: e.originalError })),
      };
    }
    return viaGraphqlJs();
  };
}

/** The gateway Apollo asks for its schema and executor; the schema never changes, so there is nothing to watch. */
export function jitGateway(schema: GraphQLSchema, sqlCompiled?: SqlListRunner): Gateway {
  return {
    async load() {
      return { schema, executor: jitExecutor(schema, sqlCompiled) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
