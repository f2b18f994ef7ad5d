// A loopback HTTP server standing in for the websites evidence links point at: each path answers what the
// test set for it (status, content type, bytes), and every request it receives is recorded.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import type { DestinationStream } from 'pino';
import type { TestServer } from '../helpers/testServer';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { runDueJobs } from '../../src/domain/jobs/worker';
import type { JobDeps, JobTasks } from '../../src/domain/jobs/types';
import { jobTasks } from '../../src/domain/registry/jobRegistry';

interface Answer {
  status?: number;
  type?: string;
  body?: string | Buffer;
  location?: string;
  /** Never answer: the request waits until the client gives up. */
  hang?: boolean;
}

export interface EvidenceSource {
  readonly base: string;
  readonly hits: string[];
  serve(path: string, answer: Answer): void;
  close(): Promise<void>;
}

export async function startEvidenceSource(): Promise<EvidenceSource> {
  const answers = new Map<string, Answer>();
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    const a = answers.get(req.url ?? '') ?? { status: 404, type: 'text/plain', body: 'not here' };
    if (a.hang) return;
    const headers: Record<string, string> = {};
    if (a.type) headers['content-type'] = a.type;
    if (a.location) headers.location = a.location;
    res.writeHead(a.status ?? 200, headers).end(a.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    serve: (path, answer) => void answers.set(path, answer),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

export interface JobRunOptions {
  /** Receives the jobs' log lines (set LOG_LEVEL in `env` to have any). */
  logDestination?: DestinationStream;
  /** Handlers to run instead of the server's own. */
  tasks?: (deps: JobDeps) => JobTasks;
}

/**
 * Runs every due job (captures, checks) with the test server's database and a config built from `env`,
 * in this process, as JOB_WORKER=true runs them beside the API.
 */
export async function runJobs(s: TestServer, env: Record<string, string> = {}, options: JobRunOptions = {}) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', EVIDENCE_ALLOWLIST: '127.0.0.1/32', ...env });
  const deps = { db: s.db, config, log: createLogger(config, options.logDestination) };
  await runDueJobs({ ...deps, databaseUrl: s.url, tasks: (options.tasks ?? jobTasks)(deps) });
}

/** The queue's jobs, by task and key, for asserting what was enqueued and what is left for a retry. */
export async function queuedJobs(s: TestServer) {
  return s.db.$queryRawUnsafe<{ task: string; key: string | null; attempts: number }[]>(
    `SELECT t.identifier AS task, j.key, j.attempts FROM graphile_worker._private_jobs j
       JOIN graphile_worker._private_tasks t ON t.id = j.task_id ORDER BY j.id`,
  );
}
