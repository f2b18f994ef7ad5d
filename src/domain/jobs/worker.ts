// Runs the PostgreSQL job queue's jobs in this process (graphile-worker). Any number of instances may run a
// worker on the same database: each job is taken by one of them (SKIP LOCKED). A job whose worker died (its
// instance killed) is handed back by a live instance, which sees that the worker's named connection is gone
// (liveness.ts, deadWorkerSweep.ts: within two JOB_SWEEP_INTERVAL_MS, and 5 s at least), and run again. A
// handler that throws is retried with exponential backoff (graphile-worker: about exp(min(attempt, 10))
// seconds) until its maxAttempts.
import pg from 'pg';
import {
  Logger as WorkerLogger,
  makeWorkerUtils,
  run,
  runOnce,
  type Runner,
  type Task,
  type TaskList,
} from 'graphile-worker';
import type { Logger } from 'pino';
import type { JobDeps, JobTasks } from './types';
import { workerLiveness } from './liveness';
import { startDeadWorkerSweep } from './deadWorkerSweep';

export interface JobWorkerOptions extends JobDeps {
  readonly databaseUrl: string;
  /** The handlers to run: the server's (domain/registry/jobRegistry.ts jobTasks), or a test's own. */
  readonly tasks: JobTasks;
  /** graphile-worker crontab lines for periodic jobs, e.g. `0 3 * * * checkEvidenceLinks`. */
  readonly crontab?: string;
  /** How often to look for due jobs besides the instant notification of new ones (ms). */
  readonly pollIntervalMs?: number;
}

function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const pinoLevel = level === 'warning' ? 'warn' : level === 'error' ? 'error' : 'debug';
    log[pinoLevel]({ jobs: scope, ...meta }, message);
  });
}

function taskList(tasks: JobTasks): TaskList {
  const list: TaskList = {};
  for (const [name, handler] of Object.entries(tasks)) {
    const task: Task = (payload, helpers) =>
      handler(payload, { attempts: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });
    list[name] = task;
  }
  return list;
}

const shared = (options: JobWorkerOptions) => ({
  connectionString: options.databaseUrl,
  logger: workerLogger(options.log),
  noHandleSignals: true,
});

/**
 * Starts the worker and the sweep for dead ones; `stop()` lets running jobs finish (or hands them back) and
 * closes its connections. The pool is ours, with an error listener: an idle connection that PostgreSQL ends (the
 * embedded server stopping on the same signal, a database dropped) must not become an unhandled 'error' event
 * that ends the process.
 */
export async function startJobWorker(options: JobWorkerOptions): Promise<{ stop(): Promise<void> }> {
  const pgPool = new pg.Pool({ connectionString: options.databaseUrl, max: options.config.jobs.concurrency + 2 });
  pgPool.on('error', (err) => options.log.debug({ err }, 'job queue connection ended'));
  const { connectionString: _url, ...rest } = shared(options);
  const liveness = workerLiveness(options.databaseUrl, options.log);
  const runner: Runner = await run({
    ...rest,
    pgPool,
    preset: { plugins: [liveness.plugin] },
    concurrency: options.config.jobs.concurrency,
    pollInterval: options.pollIntervalMs ?? 2_000,
    taskList: taskList(options.tasks),
    crontab: options.crontab ?? '',
  });
  const utils = await makeWorkerUtils({ pgPool, logger: rest.logger });
  const sweep = startDeadWorkerSweep({
    pgPool,
    utils,
    intervalMs: options.config.jobs.sweepIntervalMs,
    ownWorkers: liveness.workerIds,
    log: options.log,
  });
  return {
    async stop() {
      await sweep.stop();
      await runner.stop();
      await liveness.close();
      await utils.release();
      await pgPool.end();
    },
  };
}

/**
 * Runs every job that is due now, then returns: for the CLI and for tests that step the queue by hand. Its one
 * worker names itself like the server's, so that a server's sweep does not take it for dead.
 */
export async function runDueJobs(options: JobWorkerOptions): Promise<void> {
  const liveness = workerLiveness(options.databaseUrl, options.log);
  try {
    await runOnce({
      ...shared(options),
      preset: { plugins: [liveness.plugin] },
      taskList: taskList(options.tasks),
    });
  } finally {
    await liveness.close();
  }
}
