// `npx tsx bench/markdown.ts`: the tables of docs/performance.md (its "Summary" and the runs), from
// bench/results.json: each size's latest run, with the range of req/s and of each target over its kept runs.
import fs from 'node:fs';
import path from 'node:path';
import type { Row, Target } from './report';

interface Run {
  date: string;
  seconds: number;
  datasetBuildSeconds: number | null;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    postgres: string;
    loadAverage: number;
    loadAverageAtStart: number;
  };
  dataset: { recommendations: number; updates: number };
  rows: Row[];
  targets: Target[];
  /** Issue 14's G and D figures (no targets); absent in runs before they were measured. */
  reported?: Target[];
  writes: { acknowledged: number; found: number; lost: number }[];
}

const results = JSON.parse(fs.readFileSync(path.join(__dirname, 'results.json'), 'utf8')) as {
  standard: Run[];
  scale: Run[];
  scaleTargets: Target[];
};

const ms = (v: number | null) => (v === null ? '–' : v.toFixed(2));
const range = (xs: number[], digits = 0) => {
  const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
  return lo.toFixed(digits) === hi.toFixed(digits) ? lo.toFixed(digits) : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`;
};
const value = (t: Target, v: number | null) =>
  v === null ? '–' : t.test === '=' || t.test === '<' ? String(Math.round(v)) : `${v.toFixed(2)}×`;

function runTable(runs: Run[]): string {
  const [latest] = runs;
  const head =
    '| op | contender | req/s | req/s, all runs | p50 ms | p99 ms | vs ours | CPU ms/req, server | CPU ms/req, PostgreSQL | RSS MB |\n' +
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = latest.rows.map((r) => {
    const all = runs.flatMap((run) =>
      run.rows.filter((x) => x.operation === r.operation && x.contender === r.contender).map((x) => x.rps),
    );
    return `| ${r.operation} | ${r.contender} | ${r.rps.toFixed(0)} | ${range(all)} | ${r.p50} | ${r.p99} | ${r.ratioToOurs === null || Number.isNaN(r.ratioToOurs) ? '–' : `${r.ratioToOurs.toFixed(2)}×`} | ${ms(r.serverCpuMs)} | ${ms(r.postgresCpuMs)} | ${r.rssMb ?? '–'} |`;
  });
  return [head, ...lines].join('\n');
}

function targetTable(runs: Run[]): string {
  const head = '| target | wanted | latest run | all runs | |\n|---|---|---:|---:|---|';
  const lines = runs[0].targets.map((t) => {
    const all = runs
      .map((r) => r.targets.find((x) => x.name === t.name)?.actual ?? null)
      .filter((v): v is number => v !== null);
    const wanted = `${{ '>=': '≥', '<=': '≤', '<': '<', '=': '=' }[t.test]} ${t.wanted}`;
    const spread = all.length ? (t.test === '=' || t.test === '<' ? range(all) : `${range(all, 2)}×`) : '–';
    return `| ${t.name} | ${wanted} | ${value(t, t.actual)} | ${spread} | ${t.met === null ? 'not run' : t.met ? 'met' : '**missed**'} |`;
  });
  return [head, ...lines].join('\n');
}

/** Issue 14's figures: G's 304s against L, and D's delivery latency, with the range over the runs that have them. */
function reportedTable(runs: Run[]): string {
  const head = '| issue 14 | latest run | all runs |\n|---|---:|---:|';
  const lines = (runs[0].reported ?? []).map((t) => {
    const all = runs
      .map((r) => r.reported?.find((x) => x.name === t.name)?.actual ?? null)
      .filter((v): v is number => v !== null);
    const ratio = t.name.includes('/');
    const show = (v: number | null) => (v === null ? '–' : ratio ? `${v.toFixed(2)}×` : String(v));
    const spread = all.length ? (ratio ? `${range(all, 2)}×` : range(all, 1)) : '–';
    return `| ${t.name} | ${show(t.actual)} | ${spread} |`;
  });
  return [head, ...lines].join('\n');
}

for (const [name, runs] of [
  ['10,000 recommendations', results.standard],
  ['100,000 recommendations', results.scale],
] as const) {
  if (!runs.length) continue;
  const m = runs[0].machine;
  console.log(`### ${name} / ${runs[0].dataset.updates.toLocaleString('en')} log entries\n`);
  console.log(
    `${runs.length} runs, ${runs.map((r) => r.date.slice(11, 16)).join(', ')} UTC on ${runs[0].date.slice(0, 10)}; ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, PostgreSQL ${m.postgres}; 1-minute load average ${runs.map((r) => `${r.machine.loadAverageAtStart}→${r.machine.loadAverage}`).join(', ')} (start→end of each run); each run took ${runs.map((r) => r.seconds).join(', ')} s${
      runs.some((r) => r.datasetBuildSeconds)
        ? `, dataset built in ${runs
            .map((r) => r.datasetBuildSeconds)
            .filter(Boolean)
            .map((s) => `${s!.toFixed(0)} s`)
            .join(', ')}`
        : ''
    }. The latest run:\n`,
  );
  console.log(`${runTable(runs)}\n\n${targetTable(runs)}\n`);
  if (runs[0].reported?.length) console.log(`${reportedTable(runs)}\n`);
}
if (results.scaleTargets.length) {
  console.log('### 100,000 against 10,000 (the latest run of each)\n');
  console.log('| target | wanted | actual | |\n|---|---|---:|---|');
  for (const t of results.scaleTargets)
    console.log(
      `| ${t.name} | ≥ ${t.wanted}× | ${value(t, t.actual)} | ${t.met === null ? 'not run' : t.met ? 'met' : '**missed**'} |`,
    );
}
