// Builds the per-request context (src/context.ts): the caller, fresh loaders, and the request's clock. The
// caller comes from the Authorization header when there is one (a token: a wrong one is refused), otherwise
// from the session cookie (anything but a live session is no session: the caller is anonymous).
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { AppContext } from '../context';
import type { Db } from '../db/client';
import { createLoaders } from '../db/loaders';
import { resolveActor } from '../domain/access/auth';
import { resolveSessionActor } from '../domain/access/sessions';
import { clientAddress } from './clientAddress';
import { sessionSecretOf } from './sessionCookie';

export interface ContextDeps {
  db: Db;
  config: Config;
  log: Logger;
}

export type RequestHeaders = Record<string, string | string[] | undefined>;

/** A header's first value: Node gives a repeated header as an array. */
export const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The caller a request's headers name: by bearer token, else by session cookie, else nobody. */
async function actorOf({ db, config }: ContextDeps, headers: RequestHeaders) {
  const authorization = first(headers.authorization);
  if (authorization) return resolveActor(db, config, authorization);
  const secret = sessionSecretOf(config, headers);
  return secret ? resolveSessionActor(db, config, secret) : null;
}

export async function createContext(
  deps: ContextDeps,
  req: { headers: RequestHeaders; socket?: unknown },
  log: Logger = deps.log,
): Promise<AppContext> {
  const actor = await actorOf(deps, req.headers);
  // A real request (not a test's or a WebSocket operation's stand-in) tells where it came from.
  const client = req.socket
    ? { address: clientAddress(deps.config, req as IncomingMessage), userAgent: first(req.headers['user-agent']) }
    : undefined;
  return { db: deps.db, config: deps.config, actor, loaders: createLoaders(deps.db), log, now: new Date(), client };
}
