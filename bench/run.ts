// `npm run bench [-- --quick | --scale] [-- --profile] [-- --only=L,S,Q1,Q2,H,I,G,P,W,M,D,A,E]`: builds (or reuses)
// the dataset, starts our server, PostGraphile and the floors on loopback, checks that they agree, times the reads
// (L, S, Q1, Q2, H, I: a record's indicators and values), L revalidated by its ETag (G: every reply a 304), a
// measure's public page (P), the writes (W), the mixed run (M: S while 2 writes/s arrive), subscription delivery
// between two of our instances (D), a password sign-in (A) and a document's candidate extraction (E) with
// autocannon, prints a
// table and writes bench/results.json. Exits 1 when a contender errs, answers differ, a write or an event is lost.
// --scale: 100,000 recommendations and 2,000,000 log entries instead of 10,000 and 200,000.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { prepareDataset, ROOT, serverVersion, startBenchServer } from './database';
import { startContender, type Contender, type ContenderName } from './contenders';
import { postgresPids } from './cpu';
import { requestsFor, verify, type Asked, type ReadOperation } from './verify';
import { timeMixed, timeReads, timeWrites, MIXED_WRITES_PER_SECOND, type PhaseSettings } from './phases';
import { captureCompiledL } from './capture';
import { HISTORY } from './operations';
import {
  formatReported,
  formatTable,
  formatTargets,
  machineInfo,
  reportedOf,
  targetsOf,
  withRatios,
  type Row,
  type WriteCheck,
} from './report';
import { timeRevalidated } from './revalidated';
import { timePublicPage } from './publicPage';
import { DELIVERY, timeDelivery } from './delivery';
import { recordRun, type Mode } from './results';
import { prepareIndicators } from './indicators';
import { timeExtraction, timeSignIn } from './signInAndExtraction';

const ALL_OPERATIONS = ['L', 'S', 'Q1', 'Q2', 'H', 'I', 'G', 'P', 'W', 'M', 'D', 'A', 'E'];
const args = process.argv.slice(2);
const mode: Mode = args.includes('--quick') ? 'quick' : args.includes('--scale') ? 'scale' : 'standard';
const profile = args.includes('--profile');
const only =
  args
    .find((a) => a.startsWith('--only='))
    ?.slice(7)
    .split(',') ?? ALL_OPERATIONS;
const READS = (['L', 'S', 'Q1', 'Q2', 'H', 'I'] as const).filter((o) => only.includes(o));
const SIZE = {
  quick: { recommendations: 300, updates: 3_000 },
  standard: { recommendations: 10_000, updates: 200_000 },
  scale: { recommendations: 100_000, updates: 2_000_000 },
}[mode];
const LOAD =
  mode === 'quick'
    ? { connections: 10, warmup: 1, duration: 2, rounds: 1 }
    : { connections: 10, warmup: 1, duration: 5, rounds: 2 };
const POOL_SIZE = 10;
const ADMIN_TOKEN = `bench-admin-${randomBytes(12).toString('hex')}`;
const WORK = path.join(__dirname, '.work');
const log = (s: string) => console.log(`[bench] ${s}`);

function ensureBenchDependencies() {
  const modules = path.join(__dirname, 'node_modules');
  const wanted = ['autocannon', 'postgraphile', 'pg-copy-streams'];
  if (wanted.every((m) => fs.existsSync(path.join(modules, m, 'package.json')))) return;
  log('installing the benchmark dependencies (npm ci --prefix bench)');
  const r = spawnSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('npm ci --prefix bench failed');
}

/** H's record: the first by code with at least HISTORY log entries, else the one with the most. */
async function historyRecord(pg: Client): Promise<{ code: string; entries: number }> {
  const r = await pg.query<{ code: string; n: string }>(`
    SELECT r.code, c.n FROM (SELECT "recommendationId" AS id, count(*) AS n FROM "ProgressUpdate" GROUP BY 1) c
    JOIN "Recommendation" r USING (id) WHERE r."archivedAt" IS NULL ORDER BY LEAST(c.n, ${HISTORY}) DESC, r.code LIMIT 1`);
  return { code: r.rows[0].code, entries: Number(r.rows[0].n) };
}

