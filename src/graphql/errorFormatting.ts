// The one error formatter: domain errors keep their code and message, plus the documented details that
// tell a client what to do (currentVersion, allowedStatuses, field); database outages become
// SERVICE_UNAVAILABLE; anything unexpected is logged in full and reaches the client as a bare
// INTERNAL_SERVER_ERROR, with no stack trace, SQL or details.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, type ErrorCode, type ErrorDetails } from '../errors';

/** Apollo's own codes for malformed requests, folded into the API's documented BAD_USER_INPUT. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

// 57014: a statement cancelled by statement_timeout (db.ts); the database is too slow to answer in time.
const UNAVAILABLE_CODES = new Set([
  '57014',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'P1001',
  'P1002',
  'P1017',
  'P2024',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

/** Walks an error and its causes looking for a sign that the database is unreachable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as {
    code?: unknown;
    cause?: unknown;
    message?: unknown;
    originalCode?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.originalCode === 'string' && UNAVAILABLE_CODES.has(e.originalCode)) return true;
  if (
    typeof e.message === 'string' &&
    /ECONNREFUSED|Connection terminated|connection timeout|terminating connection|Can't reach database|the database system is (starting up|shutting down)|timeout exceeded when trying to connect|Query read timeout/i.test(
      e.message,
    )
  ) {
    return true;
  }
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.meta?.driverAdapterError, depth + 1);
}

/**
 * PostgreSQL's own code behind an error from the driver adapter, if any. Prisma wraps it in `meta` outside
 * transactions; inside one the adapter's error arrives as is, with the code in its `cause`.
 */
function postgresCode(error: unknown, depth = 0): unknown {
  if (!error || typeof error !== 'object' || depth > 4) return undefined;
  const e = error as { originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof e.originalCode === 'string') return e.originalCode;
  return postgresCode(e.meta?.driverAdapterError, depth + 1) ?? postgresCode(e.cause, depth + 1);
}

/** Prisma errors that are the caller's doing rather than ours. */
function knownPrismaError(error: unknown): DomainError | null {
  const code = (error as { code?: unknown })?.code;
  if (code === 'P2002') return new DomainError('CONFLICT', 'That value is already in use.');
  if (code === 'P2025') return new DomainError('NOT_FOUND', 'The record was not found.');
  // PostgreSQL text cannot hold U+0000 (22021) or characters its encoding lacks (22P05).
  const pg = postgresCode(error);
  if (pg === '22021' || pg === '22P05')
    return new DomainError('BAD_USER_INPUT', 'Text may not contain NUL (U+0000) characters.');
  return null;
}

export function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (isDatabaseUnavailable(error))
    return new DomainError('SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly.');
  return knownPrismaError(error);
}

/** What a client will see for an error: its code, its message, and whether it was unexpected (and masked). */
export interface Classified {
  code: ErrorCode;
  message: string;
  reason?: string;
  details?: ErrorDetails;
  unexpected: boolean;
}

/** The only detail keys a client sees: a service's details are never passed on wholesale. */
const CLIENT_DETAILS = [
  'currentVersion',
  'allowedStatuses',
  'field',
  'retryAfterSeconds',
  'reason',
] as const satisfies readonly (keyof ErrorDetails)[];

function clientDetails(details: ErrorDetails | undefined): ErrorDetails | undefined {
  if (!details) return undefined;
  const picked = Object.fromEntries(
    CLIENT_DETAILS.flatMap((key) => (details[key] === undefined ? [] : [[key, details[key]]])),
  );
  return Object.keys(picked).length ? picked : undefined;
}

const MASKED: Classified = { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.', unexpected: true };

/**
 * The mask every transport applies to an error it caught (envelop's useMaskedErrors): a domain error (or one
 * that stands for one) keeps its code, message and client details; anything else is a bare
 * INTERNAL_SERVER_ERROR, its message, stack and SQL left for the log. GraphQL's formatter starts from it, and
 * the REST routes answer with it alone (http/restErrors.ts).
 */
export function maskedError(error: unknown): Classified {
  const domain = toDomainError(error);
  if (!domain) return MASKED;
  return { code: domain.code, message: domain.message, details: clientDetails(domain.details), unexpected: false };
}

/**
 * The field a variable's coercion failed at, named as the services name theirs (relative to `input`, indexes as
 * path steps): `Variable "$input" got invalid value "x" at "input.weights[0].weight"; …` → `weights.0.weight`.
 * None for a variable refused whole (`$first`).
 */
function coercedField(message: string): string | undefined {
  const at = /^Variable "\$input" got invalid value .*? at "input\.([A-Za-z0-9_.[\]]+)"/.exec(message);
  return at?.[1].replace(/\[(\d+)\]/g, '.$1');
}

export function classifyError(formatted: GraphQLFormattedError, error: unknown): Classified {
  const original = unwrapResolverError(error);
  const masked = maskedError(original);
  if (!masked.unexpected) return masked;
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_CODES.has(code)) {
    const field = coercedField(formatted.message);
    return {
      code: 'BAD_USER_INPUT',
      message: formatted.message,
      reason: code,
      ...(field && { details: { field } }),
      unexpected: false,
    };
  }
  if (typeof code === 'string' && ['UNAUTHENTICATED', 'FORBIDDEN', 'SERVICE_UNAVAILABLE'].includes(code))
    return { code: code as ErrorCode, message: formatted.message, unexpected: false };
  // graphql-armor rejections arrive as plain GraphQLErrors without a code: they are about the request.
  if (original instanceof Error && original.constructor.name === 'GraphQLError' && !formatted.path) {
    return { code: 'BAD_USER_INPUT', message: formatted.message, unexpected: false };
  }
  return masked;
}

export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const c = classifyError(formatted, error);
    if (c.unexpected) log.error({ err: unwrapResolverError(error), path: formatted.path }, 'unexpected error');
    if (c.reason)
      return {
        message: c.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: c.code, reason: c.reason, ...(c.details?.field && { field: c.details.field }) },
      };
    return shaped(formatted, c);
  };
}

const shaped = (f: GraphQLFormattedError, c: Classified): GraphQLFormattedError => ({
  message: c.message,
  locations: f.locations,
  path: f.path,
  extensions: { code: c.code, ...c.details },
});
