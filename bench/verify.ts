// Before anything is timed: every contender must give ours's answer to each operation it is timed on.
// The verified bodies then become autocannon's expected bodies, so a wrong reply under load is an error too.
import type { Contender } from './contenders';
import {
  firstDifference,
  normaliseIndicators,
  normaliseOursHistory,
  normaliseOursL,
  normalisePostGraphileHistory,
  normalisePostGraphileL,
  normaliseS,
  normaliseSearch,
  OURS_L,
  OURS_S,
  oursHistory,
  oursIndicators,
  oursSearch,
  PAGE,
  postgraphileHistory,
  POSTGRAPHILE_L,
  SEARCHES,
} from './operations';
import { FLOOR_TSQUERIES } from './floorSql';
import { BENCH_INDICATORS } from './indicators';

export type ReadOperation = 'L' | 'S' | 'Q1' | 'Q2' | 'H' | 'I';

interface Request {
  url: string;
  body: string;
}

/** One contender's way of asking one operation; `label` names the row (the floor has two ways for L). */
export interface Asked {
  label: string;
  contender: Contender;
  request: Request;
  normalise: (body: string) => unknown;
}

export interface Operands {
  /** The record H reads: one with at least HISTORY log entries. */
  historyCode: string;
  /** The record I reads: the one bench/indicators.ts gave indicators and values. */
  indicatorCode: string;
  /** Whether the floor serves the prepared L (/PL). */
  preparedL: boolean;
}

/** What each contender is sent for each read it can answer. */
export function requestsFor(c: Contender, o: Operands): Partial<Record<ReadOperation, Asked[]>> {
  const asked = (label: string, url: string, body: string, normalise: (b: string) => unknown): Asked[] => [
    { label, contender: c, request: { url: `${c.baseUrl}${url}`, body }, normalise },
  ];
  const graphql = (query: string, normalise: (b: string) => unknown) =>
    asked(c.name, '/graphql', JSON.stringify({ query }), normalise);
  const floor = (url: string, values: unknown[] | null, normalise: (b: string) => unknown, label = 'floor') =>
    asked(label, url, values ? JSON.stringify({ values }) : '{}', normalise);
  switch (c.name) {
    case 'ours':
      return {
        L: graphql(OURS_L, normaliseOursL),
        S: graphql(OURS_S, normaliseS),
        Q1: graphql(oursSearch(SEARCHES.Q1), normaliseSearch),
        Q2: graphql(oursSearch(SEARCHES.Q2), normaliseSearch),
        H: graphql(oursHistory(o.historyCode), normaliseOursHistory),
        I: graphql(oursIndicators(o.indicatorCode), normaliseIndicators),
      };
    case 'postgraphile':
      return {
        L: graphql(POSTGRAPHILE_L, normalisePostGraphileL),
        H: graphql(postgraphileHistory(o.historyCode), normalisePostGraphileHistory),
      };
    case 'floor':
      return {
        L: [
          ...floor('/L', null, normaliseOursL),
          ...(o.preparedL ? floor('/PL', null, normaliseOursL, 'prepared floor') : []),
        ],
        S: floor('/S', null, normaliseS),
        Q1: floor('/Q', [FLOOR_TSQUERIES.Q1], normaliseSearch),
        Q2: floor('/Q', [FLOOR_TSQUERIES.Q2], normaliseSearch),
        H: floor('/H', [o.historyCode], normaliseOursHistory),
        I: floor('/I', [o.indicatorCode], normaliseIndicators),
      };
  }
}

async function fetchBody(r: Request): Promise<string> {
  const res = await fetch(r.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: r.body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${r.url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

export interface Verified {
  /** The exact body each contender returned, by `${operation}:${label}`, for autocannon's expectBody. */
  bodies: Map<string, string>;
  problems: string[];
}

/** What ours must return, whatever the others say: a full page for L, a long enough history for H. */
function sizeProblem(op: ReadOperation, ours: unknown, historyEntries: number): string | null {
  if (op === 'L' && Array.isArray(ours) && ours.length !== PAGE)
    return `L on ours returned ${ours.length} rows, not ${PAGE}`;
  if ((op === 'Q1' || op === 'Q2') && Array.isArray(ours) && ours.length === 0) return `${op} on ours matched nothing`;
  const updates = (ours as { updates?: unknown[] } | null)?.updates;
  if (op === 'H' && updates?.length !== historyEntries)
    return `H on ours returned ${updates?.length ?? 'no'} entries, not ${historyEntries}`;
  const indicators = (ours as { indicators?: unknown[] } | null)?.indicators;
  if (op === 'I' && (indicators?.length ?? 0) < BENCH_INDICATORS)
    return `I on ours returned ${indicators?.length ?? 'no'} indicators, not at least ${BENCH_INDICATORS}`;
  return null;
}

/** `historyEntries`: how many entries H must list (HISTORY, or all of them on a smaller dataset). */
export async function verify(asked: Map<ReadOperation, Asked[]>, historyEntries: number): Promise<Verified> {
  const bodies = new Map<string, string>();
  const problems: string[] = [];
  for (const [op, list] of asked) {
    const answers = new Map<string, unknown>();
    for (const a of list) {
      try {
        const body = await fetchBody(a.request);
        answers.set(a.label, a.normalise(body));
        bodies.set(`${op}:${a.label}`, body);
      } catch (err) {
        problems.push(`${op} on ${a.label}: ${(err as Error).message}`);
      }
    }
    const ours = answers.get('ours');
    const size = ours === undefined ? null : sizeProblem(op, ours, historyEntries);
    if (size) problems.push(size);
    for (const [label, theirs] of answers) {
      if (label === 'ours' || ours === undefined) continue;
      const diff = firstDifference(ours, theirs);
      if (diff) problems.push(`${op}: ours and ${label} differ at ${diff}`);
    }
  }
  return { bodies, problems };
}
