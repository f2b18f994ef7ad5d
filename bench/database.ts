// The benchmark's PostgreSQL: BENCH_DATABASE_URL's server, or a private embedded one under .data/bench-pg.
// The dataset is built once into a template database, marked with its fingerprint, and cloned for every
// run, so each run starts from the same rows however many writes the previous run made.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { migrateDeploy } from '../src/db/migrate';
import { startEmbeddedPostgres, type EmbeddedHandle } from '../src/db/embedded/embeddedPostgres';
import { createPrismaClient } from '../src/db/client';
import { seedCatalog } from '../prisma/seed';
import { catalogPath, readCatalog } from '../prisma/catalogFile';
import { planDataset, type DatasetSize } from './dataset/generate';
import { loadDataset } from './dataset/load';

export const ROOT = path.resolve(__dirname, '..');
const EMBEDDED = { dir: path.join(ROOT, '.data', 'bench-pg'), port: 55460 };
const SEED = 20_261_128;
/** Bump when the generator or the loader changes, so cached datasets are rebuilt. */
const GENERATOR_VERSION = 3;

export interface BenchServer {
  serverUrl: string;
  /** The embedded server's data directory (for CPU accounting); null for BENCH_DATABASE_URL. */
  dataDir: string | null;
  stop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function startBenchServer(): Promise<BenchServer> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) return { serverUrl: external, dataDir: null, stop: async () => undefined };
  // A server left running on the benchmark's port (an earlier run killed midway, or one kept for psql) is reused.
  const running = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED.port}/postgres`;
  if (await answers(running)) return { serverUrl: running, dataDir: EMBEDDED.dir, stop: async () => undefined };
  const handle: EmbeddedHandle = await startEmbeddedPostgres({ ...EMBEDDED, database: 'postgres' });
  return { serverUrl: handle.url, dataDir: EMBEDDED.dir, stop: () => handle.stop() };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The first day of the current UTC month: dates are relative to it, and it is part of the fingerprint. */
const datasetAnchor = (now = new Date()) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

function fingerprint(size: DatasetSize, anchor: Date): string {
  const migrations = path.join(ROOT, 'prisma', 'migrations');
  const h = createHash('sha256').update(JSON.stringify({ GENERATOR_VERSION, SEED, size, anchor }));
  h.update(fs.readFileSync(catalogPath));
  h.update(fs.readFileSync(path.join(__dirname, 'dataset', 'generate.ts')));
  for (const dir of fs.readdirSync(migrations).sort()) {
    const file = path.join(migrations, dir, 'migration.sql');
    if (fs.existsSync(file)) h.update(dir).update(fs.readFileSync(file));
  }
  return h.digest('hex').slice(0, 32);
}

async function buildTemplate(url: string, size: DatasetSize, anchor: Date, log: (s: string) => void) {
  await migrateDeploy(url);
  const db = createPrismaClient(url);
  await seedCatalog(db);
  await db.$disconnect();
  const catalog = readCatalog();
  const plan = planDataset(
    SEED,
    size,
    anchor,
    catalog.themes,
    catalog.recommendations.map((r) => ({ code: r.code, themeCode: r.theme })),
  );
  log(`loading ${plan.length} recommendations and ${plan.reduce((n, r) => n + r.updates.length, 0)} log entries`);
  await withClient(url, (pg) => loadDataset(pg, plan, log));
  // Lists leave archived records out, and the catalog's withdrawn records are archived. PostGraphile offers a
  // condition only on indexed columns: this smart tag lets its L ask the same question (bench/operations.ts).
  await withClient(url, (pg) => pg.query(`COMMENT ON COLUMN "Recommendation"."archivedAt" IS E'@behavior +filterBy'`));
}

/** Returns the URL of a fresh copy of the dataset, building the template first when its fingerprint differs. */
export async function prepareDataset(
  serverUrl: string,
  size: DatasetSize,
  name: string,
  log: (s: string) => void,
): Promise<{ url: string; buildSeconds: number | null }> {
  const anchor = datasetAnchor();
  let buildSeconds: number | null = null;
  const wanted = fingerprint(size, anchor);
  const template = `${name}_template`;
  const admin = withDatabase(serverUrl, 'postgres');
  const found = await withClient(
    admin,
    async (c) =>
      (
        await c.query(`SELECT shobj_description(oid, 'pg_database') AS fp FROM pg_database WHERE datname = $1`, [
          template,
        ])
      ).rows[0],
  );
  if (found?.fp !== wanted) {
    const started = Date.now();
    log(found ? 'dataset changed: rebuilding' : 'building the dataset (cached for later runs)');
    await withClient(admin, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${template}`);
    });
    await buildTemplate(withDatabase(serverUrl, template), size, anchor, log);
    // The mark goes on last: an interrupted build has none and is rebuilt next time.
    await withClient(admin, (c) => c.query(`COMMENT ON DATABASE ${template} IS '${wanted}'`));
    buildSeconds = (Date.now() - started) / 1000;
    log(`dataset built in ${buildSeconds.toFixed(1)} s`);
  } else {
    log(`dataset ${wanted.slice(0, 8)} is cached`);
  }
  await withClient(admin, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  });
  return { url: withDatabase(serverUrl, name), buildSeconds };
}

export async function serverVersion(url: string): Promise<string> {
  return withClient(
    url,
    async (c) => (await c.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v,
  );
}
