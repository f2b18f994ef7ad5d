// The one answer to an error outside /graphql: the REST routes' (export, evidence, feeds) and the app's last
// resort. As envelop's useMaskedErrors does for GraphQL, it masks in one place: the code, message and client
// details from the formatter's mask (graphql/errorFormatting.ts), the status from the one code-to-status map
// (graphql/httpStatus.ts), the JSON shape of a GraphQL error. Where the API answers NOT_FOUND inside a 200, a
// path that names nothing is a plain 404, and a conflict a 409. An unexpected error is logged in full, under
// the request's id, and the client gets a bare INTERNAL_SERVER_ERROR: no message, stack or SQL of it.
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { maskedError } from '../graphql/errorFormatting';
import { statusOfCode } from '../graphql/httpStatus';

export function sendRestError(res: Response, err: unknown): void {
  const c = maskedError(err);
  const log = res.locals.log as Logger;
  if (c.unexpected) log.error({ err }, 'unexpected error');
  // Part of the answer is on its way: a status can no longer be sent, and the client must not take it as whole.
  if (res.headersSent) return void res.destroy();
  res
    .status(statusOfCode(c.code))
    .json({ errors: [{ message: c.message, extensions: { code: c.code, ...c.details } }] });
}

/** Express's error handler for what no route answered itself (a route's own throw, a static file's failure). */
export const restErrorHandler: ErrorRequestHandler = (err, _req, res, _next) => sendRestError(res, err);
