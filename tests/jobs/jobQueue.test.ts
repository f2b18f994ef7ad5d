// The job queue in PostgreSQL: a job exists exactly when the transaction that added it commits, a worker runs
// it with its payload, and a handler that throws leaves it queued for a later attempt.
import { createTestDatabase, resetDatabase, type TestDatabase } from '../helpers/database';
import { enqueueJob } from '../../src/db/jobQueue';
import { runDueJobs, startJobWorker } from '../../src/domain/jobs/worker';
import type { JobHandler } from '../../src/domain/jobs/types';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

let t: TestDatabase;
beforeAll(async () => (t = await createTestDatabase()));
afterAll(() => t.drop());
beforeEach(() => resetDatabase(t.db));

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
const log = createLogger(config);
const options = (tasks: Record<string, JobHandler>) => ({ db: t.db, config, log, databaseUrl: t.url, tasks });

const pendingJobs = async () =>
  (
    await t.db.$queryRawUnsafe<{ task: string; attempts: number; last_error: string | null }[]>(
      `SELECT t.identifier AS task, j.attempts, j.last_error FROM graphile_worker._private_jobs j
         JOIN graphile_worker._private_tasks t ON t.id = j.task_id ORDER BY j.id`,
    )
  ).map((j) => ({ ...j, last_error: j.last_error?.split('\n')[0] ?? null }));

it('keeps a job added by a committed transaction and runs it with its payload', async () => {
  const seen: unknown[] = [];
  await t.db.$transaction((tx) => enqueueJob(tx, 'remember', { n: 1 }));
  await runDueJobs(options({ remember: async (payload) => void seen.push(payload) }));
  expect(seen).toEqual([{ n: 1 }]);
  expect(await pendingJobs()).toEqual([]);
});

it('has no job for a transaction that rolled back', async () => {
  await expect(
    t.db.$transaction(async (tx) => {
      await enqueueJob(tx, 'remember', { n: 2 });
      throw new Error('the change failed');
    }),
  ).rejects.toThrow('the change failed');
  expect(await pendingJobs()).toEqual([]);
});

it('keeps a failed job queued with its error, for a later attempt', async () => {
  await t.db.$transaction((tx) => enqueueJob(tx, 'flaky', {}, { maxAttempts: 3 }));
  await runDueJobs(
    options({
      flaky: async () => {
        throw new Error('receiver said 500');
      },
    }),
  );
  expect(await pendingJobs()).toEqual([{ task: 'flaky', attempts: 1, last_error: 'receiver said 500' }]);
});

it('runs a job committed while a worker is running, without waiting for a poll', async () => {
  let resolveSeen: (payload: unknown) => void = () => {};
  const seen = new Promise((resolve) => (resolveSeen = resolve));
  const worker = await startJobWorker({
    ...options({ remember: async (p) => resolveSeen(p) }),
    pollIntervalMs: 60_000,
  });
  try {
    await t.db.$transaction((tx) => enqueueJob(tx, 'remember', { n: 3 }));
    await expect(seen).resolves.toEqual({ n: 3 });
  } finally {
    await worker.stop();
  }
});
