// The one PrismaClient factory. index.ts (and the test harness) create exactly one client per process
// and pass it through the per-request context.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export type Db = PrismaClient;

export interface DbOptions {
  poolSize?: number;
  /** Receives every SQL statement Prisma sends; used by tests that count statements per request. */
  onQuery?: (sql: string) => void;
}

export function createPrismaClient(databaseUrl: string, options: DbOptions = {}): Db {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    // Fail fast when the database is gone instead of letting requests hang (SERVICE_UNAVAILABLE).
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
  });
  const client = new PrismaClient({
    adapter,
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    client.$on('query' as never, (e: { query: string }) => onQuery(e.query));
  }
  return client;
}
