import { adminQuery, templateDb } from './testDatabase';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.TEST_PG_SERVER_URL;
  // This run's template only: other runs on the same server keep theirs.
  if (serverUrl && process.env.TEST_TEMPLATE_DB)
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${templateDb()} WITH (FORCE)`);
  const handle = (globalThis as { __embeddedPg?: { stop(): Promise<void> } }).__embeddedPg;
  if (handle) await handle.stop();
}
