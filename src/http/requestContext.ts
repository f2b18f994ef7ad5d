// Builds the per-request context (src/context.ts): the caller from the Authorization header, fresh loaders,
// and the request's clock.
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { AppContext } from '../context';
import type { Db } from '../db/client';
import { createLoaders } from '../db/loaders';
import { resolveActor } from '../domain/access/auth';

export interface ContextDeps {
  db: Db;
  config: Config;
  log: Logger;
}

export type RequestHeaders = Record<string, string | string[] | undefined>;

export async function createContext(
  deps: ContextDeps,
  req: { headers: RequestHeaders },
  log: Logger = deps.log,
): Promise<AppContext> {
  const header = req.headers.authorization;
  const actor = await resolveActor(deps.db, deps.config, Array.isArray(header) ? header[0] : header);
  return { db: deps.db, config: deps.config, actor, loaders: createLoaders(deps.db), log, now: new Date() };
}
