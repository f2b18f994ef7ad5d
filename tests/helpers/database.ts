// One database per test file, cloned from the migrated template, dropped afterwards. Tables are
// truncated between tests so every test sees only the data it creates.
import { randomBytes } from 'node:crypto';
import { createPrismaClient, type Db } from '../../src/db/client';
import { adminQuery, templateDb, withDatabase } from '../setup/testDatabase';

export interface TestDatabase {
  db: Db;
  url: string;
  /** Every SQL statement Prisma sent since the last reset of the array. */
  statements: string[];
  drop(): Promise<void>;
}

export function serverUrl(): string {
  const url = process.env.TEST_PG_SERVER_URL;
  if (!url) throw new Error('TEST_PG_SERVER_URL is not set: run the tests through jest (globalSetup).');
  return url;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** PostgreSQL refuses to clone a template while another clone of it is starting; such a clash is retried. */
async function cloneTemplate(name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await adminQuery(serverUrl(), `CREATE DATABASE ${name} TEMPLATE ${templateDb()} STRATEGY FILE_COPY`);
    } catch (err) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(err))) throw err;
      await sleep(100 + Math.random() * 200);
    }
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `tracker_t_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  await cloneTemplate(name);
  const url = withDatabase(serverUrl(), name);
  const statements: string[] = [];
  const db = createPrismaClient(url, { onQuery: (sql) => statements.push(sql), poolSize: 20 });
  return {
    db,
    url,
    statements,
    async drop() {
      await db.$disconnect();
      await adminQuery(serverUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

const TABLES = [
  'AuditEntry',
  'IndicatorValue',
  'IndicatorRevision',
  'Indicator',
  'Candidate',
  'RecommendationLink',
  'DocumentRevision',
  'DocumentUpload',
  'Evidence',
  'EvidenceArchive',
  'ProgressUpdate',
  'Proposal',
  'RecommendationOwner',
  'OwnerName',
  'Owner',
  'TargetDateRevision',
  'QuoteRevision',
  'RollupRevision',
  'Recommendation',
  'Theme',
  'SourceDocument',
  'ApiToken',
  'Session',
  'SigninFailure',
  'SignInLink',
  'OidcLogin',
  'OidcIdentity',
  'Membership',
  'Passkey',
  'PasskeyChallenge',
  'User',
  'WebhookAttempt',
  'WebhookDelivery',
  'Webhook',
  'ChangeEvent',
  'Follow',
  'Preference',
  'CatalogState',
];

/** Empties every table. The log and the audit trail refuse TRUNCATE unless the transaction allows a reset. */
export async function resetDatabase(db: Db): Promise<void> {
  await db.$transaction([
    db.$executeRawUnsafe(`SELECT set_config('tracker.allow_reset', 'on', true)`),
    db.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`),
    // The job queue's pending jobs (db/jobQueue.ts) belong to the data they were enqueued with.
    db.$executeRawUnsafe(`TRUNCATE graphile_worker._private_jobs, graphile_worker._private_job_queues CASCADE`),
  ]);
}
