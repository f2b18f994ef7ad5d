// A fresh, migrated database on a server the test controls. The committed migration files are applied as
// plain SQL, which takes milliseconds where the Prisma CLI takes seconds; the template the other suites
// clone is built by `prisma migrate deploy` itself (tests/setup/globalSetup.ts).
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { adminQuery, withDatabase } from '../../setup/testDatabase';

const migrations = path.resolve(__dirname, '../../../prisma/migrations');

export async function createMigratedDatabase(serverUrl: string, name: string): Promise<string> {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const dir of fs
      .readdirSync(migrations)
      .filter((d) => /^\d/.test(d))
      .sort()) {
      await client.query(fs.readFileSync(path.join(migrations, dir, 'migration.sql'), 'utf8'));
    }
  } finally {
    await client.end();
  }
  return url;
}
