// CPU time per request, split between a contender's Node process and the PostgreSQL server, read from
// /proc (Linux; elsewhere the columns stay empty). Throughput on a shared machine moves with everything
// else that runs; CPU milliseconds per request say where each contender's time goes.
import fs from 'node:fs';
import path from 'node:path';

const TICKS_PER_SECOND = 100;

/** utime + stime of one process, in ms; 0 when it is gone or /proc is missing. */
function cpuMsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** The postmaster of an embedded data directory and all its children (backends, writers, autovacuum). */
export function postgresPids(dataDir: string | null): () => number[] {
  if (!dataDir) return () => [];
  return () => {
    try {
      const postmaster = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      const children = fs
        .readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .map(Number)
        .filter((p) => parentOf(p) === postmaster);
      return [postmaster, ...children];
    } catch {
      return [];
    }
  };
}

export interface CpuProbe {
  server: number;
  /** Cumulative CPU ms by PostgreSQL process: backends come and go as pools open and close connections. */
  postgres: Map<number, number>;
}

/** Reads cumulative CPU ms of the contender and of each PostgreSQL process now. */
export const probeCpu = (serverPid: number, pgPids: () => number[]): CpuProbe => ({
  server: cpuMsOf(serverPid),
  postgres: new Map(pgPids().map((p) => [p, cpuMsOf(p)])),
});

/** CPU ms spent between two probes; a backend that ended in between took its time with it (not counted). */
export function cpuBetween(before: CpuProbe, after: CpuProbe): { server: number; postgres: number } {
  let postgres = 0;
  for (const [pid, ms] of after.postgres) postgres += ms - (before.postgres.get(pid) ?? 0);
  return { server: after.server - before.server, postgres };
}
