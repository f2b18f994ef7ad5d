// What the access feature keeps only while it can matter: sessions that no longer sign anyone in, failed
// sign-ins older than the throttle's window, and one-time links past their day. Deleting them changes no
// answer: each is already ignored by the reads that would find it (sessions.ts, throttle.ts, signInLinks.ts).
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { FeatureJobs, JobDeps } from '../jobs/types';

/** Deletes the rows that can no longer matter as of `now`; returns how many of each. */
export async function pruneAccessRecords(db: Db, config: Config, now = new Date()) {
  const idleSince = new Date(now.getTime() - config.sessions.idleMs);
  const [sessions, signinFailures, signInLinks] = await db.$transaction([
    // A link's session mark (setsPasswordByLink) points at a session by id, without a key: nothing to unlink.
    db.session.deleteMany({
      where: { OR: [{ endedAt: { not: null } }, { expiresAt: { lte: now } }, { lastSeenAt: { lte: idleSince } }] },
    }),
    db.signinFailure.deleteMany({ where: { createdAt: { lte: new Date(now.getTime() - config.signin.windowMs) } } }),
    db.signInLink.deleteMany({ where: { expiresAt: { lte: now } } }),
  ]);
  return { sessions: sessions.count, signinFailures: signinFailures.count, signInLinks: signInLinks.count };
}

const accessTasks = ({ db, config, log }: JobDeps) => ({
  pruneAccessRecords: async () => {
    log.info({ pruned: await pruneAccessRecords(db, config) }, 'access records pruned');
  },
});

/** Hourly, at a minute of its own: nothing else in the crontab runs then. */
export const jobs: FeatureJobs = { tasks: accessTasks, crontab: () => '17 * * * * pruneAccessRecords\n' };
