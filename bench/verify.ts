// Before anything is timed: every contender must give the same answer to L, and ours the floor's to S.
// The verified bodies then become autocannon's expected bodies, so a wrong reply under load is an error too.
import type { Contender } from './contenders';
import {
  firstDifference,
  normaliseOursL,
  normalisePostGraphileL,
  normaliseS,
  OURS_L,
  OURS_S,
  POSTGRAPHILE_L,
  PAGE,
} from './operations';

export interface Request {
  url: string;
  body: string;
}

/** What each contender is sent for L and S. */
export function requestsFor(c: Contender): { L: Request; S: Request | null } {
  const graphql = (query: string) => ({ url: `${c.baseUrl}/graphql`, body: JSON.stringify({ query }) });
  switch (c.name) {
    case 'ours':
      return { L: graphql(OURS_L), S: graphql(OURS_S) };
    case 'postgraphile':
      return { L: graphql(POSTGRAPHILE_L), S: null };
    case 'floor':
      return { L: { url: `${c.baseUrl}/L`, body: '{}' }, S: { url: `${c.baseUrl}/S`, body: '{}' } };
  }
}

async function fetchBody(r: Request): Promise<string> {
  const res = await fetch(r.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: r.body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${r.url} answered ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

export interface Verified {
  /** The exact body each contender returned, by operation, for autocannon's expectBody. */
  bodies: Map<string, string>;
  problems: string[];
}

export async function verify(contenders: Contender[], operations: ('L' | 'S')[]): Promise<Verified> {
  const bodies = new Map<string, string>();
  const problems: string[] = [];
  const answers = new Map<string, unknown>();
  for (const c of contenders) {
    for (const op of operations) {
      const request = requestsFor(c)[op];
      if (!request) continue;
      try {
        const body = await fetchBody(request);
        const normalise = op === 'S' ? normaliseS : c.name === 'postgraphile' ? normalisePostGraphileL : normaliseOursL;
        answers.set(`${op}:${c.name}`, normalise(body));
        bodies.set(`${op}:${c.name}`, body);
      } catch (err) {
        problems.push(`${op} on ${c.name}: ${(err as Error).message}`);
      }
    }
  }
  for (const op of operations) {
    const ours = answers.get(`${op}:ours`);
    if (op === 'L' && Array.isArray(ours) && ours.length !== PAGE)
      problems.push(`L on ours returned ${ours.length} rows, not ${PAGE}`);
    for (const c of contenders.filter((x) => x.name !== 'ours')) {
      const theirs = answers.get(`${op}:${c.name}`);
      if (ours === undefined || theirs === undefined) continue;
      const diff = firstDifference(ours, theirs);
      if (diff) problems.push(`${op}: ours and ${c.name} differ at ${diff}`);
    }
  }
  return { bodies, problems };
}
