// Every kind of background job the server runs, by name: the one list the worker takes its handlers from.
// A feature adds its handler here and enqueues by the same name (db/jobQueue.ts, in its write transaction).
import type { JobDeps, JobHandler } from './worker';
import { evidenceTasks } from '../evidence/tasks';
import { webhookTasks } from '../webhooks/tasks';

export type JobTasks = Readonly<Record<string, JobHandler>>;

/** The server's handlers; tests may run others through startJobWorker's `tasks`. */
export const jobTasks = (deps: JobDeps): JobTasks => ({
  ...evidenceTasks(deps),
  ...webhookTasks(deps),
});
