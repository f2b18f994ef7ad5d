// The table printed at the end, the targets of issues 6 and 12, and bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadResult } from './drive';

/**
 * `S mixed`: S while logProgress writes arrive at a steady 2 per second (issue 12). G: L as a GET answered 304
 * by its ETag; D: subscription delivery from a write on instance A to the event on instance B (issue 14); P: a
 * measure's public page, server-rendered HTML (issue 27).
 */
type Operation = 'L' | 'S' | 'Q1' | 'Q2' | 'H' | 'I' | 'W' | 'S mixed' | 'G' | 'D' | 'P' | 'A' | 'E';

export interface Row extends LoadResult {
  operation: Operation;
  contender: string;
  /** This contender's throughput divided by ours, for the same operation. */
  ratioToOurs: number;
  /** The database statements one request sends, where counted (P). */
  statements?: number;
}

export interface WriteCheck {
  acknowledged: number;
  found: number;
  lost: number;
}

export interface Target {
  name: string;
  /** How actual must compare with wanted. */
  test: '>=' | '<=' | '<' | '=';
  wanted: number;
  actual: number | null;
  met: boolean | null;
}

export function machineInfo(pgVersion: string) {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: pgVersion,
    /** Other processes share the machine: its 1-minute load average when the report was written. */
    loadAverage: Math.round(os.loadavg()[0] * 10) / 10,
  };
}

export function withRatios(rows: Omit<Row, 'ratioToOurs'>[]): Row[] {
  return rows.map((r) => {
    const ours = rows.find((o) => o.operation === r.operation && o.contender === 'ours');
    return { ...r, ratioToOurs: ours && ours.rps > 0 ? r.rps / ours.rps : NaN };
  });
}

const find = (rows: Row[], op: Operation, contender: string) =>
  rows.find((r) => r.operation === op && r.contender === contender);

const ratio = (rows: Row[], op: Operation, other: string, otherOp: Operation = op) => {
  const ours = find(rows, op, 'ours');
  const them = find(rows, otherOp, other);
  return ours && them && them.rps > 0 ? ours.rps / them.rps : null;
};

function target(name: string, test: Target['test'], wanted: number, actual: number | null | undefined): Target {
  if (actual === null || actual === undefined || Number.isNaN(actual))
    return { name, test, wanted, actual: null, met: null };
  const met = { '>=': actual >= wanted, '<=': actual <= wanted, '<': actual < wanted, '=': actual === wanted }[test];
  return { name, test, wanted, actual, met };
}

/** Issue 12's targets that one run (one size) decides. */
export function targetsOf(rows: Row[], writes: WriteCheck[]): Target[] {
  const l = find(rows, 'L', 'ours');
  const q1 = find(rows, 'Q1', 'ours');
  const mixed = find(rows, 'S mixed', 'ours');
  return [
    target('L: ours / PostGraphile', '>=', 1.5, ratio(rows, 'L', 'postgraphile')),
    target('L: ours / floor', '>=', 1.0, ratio(rows, 'L', 'floor')),
    target('L: ours / prepared floor', '>=', 0.7, ratio(rows, 'L', 'prepared floor')),
    target('S: ours / floor', '>=', 1.0, ratio(rows, 'S', 'floor')),
    target('S mixed: ours / floor S', '>=', 10, ratio(rows, 'S mixed', 'floor', 'S')),
    // No reply at all within the run: its p99 is at least the run's length.
    target('S mixed: p99 ms', '<', 100, mixed && (mixed.requests ? mixed.p99 : mixed.seconds * 1000)),
    target('Q1 p50 / L p50', '<=', 2, q1 && l ? q1.p50 / Math.max(l.p50, 1) : null),
    target('W: ours / write floor', '>=', 0.5, ratio(rows, 'W', 'write floor')),
    target('acknowledged writes lost', '=', 0, writes.length ? writes.reduce((n, w) => n + w.lost, 0) : null),
  ];
}

/**
 * Issues 14's and 28's figures, which have no target numbers: reported next to L's. `eventsLost` must be 0. A
 * (sign-in) is slow on purpose (Argon2id): how much slower than L, and how much of it is the hash (the floor).
 */
