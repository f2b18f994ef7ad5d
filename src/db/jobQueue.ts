// The background job queue lives in PostgreSQL (graphile-worker), so a deployment keeps one stateful part.
// A job is added by the transaction that makes the change it follows from (a webhook delivery, an evidence
// capture): it exists exactly when that change committed, and a rollback takes it back (a transactional
// outbox, with no second store to keep in step). Workers take jobs with FOR UPDATE SKIP LOCKED, so several
// server instances share one queue and a job runs on one of them at a time; a failed job is retried later
// with exponential backoff, up to its maxAttempts.
import { runMigrations, Logger } from 'graphile-worker';
import type { Prisma } from '../generated/prisma/client';

/** Installs or upgrades the queue's own schema (graphile_worker). Idempotent; migrate.ts runs it after Prisma's. */
export async function migrateJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: silentLogger, maxPoolSize: 1 });
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
