// The HTTP status of every /graphql answer, decided here and nowhere else.
// - Our refusals before GraphQL runs keep their status whatever the media type: a credential the context
//   rejects (401, 403) and a database that is down (503), because clients and load balancers act on them.
// - GraphQL request errors (parse, validation, variable coercion, no operation to run: the response has no
//   `data`) follow the GraphQL-over-HTTP spec: 200 under application/json, whose status a client cannot tell
//   from an intermediary's, and 400 under application/graphql-response+json, which exists to make it mean so.
// - Anything else keeps Apollo's status (200 for a response with data; its own 4xx for malformed requests).
import Negotiator from 'negotiator';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '../errors';

/** Apollo's spelling of the two single-result media types, in its order of preference: a tie goes to JSON. */
const MEDIA_TYPES = {
  json: 'application/json; charset=utf-8',
  graphqlResponse: 'application/graphql-response+json; charset=utf-8',
} as const;

/** Every code has its own entry (a new code does not compile without one), so none falls back to 500 unseen. */
const STATUS_OF_CODE: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  // The client asked for more than one answer may carry: it is the client's to narrow the selection, as with a bad input.
  RESPONSE_TOO_LARGE: 400,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * The status that an error code stands for when it alone decides the answer: the REST routes' errors
 * (http/restErrors.ts) and refusals before GraphQL runs. GraphQL answers that ran keep 200 (see above).
 */
export const statusOfCode = (code: ErrorCode): number => STATUS_OF_CODE[code];

/**
 * Apollo's codes for a document that never reached execution; our cost limit (costLimit.ts) reports as a
 * validation error too. Narrower than the formatter's list, which also folds malformed requests and
 * persisted-query errors into BAD_USER_INPUT: those keep Apollo's status.
 */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The media type the client gets, negotiated as Apollo does; undefined when it accepts neither (Apollo answers 406). */
function responseMediaType(accept: string | undefined): string | undefined {
  if (!accept) return MEDIA_TYPES.json;
  return new Negotiator({ headers: { accept } }).mediaType([MEDIA_TYPES.json, MEDIA_TYPES.graphqlResponse]);
}

interface AnsweredRequest {
  /** The result as sent: formatted errors, and `data` unless execution never began. */
  result: { data?: unknown; errors?: readonly GraphQLFormattedError[] };
  /** The same errors before formatting, with Apollo's own codes. */
  errors: readonly GraphQLError[];
  mediaType: string | undefined;
}

/** The status for an answered request, or undefined to keep Apollo's. */
function responseStatus({ result, errors, mediaType }: AnsweredRequest): number | undefined {
  const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
  if (codes.length && codes.every((c) => c === 'SERVICE_UNAVAILABLE')) return statusOfCode('SERVICE_UNAVAILABLE');
  const requestError =
    result.data === undefined &&
    errors.length > 0 &&
    errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions.code)));
  if (!requestError) return undefined;
  // The formatter folds every request error into BAD_USER_INPUT (errorFormatting.ts).
  return mediaType === MEDIA_TYPES.graphqlResponse ? statusOfCode('BAD_USER_INPUT') : 200;
}

/** Applies responseStatus, and pins the negotiated media type so that the status and the Content-Type agree. */
export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, errors }) {
          if (response.body.kind !== 'single') return;
          const mediaType = responseMediaType(request.http?.headers.get('accept'));
          if (mediaType) response.http.headers.set('content-type', mediaType);
          const status = responseStatus({ result: response.body.singleResult, errors: errors ?? [], mediaType });
          if (status !== undefined) response.http.status = status;
        },
      };
    },
  };
}
