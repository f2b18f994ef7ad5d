// `npm run bench [-- --quick] [-- --profile] [-- --only=L,S,W]`: builds (or reuses) the dataset, starts our
// server, PostGraphile and the SQL floor on loopback, checks that they agree, times L, S and W with
// autocannon, prints a table and writes bench/results.json. Exits 1 when a contender errs or answers differ.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { prepareDataset, ROOT, serverVersion, startBenchServer } from './database';
import { startContender, type Contender, type ContenderName } from './contenders';
import { drive, mergeRuns, type LoadResult } from './drive';
import { postgresPids, probeCpu } from './cpu';
import { requestsFor, verify } from './verify';
import { checkWrites, planWrites } from './writes';
import {
  formatTable,
  formatTargets,
  machineInfo,
  targetsOf,
  withRatios,
  writeResults,
  type Operation,
  type Row,
  type WriteCheck,
} from './report';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const profile = args.includes('--profile');
const only = (args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',') ?? ['L', 'S', 'W']) as Operation[];
const SIZE = quick ? { recommendations: 300, updates: 3_000 } : { recommendations: 10_000, updates: 200_000 };
// Reads are timed in rounds that alternate between contenders, so a change in the machine's load (other
// processes) weighs on all of them alike rather than on whoever ran at the wrong moment.
const LOAD = quick
  ? { connections: 10, warmup: 1, duration: 2, rounds: 1 }
  : { connections: 10, warmup: 1, duration: 5, rounds: 2 };
const POOL_SIZE = 10;
const ADMIN_TOKEN = `bench-admin-${randomBytes(12).toString('hex')}`;
const WORK = path.join(__dirname, '.work');
const log = (s: string) => console.log(`[bench] ${s}`);
let pgPids: () => number[] = () => [];

function ensureBenchDependencies() {
  const modules = path.join(__dirname, 'node_modules');
  if (['autocannon', 'postgraphile'].every((m) => fs.existsSync(path.join(modules, m, 'package.json')))) return;
  log('installing the benchmark dependencies (npm ci --prefix bench)');
  const r = spawnSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('npm ci --prefix bench failed');
}

