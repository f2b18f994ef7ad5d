// Every feature's background jobs, in one list: index.ts starts the worker with them, and tests run the server's
// own handlers from here. A feature registers its handlers and schedules in its own `jobs` (evidence/tasks.ts,
// webhooks/tasks.ts) and enqueues by the same names (db/jobQueue.ts, in its write transaction); the worker
// (jobs/worker.ts) knows none of them.
import type { Config } from '../../config';
import type { FeatureJobs, JobDeps, JobTasks } from '../jobs/types';
import { jobs as evidenceJobs } from '../evidence/tasks';
import { jobs as webhookJobs } from '../webhooks/tasks';
import { jobs as accessJobs } from '../access/prune';
import { jobs as extractionJobs } from '../documents/extraction/tasks';

const features: readonly FeatureJobs[] = [evidenceJobs, webhookJobs, accessJobs, extractionJobs];

/** The server's handlers, by task name. Two features claiming one name is a programming error, caught at start. */
export function jobTasks(deps: JobDeps): JobTasks {
  const all: Record<string, JobTasks[string]> = {};
  for (const tasks of features.map((f) => f.tasks(deps)))
    for (const [name, handler] of Object.entries(tasks)) {
      if (name in all) throw new Error(`Two features register the job task "${name}".`);
      all[name] = handler;
    }
  return all;
}

/** The server's crontab: every feature's periodic jobs under this config. */
export const jobCrontab = (config: Config): string => features.map((f) => f.crontab?.(config) ?? '').join('');
