// The table printed at the end, the targets of issue 6, and bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadResult } from './drive';

export type Operation = 'L' | 'S' | 'W';

export interface Row extends LoadResult {
  operation: Operation;
  contender: string;
  /** This contender's throughput divided by ours, for the same operation. */
  ratioToOurs: number;
}

export interface WriteCheck {
  acknowledged: number;
  found: number;
  lost: number;
}

export interface Target {
  name: string;
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

const ratio = (rows: Row[], op: Operation, other: string) => {
  const ours = rows.find((r) => r.operation === op && r.contender === 'ours');
  const them = rows.find((r) => r.operation === op && r.contender === other);
  return ours && them && them.rps > 0 ? ours.rps / them.rps : null;
};

export function targetsOf(rows: Row[], writes: WriteCheck | null): Target[] {
  const t = (name: string, wanted: number, actual: number | null): Target => ({
    name,
    wanted,
    actual,
    met: actual === null ? null : actual >= wanted,
  });
  return [
    t('L: ours / PostGraphile', 1.2, ratio(rows, 'L', 'postgraphile')),
    t('L: ours / floor', 0.6, ratio(rows, 'L', 'floor')),
    t('S: ours / floor', 1.0, ratio(rows, 'S', 'floor')),
    {
      name: 'W: acknowledged writes lost',
      wanted: 0,
      actual: writes?.lost ?? null,
      met: writes ? writes.lost === 0 : null,
    },
  ];
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function formatTable(rows: Row[]): string {
  const head =
    `${pad('op', 4)}${pad('contender', 14)}${lpad('req/s', 9)}${lpad('p50 ms', 9)}${lpad('p99 ms', 9)}${lpad('errors', 8)}${lpad('vs ours', 9)}` +
    `${lpad('cpu ms/req: node', 18)}${lpad('postgres', 10)}`;
  const ms = (v: number | null) => (v === null ? '-' : v.toFixed(2));
  const lines = rows.map(
    (r) =>
      `${pad(r.operation, 4)}${pad(r.contender, 14)}${lpad(r.rps.toFixed(0), 9)}${lpad(String(r.p50), 9)}${lpad(String(r.p99), 9)}` +
      `${lpad(String(r.errors), 8)}${lpad(`${r.ratioToOurs.toFixed(2)}×`, 9)}${lpad(ms(r.serverCpuMs), 18)}${lpad(ms(r.postgresCpuMs), 10)}`,
  );
  return [head, '-'.repeat(head.length), ...lines].join('\n');
}

export function formatTargets(targets: Target[]): string {
  return targets
    .map((t) => {
      const mark = t.met === null ? 'not run' : t.met ? 'met' : 'MISSED';
      const actual = t.actual === null ? '-' : t.name.startsWith('W') ? String(t.actual) : `${t.actual.toFixed(2)}×`;
      const wanted = t.name.startsWith('W') ? `${t.wanted}` : `≥ ${t.wanted}×`;
      return `${pad(t.name, 30)}${lpad(actual, 8)}   wanted ${pad(wanted, 8)} ${mark}`;
    })
    .join('\n');
}

export function writeResults(file: string, results: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
