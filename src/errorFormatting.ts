// The one error formatter: domain errors keep their code and message; database outages become
// SERVICE_UNAVAILABLE; anything unexpected is logged in full and reaches the client as a bare
// INTERNAL_SERVER_ERROR, with no stack trace or SQL.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, type ErrorCode } from './errors';

/** Apollo's own codes for malformed requests, folded into the API's documented BAD_USER_INPUT. */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND']);

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'P1001', 'P1002', 'P1017', 'P2024', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

/** Walks an error and its causes looking for a sign that the database is unreachable. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { code?: unknown; cause?: unknown; message?: unknown; originalCode?: unknown };
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.originalCode === 'string' && UNAVAILABLE_CODES.has(e.originalCode)) return true;
  if (typeof e.message === 'string' && /ECONNREFUSED|Connection terminated|connection timeout|terminating connection|Can't reach database|the database system is (starting up|shutting down)|timeout exceeded when trying to connect/i.test(e.message)) {
    return true;
  }
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** Prisma errors that are the caller's doing rather than ours. */
function knownPrismaError(error: unknown): DomainError | null {
  const code = (error as { code?: unknown })?.code;
  if (code === 'P2002') return new DomainError('CONFLICT', 'That value is already in use.');
  if (code === 'P2025') return new DomainError('NOT_FOUND', 'The record was not found.');
  return null;
}

export function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (isDatabaseUnavailable(error)) return new DomainError('SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly.');
  return knownPrismaError(error);
}

export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const domain = toDomainError(original);
    if (domain) return shaped(formatted, domain.code, domain.message);
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', reason: code } };
    }
    if (typeof code === 'string' && ['UNAUTHENTICATED', 'FORBIDDEN', 'SERVICE_UNAVAILABLE'].includes(code)) return shaped(formatted, code as ErrorCode, formatted.message);
    // graphql-armor rejections arrive as plain GraphQLErrors without a code: they are about the request.
    if (original instanceof Error && original.constructor.name === 'GraphQLError' && !formatted.path) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return shaped(formatted, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
  };
}

const shaped = (f: GraphQLFormattedError, code: ErrorCode, message: string): GraphQLFormattedError => ({
  message,
  locations: f.locations,
  path: f.path,
  extensions: { code },
});
