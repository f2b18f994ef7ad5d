// Domain errors carry a client-facing code. Services throw them; formatError (server.ts) maps them to
// extensions.code and masks everything else, so no stack trace or SQL reaches a client.
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (message: string) => new DomainError('NOT_FOUND', message);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError('CONFLICT', message, details);
export const unauthenticated = (message = 'Authentication required: send Authorization: Bearer <token>.') =>
  new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const unavailable = (message = 'The database is unavailable; try again shortly.') =>
  new DomainError('SERVICE_UNAVAILABLE', message);

/** Why the server (or a CLI) cannot start: shown to the operator as one line, with no stack trace. */
export class StartupError extends Error {
  override name = 'StartupError';
}
