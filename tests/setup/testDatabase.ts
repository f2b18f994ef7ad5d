// Where the tests' PostgreSQL lives. Shared by globalSetup (which creates the migrated template) and the
// per-file helper (which clones it), through environment variables that Jest workers inherit.
import net from 'node:net';
import { Client } from 'pg';

/**
 * The migrated template the per-file databases are cloned from. globalSetup names one per test run, so
 * two runs against the same server (several developers, one machine) never drop each other's template.
 */
export const templateDb = (): string => process.env.TEST_TEMPLATE_DB ?? 'tracker_test_template';

/** TEST_PG_PORT when set; otherwise a port the kernel reports free right now. */
export async function embeddedTestPort(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (env.TEST_PG_PORT) {
    const port = Number(env.TEST_PG_PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      throw new Error(`TEST_PG_PORT=${env.TEST_PG_PORT} is not a port number.`);
    return port;
  }
  return freePort();
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

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
