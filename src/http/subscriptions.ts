// Subscriptions over the graphql-ws protocol, on the HTTP server's own port and path (`/graphql`): the
// WebSocket upgrade is answered here, every other request by Express. A connection is checked once, from
// `connectionParams.authorization` ("Bearer …") or else the upgrade request's session cookie, by the same rules
// as an HTTP request (requestContext.ts): a bad token is closed with 4401 (UNAUTHENTICATED) or 4403 (FORBIDDEN),
// and with PUBLIC_READ=false so is an anonymous connection; a cookie from another origin's page is closed with
// 4403 (sameOrigin.ts). Its token's revocation or its session's end closes it later with 4403 (liveConnections.ts). Each operation
// is parsed and validated under the API's limits (tokens, depth, aliases, directives, and the cost with its
// variables, as over HTTP); a connection holds at most SUBSCRIPTIONS_PER_CONNECTION of them and a client at
// most CONNECTIONS_PER_CLIENT connections (1008 past either); an event over MAX_RESPONSE_BYTES is replaced by
// RESPONSE_TOO_LARGE; errors are shaped by the API's one error formatter.
import type http from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, getOperationAST, type GraphQLSchema } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { createFormatError, toDomainError } from '../graphql/errorFormatting';
import { armorFor, LIMITS } from '../graphql/server';
import { costError } from '../graphql/costLimit';
import { cappedEvent } from '../graphql/responseSize';
import { subscribeByEvent } from '../graphql/liveEvents';
import type { ChangeHub } from '../domain/live/changeHub';
import { endedSessions, endedTokens } from '../domain/access/auth';
import { createContext, type ContextDeps, type RequestHeaders } from './requestContext';
import { foreignOrigin, usesSessionCookie } from './sameOrigin';
import { forbidden } from '../errors';
import { CLOSE_CODES, endedClose, LiveConnections } from './liveConnections';

export interface SubscriptionDeps extends ContextDeps {
  httpServer: http.Server;
  schema: GraphQLSchema;
  hub: ChangeHub;
}

/** graphql-ws's close codes for a refused connection, by the API's error code. */
const REFUSAL_CODES: Record<string, number> = { UNAUTHENTICATED: 4401, FORBIDDEN: 4403 };

/** The credentials of a connection: a token from connectionParams, else the upgrade request's cookie. */
const headersOf = (params: Record<string, unknown> | undefined, upgrade: http.IncomingMessage): RequestHeaders => {
  const authorization = params?.authorization ?? params?.Authorization;
  if (typeof authorization === 'string') return { authorization };
  return { cookie: upgrade.headers.cookie, origin: upgrade.headers.origin };
};

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** A close reason holds at most 123 bytes. */
const closeWith = (socket: WebSocket, code: number, reason: string) => socket.close(code, reason.slice(0, 120));

/** Closes the connections of every ended credential this instance hears of, and checks them all after a gap. */
function closeEndedCredentials(deps: SubscriptionDeps, connections: LiveConnections): () => void {
  return deps.hub.watchCredentials((ended) => {
    if (ended) return connections.closeEnded(ended);
    endedTokens(deps.db, connections.tokenIds())
      .then((ids) => ids.forEach((tokenId) => connections.closeEnded({ tokenId })))
      .catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, 'could not check open tokens'));
    endedSessions(deps.db, deps.config, connections.sessionIds())
      .then((ids) => ids.forEach((sessionId) => connections.closeEnded({ sessionId })))
      .catch((err: unknown) => deps.log.warn({ err: (err as Error).message }, 'could not check open sessions'));
  });
}

/** Whether a checked connection may stay; closes it when not (1008 over the limit, 4403 if its token just ended). */
function admitted(socket: WebSocket, admission: ReturnType<LiveConnections['admit']>, perClient: number) {
  if (admission === 'admitted') return true;
  if (admission === 'over limit') {
    const limit = `at most ${perClient} per token or address (CONNECTIONS_PER_CLIENT)`;
    closeWith(socket, CLOSE_CODES.overLimit, `TOO_MANY_CONNECTIONS: ${limit}`);
  } else closeWith(socket, ...endedClose(admission.ended));
  return false;
}

/** Attaches the WebSocket endpoint; the returned function closes every connection and the endpoint. */
export function serveSubscriptions(deps: SubscriptionDeps): () => Promise<void> {
  const { schema, config, log } = deps;
  const wsServer = new WebSocketServer({ server: deps.httpServer, path: '/graphql', maxPayload: config.maxBodyBytes });
  const formatError = createFormatError(log);
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  const rules = [...specifiedRules, ...(armorFor(config).validationRules ?? [])];
  const { perConnection, connectionsPerClient } = config.subscriptions;
  const connections = new LiveConnections(config);
  const stopWatching = closeEndedCredentials(deps, connections);
  const disposable = useServer(
    {
      schema,
      subscribe: subscribeByEvent,
      async onConnect(ctx) {
        const { socket, request } = ctx.extra;
        const checkedAt = Date.now();
        try {
          const headers = headersOf(ctx.connectionParams, request);
          const foreign = usesSessionCookie(config, headers) ? foreignOrigin(config, headers) : null;
          if (foreign) throw forbidden(`a session cookie from another site's page: ${foreign}`);
          const { actor } = await createContext(deps, { headers });
          if (!actor && !config.publicRead) throw new GraphQLError('', { extensions: { code: 'UNAUTHENTICATED' } });
          return admitted(socket, connections.admit(socket, request, actor, checkedAt), connectionsPerClient);
        } catch (err) {
          const domain = toDomainError(err);
          const code =
            domain?.code ?? (err instanceof GraphQLError ? String(err.extensions.code) : 'INTERNAL_SERVER_ERROR');
          const reason =
            code === 'UNAUTHENTICATED' && !domain ? 'a token is required (PUBLIC_READ=false)' : domain?.message;
          closeWith(socket, REFUSAL_CODES[code] ?? 4500, `${code}: ${reason ?? 'refused'}`);
          return false;
        }
      },
      onClose: (ctx) => connections.release(ctx.extra.socket),
      context: async (ctx) => ({
        ...(await createContext(deps, { headers: headersOf(ctx.connectionParams, ctx.extra.request) })),
        changeHub: deps.hub,
      }),
      onSubscribe(ctx, _id, payload) {
        // The new subscription is already among them.
        if (Object.keys(ctx.subscriptions).length > perConnection) {
          const reason = `TOO_MANY_SUBSCRIPTIONS: at most ${perConnection} per connection (SUBSCRIPTIONS_PER_CONNECTION)`;
          closeWith(ctx.extra.socket, CLOSE_CODES.overLimit, reason);
          return [badInput(reason)];
        }
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
        const request = { document, variables: payload.variables ?? {}, operationName: payload.operationName };
        const tooCostly = costError(schema, request, LIMITS.cost);
        if (tooCostly) return [badInput(tooCostly.message)];
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        cappedEvent(
          result.errors ? { ...result, errors: format(result.errors) } : result,
          config.maxResponseBytes,
          log,
        ),
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wsServer,
  );
  return async () => {
    stopWatching();
    await disposable.dispose();
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
  };
}
