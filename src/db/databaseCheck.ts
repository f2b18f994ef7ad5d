// Before migrating, one connection tells an operator in one line what is wrong with DATABASE_URL: a server
// that is down, a host that does not resolve, a database that does not exist, refused credentials.
import pg from 'pg';
import { StartupError } from '../errors';

const CONNECT_TIMEOUT_MS = 5_000;

export async function assertDatabaseReachable(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    throw new StartupError(explain(databaseUrl, err));
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The message never repeats the URL itself, which may hold a password. */
function explain(databaseUrl: string, err: unknown): string {
  const u = new URL(databaseUrl);
  const where = `${u.hostname}:${u.port || 5432}`;
  const database = decodeURIComponent(u.pathname.slice(1)) || u.username;
  const e = err as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
      return `Cannot reach PostgreSQL at ${where} (connection refused): is it running? Check DATABASE_URL.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot resolve the database host "${u.hostname}" in DATABASE_URL.`;
    case '3D000':
      return `The database "${database}" does not exist on ${where}: create it (createdb ${database}) or fix DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the credentials in DATABASE_URL (user "${decodeURIComponent(u.username)}").`;
  }
  if (/timeout/i.test(e.message ?? ''))
    return `PostgreSQL at ${where} did not answer within ${CONNECT_TIMEOUT_MS / 1000} s. Check DATABASE_URL.`;
  return `Cannot connect to PostgreSQL at ${where}: ${e.message ?? String(err)}`;
}
