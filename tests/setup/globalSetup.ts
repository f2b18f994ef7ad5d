import { migrateDeploy } from '../../src/migrate';
import { startEmbeddedPostgres } from '../../src/embedded/embeddedPostgres';
import { adminQuery, EMBEDDED_TEST_PORT, TEMPLATE_DB, withDatabase } from './testDatabase';

export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // A fresh machine has no PostgreSQL: run a private embedded one for the duration of the test run.
    const handle = await startEmbeddedPostgres({ dir: '.data/test-pg', port: EMBEDDED_TEST_PORT, database: 'postgres' });
    (globalThis as { __embeddedPg?: typeof handle }).__embeddedPg = handle;
    serverUrl = handle.url;
  }
  process.env.TEST_PG_SERVER_URL = serverUrl;
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE ${TEMPLATE_DB}`);
  await migrateDeploy(withDatabase(serverUrl, TEMPLATE_DB));
}
