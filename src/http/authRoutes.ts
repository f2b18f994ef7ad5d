// Signing in and out of the browser session: POST /auth/password { name, password } answers 204 with a new
// session cookie, 401 for a wrong name or password (the same answer and the same work for both), and 429 with
// Retry-After once the account is throttled from this address; POST /auth/logout ends the session on the
// server and clears the cookie (204). Both take JSON only, so no plain HTML form can post to them, and logout
// passes the same-origin rule of every cookie-authenticated write (sameOrigin.ts, applied in app.ts).
// Passkeys (domain/access/passkeys.ts), JSON in and out: POST /auth/passkey/options ({} or { name }) answers
// PublicKeyCredentialRequestOptionsJSON and sets the short-lived cookie that finds its challenge; POST
// /auth/passkey (an AuthenticationResponseJSON) answers 204 with a new session cookie, as /password does, 401
// when the passkey is not accepted, 429 once throttled. Signed in by the session cookie (and nothing else),
// POST /auth/passkey/register/options answers PublicKeyCredentialCreationOptionsJSON and POST
// /auth/passkey/register ({ response, name? }) adds the passkey: 201 { id, name }.
// GET /auth/link/<secret> follows a one-time sign-in link: a session cookie and a redirect to My account, or 410.
// Sign-in through OpenID providers is under /auth/oidc (oidcRoutes.ts); GET /auth/methods tells the console's
// sign-in page which ways in there are.
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Logger } from 'pino';
import { OidcProviders } from '../domain/access/oidcProviders';
import { signInWithPassword, signOut } from '../domain/access/signin';
import { liveSession } from '../domain/access/sessions';
import {
  addPasskey,
  CHALLENGE_TTL_MS,
  passkeyRegistrationOptions,
  passkeySignInOptions,
  signInWithPasskey,
} from '../domain/access/passkeys';
import { followSignInLink } from '../domain/access/signInLinks';
import { DomainError, unauthenticated } from '../errors';
import { LIMITS } from '../domain/validation';
import { clientAddress } from './clientAddress';
import { sendRestError } from './restErrors';
import {
  clearPasskeyCookie,
  clearSessionCookie,
  passkeySecretOf,
  sessionSecretOf,
  setPasskeyCookie,
  setSessionCookie,
} from './sessionCookie';
import { usesSessionCookie } from './sameOrigin';
import { oidcRoutes, signInMethods } from './oidcRoutes';

interface AuthDeps {
  db: Db;
  config: Config;
  log: Logger;
}

const credentials = z.object({ name: z.string().min(1).max(LIMITS.name), password: z.string().max(LIMITS.password) });

/** The console's My account page, where a link's session sets its password. */
const ACCOUNT_PAGE = '/admin/#/account';

const LINK_GONE =
  'This sign-in link was used already or has expired: each works once, within a day. Sign in with your ' +
  'password, or ask an admin to set a new one (setPassword).\n';

const badRequest = new DomainError('BAD_USER_INPUT', 'Send JSON { "name": "…", "password": "…" }.');

const passkeyOptionsBody = z.object({ name: z.string().max(LIMITS.name).optional() });
const notJson = new DomainError('BAD_USER_INPUT', 'Send a JSON body (application/json).');

/** Answers a refusal, with Retry-After when it is a throttle's. */
function refuse(res: Response, err: unknown) {
  const retryAfter = err instanceof DomainError ? err.details?.retryAfterSeconds : undefined;
  if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
  sendRestError(res, err);
}

/** A body express.json could not read (malformed, too large) is the client's mistake, told as such. */
const unreadableBody: ErrorRequestHandler = (err, req, res, next) => {
  const status = (err as { status?: number }).status;
  if (!status || status >= 500) return next(err);
  sendRestError(res, req.path === '/password' ? badRequest : notJson);
};

export function authRoutes({ db, config, log }: AuthDeps): Router {
  const router = express.Router();
  // Discovered lazily, on the first sign-in through each (a provider that is down delays no start).
  const providers = new OidcProviders(config);
  router.get('/methods', signInMethods(providers, true));
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
      refuse(res, err);
    }
  });

  router.post('/passkey/options', async (req, res) => {
    try {
      const body = req.is('application/json') ? passkeyOptionsBody.safeParse(req.body ?? {}) : null;
      if (!body?.success) throw new DomainError('BAD_USER_INPUT', 'Send JSON {} or { "name": "…" }.');
      const { options, secret } = await passkeySignInOptions(db, config, body.data.name);
      setPasskeyCookie(res, config, secret, CHALLENGE_TTL_MS);
      res.json(options);
    } catch (err) {
      refuse(res, err);
    }
  });

  router.post('/passkey', async (req, res) => {
    try {
      if (!req.is('application/json')) throw notJson;
      const client = { address: clientAddress(config, req), userAgent: req.get('user-agent') };
      const input = {
        response: req.body,
        challengeSecret: passkeySecretOf(config, req.headers),
        previousSecret: sessionSecretOf(config, req.headers),
      };
      // The challenge is spent whatever happens next, and so is its cookie.
      clearPasskeyCookie(res, config);
      const { secret } = await signInWithPasskey(db, config, input, client);
      setSessionCookie(res, config, secret);
      res.status(204).end();
    } catch (err) {
      refuse(res, err);
    }
  });

  /** The live session a request is signed in by, through the cookie alone (so the same-origin rule applied). */
  const sessionOf = async (req: Request) => {
    const secret = sessionSecretOf(config, req.headers);
    const session = secret && usesSessionCookie(config, req.headers) ? await liveSession(db, config, secret) : null;
    if (!session) throw unauthenticated('Sign in first: a passkey is added to the account a browser is signed in to.');
    return session;
  };

  router.post('/passkey/register/options', async (req, res) => {
    try {
      if (!req.is('application/json')) throw notJson;
      res.json(await passkeyRegistrationOptions(db, config, await sessionOf(req)));
    } catch (err) {
      refuse(res, err);
    }
  });

  router.post('/passkey/register', async (req, res) => {
    try {
      if (!req.is('application/json')) throw notJson;
      res.status(201).json(await addPasskey(db, config, await sessionOf(req), req.body));
    } catch (err) {
      refuse(res, err);
    }
  });

  router.post('/logout', async (req, res) => {
    const secret = sessionSecretOf(config, req.headers);
    if (secret) await signOut(db, config, secret);
    clearSessionCookie(res, config);
    res.status(204).end();
  });

  // The first-start admin's one-time link (signInLinks.ts): a session, then My account to choose a password.
  router.get('/link/:secret', async (req, res) => {
    const client = { address: clientAddress(config, req), userAgent: req.get('user-agent') };
    const secret = await followSignInLink(db, config, req.params.secret, client);
    res.setHeader('Cache-Control', 'no-store');
    if (!secret) {
      res.status(410).type('text/plain').send(LINK_GONE);
      return;
    }
    setSessionCookie(res, config, secret);
    res.redirect(303, ACCOUNT_PAGE);
  });

  router.use(unreadableBody);
  return router;
}
