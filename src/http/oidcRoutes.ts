// Sign-in through OpenID providers, under /auth (authRoutes.ts mounts these):
// - GET /auth/oidc/start[?provider=<id>][&returnTo=/admin/…] redirects to the provider, with the pending
//   sign-in's key in a short-lived HttpOnly cookie;
// - GET /auth/oidc/callback finishes it: the session cookie, and a redirect to the console (or returnTo);
// - POST /auth/oidc/backchannel-logout takes a provider's logout token and ends the sessions it names.
// A person who cannot be signed in gets a short HTML page that says why (never a stack): a refused callback
// (400), a provider that cannot be reached (503), an unknown provider (404), too many starts from one address
// (429, with Retry-After).
import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Logger } from 'pino';
import { backchannelLogout, LogoutRefused } from '../domain/access/oidcLogout';
import { ProviderUnavailable, type OidcProviders } from '../domain/access/oidcProviders';
import { finishOidcSignIn, OidcRefusal, startOidcSignIn } from '../domain/access/oidcSignIn';
import { LOGIN_TTL_MS } from '../domain/access/oidcLogins';
import { countOidcStart, forgiveOidcStarts } from '../domain/access/throttle';
import { DomainError } from '../errors';
import { clientAddress } from './clientAddress';
import { cookieValueOf, sessionSecretOf, setSessionCookie } from './sessionCookie';

interface OidcDeps {
  db: Db;
  config: Config;
  log: Logger;
  providers: OidcProviders;
}

const loginCookieName = (config: Config) =>
  config.sessions.secureCookie ? '__Host-tracker_oidc_login' : 'tracker_oidc_login';

// SameSite=Lax: the provider's redirect back is a top-level GET, which carries it; nothing else cross-site does.
const loginCookieOptions = (config: Config) =>
  ({ httpOnly: true, sameSite: 'lax', path: '/', secure: config.sessions.secureCookie }) as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A page that tells the person why they are not signed in, with a way back to the sign-in page. */
function sendPage(res: Response, status: number, title: string, text: string) {
  res
    .status(status)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    })
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}</style>' +
        `</head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>` +
        '<p><a href="/admin/">Back to the sign-in page</a></p></body></html>',
    );
}

/** Where to land after signing in: a path on this server (never another origin), the console by default. */
function returnPathOf(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 500) return '/admin/';
  return /^\/(?![/\\])[^\s]*$/.test(raw) ? raw : '/admin/';
}

export function oidcRoutes({ db, config, log, providers }: OidcDeps): Router {
  const router = express.Router();

  router.get('/start', async (req, res) => {
    const id = typeof req.query.provider === 'string' ? req.query.provider : undefined;
    const provider = providers.find(id);
    if (!provider) {
      const known = providers.list.map((p) => p.id).join(', ') || 'none';
      return sendPage(res, 404, 'Unknown sign-in provider', `Name one of the configured providers: ${known}.`);
    }
    try {
      // Each start writes a pending sign-in: counted per address before it is written (throttle.ts).
      await countOidcStart(db, config, clientAddress(config, req));
      const { key, url } = await startOidcSignIn(db, providers, provider, returnPathOf(req.query.returnTo));
      res.cookie(loginCookieName(config), key, { ...loginCookieOptions(config), maxAge: LOGIN_TTL_MS });
      res.set('Cache-Control', 'no-store').redirect(303, url);
    } catch (err) {
      sendFailure(res, err);
    }
  });

  router.get('/callback', async (req, res) => {
    const name = loginCookieName(config);
    // Used or not, the pending sign-in's cookie is of no more use.
    res.clearCookie(name, loginCookieOptions(config));
    try {
      const address = clientAddress(config, req);
      const { secret, returnTo } = await finishOidcSignIn(db, providers, {
        key: cookieValueOf(req.headers, name),
        url: new URL(req.originalUrl, config.publicOrigin),
        client: { address, userAgent: req.get('user-agent') },
        previousSecret: sessionSecretOf(config, req.headers),
      });
      await forgiveOidcStarts(db, address);
      setSessionCookie(res, config, secret);
      res.set('Cache-Control', 'no-store').redirect(303, returnTo);
    } catch (err) {
      sendFailure(res, err);
    }
  });

  router.post('/backchannel-logout', express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const token = (req.body as Record<string, unknown> | undefined)?.logout_token;
    try {
      if (typeof token !== 'string') throw new LogoutRefused('send logout_token, form-encoded');
      await backchannelLogout(db, providers, token);
      res.status(200).end();
    } catch (err) {
      if (!(err instanceof LogoutRefused || err instanceof ProviderUnavailable)) throw err;
      (res.locals.log ?? log).warn({ reason: err.message }, 'back-channel logout refused');
      res.status(400).json({ error: 'invalid_request', error_description: err.message });
    }
  });

  function sendFailure(res: Response, err: unknown) {
    if (err instanceof ProviderUnavailable) {
      (res.locals.log ?? log).warn({ provider: err.provider.id, reason: err.detail }, 'OpenID provider unavailable');
      return sendPage(
        res,
        503,
        'The sign-in provider cannot be reached',
        `${err.provider.label} is not answering, so nobody can sign in through it right now. Try again later, or sign in another way.`,
      );
    }
    if (err instanceof OidcRefusal) return sendPage(res, 400, 'Sign-in refused', err.message);
    if (err instanceof DomainError && err.code === 'TOO_MANY_REQUESTS') {
      res.set('Retry-After', String(err.details?.retryAfterSeconds ?? 60));
      return sendPage(res, 429, 'Too many sign-ins started', err.message);
    }
    throw err;
  }

  return router;
}

/** GET /auth/methods: what the console's sign-in page offers. */
export function signInMethods(providers: OidcProviders, passkey: boolean) {
  return (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store').json({
      password: true,
      passkey,
      providers: providers.list.map((p) => ({
        id: p.id,
        label: p.label,
        startUrl: `/auth/oidc/start?provider=${encodeURIComponent(p.id)}`,
      })),
    });
  };
}
