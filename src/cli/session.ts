// What the data CLIs (export, import, backup, restore) share: DATABASE_URL or the embedded default (a running
// server's cluster, joined), a context like a request's, and one way to fail (a caller's mistake exits 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config';
import type { AppContext } from '../context';
import { createPrismaClient, type Db } from '../db/client';
import { assertDatabaseReachable } from '../db/databaseCheck';
import { startEmbeddedPostgres, type EmbeddedHandle } from '../db/embedded/embeddedPostgres';
import { migrateDeploy } from '../db/migrate';
import { createLoaders } from '../db/loaders';
import { createLogger } from '../logger';
import { scopeOf, type Actor } from '../domain/access/auth';
import { DomainError, StartupError } from '../errors';

export class UsageError extends Error {}

export interface Session {
  config: Config;
  db: Db;
  databaseUrl: string;
  /** A context for `actor`, as a request with that caller's token would get. */
  context(actor: Actor | null): AppContext;
}

/** node:util's parseArgs, with its complaints (and the usage) as a UsageError. */
export function parseCliArgs<T extends ParseArgsConfig['options']>(usage: string, options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
  }
}

/**
 * DATABASE_URL, checked in one line, or the embedded default: a running server's cluster (joined, so that a
 * CLI beside `npm start` sees the same data), or one started for the command and stopped after it.
 */
async function openCliDatabase(config: Config): Promise<{ databaseUrl: string; embedded: EmbeddedHandle | null }> {
  if (config.databaseUrl) {
    await assertDatabaseReachable(config.databaseUrl);
    return { databaseUrl: config.databaseUrl, embedded: null };
  }
  const embedded = await startEmbeddedPostgres({
    dir: config.embedded.dir,
    port: config.embedded.port,
    joinLiveOwner: true,
  });
  const whose = embedded.mode === 'joined' ? "the running server's" : 'the';
  console.error(`No DATABASE_URL: using ${whose} embedded PostgreSQL in ${config.embedded.dir}.`);
  return { databaseUrl: embedded.url, embedded };
}

export async function withSession<T>(work: (s: Session) => Promise<T>, options: { migrate?: boolean } = {}) {
  const config = loadConfig();
  const { databaseUrl, embedded } = await openCliDatabase(config);
  const db = createPrismaClient(databaseUrl, { poolSize: 2 });
  const log = createLogger({ logLevel: 'silent' });
  try {
    if (options.migrate) await migrateDeploy(databaseUrl);
    return await work({
      config,
      db,
      databaseUrl,
      context: (actor) => ({ db, config, actor, loaders: createLoaders(db), log, now: new Date() }),
    });
  } finally {
    await db.$disconnect();
    if (embedded) await embedded.stop();
  }
}

/** The user a CLI acts as (`--as NAME`): their role decides, as their token's would. */
export async function actorNamed(db: Db, config: Config, name: string | undefined): Promise<Actor> {
  if (!name) throw new UsageError('Name the user to act as: --as <name> (see npm run token).');
  const user = await db.user.findUnique({ where: { name } });
  if (!user) throw new UsageError(`No user named ${name}.`);
  return { userId: user.id, name: user.name, role: user.role, scope: scopeOf(config) };
}

export function runCli(name: string, main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (err instanceof UsageError || err instanceof ConfigError || err instanceof DomainError) {
      console.error(`${name}: ${err.message}`);
      process.exit(2);
    }
    console.error(
      err instanceof StartupError
        ? err.message
        : `${name}: failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exit(1);
  });
}