function contenderOptions(databaseUrl: string, preparedLFile: string | undefined) {
  const oursNodeFlags = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(WORK, 'profiles')}`] : [];
  const queryStatsFile = profile ? path.join(WORK, 'query-stats.json') : undefined;
  return { databaseUrl, adminToken: ADMIN_TOKEN, poolSize: POOL_SIZE, oursNodeFlags, queryStatsFile, preparedLFile };
}

const floor = (contenders: Contender[]) => contenders.find((c) => c.name === 'floor')!;

async function startAll(options: ReturnType<typeof contenderOptions>): Promise<Contender[]> {
  const names: ContenderName[] = ['ours', 'floor'];
  if (only.includes('L') || only.includes('H')) names.push('postgraphile');
  return Promise.all(names.map((n) => startContender(n, options)));
}

async function measure(pg: Client, contenders: Contender[], problems: string[]) {
  const history = await historyRecord(pg);
  const ours = contenders.find((c) => c.name === 'ours')!;
  const operands = {
    historyCode: history.code,
    indicatorCode: only.includes('I') ? await prepareIndicators(pg, ours, ADMIN_TOKEN) : '',
    preparedL: contenders.some((c) => c.name === 'floor') && only.includes('L'),
  };
  const asked = new Map<ReadOperation, Asked[]>(
    READS.map((op) => [op, contenders.flatMap((c) => requestsFor(c, operands)[op] ?? [])]),
  );
  const verified = await verify(asked, Math.min(HISTORY, history.entries));
  problems.push(...verified.problems);
  if (problems.length) throw new Error('answers differ');
  log(`${READS.join(', ')} verified: the contenders return the same rows (H reads ${history.code})`);
  const settings: PhaseSettings = { load: LOAD, adminToken: ADMIN_TOKEN, pgPids: postgresPids(null), log };
  return { asked, verified, settings };
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  const loadAtStart = Math.round(os.loadavg()[0] * 10) / 10;
  ensureBenchDependencies();
  const server = await startBenchServer();
  const pgPids = postgresPids(server.dataDir);
  const contenders: Contender[] = [];
  const problems: string[] = [];
  const interrupt = (signal: string) => {
    log(`${signal}: stopping the contenders and the database`);
    void Promise.allSettled(contenders.map((c) => c.stop()))
      .then(() => server.stop())
      .finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  let pg: Client | null = null;
  try {
    const dataset = await prepareDataset(
      server.serverUrl,
      SIZE,
      `tracker_bench${mode === 'standard' ? '' : `_${mode}`}`,
      log,
    );
    const databaseUrl = dataset.url;
    let preparedLFile: string | undefined;
    if (only.includes('L')) {
      preparedLFile = path.join(WORK, `prepared-L.${mode}.json`);
      fs.mkdirSync(WORK, { recursive: true });
      fs.writeFileSync(preparedLFile, JSON.stringify(await captureCompiledL(databaseUrl)));
    }
    const options = contenderOptions(databaseUrl, preparedLFile);
    contenders.push(...(await startAll(options)));
    pg = new Client({ connectionString: databaseUrl });
    await pg.connect();
    const { asked, verified, settings } = await measure(pg, contenders, problems);
    settings.pgPids = pgPids;
    const historyEntries = Math.min(HISTORY, (await historyRecord(pg)).entries);
    const reverify = (op: ReadOperation, list: Asked[]) => verify(new Map([[op, list]]), historyEntries);
    const rows = await timeReads(asked, reverify, settings, problems);
    const writes: WriteCheck[] = [];
    const ours = contenders.find((c) => c.name === 'ours')!;
    const l = verified.bodies.get('L:ours');
    // Before any write: a write changes the tag, and G's replies would be 200s.
    if (only.includes('G') && l) rows.push((await timeRevalidated(ours, l, settings)).row);
    // P beside L: H's record's public page, also before any write (its log must not grow during the run).
    if (only.includes('P'))
      rows.push((await timePublicPage(ours, (await historyRecord(pg)).code, databaseUrl, settings)).row);
    if (only.includes('W')) {
      const w = await timeWrites(
        ours,
        contenders.find((c) => c.name === 'floor')!,
        pg,
        settings,
      );
      rows.push(...w.rows);
      writes.push(...w.checks);
      if (w.failures.length) log(`W: some writes were refused, e.g. ${w.failures[0]}`);
    }
    const s = asked.get('S')?.find((a) => a.label === 'ours');
    if (only.includes('M') && s) {
      const m = await timeMixed(ours, s, pg, settings);
      rows.push(m.row);
      writes.push(m.check);
      if (m.failures.length) log(`S mixed: some writes were refused, e.g. ${m.failures[0]}`);
    }
    let eventsLost: number | null = null;
    if (only.includes('D')) {
      const b = await startContender('ours', { ...options, oursNodeFlags: [], queryStatsFile: undefined });
      contenders.push(b);
      const d = await timeDelivery(ours, b, pg, ADMIN_TOKEN, log);
      rows.push(d.row);
      eventsLost = d.eventsLost;
    }
    // After D: a sign-in's hashes still queued when a run ends would slow what comes next.
    if (only.includes('A')) rows.push(...(await timeSignIn(ours, floor(contenders), pg, settings)));
    if (only.includes('E')) rows.push(await timeExtraction(ours, settings));
    await report(rows, writes, eventsLost, problems, {
      databaseUrl,
      startedAt,
      loadAtStart,
      buildSeconds: dataset.buildSeconds,
    });
  } catch (err) {
    if (!problems.length) problems.push((err as Error).stack ?? String(err));
  } finally {
    await pg?.end().catch(() => undefined);
    await Promise.all(contenders.map((c) => c.stop()));
    await server.stop();
  }
  for (const p of problems) console.error(`[bench] FAILED: ${p}`);
  return problems.length ? 1 : 0;
}

async function report(
  raw: Omit<Row, 'ratioToOurs'>[],
  writes: WriteCheck[],
  eventsLost: number | null,
  problems: string[],
  run: { databaseUrl: string; startedAt: number; loadAtStart: number; buildSeconds: number | null },
): Promise<void> {
  for (const w of writes) if (w.lost > 0) problems.push(`${w.lost} acknowledged writes are missing from the log`);
  if (eventsLost) problems.push(`D: ${eventsLost} acknowledged writes on A never reached B's subscriber`);
  for (const r of raw) {
    if (r.errors > 0) problems.push(`${r.operation} on ${r.contender}: ${r.errors} errors or mismatched replies`);
    // Issue 28's operations: a run of them with no reply measured nothing, and says so.
    if (r.requests === 0 && ['I', 'A', 'E'].includes(r.operation))
      problems.push(`${r.operation} on ${r.contender}: no reply in the run`);
  }
  const table = withRatios(raw);
  const targets = targetsOf(table, writes);
  const reported = reportedOf(table, eventsLost);
  const machine = { ...machineInfo(await serverVersion(run.databaseUrl)), loadAverageAtStart: run.loadAtStart };
  const note =
    mode === 'quick'
      ? '\n(--quick: a tiny dataset; the targets are for the full one and shown only for information)'
      : '';
  console.log(`\n${formatTable(table)}\n\n${formatTargets(targets)}\n${formatReported(reported)}${note}\n`);
  console.log(
    `machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, PostgreSQL ${machine.postgres}, load average ${machine.loadAverageAtStart} at start, ${machine.loadAverage} at end`,
  );
  const seconds = Math.round((Date.now() - run.startedAt) / 1000);
  const file = recordRun(
    mode,
    {
      date: new Date().toISOString(),
      mode,
      seconds,
      datasetBuildSeconds: run.buildSeconds,
      machine,
      dataset: SIZE,
      load: LOAD,
      poolSize: POOL_SIZE,
      mixedWritesPerSecond: MIXED_WRITES_PER_SECOND,
      delivery: DELIVERY,
      rows: table,
      writes,
      targets,
      reported,
      problems,
    },
    only.length < ALL_OPERATIONS.length,
  );
  log(`run took ${seconds} s; results written to ${path.relative(ROOT, file)}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Said in one line with its cause, rather than Node's bare "unhandled rejection".
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
