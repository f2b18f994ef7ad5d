// The timed phases of a run: reads in alternating rounds, W on ours and on the write floor, and the mixed run
// (S while writes arrive at a steady rate). Each returns rows for the table; writes also say what was lost.
import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import type { Contender } from './contenders';
import { drive, mergeRuns, type LoadResult } from './drive';
import { probeCpu } from './cpu';
import type { Asked, ReadOperation, Verified } from './verify';
import { checkWrites, planWrites, startSteadyWrites } from './writes';
import type { Row, WriteCheck } from './report';

export interface PhaseSettings {
  load: { connections: number; warmup: number; duration: number; rounds: number };
  adminToken: string;
  pgPids: () => number[];
  log: (s: string) => void;
}

type RawRow = Omit<Row, 'ratioToOurs'>;

const probeOf = (c: Contender, s: PhaseSettings) => () => probeCpu(c.pid, s.pgPids);

/**
 * Reads are timed in rounds that alternate between contenders, so a change in the machine's load weighs on all
 * alike. Before each round the contenders are verified again and their fresh bodies expected: health moves
 * with the clock (a record turns stale 90 days after its last entry), so at 100,000 records the dashboard's
 * answer can change between the first verification and a later round, with nothing written.
 */
export async function timeReads(
  asked: Map<ReadOperation, Asked[]>,
  reverify: (op: ReadOperation, list: Asked[]) => Promise<Verified>,
  s: PhaseSettings,
  problems: string[],
): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for (const [op, list] of asked) {
    const runs = new Map<string, LoadResult[]>();
    for (let round = 1; round <= s.load.rounds; round++) {
      const { bodies, problems: differ } = await reverify(op, list);
      problems.push(...differ);
      for (const a of list) {
        s.log(
          `${op} on ${a.label}, round ${round}/${s.load.rounds}: ${s.load.warmup} s warm-up, ${s.load.duration} s timed`,
        );
        const target = { ...a.request, expectBody: bodies.get(`${op}:${a.label}`), cpu: probeOf(a.contender, s) };
        const result = await drive({ ...target, rssPid: a.contender.pid }, s.load);
        runs.set(a.label, [...(runs.get(a.label) ?? []), result]);
      }
    }
    for (const [contender, results] of runs) rows.push({ operation: op, contender, ...mergeRuns(results) });
  }
  return rows;
}

/** W through our API and through the write floor (bare pg, the same transaction), each for all rounds' seconds. */
export async function timeWrites(ours: Contender, floor: Contender, pg: Client, s: PhaseSettings) {
  const rows: RawRow[] = [];
  const checks: WriteCheck[] = [];
  const failures: string[] = [];
  const load = { ...s.load, duration: s.load.duration * s.load.rounds };
  for (const [label, c, url] of [
    ['ours', ours, `${ours.baseUrl}/graphql`],
    ['write floor', floor, `${floor.baseUrl}/W`],
  ] as const) {
    const plan = await planWrites(pg, randomBytes(4).toString('hex'));
    s.log(`W on ${label}: ${load.warmup} s warm-up, ${load.duration} s timed`);
    const headers = { authorization: `Bearer ${s.adminToken}` };
    const target = { url, body: '', headers, requests: plan.requests, cpu: probeOf(c, s), rssPid: c.pid };
    rows.push({ operation: 'W', contender: label, ...(await drive(target, load)) });
    const check = await checkWrites(pg, plan);
    s.log(
      `W on ${label}: ${check.acknowledged} writes acknowledged, ${check.found} found in the log, ${check.lost} lost`,
    );
    checks.push(check);
    failures.push(...plan.failures.map((f) => `${label}: ${f}`));
  }
  return { rows, checks, failures };
}

export const MIXED_WRITES_PER_SECOND = 2;

/** S on ours while logProgress writes arrive through our API at a steady MIXED_WRITES_PER_SECOND. */
export async function timeMixed(ours: Contender, asked: Asked, pg: Client, s: PhaseSettings) {
  const load = { ...s.load, duration: s.load.duration * s.load.rounds };
  const url = `${ours.baseUrl}/graphql`;
  const writer = await startSteadyWrites(
    pg,
    { url, token: s.adminToken },
    randomBytes(4).toString('hex'),
    MIXED_WRITES_PER_SECOND,
  );
  s.log(`S mixed on ours (${MIXED_WRITES_PER_SECOND} writes/s): ${load.warmup} s warm-up, ${load.duration} s timed`);
  // A write changes the dashboard's answer, so the body is not compared here (verify.ts did that without writes).
  const target = { ...asked.request, cpu: probeOf(ours, s), rssPid: ours.pid };
  const result = await drive(target, load);
  const plan = await writer.stop();
  const check = await checkWrites(pg, plan);
  s.log(
    `S mixed: ${plan.sent} writes sent, ${check.acknowledged} acknowledged, ${check.found} found, ${check.lost} lost`,
  );
  const row: RawRow = { operation: 'S mixed', contender: 'ours', ...result };
  return { row, check, failures: plan.failures };
}
