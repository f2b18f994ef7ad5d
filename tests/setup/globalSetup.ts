import { migrateDeploy } from '../../src/db/migrate';
import { startEmbeddedPostgres } from '../../src/db/embedded/embeddedPostgres';
import { resolveChromium } from './browserPath';
import { adminQuery, embeddedTestPort, templateDb, withDatabase } from './testDatabase';

export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // A fresh machine has no PostgreSQL: run a private embedded one for the duration of the test run, on
    // TEST_PG_PORT or a port nobody uses, so that two checkouts can run their tests at the same time.
    const handle = await startEmbeddedPostgres({
      dir: '.data/test-pg',
      port: await embeddedTestPort(),
      database: 'postgres',
    });
    (globalThis as { __embeddedPg?: typeof handle }).__embeddedPg = handle;
    serverUrl = handle.url;
  }
  process.env.TEST_PG_SERVER_URL = serverUrl;
  process.env.TEST_TEMPLATE_DB = `tracker_test_template_${process.pid}`;
  const template = templateDb();
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
  await migrateDeploy(withDatabase(serverUrl, template));
  await pickBrowser();
}

/** Once per run, for every worker: which Chromium the browser tests launch (a failure only fails those tests). */
async function pickBrowser(): Promise<void> {
  try {
    const browser = await resolveChromium();
    process.env.E2E_CHROMIUM_PATH = browser.executablePath;
    process.env.E2E_CHROMIUM_SOURCE = browser.source;
  } catch (err) {
    process.env.E2E_CHROMIUM_ERROR = err instanceof Error ? err.message : String(err);
  }
}
