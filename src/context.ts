// The per-request context: the one database handle (db/client.ts: Prisma, raw SQL and the handle's caches),
// the caller, fresh loaders, config and a logger. Every layer reads it, so it lives at the root and holds
// only types; src/http/requestContext.ts builds it.
import type { Logger } from 'pino';
import type { Config } from './config';
import type { Db, TxDb } from './db/client';
import type { Actor, ClientInfo } from './domain/access/auth';
import type { Loaders } from './db/loaders';
import type { ChangeHub } from './domain/live/changeHub';

export interface AppContext {
  db: Db;
  config: Config;
  actor: Actor | null;
  loaders: Loaders;
  log: Logger;
  /** Fixed at request start so every computed field (health, defaults) agrees within one response. */
  now: Date;
  /** Where the request came from; absent for work outside a request (executeOperation in tests, the CLIs). */
  client?: ClientInfo;
  /** The instance's change-feed reader, on subscription contexts only (http/subscriptions.ts). */
  changeHub?: ChangeHub;
}

/**
 * The context of work inside one transaction (an import's rows, db/transaction.ts contextInTransaction): its db
 * is the transaction, and its loaders read through it.
 */
export interface TxContext extends Omit<AppContext, 'db' | 'loaders'> {
  db: TxDb;
  loaders: Loaders;
}

/** What a write verb runs in: a request's context (the verb opens its transaction) or one inside a transaction. */
export type WriteContext = AppContext | TxContext;
