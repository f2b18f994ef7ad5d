// Domain errors carry a client-facing code. Services throw them; formatError (server.ts) maps them to
// extensions.code and masks everything else, so no stack trace or SQL reaches a client.
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  /** An answer larger than MAX_RESPONSE_BYTES, refused as it was about to be sent (graphql/responseSize.ts). */
  'RESPONSE_TOO_LARGE',
  /** Too many failed sign-ins for this account from this address (domain/access/throttle.ts). */
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What the server already knows that tells a client how to recover. The formatter copies exactly these
 * keys into `extensions` (errorFormatting.ts); docs/api.md's "Errors" section documents them.
 */
export interface ErrorDetails {
  /** CONFLICT on a stale expectedVersion: the record's version now, to reload against. */
  currentVersion?: number;
  /** BAD_USER_INPUT on an illegal status move: the statuses this record may move to. */
  allowedStatuses?: readonly string[];
  /** BAD_USER_INPUT about one input field: its path from the input object, dotted (`note`, `evidenceUrls.0`). */
  field?: string;
  /** TOO_MANY_REQUESTS: seconds until another attempt is counted (also sent as Retry-After over REST). */
  retryAfterSeconds?: number;
  /**
   * Why FORBIDDEN: the scoping rule (domain/scope.ts: NOT_YOUR_INSTITUTION, OWN_INSTITUTION), a write with a
   * read-only token (access/auth.ts), or an admin about to leave no active admin (access/accountAdmin.ts).
   */
  reason?: 'NOT_YOUR_INSTITUTION' | 'OWN_INSTITUTION' | 'READ_ONLY_TOKEN' | 'LAST_ADMIN';
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, details?: Pick<ErrorDetails, 'field' | 'allowedStatuses'>) =>
  new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (message: string) => new DomainError('NOT_FOUND', message);
export const conflict = (message: string, details?: Pick<ErrorDetails, 'currentVersion'>) =>
  new DomainError('CONFLICT', message, details);
export const unauthenticated = (message = 'Authentication required: send Authorization: Bearer <token>.') =>
  new DomainError('UNAUTHENTICATED', message);
export const forbidden = (message: string, details?: Pick<ErrorDetails, 'reason'>) =>
  new DomainError('FORBIDDEN', message, details);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new DomainError('TOO_MANY_REQUESTS', message, { retryAfterSeconds });

/** Why the server (or a CLI) cannot start: shown to the operator as one line, with no stack trace. */
export class StartupError extends Error {
  override name = 'StartupError';
}
