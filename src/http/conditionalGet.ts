// Reads that HTTP caches can serve. A successful GET /graphql answer carries an ETag and Cache-Control; a
// GET whose If-None-Match still matches gets 304 without running the query. The tag is a hash of the
// database's change version (src/db/changeVersion.ts: every write to a table a read can return changes
// it, through any instance or psql), the request (its URL: query or persisted-query hash, variables,
// operation name; its Accept; its credential, a token or a session cookie) and the clock's window: health moves with time and nothing
// is written when it does, so a tag covers at most HTTP_CACHE_MAX_AGE_S seconds (windows are aligned to the
// epoch, so with a divisor of 86,400 one ends at every UTC midnight). `public` only for anonymous reads while
// PUBLIC_READ is on, `private` otherwise; errors are never cached (`no-store`) and get no tag.
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { changeVersion } from '../db/changeVersion';
import { resolveActor } from '../domain/access/auth';
import { liveSession } from '../domain/access/sessions';
import { sessionSecretOf } from './sessionCookie';

interface Deps {
  db: Db;
  config: Config;
}

/** What the caller signed in with: a token, else a session cookie (a signed-in reader's answer is never shared). */
const credentialOf = (req: Request, config: Config) => {
  const authorization = req.get('authorization');
  if (authorization) return { authorization, secret: undefined };
  const secret = sessionSecretOf(config, req.headers);
  return secret === undefined ? null : { authorization: undefined, secret };
};

function entityTag(req: Request, version: string, config: Config): string {
  const window = Math.floor(Date.now() / (config.httpCacheMaxAgeS * 1000));
  const parts = [version, window, req.originalUrl, req.get('accept') ?? '', credentialOf(req, config) ?? ''];
  // The answer also depends on these settings, which two instances could be started with differently.
  parts.push(JSON.stringify([config.publicRead, config.health, config.publicSite]));
  return `W/"${createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32)}"`;
}

/** If-None-Match's weak comparison: a listed tag equal to `tag` with or without its W/ prefix, or `*`. */
function matches(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const strong = tag.slice(2);
  return header.split(',').some((t) => ['*', tag, strong].includes(t.trim()) || t.trim() === `W/${strong}`);
}

/** A 304 must not outlive its credential: a revoked token is a write, but an expiry is only the clock. */
async function credentialHolds(deps: Deps, req: Request): Promise<boolean> {
  const credential = credentialOf(req, deps.config);
  try {
    if (credential?.secret !== undefined) return !!(await liveSession(deps.db, deps.config, credential.secret));
    await resolveActor(deps.db, deps.config, credential?.authorization);
    return true;
  } catch {
    return false;
  }
}

/** Sets the tag and policy on a successful answer as it is sent, `no-store` on any other. */
function tagOnSuccess(res: Response, tag: string, policy: string) {
  const send = res.send.bind(res);
  res.send = ((body?: unknown) => {
    const ok = res.statusCode === 200 && typeof body === 'string' && !body.startsWith('{"errors"');
    res.setHeader('Cache-Control', ok ? policy : 'no-store');
    if (ok) res.setHeader('ETag', tag);
    return send(body);
  }) as Response['send'];
}

export function conditionalGet(deps: Deps): RequestHandler {
  const maxAge = deps.config.httpCacheMaxAgeS;
  return async (req, res, next) => {
    if (req.method !== 'GET') return next();
    let version: string;
    try {
      version = await changeVersion(deps.db);
    } catch {
      return next(); // Apollo answers, and reports the database, as for any request.
    }
    const anonymous = !credentialOf(req, deps.config);
    const policy = `${anonymous && deps.config.publicRead ? 'public' : 'private'}, max-age=${maxAge}`;
    const tag = entityTag(req, version, deps.config);
    res.vary('Authorization');
    res.vary('Cookie');
    res.vary('Accept');
    if (matches(req.get('if-none-match'), tag) && (anonymous || (await credentialHolds(deps, req)))) {
      res.setHeader('ETag', tag);
      res.setHeader('Cache-Control', policy);
      return void res.status(304).end();
    }
    tagOnSuccess(res, tag, policy);
    next();
  };
}
