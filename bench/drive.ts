// Drives one contender with autocannon (bench/node_modules, loaded after `npm ci --prefix bench`): a warm-up,
// then a timed run. Bodies are checked while timing: a reply that differs from the verified one is a mismatch.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cpuBetween, type CpuProbe } from './cpu';

export interface LoadResult {
  rps: number;
  /** Timed seconds. */
  seconds: number;
  p50: number;
  p99: number;
  requests: number;
  /** Socket errors, timeouts, non-2xx replies and body mismatches. */
  errors: number;
  /** CPU ms per request of the contender's process and of PostgreSQL, when /proc tells. */
  serverCpuMs: number | null;
  postgresCpuMs: number | null;
  /** The contender process's peak resident memory during the timed run, in MB (VmRSS from /proc). */
  rssMb: number | null;
}

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  onResponse?: (
    status: number,
    body: string,
    context: Record<string, unknown>,
    headers: Record<string, string>,
  ) => void;
}

interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  expectBody?: string;
  requests?: AutocannonRequest[];
}

interface AutocannonResult {
  latency: { p50: number; p99: number };
  requests: { total: number };
  duration: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
}

type Autocannon = (opts: AutocannonOptions, cb: (err: Error | null, result: AutocannonResult) => void) => unknown;

const load = () => createRequire(path.join(__dirname, 'package.json'))('autocannon') as Autocannon;

const JSON_HEADERS = { 'content-type': 'application/json' };

function run(opts: AutocannonOptions): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    load()(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export interface Target {
  url: string;
  /** POST unless given (G sends GETs). */
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  /** The verified reply; any other reply during the run counts as an error. */
  expectBody?: string;
  /** For writes: builds each request and sees each reply (then expectBody is not used). */
  requests?: AutocannonRequest[];
  /** The statuses a reply may have (G: 304, or 200 when the tag's window turned), instead of any 2xx. */
  expectStatus?: number[];
  /** Probed before and after the timed run. */
  cpu?: () => CpuProbe;
  /** The contender's process, whose resident memory is sampled while the timed run lasts. */
  rssPid?: number;
}

const RSS_SAMPLE_MS = 250;

/** VmRSS of a process in MB, or null where /proc does not tell. */
function rssMbOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS until stopped; returns the peak. */
function sampleRss(pid: number | undefined): () => number | null {
  if (pid === undefined) return () => null;
  let peak = rssMbOf(pid);
  const timer = setInterval(() => {
    const now = rssMbOf(pid);
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, RSS_SAMPLE_MS);
  return () => {
    clearInterval(timer);
    return peak === null ? null : Math.round(peak);
  };
}

export async function drive(
  target: Target,
  settings: { connections: number; warmup: number; duration: number },
): Promise<LoadResult> {
  const base: AutocannonOptions = {
    url: target.url,
    connections: settings.connections,
    duration: settings.warmup,
    method: target.method ?? 'POST',
    headers: { ...(target.method === 'GET' ? {} : JSON_HEADERS), ...target.headers },
    ...(target.body !== undefined && { body: target.body }),
    ...(target.requests ? { requests: target.requests } : { expectBody: target.expectBody }),
  };
  if (settings.warmup > 0) await run(base);
  const before = target.cpu?.();
  const stopRss = sampleRss(target.rssPid);
  const r = await run({ ...base, duration: settings.duration });
  const rssMb = stopRss();
  const after = target.cpu?.();
  const spent = before && after ? cpuBetween(before, after) : null;
  const perRequest = (k: 'server' | 'postgres') =>
    spent && spent[k] > 0 && r.requests.total ? spent[k] / r.requests.total : null;
  return {
    serverCpuMs: perRequest('server'),
    postgresCpuMs: perRequest('postgres'),
    rssMb,
    rps: r.requests.total / r.duration,
    seconds: r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: target.expectStatus
      ? r.errors +
        r.requests.total -
        target.expectStatus.reduce((n, st) => n + (r.statusCodeStats?.[String(st)]?.count ?? 0), 0)
      : r.errors + r.non2xx + r.mismatches,
  };
}

export type { AutocannonRequest };

/** Several timed runs of one contender as one: throughput over all of them, the request-weighted mean p50, the worst p99. */
export function mergeRuns(runs: LoadResult[]): LoadResult {
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  const seconds = runs.reduce((n, r) => n + r.seconds, 0);
  return {
    rps: requests / seconds,
    seconds,
    p50: requests ? Math.round(runs.reduce((n, r) => n + r.p50 * r.requests, 0) / requests) : 0,
    p99: Math.max(...runs.map((r) => r.p99)),
    requests,
    errors: runs.reduce((n, r) => n + r.errors, 0),
    serverCpuMs: weighted(runs, 'serverCpuMs'),
    postgresCpuMs: weighted(runs, 'postgresCpuMs'),
    rssMb: runs.some((r) => r.rssMb === null) ? null : Math.max(...runs.map((r) => r.rssMb!)),
  };
}

function weighted(runs: LoadResult[], k: 'serverCpuMs' | 'postgresCpuMs'): number | null {
  if (runs.some((r) => r[k] === null)) return null;
  const requests = runs.reduce((n, r) => n + r.requests, 0);
  return requests ? runs.reduce((n, r) => n + r[k]! * r.requests, 0) / requests : null;
}
