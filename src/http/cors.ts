// Cross-origin access to /graphql: for the origins in CORS_ORIGINS only, and only what a GraphQL client
// needs. The bundled playground and console are same-origin and need none of it.
import cors from 'cors';
import type { RequestHandler } from 'express';

/** What a browser client sends: a JSON body, a bearer token, and the headers that pass Apollo's CSRF prevention. */
const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
] as const;

export function graphqlCors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  const policy = cors({
    // Answering false rather than an error makes cors() add no header at all for an origin not on the list.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    methods: ['GET', 'POST'],
    allowedHeaders: [...ALLOWED_HEADERS],
  });
  return (req, res, next) => {
    // Once some origin is allowed, every answer depends on Origin, so a shared cache must key on it.
    if (allowed.size > 0) res.vary('Origin');
    policy(req, res, next);
  };
}

/**
 * An OPTIONS request that cors() did not answer (no allowed origin) learns the methods, without CORS
 * headers; Apollo would refuse it as a CSRF risk (400), which reads as a broken server rather than a refusal.
 */
export const answerOptions: RequestHandler = (req, res, next) => {
  if (req.method !== 'OPTIONS') return next();
  res.setHeader('Allow', 'GET, POST, OPTIONS');
  res.status(204).end();
};
