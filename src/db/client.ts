// The one database handle factory. index.ts (and the test harness) create exactly one per process and pass
// it through the per-request context. The handle is the PrismaClient, carrying what belongs to this one
// database and would otherwise hide in module state: the raw statement runner on its pool, the names of the
// statements it prepared and the verdicts on their JSON text, and the dashboard's cache. Test databases and servers therefore never share them.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client';
import { PreparedStatementNames } from './preparedStatements';

/** An entry of the dashboard's cache (domain/catalog/summaryCache.ts decides what is in it and when it holds). */
interface CachedValue {
  version: string;
  from: number;
  /** Infinity while the value is being computed. */
  until: number;
  /** The computation, shared by every request that finds it (single flight). */
  value: Promise<unknown>;
}

/** Whether a compiled statement's JSON text is what JSON.stringify writes (graphql/compiledQuery/jsonText.ts). */
interface TextVerdict {
  checked: number;
  same: boolean;
}

interface DbHandle {
  /** Statements past Prisma, on the same pool. */
  raw: RawSql;
  /** Names for the texts this handle sends as prepared statements. */
  preparedStatements: PreparedStatementNames;
  summaryCache: Map<string, CachedValue>;
  /** By statement text: whether its answers can be sent as PostgreSQL wrote them. */
  jsonTextVerdicts: Map<string, TextVerdict>;
}

export type Db = PrismaClient & DbHandle;

/**
 * A handle inside a transaction: Prisma's transaction client. It has the models and raw queries, but neither
 * $transaction (Prisma cannot nest) nor what Db adds for the whole pool (raw, preparedStatements, the caches).
 */
export type TxDb = Prisma.TransactionClient;

export interface DbOptions {
  poolSize?: number;
  /**
   * The longest a statement may run: PostgreSQL cancels it after this many milliseconds, and the driver gives
   * up waiting a little later (a database that hangs without answering), dropping that connection.
   */
  statementTimeoutMs?: number;
  /** Receives every SQL statement sent (Prisma's and raw's) with its parameters: statement counts in tests, EXPLAIN in bench/explain.ts. */
  onQuery?: (sql: string, params: unknown[]) => void;
}

/**
 * Statements that bypass Prisma, on the same pool. Each Prisma call costs about 0.4–0.9 ms of CPU before and
 * after the database's own work (its client, the WASM query compiler, value mapping; docs/performance.md),
 * which on the hottest read was most of the request. A statement sent here returns rows as the driver parses
 * them; callers that need exact types ask PostgreSQL for JSON text and convert it themselves.
 */
interface RawSql {
  /** `name` makes it a prepared statement: each connection plans it once instead of on every call. */
  query<T>(text: string, values: readonly unknown[], name?: string): Promise<T[]>;
}

/** The default of DB_STATEMENT_TIMEOUT_MS (config.ts), for clients made outside the server (seed, CLI, bench). */
const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;
/** How much longer than the server's own timeout the driver waits before deciding the database hangs. */
const HANG_MARGIN_MS = 1_000;

export function createPrismaClient(databaseUrl: string, options: DbOptions = {}): Db {
  const timeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  // One pool for Prisma and raw, so that DB_POOL_SIZE bounds the connections of both; Prisma ends it on $disconnect.
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    // Fail fast when the database is gone instead of letting requests hang (SERVICE_UNAVAILABLE).
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    ...(timeout > 0 ? { statement_timeout: timeout, query_timeout: timeout + HANG_MARGIN_MS } : {}),
  });
  // An idle connection that the database ends (a restart, a dropped database) is discarded by the pool, which
  // re-emits its error; Prisma listens only once it has connected itself, and until then, on a server that had
  // used only raw, that unheard 'error' event would crash the process.
  pool.on('error', () => {});
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  const onQuery = options.onQuery;
  if (onQuery)
    client.$on('query' as never, (e: { query: string; params: string }) =>
      onQuery(e.query, JSON.parse(e.params) as unknown[]),
    );
  const raw: RawSql = {
    async query<T>(text: string, values: readonly unknown[], name?: string) {
      onQuery?.(text, [...values]);
      return (await pool.query({ text, values: values as unknown[], name })).rows as T[];
    },
  };
  return Object.assign(client, {
    raw,
    preparedStatements: new PreparedStatementNames(),
    summaryCache: new Map(),
    jsonTextVerdicts: new Map(),
  });
}
