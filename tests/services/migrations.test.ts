// A forgotten migration fails here: the committed migrations and the SQL Prisma derives from
// schema.prisma must produce the same database (raw `_raw_` migrations are applied to both sides).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { migrateDeploy, prismaCliEnv } from '../../src/db/migrate';
import { adminQuery, withDatabase } from '../setup/testDatabase';
import { createTestDatabase, serverUrl } from '../helpers/database';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');
const migrationsDir = path.join(root, 'prisma', 'migrations');

async function describeSchema(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const cols = await client.query(`
      SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`);
    const idx = await client.query(
      `SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
    );
    const cons = await client.query(`
      SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`);
    const types = await client.query(`
      SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`);
    return JSON.stringify(
      {
        cols: cols.rows,
        idx: idx.rows,
        cons: cons.rows.filter((c) => c.tbl !== '_prisma_migrations'),
        types: types.rows,
      },
      null,
      1,
    );
  } finally {
    await client.end();
  }
}

it('keeps the committed migrations in step with schema.prisma', async () => {
  const cli = require.resolve('prisma/build/index.js', { paths: [root] });
  const { stdout: derived } = await run(
    process.execPath,
    [cli, 'migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
    {
      cwd: root,
      env: prismaCliEnv(withDatabase(serverUrl(), 'postgres')),
    },
  );
  const raw = fs
    .readdirSync(migrationsDir)
    .filter((d) => d.includes('_raw_'))
    .sort()
    .map((d) => fs.readFileSync(path.join(migrationsDir, d, 'migration.sql'), 'utf8'));
  const scratch = `tracker_drift_${process.pid}`;
  await adminQuery(serverUrl(), `DROP DATABASE IF EXISTS ${scratch}`);
  await adminQuery(serverUrl(), `CREATE DATABASE ${scratch}`);
  try {
    const client = new Client({ connectionString: withDatabase(serverUrl(), scratch) });
    await client.connect();
    await client.query(derived);
    for (const sql of raw) await client.query(sql);
    await client.end();
    // A clone of the migrated template, not the template itself: connecting to the template would stop
    // other test files from cloning it.
    const migrated = await createTestDatabase();
    try {
      expect(await describeSchema(withDatabase(serverUrl(), scratch))).toEqual(await describeSchema(migrated.url));
    } finally {
      await migrated.drop();
    }
  } finally {
    await adminQuery(serverUrl(), `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  }
});

describe('migrateDeploy on a database that has every migration', () => {
  const UP_TO_DATE = 'All committed migrations are already applied.';
  let migrated: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeEach(async () => (migrated = await createTestDatabase()));
  afterEach(() => migrated.drop());

  const query = async (sql: string) => {
    const client = new Client({ connectionString: migrated.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  it("does not start Prisma's CLI when every committed migration is recorded, with its checksum", async () => {
    expect(await migrateDeploy(migrated.url)).toBe(UP_TO_DATE);
  });

  it('leaves an edited migration to the CLI', async () => {
    await query(`UPDATE _prisma_migrations SET checksum = 'edited' WHERE migration_name = '20261128000000_init'`);
    expect(await migrateDeploy(migrated.url)).not.toBe(UP_TO_DATE);
  }, 120_000);

  it("leaves a failed migration to the CLI, which refuses to start with Prisma's reason", async () => {
    await query(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '20261128000000_init'`);
    await expect(migrateDeploy(migrated.url)).rejects.toThrow(/P3009|failed migrations/);
  }, 120_000);
});
