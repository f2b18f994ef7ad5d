// The background job queue lives in PostgreSQL (graphile-worker), so a deployment keeps one stateful part.
// A job is added by the transaction that makes the change it follows from (a webhook delivery, an evidence
// capture): it exists exactly when that change committed, and a rollback takes it back (a transactional
// outbox, with no second store to keep in step). Workers take jobs with FOR UPDATE SKIP LOCKED, so several
// server instances share one queue and a job runs on one of them at a time; a failed job is retried later
// with exponential backoff, up to its maxAttempts.
import pg from 'pg';
import { runMigrations, Logger } from 'graphile-worker';
import type { Prisma } from '../generated/prisma/client';

/** An advisory lock key of our own: graphile-worker's installer takes none. */
const MIGRATION_LOCK = 7_351_602_001;

/**
 * Installs or upgrades the queue's own schema (graphile_worker). Idempotent; migrate.ts runs it after Prisma's.
 * graphile-worker's first install is a plain CREATE SCHEMA, so two instances starting together on an empty
 * database would race and one would fail to start; a session advisory lock makes them take turns.
 */
export async function migrateJobQueue(databaseUrl: string): Promise<void> {
  const lock = new pg.Client({ connectionString: databaseUrl });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await runMigrations({ connectionString: databaseUrl, logger: silentLogger, maxPoolSize: 1 });
  } finally {
    await lock.end(); // ending the session releases the lock
  }
}

const silentLogger = new Logger(() => () => {});

export interface JobOptions {
  /** Not before this time (default: now). */
  readonly runAt?: Date;
  /** Attempts before the job is given up (graphile-worker's default: 25). */
  readonly maxAttempts?: number;
  /** A job with the same key replaces the pending one instead of queueing twice. */
  readonly jobKey?: string;
}

/** Adds a job inside the caller's transaction (`tx`), so that it commits or rolls back with the change. */
export async function enqueueJob(
  tx: Prisma.TransactionClient,
  task: string,
  payload: Record<string, unknown>,
  options: JobOptions = {},
): Promise<void> {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    identifier => ${task},
    payload => ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int,
    job_key => ${options.jobKey ?? null}::text
  )`;
}
