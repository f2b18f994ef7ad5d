// Subscriptions over the graphql-ws protocol, on the HTTP server's own port and path (`/graphql`): the
// WebSocket upgrade is answered here, every other request by Express. A connection is checked once, from
// `connectionParams.authorization` ("Bearer …"), by the same rules as an HTTP request (requestContext.ts): a
// bad token is closed with 4401 (UNAUTHENTICATED) or 4403 (FORBIDDEN), and with PUBLIC_READ=false so is an
// anonymous connection. Each operation is parsed and validated under the API's limits (tokens, depth,
// aliases, directives); its errors are shaped by the API's one error formatter.
import type http from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, getOperationAST, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { createFormatError, toDomainError } from '../graphql/errorFormatting';
import { armorFor, LIMITS } from '../graphql/server';
import type { ChangeHub } from '../domain/changeHub';
import { createContext, type ContextDeps } from './requestContext';

export interface SubscriptionDeps extends ContextDeps {
  httpServer: http.Server;
  schema: GraphQLSchema;
  hub: ChangeHub;
}

/** graphql-ws's close codes for a refused connection, by the API's error code. */
const CLOSE_CODES: Record<string, number> = { UNAUTHENTICATED: 4401, FORBIDDEN: 4403 };

const headersOf = (params: Record<string, unknown> | undefined) => {
  const authorization = params?.authorization ?? params?.Authorization;
  return { authorization: typeof authorization === 'string' ? authorization : undefined };
};

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Attaches the WebSocket endpoint; the returned function closes every connection and the endpoint. */
export function serveSubscriptions(deps: SubscriptionDeps): () => Promise<void> {
  const { schema, config, log } = deps;
  const wsServer = new WebSocketServer({ server: deps.httpServer, path: '/graphql', maxPayload: config.maxBodyBytes });
  const formatError = createFormatError(log);
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const rules = [...specifiedRules, ...(armorFor(config).validationRules ?? [])];
  const disposable = useServer(
    {
      schema,
      async onConnect(ctx) {
        try {
          const { actor } = await createContext(deps, { headers: headersOf(ctx.connectionParams) });
          if (!actor && !config.publicRead) throw new GraphQLError('', { extensions: { code: 'UNAUTHENTICATED' } });
          return true;
        } catch (err) {
          const domain = toDomainError(err);
          const code =
            domain?.code ?? (err instanceof GraphQLError ? String(err.extensions.code) : 'INTERNAL_SERVER_ERROR');
          const reason =
            code === 'UNAUTHENTICATED' && !domain ? 'a token is required (PUBLIC_READ=false)' : domain?.message;
          // A close reason holds at most 123 bytes.
          ctx.extra.socket.close(CLOSE_CODES[code] ?? 4500, `${code}: ${reason ?? 'refused'}`.slice(0, 120));
          return false;
        }
      },
      context: async (ctx) => ({
        ...(await createContext(deps, { headers: headersOf(ctx.connectionParams) })),
        changeHub: deps.hub,
      }),
      onSubscribe(_ctx, _id, payload) {
        let document;
        try {
          document = parse(payload.query, { maxTokens: LIMITS.tokens });
        } catch (err) {
          return [badInput((err as Error).message)];
        }
        const errors = validate(schema, document, rules);
        if (errors.length) return errors.map((e) => badInput(e.message));
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription')
          return [badInput('Only subscriptions are served over WebSocket: send queries and mutations over HTTP.')];
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wsServer,
  );
  return async () => {
    await disposable.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}
