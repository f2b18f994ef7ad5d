// The server's jobs come from the features' own registrations (domain/registry/jobRegistry.ts): every handler a feature
// enqueues by name, and the crontab of the periodic ones, which index.ts no longer writes by hand.
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { jobCrontab, jobTasks } from '../../src/domain/registry/jobRegistry';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

let t: TestDatabase;
beforeAll(async () => void (t = await createTestDatabase()));
afterAll(() => t.drop());

const config = (env: Record<string, string> = {}) => loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });

it('runs every feature’s handlers, by the names they are enqueued under', () => {
  const tasks = jobTasks({ db: t.db, config: config(), log: createLogger(config()) });
  expect(Object.keys(tasks).sort()).toEqual([
    'captureEvidence',
    'checkEvidenceLink',
    'checkEvidenceLinks',
    'deliverWebhook',
    'extractCandidates',
    'fanOutWebhooks',
    'pruneAccessRecords',
  ]);
});

it('takes the crontab from the features’ schedules, leaving out those that are off', () => {
  expect(jobCrontab(config())).toBe('0 3 * * * checkEvidenceLinks\n17 * * * * pruneAccessRecords\n');
  expect(jobCrontab(config({ EVIDENCE_CHECK_SCHEDULE: 'off' }))).toBe('17 * * * * pruneAccessRecords\n');
});
