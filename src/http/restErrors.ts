// The REST routes' (export, evidence, feeds) answer to a domain error: the status from the one code-to-status
// map (graphql/httpStatus.ts) and the JSON shape of a GraphQL error, with the same client details. Where the
// API answers NOT_FOUND inside a 200, a path that names nothing is a plain 404, and a conflict a 409. Anything
// else is rethrown for the last-resort handler, which logs it and masks it.
import type { Response } from 'express';
import { clientDetails, toDomainError } from '../graphql/errorFormatting';
import { statusOfCode } from '../graphql/httpStatus';

export function sendRestError(res: Response, err: unknown): void {
  const domain = toDomainError(err);
  if (!domain) throw err;
  res.status(statusOfCode(domain.code)).json({
    errors: [{ message: domain.message, extensions: { code: domain.code, ...clientDetails(domain.details) } }],
  });
}
