// Applies the committed migrations with Prisma's CLI (WASM schema engine, no download), unless the database
// already holds every one of them.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../projectRoot';
import { migrateJobQueue } from './jobQueue';

const root = projectRoot;

/** Environment that stops the Prisma CLI from trying to download engine binaries at start. */
export const prismaCliEnv = (databaseUrl: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false',
  PRISMA_QUERY_ENGINE_LIBRARY: '/bin/false',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
});

/** The CLI's last line when the migrations are applied and recorded (committed). */
const DONE = /All migrations have been successfully applied|No pending migrations to apply/;
/** How long the CLI may take to exit by itself after saying it is done. */
const EXIT_GRACE_MS = 300;

/**
 * Runs `prisma migrate deploy` and returns its output. The WASM schema engine leaves a 10-second timer
 * behind when its work is done (measured: the process printed its result, then lived 10 s more), which
 * made every start 10 s slower. Once the CLI has printed that the migrations are applied, nothing is left
 * for it to do, so it is stopped if it has not exited shortly after.
 */
function prismaMigrateDeploy(databaseUrl: string): Promise<string> {
  const cli = require.resolve('prisma/build/index.js', { paths: [root] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'migrate', 'deploy'], {
      cwd: root,
      env: prismaCliEnv(databaseUrl),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!done && DONE.test(stdout)) {
        done = true;
        timer = setTimeout(() => child.kill('SIGTERM'), EXIT_GRACE_MS);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (done || code === 0) resolve(stdout);
      else reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${stderr || stdout}`));
    });
  });
}

const UP_TO_DATE = 'All committed migrations are already applied.';

/** The committed migrations, each as Prisma records it: its folder's name and the SHA-256 of its SQL. */
function committedMigrations(): { name: string; checksum: string }[] {
  const dir = path.join(root, 'prisma', 'migrations');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'));
      return { name, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Whether `migrate deploy` would have nothing to do: every committed migration is recorded as finished, with the
 * same checksum, and none has failed. Loading the CLI and its schema engine takes 1-10 s, most of a restart, only
 * to say "No pending migrations to apply". Anything else (a new, edited or failed migration, no table yet) is
 * left to the CLI, which takes Prisma's lock and says what is wrong; a deploy under way elsewhere shows as an
 * unfinished row, so this start then waits for it through the CLI.
 */
async function allApplied(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished: boolean }>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished FROM _prisma_migrations
       WHERE rolled_back_at IS NULL`,
    );
    if (rows.some((row) => !row.finished)) return false;
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    return committedMigrations().every(({ name, checksum }) => applied.get(name) === checksum);
  } catch (err) {
    if ((err as { code?: string }).code === '42P01') return false; // no _prisma_migrations: a new database
    throw err;
  } finally {
    await client.end();
  }
}

/** Applies Prisma's migrations, then the job queue's own (graphile_worker's schema); returns Prisma's output. */
export async function migrateDeploy(databaseUrl: string): Promise<string> {
  const output = (await allApplied(databaseUrl)) ? UP_TO_DATE : await prismaMigrateDeploy(databaseUrl);
  await migrateJobQueue(databaseUrl);
  return output;
}
