// Steps the job queue by hand: runs the due webhook jobs until none is left (a retry with WEBHOOK_RETRY_BASE_MS=0
// is due at once, so a whole retry sequence settles), with the server's own handlers or a variant of them.
// Other jobs (an evidence link's capture) stay queued: they are not the webhooks' to settle.
import type { Db } from '../../../src/db/client';
import type { Config } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { runDueJobs } from '../../../src/domain/jobs/worker';
import { webhookTasks } from '../../../src/domain/webhooks/tasks';
import type { ResolveHost } from '../../../src/domain/outbound/guardedFetch';

const queuedJobs = async (db: Db, tasks: string[]) =>
  (
    await db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = ANY(${tasks}::text[])`
  )[0].n;

export async function settleJobs(
  s: { db: Db; config: Config; url: string },
  variant: { config?: Config; resolveHost?: ResolveHost } = {},
): Promise<void> {
  const log = createLogger(s.config);
  const config = variant.config ?? s.config;
  const tasks = webhookTasks({ db: s.db, config, log, resolveHost: variant.resolveHost });
  for (let round = 0; round < 40; round++) {
    await runDueJobs({ db: s.db, config, log, databaseUrl: s.url, tasks });
    if ((await queuedJobs(s.db, Object.keys(tasks))) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('jobs still queued after 40 rounds');
}
