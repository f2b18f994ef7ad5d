// The per-request context: the one database client, the caller, fresh loaders, config and a logger.
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Db } from './db';
import { resolveActor, type Actor } from './auth';
import { createLoaders, type Loaders } from './loaders';

export interface AppContext {
  db: Db;
  config: Config;
  actor: Actor | null;
  loaders: Loaders;
  log: Logger;
  /** Fixed at request start so every computed field (health, defaults) agrees within one response. */
  now: Date;
}

export interface ContextDeps {
  db: Db;
  config: Config;
  log: Logger;
}

export async function createContext(
  deps: ContextDeps,
  req: { headers: Record<string, string | string[] | undefined> },
  log: Logger = deps.log,
): Promise<AppContext> {
  const header = req.headers.authorization;
  const actor = await resolveActor(deps.db, deps.config, Array.isArray(header) ? header[0] : header);
  return { db: deps.db, config: deps.config, actor, loaders: createLoaders(deps.db), log, now: new Date() };
}
