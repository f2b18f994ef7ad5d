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
import { drive } from './drive';
import { requestsFor, verify } from './verify';
import { checkWrites, planWrites } from './writes';
import { formatTable, formatTargets, machineInfo, targetsOf, withRatios, writeResults, type Operation, type Row, type WriteCheck } from './report';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const profile = args.includes('--profile');
const only = (args.find((a) => a.startsWith('--only='))?.slice(7).split(',') ?? ['L', 'S', 'W']) as Operation[];
const SIZE = quick ? { recommendations: 300, updates: 3_000 } : { recommendations: 10_000, updates: 200_000 };
const LOAD = quick ? { connections: 10, warmup: 1, duration: 2 } : { connections: 10, warmup: 2, duration: 10 };
const POOL_SIZE = 10;
const ADMIN_TOKEN = `bench-admin-${randomBytes(12).toString('hex')}`;
const WORK = path.join(__dirname, '.work');
const log = (s: string) => console.log(`[bench] ${s}`);

function ensureBenchDependencies() {
  const modules = path.join(__dirname, 'node_modules');
  if (['autocannon', 'postgraphile'].every((m) => fs.existsSync(path.join(modules, m, 'package.json')))) return;
  log('installing the benchmark dependencies (npm ci --prefix bench)');
  const r = spawnSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm ci --prefix bench failed');
}

async function startAll(databaseUrl: string): Promise<Contender[]> {
  const names: ContenderName[] = only.includes('L') ? ['ours', 'postgraphile', 'floor'] : ['ours', 'floor'];
  const oursNodeFlags = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(WORK, 'profiles')}`] : [];
  const queryStatsFile = profile ? path.join(WORK, 'query-stats.json') : undefined;
  return Promise.all(names.map((n) => startContender(n, { databaseUrl, adminToken: ADMIN_TOKEN, poolSize: POOL_SIZE, oursNodeFlags, queryStatsFile })));
}

async function timeReads(contenders: Contender[], bodies: Map<string, string>): Promise<Omit<Row, 'ratioToOurs'>[]> {
  const rows: Omit<Row, 'ratioToOurs'>[] = [];
  for (const op of only.filter((o): o is 'L' | 'S' => o !== 'W')) {
    for (const c of contenders) {
      const request = requestsFor(c)[op];
      if (!request) continue;
      log(`${op} on ${c.name}: ${LOAD.warmup} s warm-up, ${LOAD.duration} s timed`);
      rows.push({ operation: op, contender: c.name, ...(await drive({ ...request, expectBody: bodies.get(`${op}:${c.name}`) }, LOAD)) });
    }
  }
  return rows;
}

async function timeWrites(ours: Contender, pg: Client): Promise<{ row: Omit<Row, 'ratioToOurs'>; check: WriteCheck; failures: string[] }> {
  const plan = await planWrites(pg, randomBytes(4).toString('hex'));
  log(`W on ours: ${LOAD.warmup} s warm-up, ${LOAD.duration} s timed`);
  const result = await drive({ url: `${ours.baseUrl}/graphql`, body: '', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, requests: plan.requests }, LOAD);
  const check = await checkWrites(pg, plan);
  return { row: { operation: 'W', contender: 'ours', ...result }, check, failures: plan.failures };
}

async function main(): Promise<number> {
  ensureBenchDependencies();
  const server = await startBenchServer();
  const contenders: Contender[] = [];
  const problems: string[] = [];
  try {
    const databaseUrl = await prepareDataset(server.serverUrl, SIZE, quick ? 'tracker_bench_quick' : 'tracker_bench', log);
    contenders.push(...(await startAll(databaseUrl)));
    const verified = await verify(contenders, only.filter((o): o is 'L' | 'S' => o !== 'W'));
    problems.push(...verified.problems);
    if (problems.length) throw new Error('answers differ');
    log('L and S verified: every contender returns the same rows');
    const rows = await timeReads(contenders, verified.bodies);
    let writes: WriteCheck | null = null;
    if (only.includes('W')) {
      const pg = new Client({ connectionString: databaseUrl });
      await pg.connect();
      const w = await timeWrites(contenders.find((c) => c.name === 'ours')!, pg).finally(() => pg.end());
      rows.push(w.row);
      writes = w.check;
      log(`W: ${w.check.acknowledged} writes acknowledged, ${w.check.found} found in the log, ${w.check.lost} lost`);
      if (w.check.lost > 0) problems.push(`W: ${w.check.lost} acknowledged writes are missing from the log`);
      if (w.failures.length) log(`W: some writes were refused, e.g. ${w.failures[0]}`);
    }
    for (const r of rows) if (r.errors > 0) problems.push(`${r.operation} on ${r.contender}: ${r.errors} errors or mismatched replies`);
    const table = withRatios(rows);
    const targets = targetsOf(table, writes);
    const machine = machineInfo(await serverVersion(databaseUrl));
    console.log(`\n${formatTable(table)}\n\n${formatTargets(targets)}\n`);
    console.log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, PostgreSQL ${machine.postgres}`);
    const file = quick ? path.join(WORK, 'results.quick.json') : path.join(__dirname, 'results.json');
    writeResults(file, { date: new Date().toISOString(), mode: quick ? 'quick' : 'full', machine, dataset: SIZE, load: LOAD, poolSize: POOL_SIZE, rows: table, writes, targets, problems });
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
