// Hands back the jobs of dead workers (liveness.ts): at start and every JOB_SWEEP_INTERVAL_MS, each instance with
// a worker lists the workers that lock jobs or job queues but have no connection named after them on this
// database. One seen so in every sweep for MIN_ABSENCE_MS, and in two sweeps at least, is dead (a live worker's
// connection that was cut is back within a second or two), and graphile-worker's forceUnlockWorkers releases its
// jobs, which a live worker then runs again. Every worker on the database must be this server's, since only they
// name themselves.
import type pg from 'pg';
import type { Logger } from 'pino';
import type { WorkerUtils } from 'graphile-worker';
import { APPLICATION_NAME_PREFIX } from './liveness';

const UNSEEN_WORKERS = `
  SELECT DISTINCT held.locked_by AS "workerId" FROM (
    SELECT locked_by FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL
    UNION SELECT locked_by FROM graphile_worker._private_job_queues WHERE locked_by IS NOT NULL) held
  WHERE NOT EXISTS (
    SELECT 1 FROM pg_stat_activity a
    WHERE a.datname = current_database() AND a.application_name = $1 || held.locked_by)`;

/** Longer than a lost connection takes to come back (liveness.ts reopens it after a second). */
const MIN_ABSENCE_MS = 5_000;

export interface SweepOptions {
  readonly pgPool: pg.Pool;
  /** graphile-worker's utilities on the same pool: forceUnlockWorkers. */
  readonly utils: WorkerUtils;
  readonly intervalMs: number;
  /** This process's own workers, alive whatever their connection's state. */
  readonly ownWorkers: () => ReadonlySet<string>;
  readonly log: Logger;
}

export function startDeadWorkerSweep(options: SweepOptions): { stop(): Promise<void> } {
  const { pgPool, utils, intervalMs, log } = options;
  /** Workers unseen in the last sweep, with when they were first unseen in a row of sweeps. */
  let unseenSince = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function sweep() {
    const { rows } = await pgPool.query<{ workerId: string }>(UNSEEN_WORKERS, [APPLICATION_NAME_PREFIX]);
    const own = options.ownWorkers();
    const now = Date.now();
    const unseen = new Map(rows.filter((r) => !own.has(r.workerId)).map((r) => [r.workerId, now]));
    for (const id of unseen.keys()) if (unseenSince.has(id)) unseen.set(id, unseenSince.get(id)!);
    unseenSince = unseen;
    const dead = [...unseen].filter(([, since]) => now - since >= MIN_ABSENCE_MS).map(([id]) => id);
    if (!dead.length) return;
    await utils.forceUnlockWorkers(dead);
    log.warn({ workers: dead }, 'released the jobs of job workers that no longer have a connection');
  }

  const tick = () => {
    running = sweep()
      .catch((err: unknown) => log.warn({ err: (err as Error).message }, 'dead job worker sweep failed'))
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, intervalMs).unref();
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
