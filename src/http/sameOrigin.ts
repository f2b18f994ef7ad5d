// Cookies ride along on requests other sites make a browser send, so a request authenticated by the session
// cookie changes state only when it provably comes from our own pages:
// - its Origin (or, lacking one, its Referer) is PUBLIC_URL's origin; on plain-HTTP loopback, any loopback name
//   on that port (localhost, 127.0.0.1, [::1]) will do;
// - and its content type is none a plain HTML form can send (form-urlencoded, multipart, text/plain), or it
//   carries Apollo's `apollo-require-preflight` header, which no form can set (the same rule as Apollo's CSRF
//   prevention on /graphql): either way it took a script, which another origin's page cannot run against us
//   without CORS. The console's file upload (POST /documents/upload) is multipart, so it sends the header.
// Bearer-token requests are untouched: a browser never attaches a token by itself. A WebSocket upgrade that
// brings the cookie passes the same Origin check (http/subscriptions.ts).
import type { RequestHandler } from 'express';
import { isPlainLoopback, type Config } from '../config';
import { first, type RequestHeaders } from './requestContext';
import { sessionSecretOf } from './sessionCookie';

const FORM_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(headers: RequestHeaders): string | null {
  const origin = first(headers.origin);
  if (origin) return origin;
  const referer = first(headers.referer);
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/** Whether `origin` is ours: PUBLIC_URL's, or on plain-HTTP loopback any loopback host on its port. */
function isOurOrigin(config: Config, origin: string): boolean {
  if (origin === config.publicOrigin) return true;
  if (!isPlainLoopback(config.publicOrigin)) return false;
  try {
    return isPlainLoopback(origin) && new URL(origin).port === new URL(config.publicOrigin).port;
  } catch {
    return false;
  }
}

/** Whether a request (or WebSocket upgrade) is authenticated by the session cookie rather than a bearer token. */
export const usesSessionCookie = (config: Config, headers: RequestHeaders) =>
  !headers.authorization && sessionSecretOf(config, headers) !== undefined;

/** Why a cookie-authenticated request or upgrade does not come from our pages; null when it does. */
export function foreignOrigin(config: Config, headers: RequestHeaders): string | null {
  const origin = originOf(headers);
  if (!origin) return 'it names no Origin or Referer';
  return isOurOrigin(config, origin) ? null : `its origin ${origin.slice(0, 100)} is not ${config.publicOrigin}`;
}

function crossSiteReason(config: Config, headers: RequestHeaders): string | null {
  const type = first(headers['content-type'])?.split(';')[0].trim().toLowerCase();
  const scripted = first(headers['apollo-require-preflight']) !== undefined;
  if (type && FORM_TYPES.has(type) && !scripted) return `its content type ${type} is one any web page's form can send`;
  return foreignOrigin(config, headers);
}

/** Refuses (403 FORBIDDEN) a cookie-authenticated state change that does not come from our pages. */
export function cookieWritesFromOurPages(config: Config): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method) || !usesSessionCookie(config, req.headers)) return next();
    const reason = crossSiteReason(config, req.headers);
    if (!reason) return next();
    res.status(403).json({
      errors: [{ message: `Refused a request signed in by cookie: ${reason}.`, extensions: { code: 'FORBIDDEN' } }],
    });
  };
}
