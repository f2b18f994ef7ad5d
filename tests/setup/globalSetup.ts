import { migrateDeploy } from '../../src/migrate';
import { startEmbeddedPostgres } from '../../src/embedded/embeddedPostgres';
import { adminQuery, EMBEDDED_TEST_PORT, templateDb, withDatabase } from './testDatabase';

export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // A fresh machine has no PostgreSQL: run a private embedded one for the duration of the test run.
    const handle = await startEmbeddedPostgres({ dir: '.data/test-pg', port: EMBEDDED_TEST_PORT, database: 'postgres' });
    (globalThis as { __embeddedPg?: typeof handle }).__embeddedPg = handle;
    serverUrl = handle.url;
  }
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_TEMPLATE_DB = `tracker_test_template_${process.pid}`;
  const template = templateDb();
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
  await migrateDeploy(withDatabase(serverUrl, template));
}