async function startAll(databaseUrl: string): Promise<Contender[]> {
  const names: ContenderName[] = only.includes('L') ? ['ours', 'postgraphile', 'floor'] : ['ours', 'floor'];
  const oursNodeFlags = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(WORK, 'profiles')}`] : [];
  const queryStatsFile = profile ? path.join(WORK, 'query-stats.json') : undefined;
  return Promise.all(
    names.map((n) =>
      startContender(n, { databaseUrl, adminToken: ADMIN_TOKEN, poolSize: POOL_SIZE, oursNodeFlags, queryStatsFile }),
    ),
  );
}

async function timeReads(contenders: Contender[], bodies: Map<string, string>): Promise<Omit<Row, 'ratioToOurs'>[]> {
  const rows: Omit<Row, 'ratioToOurs'>[] = [];
  for (const op of only.filter((o): o is 'L' | 'S' => o !== 'W')) {
    const runs = new Map<string, LoadResult[]>();
    for (let round = 1; round <= LOAD.rounds; round++) {
      for (const c of contenders) {
        const request = requestsFor(c)[op];
        if (!request) continue;
        log(`${op} on ${c.name}, round ${round}/${LOAD.rounds}: ${LOAD.warmup} s warm-up, ${LOAD.duration} s timed`);
        const result = await drive(
          { ...request, expectBody: bodies.get(`${op}:${c.name}`), cpu: () => probeCpu(c.pid, pgPids) },
          LOAD,
        );
        runs.set(c.name, [...(runs.get(c.name) ?? []), result]);
      }
    }
    for (const [contender, results] of runs) rows.push({ operation: op, contender, ...mergeRuns(results) });
  }
  return rows;
}

async function timeWrites(
  ours: Contender,
  pg: Client,
): Promise<{ row: Omit<Row, 'ratioToOurs'>; check: WriteCheck; failures: string[] }> {
  const plan = await planWrites(pg, randomBytes(4).toString('hex'));
  const load = { ...LOAD, duration: LOAD.duration * LOAD.rounds };
  log(`W on ours: ${load.warmup} s warm-up, ${load.duration} s timed`);
  const result = await drive(
    {
      url: `${ours.baseUrl}/graphql`,
      body: '',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      requests: plan.requests,
      cpu: () => probeCpu(ours.pid, pgPids),
    },
    load,
  );
  const check = await checkWrites(pg, plan);
  return { row: { operation: 'W', contender: 'ours', ...result }, check, failures: plan.failures };
}

async function main(): Promise<number> {
  ensureBenchDependencies();
  const server = await startBenchServer();
  pgPids = postgresPids(server.dataDir);
  const contenders: Contender[] = [];
  const problems: string[] = [];
  // Interrupted (Ctrl-C, a CI timeout): stop the servers and the database rather than leave them running.
  const interrupt = (signal: string) => {
    log(`${signal}: stopping the contenders and the database`);
    void Promise.allSettled(contenders.map((c) => c.stop()))
      .then(() => server.stop())
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    const databaseUrl = await prepareDataset(
      server.serverUrl,
      SIZE,
      quick ? 'tracker_bench_quick' : 'tracker_bench',
      log,
    );
    contenders.push(...(await startAll(databaseUrl)));
    const verified = await verify(
      contenders,
      only.filter((o): o is 'L' | 'S' => o !== 'W'),
    );
    problems.push(...verified.problems);
    if (problems.length) throw new Error('answers differ');
    log(`${only.filter((o) => o !== 'W').join(' and ')} verified: the contenders return the same rows`);
    const rows = await timeReads(contenders, verified.bodies);
    let writes: WriteCheck | null = null;
    if (only.includes('W')) {
      const pg = new Client({ connectionString: databaseUrl });
      await pg.connect();
      const w = await timeWrites(
        contenders.find((c) => c.name === 'ours')!,
        pg,
      ).finally(() => pg.end());
      rows.push(w.row);
      writes = w.check;
      log(`W: ${w.check.acknowledged} writes acknowledged, ${w.check.found} found in the log, ${w.check.lost} lost`);
      if (w.check.lost > 0) problems.push(`W: ${w.check.lost} acknowledged writes are missing from the log`);
      if (w.failures.length) log(`W: some writes were refused, e.g. ${w.failures[0]}`);
    }
    for (const r of rows)
      if (r.errors > 0) problems.push(`${r.operation} on ${r.contender}: ${r.errors} errors or mismatched replies`);
    const table = withRatios(rows);
    const targets = targetsOf(table, writes);
    const machine = machineInfo(await serverVersion(databaseUrl));
    const note = quick
      ? '\n(--quick: a tiny dataset; the targets are for the full one and shown only for information)'
      : '';
    console.log(`\n${formatTable(table)}\n\n${formatTargets(targets)}${note}\n`);
    console.log(
      `machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, PostgreSQL ${machine.postgres}, load average ${machine.loadAverage}`,
    );
    const file = quick ? path.join(WORK, 'results.quick.json') : path.join(__dirname, 'results.json');
    writeResults(file, {
      date: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      machine,
      dataset: SIZE,
      load: LOAD,
      poolSize: POOL_SIZE,
      rows: table,
      writes,
      targets,
      problems,
    });
    log(`results written to ${path.relative(ROOT, file)}`);
  } catch (err) {
    if (!problems.length) problems.push((err as Error).stack ?? String(err));
  } finally {
    await Promise.all(contenders.map((c) => c.stop()));
    await server.stop();
  }
  for (const p of problems) console.error(`[bench] FAILED: ${p}`);
  return problems.length ? 1 : 0;
}

main().then((code) => process.exit(code));
