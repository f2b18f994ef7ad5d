// Apollo wiring, free of side effects: schema, resolvers, limits and the error formatter.
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { AppContext } from './context';
import { resolvers } from './resolvers';
import { createFormatError } from './errorFormatting';

export const typeDefs = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');

/** Query limits. The cost limit lets a full page (200) with nested logs through, but not an alias bomb. */
export const LIMITS = Object.freeze({ depth: 10, aliases: 15, tokens: 3_000, directives: 20, cost: 20_000 });

export function createServer(deps: { config: Config; log: Logger }): ApolloServer<AppContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    maxTokens: { n: LIMITS.tokens },
    maxDirectives: { n: LIMITS.directives },
    costLimit: { maxCost: LIMITS.cost },
    // Suggestions ("Did you mean…") reveal the schema; production hides them along with introspection.
    blockFieldSuggestion: { enabled: deps.config.isProduction },
  }).protect();
  return new ApolloServer<AppContext>({
    typeDefs,
    resolvers,
    ...armor,
    plugins: [...armor.plugins, ApolloServerPluginLandingPageDisabled()],
    introspection: deps.config.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(deps.log),
  });
}
