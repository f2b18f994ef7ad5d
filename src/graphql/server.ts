// Apollo wiring, free of side effects: schema, resolvers, limits and the error formatter.
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { getOperationAST, Kind, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { AppContext } from '../context';
import { resolvers } from './resolvers';
import { classifyError, createFormatError } from './errorFormatting';
import { costLimitPlugin } from './costLimit';
import { jitGateway } from './executor';
import { sqlListRunner } from './compiledQuery/run';
import { stringifyResult } from './compiledQuery/jsonText';
import { projectRoot } from '../projectRoot';
import { httpStatusPlugin } from './httpStatus';
import { cappedStringify } from './responseSize';
import { guardReads } from './readAccess';

export const typeDefs = fs.readFileSync(path.join(projectRoot, 'schema.graphql'), 'utf8');

/**
 * Query limits. The cost (armor's model, with real page sizes and long text weighed by its maximum length: see
 * costLimit.ts) lets a page of 200 with every field and 20 log entries each through (about 336,000), but not
 * 200 entries each, 100 records' 200 notes each, or an alias bomb.
 */
export const LIMITS = Object.freeze({ depth: 10, aliases: 15, tokens: 3_000, directives: 20, cost: 350_000 });

/**
 * A write that fails (forbidden, invalid, conflicting, or broken) leaves no data behind, so its attempt is
 * recorded here instead: one warn line with the mutation, who tried it and the codes the client got.
 * The actor comes from the context, which never holds the token itself.
 */
function failedWriteLogging(): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ operation, document, request, errors, contextValue }) {
          const op = operation ?? (document ? getOperationAST(document, request.operationName) : null);
          if (op?.operation !== 'mutation') return;
          const fields = op.selectionSet.selections.flatMap((f) => (f.kind === Kind.FIELD ? [f.name.value] : []));
          const actor = contextValue.actor
            ? { name: contextValue.actor.name, role: contextValue.actor.role }
            : { name: 'anonymous', role: null };
          contextValue.log.warn(
            { operation: fields.join(','), operationName: op.name?.value ?? null, actor, codes: errors.map(codeOf) },
            'write failed',
          );
        },
      };
    },
  };
}

const codeOf = (error: GraphQLError) => classifyError(error.toJSON(), error).code;

/** The executable schema, every read behind the read rule (readAccess.ts): Apollo's and the subscription server's. */
export const createSchema = () => guardReads(makeExecutableSchema({ typeDefs, resolvers }));

/** graphql-armor's limits, for Apollo and (its validation rules) for subscriptions alike. */
export function armorFor(config: Config) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    // graphql-js counts tokens itself (parseOptions below); armor's version of this check answers HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.directives },
    // Checked after variables are known, by costLimitPlugin below (costLimit.ts: one rule for HTTP and WebSocket).
    costLimit: { enabled: false },
    // Suggestions ("Did you mean…") reveal the schema; production hides them along with introspection.
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
}

export function createServer(deps: { config: Config; log: Logger; schema?: GraphQLSchema }): ApolloServer<AppContext> {
  const armor = armorFor(deps.config);
  const schema = deps.schema ?? createSchema();
  return new ApolloServer<AppContext>({
    gateway: jitGateway(schema, sqlListRunner(schema)),
    ...armor,
    // Cache control is on by default and visits every resolved field to compute cache hints nothing reads.
    plugins: [
      ...armor.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(LIMITS.cost),
      failedWriteLogging(),
      httpStatusPlugin(),
    ],
    parseOptions: { maxTokens: LIMITS.tokens },
    introspection: deps.config.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(deps.log),
    // Copies the compiled path's JSON text into the response instead of parsing and re-stringifying it, and
    // refuses an answer over MAX_RESPONSE_BYTES as it measures that text (responseSize.ts).
    stringifyResult: cappedStringify(stringifyResult, deps.config.maxResponseBytes, deps.log),
  });
}
