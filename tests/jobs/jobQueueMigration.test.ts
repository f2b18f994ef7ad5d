// Two instances starting together on an empty database both install the job queue's schema: they take
// turns under an advisory lock instead of racing on CREATE SCHEMA (where one would fail to start).
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrateJobQueue } from '../../src/db/jobQueue';
import { serverUrl } from '../helpers/database';
import { adminQuery, withDatabase } from '../setup/testDatabase';

const name = `tracker_jobq_${randomBytes(4).toString('hex')}`;
beforeAll(() => adminQuery(serverUrl(), `CREATE DATABASE ${name}`));
afterAll(() => adminQuery(serverUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

it('installs the queue once when two starts race on an empty database, and again changes nothing', async () => {
  const url = withDatabase(serverUrl(), name);
  await expect(Promise.all([migrateJobQueue(url), migrateJobQueue(url), migrateJobQueue(url)])).resolves.toEqual([
    undefined,
    undefined,
    undefined,
  ]);
  await migrateJobQueue(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string; ids: string }>(
      `SELECT count(*)::text AS n, count(DISTINCT id)::text AS ids FROM graphile_worker.migrations`,
    );
    expect(Number(rows[0].n)).toBeGreaterThan(10);
    expect(rows[0].n).toBe(rows[0].ids);
  } finally {
    await client.end();
  }
});