export function reportedOf(rows: Row[], eventsLost: number | null): Target[] {
  const g = find(rows, 'G', 'ours');
  const d = find(rows, 'D', 'ours A→B');
  const l = find(rows, 'L', 'ours');
  const info = (name: string, actual: number | null | undefined): Target => ({
    name,
    test: '=',
    wanted: NaN,
    actual: actual ?? null,
    met: null,
  });
  return [
    info('G (304) req/s / L req/s', g && l && l.rps > 0 ? g.rps / l.rps : null),
    info('G p50 ms', g?.p50),
    info('G p99 ms', g?.p99),
    info('D delivery p50 ms', d?.p50),
    info('D delivery p99 ms', d?.p99),
    info('I: ours / floor', ratio(rows, 'I', 'floor')),
    info('A: ours / floor', ratio(rows, 'A', 'floor')),
    info('A req/s / L req/s', ratio(rows, 'A', 'ours', 'L')),
    info('A p50 ms', find(rows, 'A', 'ours')?.p50),
    info('A floor p50 ms', find(rows, 'A', 'floor')?.p50),
    info('E p50 ms', find(rows, 'E', 'ours')?.p50),
    target('D events lost', '=', 0, eventsLost),
  ];
}

export function formatReported(reported: Target[]): string {
  return reported
    .map((t) => {
      if (!Number.isNaN(t.wanted)) return formatTargets([t]);
      const actual = t.actual === null ? '-' : t.name.includes('/') ? `${t.actual.toFixed(2)}×` : String(t.actual);
      return `${pad(t.name, 30)}${lpad(actual, 8)}   (reported; no target)`;
    })
    .join('\n');
}

/** At 100,000 records, L, S and Q1 keep at least 0.8× their throughput at 10,000 (ours, same machine). */
export function scaleTargets(standard: Row[], scale: Row[]): Target[] {
  return (['L', 'S', 'Q1'] as const).map((op) => {
    const small = find(standard, op, 'ours');
    const large = find(scale, op, 'ours');
    return target(`${op}: 100k / 10k`, '>=', 0.8, small && large && small.rps > 0 ? large.rps / small.rps : null);
  });
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function formatTable(rows: Row[]): string {
  const head =
    `${pad('op', 9)}${pad('contender', 16)}${lpad('req/s', 9)}${lpad('p50 ms', 9)}${lpad('p99 ms', 9)}${lpad('errors', 8)}${lpad('vs ours', 9)}` +
    `${lpad('cpu ms/req: node', 18)}${lpad('postgres', 10)}${lpad('rss MB', 8)}${lpad('stmts', 7)}`;
  const ms = (v: number | null) => (v === null ? '-' : v.toFixed(2));
  const lines = rows.map(
    (r) =>
      `${pad(r.operation, 9)}${pad(r.contender, 16)}${lpad(r.rps.toFixed(0), 9)}${lpad(String(r.p50), 9)}${lpad(String(r.p99), 9)}` +
      `${lpad(String(r.errors), 8)}${lpad(`${r.ratioToOurs.toFixed(2)}×`, 9)}${lpad(ms(r.serverCpuMs), 18)}${lpad(ms(r.postgresCpuMs), 10)}${lpad(r.rssMb === null ? '-' : String(r.rssMb), 8)}${lpad(r.statements === undefined ? '-' : String(r.statements), 7)}`,
  );
  return [head, '-'.repeat(head.length), ...lines].join('\n');
}

export function formatTargets(targets: Target[]): string {
  return targets
    .map((t) => {
      const mark = t.met === null ? 'not run' : t.met ? 'met' : 'MISSED';
      const plain = t.test === '=' || t.test === '<';
      const actual = t.actual === null ? '-' : plain ? String(Math.round(t.actual)) : `${t.actual.toFixed(2)}×`;
      const wanted = `${{ '>=': '≥', '<=': '≤', '<': '<', '=': '=' }[t.test]} ${t.wanted}${plain ? '' : '×'}`;
      return `${pad(t.name, 30)}${lpad(actual, 8)}   wanted ${pad(wanted, 8)} ${mark}`;
    })
    .join('\n');
}

export function writeResults(file: string, results: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
