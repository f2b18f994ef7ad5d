// W: logProgress over many recommendations, each write carrying a unique marker in its note. Afterwards every
// acknowledged write (2xx, no errors) must be in the log: the one thing a benchmark must never trade for speed.
import type { Client } from 'pg';
import type { AutocannonRequest } from './drive';
import { OURS_W } from './operations';

export interface WritePlan {
  requests: AutocannonRequest[];
  acknowledged: Set<string>;
  failures: string[];
  prefix: string;
}

const activeCodes = async (pg: Client) =>
  (
    await pg.query<{ code: string }>('SELECT code FROM "Recommendation" WHERE "archivedAt" IS NULL ORDER BY id')
  ).rows.map((r) => r.code);

const acknowledges = (status: number, body: string, marker: string) => {
  const parsed = JSON.parse(body) as {
    data?: { logProgress?: { update?: { note?: string } } };
    errors?: { message: string }[];
  };
  return status < 300 && !parsed.errors?.length && !!parsed.data?.logProgress?.update?.note?.startsWith(marker);
};

export async function planWrites(pg: Client, runId: string): Promise<WritePlan> {
  const codes = await activeCodes(pg);
  // A stride coprime with the count visits every record before repeating, so concurrent writers rarely meet.
  const stride = [7919, 104729, 1].find((s) => codes.length % s !== 0)!;
  const prefix = `bench-W-${runId}-`;
  const acknowledged = new Set<string>();
  const failures: string[] = [];
  let n = 0;
  const request: AutocannonRequest = {
    setupRequest(req, context) {
      const marker = `${prefix}${++n}`;
      context.marker = marker;
      const input = {
        code: codes[(n * stride) % codes.length],
        note: `${marker}: progress reviewed by the benchmark.`,
      };
      return { ...req, body: JSON.stringify({ query: OURS_W, variables: { input } }) };
    },
    onResponse(status, body, context) {
      const marker = String(context.marker);
      try {
        if (acknowledges(status, body, marker)) acknowledged.add(marker);
        else if (failures.length < 5) failures.push(`${status} ${body.slice(0, 200)}`);
      } catch {
        if (failures.length < 5) failures.push(`${status} unparsable: ${body.slice(0, 200)}`);
      }
    },
  };
  return { requests: [request], acknowledged, failures, prefix };
}

export async function checkWrites(pg: Client, plan: WritePlan) {
  const rows = await pg.query<{ note: string }>(`SELECT note FROM "ProgressUpdate" WHERE note LIKE $1`, [
    `${plan.prefix}%`,
  ]);
  const logged = new Set(rows.rows.map((r) => r.note.slice(0, r.note.indexOf(':'))));
  const lost = [...plan.acknowledged].filter((m) => !logged.has(m));
  return { acknowledged: plan.acknowledged.size, found: logged.size, lost: lost.length };
}

/**
 * The mixed run's writer: `perSecond` logProgress calls a second through our API, on a timer, whatever the
 * readers are doing (each write its own request, not waiting for the previous one). stop() waits for those in
 * flight and returns what was acknowledged, for checkWrites.
 */
export async function startSteadyWrites(
  pg: Client,
  target: { url: string; token: string },
  runId: string,
  perSecond: number,
): Promise<{ stop(): Promise<WritePlan & { sent: number }> }> {
  const codes = await activeCodes(pg);
  const prefix = `bench-M-${runId}-`;
  const acknowledged = new Set<string>();
  const failures: string[] = [];
  const inFlight = new Set<Promise<void>>();
  let n = 0;
  const write = async () => {
    const marker = `${prefix}${++n}`;
    const input = {
      code: codes[(n * 7919) % codes.length],
      note: `${marker}: progress reviewed during the mixed run.`,
    };
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
        body: JSON.stringify({ query: OURS_W, variables: { input } }),
      });
      const body = await res.text();
      if (acknowledges(res.status, body, marker)) acknowledged.add(marker);
      else if (failures.length < 5) failures.push(`${res.status} ${body.slice(0, 200)}`);
    } catch (err) {
      if (failures.length < 5) failures.push(String(err));
    }
  };
  const timer = setInterval(() => {
    const p = write().finally(() => inFlight.delete(p));
    inFlight.add(p);
  }, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return { requests: [], acknowledged, failures, prefix, sent: n };
    },
  };
}
