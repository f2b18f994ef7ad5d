// Drives one contender with autocannon (bench/node_modules, loaded after `npm ci --prefix bench`): a warm-up,
// then a timed run. Bodies are checked while timing: a reply that differs from the verified one is a mismatch.
import { createRequire } from 'node:module';
import path from 'node:path';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Socket errors, timeouts, non-2xx replies and body mismatches. */
  errors: number;
}

interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
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
  body: string;
  headers?: Record<string, string>;
  /** The verified reply; any other reply during the run counts as an error. */
  expectBody?: string;
  /** For writes: builds each request and sees each reply (then expectBody is not used). */
  requests?: AutocannonRequest[];
}

export async function drive(target: Target, settings: { connections: number; warmup: number; duration: number }): Promise<LoadResult> {
  const base: AutocannonOptions = {
    url: target.url,
    connections: settings.connections,
    duration: settings.warmup,
    method: 'POST',
    headers: { ...JSON_HEADERS, ...target.headers },
    body: target.body,
    ...(target.requests ? { requests: target.requests } : { expectBody: target.expectBody }),
  };
  if (settings.warmup > 0) await run(base);
  const r = await run({ ...base, duration: settings.duration });
  return {
    rps: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.non2xx + r.mismatches,
  };
}

export type { AutocannonRequest };
