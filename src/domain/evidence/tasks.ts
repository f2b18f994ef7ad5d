// The evidence jobs, by the names they are enqueued under, and the crontab line of the periodic check.
import type { Config } from '../../config';
import type { FeatureJobs, JobDeps, JobTasks } from '../jobs/types';
import { captureEvidence } from './capture';
import { checkEvidenceLink, checkEvidenceLinks } from './linkCheck';

const evidenceTasks = (deps: JobDeps): JobTasks => ({
  captureEvidence: captureEvidence(deps),
  checkEvidenceLinks: checkEvidenceLinks(deps),
  checkEvidenceLink: checkEvidenceLink(deps),
});

/** graphile-worker's crontab for the link check; empty when EVIDENCE_CHECK_SCHEDULE=off. */
export const evidenceCrontab = (config: Config): string =>
  config.evidence.checkSchedule ? `${config.evidence.checkSchedule} checkEvidenceLinks\n` : '';

export const jobs: FeatureJobs = { tasks: evidenceTasks, crontab: evidenceCrontab };
