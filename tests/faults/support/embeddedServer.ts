// Drives tests/faults/support/pgControl.ts from a test: a real PostgreSQL that can be stopped and started.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { freePort } from '../../setup/testDatabase';

const root = path.resolve(__dirname, '../../..');

export interface ControlledPostgres {
  /** The server's URL, database `postgres`. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  exit(): Promise<void>;
}

export async function startControlledPostgres(): Promise<ControlledPostgres> {
  const worker = Number(process.env.JEST_WORKER_ID ?? '0');
  // A port of its own choosing, so that another checkout's test run on this machine never collides with it.
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/faults/support/pgControl.ts', `.data/fault-pg-${worker}`, String(port)],
    { cwd: root },
  );
  const replies = lines(child);
  const ready = await replies.next(60_000);
  if (!ready.startsWith('ready ')) throw new Error(`embedded PostgreSQL did not start: ${ready}`);
  const command = async (cmd: string, expected: string) => {
    child.stdin.write(`${cmd}\n`);
    const reply = await replies.next(30_000);
    if (reply !== expected) throw new Error(`expected "${expected}" after ${cmd}, got "${reply}"`);
  };
  return {
    url: ready.slice('ready '.length),
    stop: () => command('stop', 'stopped'),
    start: () => command('start', 'started'),
    exit: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end('exit\n');
      }),
  };
}

/** Reads a child's stdout one line at a time; stderr is kept to explain a failure. */
function lines(child: ChildProcessWithoutNullStreams) {
  const queue: string[] = [];
  const waiters: ((line: string) => void)[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const waiter = waiters.shift();
    if (waiter) waiter(line);
    else queue.push(line);
  });
  child.on('exit', (code) => waiters.splice(0).forEach((w) => w(`exited with ${code}: ${stderr.slice(-2000)}`)));
  return {
    next(timeoutMs: number): Promise<string> {
      if (queue.length) return Promise.resolve(queue.shift()!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no reply within ${timeoutMs} ms: ${stderr.slice(-2000)}`)),
          timeoutMs,
        );
        waiters.push((line) => {
          clearTimeout(timer);
          resolve(line);
        });
      });
    },
  };
}
