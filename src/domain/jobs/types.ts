// What a background job is, apart from the worker that runs it: the features (evidence/, webhooks/) write their
// handlers and registrations against these types, and the worker takes them, so neither imports the other.
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { Db } from '../../db/client';

/** What a job handler may use: the same database handle, config and logger as the requests. */
export interface JobDeps {
  readonly db: Db;
  readonly config: Config;
  readonly log: Logger;
}

export type JobHandler = (
  payload: unknown,
  job: { readonly attempts: number; readonly maxAttempts: number },
) => Promise<void>;

/** Handlers by the task names jobs are enqueued under (db/jobQueue.ts). */
export type JobTasks = Readonly<Record<string, JobHandler>>;

/** A feature's jobs: its handlers, and the crontab lines of its periodic ones (src/domain/registry/jobRegistry.ts lists them). */
export interface FeatureJobs {
  readonly tasks: (deps: JobDeps) => JobTasks;
  /** graphile-worker crontab lines, each ending in a newline, e.g. `0 3 * * * checkEvidenceLinks\n`; '' for none. */
  readonly crontab?: (config: Config) => string;
}
