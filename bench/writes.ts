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

export async function planWrites(pg: Client, runId: string): Promise<WritePlan> {
  const codes = (
    await pg.query<{ code: string }>('SELECT code FROM "Recommendation" WHERE "archivedAt" IS NULL ORDER BY id')
  ).rows.map((r) => r.code);
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
        const parsed = JSON.parse(body) as {
          data?: { logProgress?: { update?: { note?: string } } };
          errors?: { message: string }[];
        };
        if (status < 300 && !parsed.errors?.length && parsed.data?.logProgress?.update?.note?.startsWith(marker))
          acknowledged.add(marker);
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
