// Starts each contender as its own process on loopback (port 0), waits for its "ready <port>" line, and
// stops it with SIGTERM. Every child is killed if the benchmark itself dies.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './database';

export type ContenderName = 'ours' | 'postgraphile' | 'floor';

export interface Contender {
  name: ContenderName;
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
  /** How it ended, with the end of its output, if it has ended on its own (for an error message); else null. */
  endedOnItsOwn(): string | null;
}

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

interface StartOptions {
  databaseUrl: string;
  adminToken: string;
  poolSize: number;
  /** Extra node flags for our server, e.g. --cpu-prof. */
  oursNodeFlags: string[];
  queryStatsFile?: string;
  /** The prepared floor's statement file (bench/capture.ts), for the floor's /PL. */
  preparedLFile?: string;
}

function commandFor(name: ContenderName, o: StartOptions): { args: string[]; env: NodeJS.ProcessEnv } {
  const env = { ...process.env, DATABASE_URL: o.databaseUrl, PORT: '0', POOL_SIZE: String(o.poolSize) };
  switch (name) {
    case 'ours':
      return {
        args: [...o.oursNodeFlags, '--import', 'tsx', path.join('bench', 'ourServer.ts')],
        env: {
          ...env,
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          ADMIN_TOKEN: o.adminToken,
          DB_POOL_SIZE: String(o.poolSize),
          ...(o.queryStatsFile && { BENCH_QUERY_STATS: o.queryStatsFile }),
        },
      };
    case 'postgraphile':
      return {
        args: [path.join('bench', 'postgraphileServer.mjs')],
        env: { ...env, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
      };
    case 'floor':
      return {
        args: ['--import', 'tsx', path.join('bench', 'floorServer.ts')],
        env: { ...env, NODE_ENV: 'production', ...(o.preparedLFile && { BENCH_PREPARED_L: o.preparedLFile }) },
      };
  }
}

export function startContender(name: ContenderName, options: StartOptions): Promise<Contender> {
  const { args, env } = commandFor(name, options);
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  let stopping = false;
  let ending: string | null = null;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      if (!stopping)
        ending = `${name} (pid ${child.pid}) ended with ${signal ?? `code ${code}`}:\n${output.slice(-2000)}`;
      resolve();
    }),
  );
  exited.then(() => children.delete(child));
  const stop = async () => {
    stopping = true;
    if (child.exitCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${output}`)), 60_000);
    child.on('exit', (code) => reject(new Error(`${name} exited with code ${code} before it was ready:\n${output}`)));
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const ready = /ready (\d+)/.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      resolve({ name, baseUrl: `http://127.0.0.1:${ready[1]}`, pid: child.pid!, stop, endedOnItsOwn: () => ending });
    });
  });
}
