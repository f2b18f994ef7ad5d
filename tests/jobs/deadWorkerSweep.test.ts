// Jobs locked by a worker that died are handed back by a live instance, which sees that no connection is named
// after that worker any more (domain/jobs/liveness.ts, deadWorkerSweep.ts); a live worker keeps its job, however
// long it runs and even while its connection is cut and comes back. tests/faults/killedInstance.test.ts does the
// same with real processes and a SIGKILL.
import { createTestDatabase, resetDatabase, type TestDatabase } from '../helpers/database';
import { enqueueJob } from '../../src/db/jobQueue';
import { startJobWorker } from '../../src/domain/jobs/worker';
import type { JobHandler } from '../../src/domain/jobs/types';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());
beforeEach(() => resetDatabase(t.db));

const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  JOB_CONCURRENCY: '1',
  JOB_SWEEP_INTERVAL_MS: '100',
});
const log = createLogger(config);
const worker = (tasks: Record<string, JobHandler>) =>
  startJobWorker({ db: t.db, config, log, databaseUrl: t.url, tasks, pollIntervalMs: 100 });

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const lockedBy = async () =>
  (
    await t.db.$queryRawUnsafe<{ locked_by: string | null }[]>(`SELECT locked_by FROM graphile_worker._private_jobs`)
  ).map((j) => j.locked_by);
const namedConnections = async (workerId: string) =>
  (
    await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = ${`tracker job worker ${workerId}`}`
  )[0].n;

it('runs a job again on a live worker when the worker that locked it has no connection (it died)', async () => {
  const seen: unknown[] = [];
  await t.db.$transaction((tx) => enqueueJob(tx, 'remember', { n: 1 }));
  // As a killed instance leaves it: locked a moment ago, by a worker with no connection.
  await t.db.$executeRawUnsafe(
    `UPDATE graphile_worker._private_jobs SET locked_by = 'worker-killed', locked_at = now(), attempts = 1`,
  );
  const live = await worker({ remember: async (payload) => void seen.push(payload) });
  try {
    await until(async () => (await lockedBy()).length === 0, 'the job to run');
    expect(seen).toEqual([{ n: 1 }]);
  } finally {
    await live.stop();
  }
});

it("leaves a live worker's long job alone, also while its connection is cut and comes back", async () => {
  let runs = 0;
  const running: (() => void)[] = [];
  const finish = () => running.splice(0).forEach((resolve) => resolve());
  const slow: JobHandler = () => {
    runs++;
    return new Promise<void>((resolve) => running.push(resolve));
  };
  const busy = await worker({ slow });
  const sweeper = await worker({ slow });
  try {
    await t.db.$transaction((tx) => enqueueJob(tx, 'slow', {}));
    await until(() => runs === 1, 'the job to start');
    const [holder] = await lockedBy();
    await t.db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = ${`tracker job worker ${holder}`}`;
    await until(async () => (await namedConnections(holder!)) === 1, 'the connection to come back');
    // Many sweeps (every 100 ms) pass while the job runs on.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect({ runs, lockedBy: await lockedBy() }).toEqual({ runs: 1, lockedBy: [holder] });
    finish();
    await until(async () => (await lockedBy()).length === 0, 'the job to finish');
    expect(runs).toBe(1);
  } finally {
    finish();
    await Promise.all([busy.stop(), sweeper.stop()]);
  }
});
