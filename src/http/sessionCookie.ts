// The session cookie: HttpOnly (no script reads it), SameSite=Lax (other sites' subrequests and form POSTs
// do not carry it), Path=/, and Secure unless PUBLIC_URL is plain HTTP on loopback. A Secure cookie also
// takes the __Host- prefix, which browsers accept only from a secure origin, with Path=/ and no Domain, so
// a sibling subdomain cannot plant or shadow it. A passkey sign-in's challenge is found again by a cookie of its
// own (domain/access/passkeys.ts), with the same flags, that lives as long as the challenge.
import type { CookieOptions, Response } from 'express';
import type { Config } from '../config';

/** A request's headers, as Node gives them (requestContext.ts names the same shape). */
type RequestHeaders = Record<string, string | string[] | undefined>;

const sessionCookieName = (config: Config) =>
  config.sessions.secureCookie ? '__Host-tracker_session' : 'tracker_session';

const cookieOptions = (config: Config): CookieOptions => ({
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  secure: config.sessions.secureCookie,
});

/** The session cookie's value in a request's Cookie header, or undefined. */
export const sessionSecretOf = (config: Config, headers: RequestHeaders): string | undefined =>
  cookieValueOf(headers, sessionCookieName(config));

/** A cookie's value in a request's Cookie header, or undefined. */
export function cookieValueOf(headers: RequestHeaders, name: string): string | undefined {
  const header = Array.isArray(headers.cookie) ? headers.cookie.join('; ') : headers.cookie;
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return undefined;
}

export function setSessionCookie(res: Response, config: Config, secret: string): void {
  res.cookie(sessionCookieName(config), secret, { ...cookieOptions(config), maxAge: config.sessions.maxAgeMs });
}

export function clearSessionCookie(res: Response, config: Config): void {
  res.clearCookie(sessionCookieName(config), cookieOptions(config));
}

const passkeyCookieName = (config: Config) =>
  config.sessions.secureCookie ? '__Host-tracker_passkey' : 'tracker_passkey';

/** The passkey sign-in cookie's value (the secret that finds its challenge), or undefined. */
export const passkeySecretOf = (config: Config, headers: RequestHeaders) =>
  cookieValueOf(headers, passkeyCookieName(config));

export function setPasskeyCookie(res: Response, config: Config, secret: string, maxAgeMs: number): void {
  res.cookie(passkeyCookieName(config), secret, { ...cookieOptions(config), maxAge: maxAgeMs });
}

export function clearPasskeyCookie(res: Response, config: Config): void {
  res.clearCookie(passkeyCookieName(config), cookieOptions(config));
}
