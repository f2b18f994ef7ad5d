// G (issue 14): L's query as an HTTP GET revalidated by its ETag. A first GET (Apollo takes a GET only with
// the `apollo-require-preflight` header, its CSRF guard) must answer 200 with L's verified rows and a tag;
// then every timed GET carries `If-None-Match` with that tag, and every reply must be 304 (src/http/
// conditionalGet.ts: one read of the change version and a hash, no query run). Nothing is written meanwhile,
// but a tag covers one HTTP_CACHE_MAX_AGE_S window of the clock (10 s by default): when it turns, the next
// reply is a 200 with the new tag, which the following requests then send, as a browser's cache would.
// Those 200s are counted (`refreshed`) and stay in the throughput.
import type { Contender } from './contenders';
import { drive, mergeRuns, type LoadResult } from './drive';
import { probeCpu } from './cpu';
import { firstDifference, normaliseOursL, OURS_L } from './operations';
import type { PhaseSettings } from './phases';
import type { Row } from './report';

const PREFLIGHT = { 'apollo-require-preflight': 'true' };

export async function timeRevalidated(ours: Contender, verifiedL: string, s: PhaseSettings) {
  const url = `${ours.baseUrl}/graphql?${new URLSearchParams({ query: OURS_L, operationName: 'L' })}`;
  const first = await fetch(url, { headers: PREFLIGHT });
  const body = await first.text();
  const tag = first.headers.get('etag');
  if (first.status !== 200 || !tag) throw new Error(`G: the first GET answered ${first.status} without an ETag`);
  const diff = firstDifference(normaliseOursL(verifiedL), normaliseOursL(body));
  if (diff) throw new Error(`G: the GET's rows differ from L's at ${diff}`);
  const runs: LoadResult[] = [];
  let current = tag;
  let refreshed = 0;
  let notModified = 0;
  const request = {
    method: 'GET',
    setupRequest: (req: object) => ({ ...req, headers: { ...PREFLIGHT, 'if-none-match': current } }),
    // autocannon passes the raw header names: Express sends `ETag`.
    onResponse: (status: number, _body: string, _context: unknown, headers: Record<string, string>) => {
      if (status === 304) notModified++;
      const fresh = Object.entries(headers).find(([k]) => k.toLowerCase() === 'etag')?.[1];
      if (status === 200 && fresh) {
        current = fresh;
        refreshed++;
      }
    },
  };
  for (let round = 1; round <= s.load.rounds; round++) {
    s.log(
      `G on ours (If-None-Match, 304), round ${round}/${s.load.rounds}: ${s.load.warmup} s warm-up, ${s.load.duration} s timed`,
    );
    const target = {
      url,
      method: 'GET',
      requests: [request],
      expectStatus: [304, 200],
      cpu: () => probeCpu(ours.pid, s.pgPids),
      rssPid: ours.pid,
    };
    runs.push(await drive(target, s.load));
  }
  const merged = mergeRuns(runs);
  // Warm-ups included: the counts are over every GET sent.
  s.log(`G: ${notModified} replies 304, ${refreshed} a 200 with a new tag (the clock's window turned)`);
  const row: Omit<Row, 'ratioToOurs'> = { operation: 'G', contender: 'ours', ...merged };
  return { row, refreshed };
}
