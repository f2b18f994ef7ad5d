// Signing in and out of the browser session: POST /auth/password { name, password } answers 204 with a new
// session cookie, 401 for a wrong name or password (the same answer and the same work for both), and 429 with
// Retry-After once the account is throttled from this address; POST /auth/logout ends the session on the
// server and clears the cookie (204). Both take JSON only, so no plain HTML form can post to them, and logout
// passes the same-origin rule of every cookie-authenticated write (sameOrigin.ts, applied in app.ts). Sign-in
// through OpenID providers is under /auth/oidc (oidcRoutes.ts); GET /auth/methods tells the console's sign-in
// page which ways in there are.
import express, { type ErrorRequestHandler, type Router } from 'express';
import { z } from 'zod';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Logger } from 'pino';
import { OidcProviders } from '../domain/access/oidcProviders';
import { signInWithPassword, signOut } from '../domain/access/signin';
import { DomainError } from '../errors';
import { LIMITS } from '../domain/validation';
import { clientAddress } from './clientAddress';
import { sendRestError } from './restErrors';
import { clearSessionCookie, sessionSecretOf, setSessionCookie } from './sessionCookie';
import { oidcRoutes, signInMethods } from './oidcRoutes';

interface AuthDeps {
  db: Db;
  config: Config;
  log: Logger;
}

const credentials = z.object({ name: z.string().min(1).max(LIMITS.name), password: z.string().max(LIMITS.password) });

const badRequest = new DomainError('BAD_USER_INPUT', 'Send JSON { "name": "…", "password": "…" }.');

/** A body express.json could not read (malformed, too large) is the client's mistake, told as such. */
const unreadableBody: ErrorRequestHandler = (err, _req, res, next) => {
  const status = (err as { status?: number }).status;
  if (!status || status >= 500) return next(err);
  sendRestError(res, badRequest);
};

export function authRoutes({ db, config, log }: AuthDeps): Router {
  const router = express.Router();
  // Discovered lazily, on the first sign-in through each (a provider that is down delays no start).
  const providers = new OidcProviders(config);
  router.get('/methods', signInMethods(providers, false));
  router.use('/oidc', oidcRoutes({ db, config, log, providers }));
  router.use(express.json({ limit: '16kb' }));

  router.post('/password', async (req, res) => {
    try {
      const body = req.is('application/json') ? credentials.safeParse(req.body) : null;
      if (!body?.success) throw badRequest;
      const client = { address: clientAddress(config, req), userAgent: req.get('user-agent') };
      const previousSecret = sessionSecretOf(config, req.headers);
      const { secret } = await signInWithPassword(db, config, { ...body.data, previousSecret }, client);
      setSessionCookie(res, config, secret);
      res.status(204).end();
    } catch (err) {
      const retryAfter = err instanceof DomainError ? err.details?.retryAfterSeconds : undefined;
      if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
      sendRestError(res, err);
    }
  });

  router.post('/logout', async (req, res) => {
    const secret = sessionSecretOf(config, req.headers);
    if (secret) await signOut(db, config, secret);
    clearSessionCookie(res, config);
    res.status(204).end();
  });

  router.use(unreadableBody);
  return router;
}
