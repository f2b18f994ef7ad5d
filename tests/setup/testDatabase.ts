// Where the tests' PostgreSQL lives. Shared by globalSetup (which creates the migrated template) and the
// per-file helper (which clones it), through environment variables that Jest workers inherit.
import { Client } from 'pg';

/**
 * The migrated template the per-file databases are cloned from. globalSetup names one per test run, so
 * two runs against the same server (several developers, one machine) never drop each other's template.
 */
export const templateDb = (): string => process.env.TEST_TEMPLATE_DB ?? 'tracker_test_template';
export const EMBEDDED_TEST_PORT = 55439;

/** The server's URL with the database name swapped. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
