// A: a password sign-in (POST /auth/password), on ours and on the floor (the hash read by one statement and a bare
// Argon2 verify, floorServer.ts). Argon2id is slow on purpose, so A is measured to say by how much, not to be
// made fast. Each connection signs in as its own account: attempts are counted per account and address
// (throttle.ts), and one account's parallel attempts would be a lockout, not a sign-in.
// E: a document's candidate extraction run again (extractCandidates), on ours only: nothing else extracts.
// One connection, since runs on one document take turns.
import type { Client } from 'pg';
import type { Contender } from './contenders';
import { drive, type AutocannonRequest } from './drive';
import { probeCpu } from './cpu';
import type { PhaseSettings } from './phases';
import type { Row } from './report';

type RawRow = Omit<Row, 'ratioToOurs'>;
/**
 * A reply takes hundreds of ms (more on a loaded machine), so the timed run lasts at least this long, or a short
 * run (--quick: 2 s) could end with no reply at all.
 */
const MIN_SECONDS = 6;
const timedLoad = (s: PhaseSettings) => ({
  ...s.load,
  duration: Math.max(MIN_SECONDS, s.load.duration * s.load.rounds),
});
const PASSWORD = 'a quiet harbour at dawn, measured';

async function graphql<T>(c: Contender, token: string, query: string): Promise<{ data?: T; raw: string }> {
  const res = await fetch(`${c.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const raw = await res.text();
  const body = JSON.parse(raw) as { data?: T; errors?: { message: string }[] };
  if (!res.ok || !body.data || body.errors?.length)
    throw new Error(`${query.slice(0, 60)}: ${body.errors?.map((e) => e.message).join('; ') ?? res.status}`);
  return { data: body.data, raw };
}

/** One account per connection, with PASSWORD; created by the first run on a dataset. */
async function signInAccounts(pg: Client, ours: Contender, token: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `bench-a-${i + 1}`);
  const { rows } = await pg.query<{ name: string }>(
    `SELECT name FROM "User" WHERE name = ANY($1) AND "passwordHash" IS NOT NULL`,
    [names],
  );
  const ready = new Set(rows.map((r) => r.name));
  for (const name of names.filter((n) => !ready.has(n))) {
    const exists = (await pg.query(`SELECT 1 FROM "User" WHERE name = $1`, [name])).rowCount;
    if (!exists)
      await graphql(ours, token, `mutation { createUser(input: { name: "${name}", role: VIEWER }) { name } }`);
    await graphql(
      ours,
      token,
      `mutation { setPassword(input: { userName: "${name}", password: "${PASSWORD}" }) { name } }`,
    );
  }
  return names;
}

/** Each connection signs in, again and again, as the account it was given first. */
function signInRequests(names: string[]): AutocannonRequest[] {
  let next = 0;
  return [
    {
      setupRequest(req, context) {
        context.name ??= names[next++ % names.length];
        return { ...req, body: JSON.stringify({ name: context.name, password: PASSWORD }) };
      },
    },
  ];
}

export async function timeSignIn(ours: Contender, floor: Contender, pg: Client, s: PhaseSettings) {
  const names = await signInAccounts(pg, ours, s.adminToken, s.load.connections);
  const load = timedLoad(s);
  const rows: RawRow[] = [];
  for (const [label, c, route] of [
    ['ours', ours, '/auth/password'],
    ['floor', floor, '/A'],
  ] as const) {
    s.log(`A on ${label}: ${load.warmup} s warm-up, ${load.duration} s timed`);
    const cpu = () => probeCpu(c.pid, s.pgPids);
    // Same origin, as the console's own sign-in form sends it (sameOrigin.ts).
    const headers = { origin: c.baseUrl };
    const target = { url: `${c.baseUrl}${route}`, headers, requests: signInRequests(names), cpu, rssPid: c.pid };
    rows.push({ operation: 'A', contender: label, ...(await drive(target, load)) });
  }
  return rows;
}

const EXTRACT = (id: string) =>
  `mutation E { extractCandidates(documentId: ${JSON.stringify(id)}) { slug extraction { state } } }`;

export async function timeExtraction(ours: Contender, s: PhaseSettings): Promise<RawRow> {
  const { data } = await graphql<{ documents: { id: string }[] }>(ours, s.adminToken, '{ documents { id } }');
  const query = EXTRACT(data!.documents[0].id);
  // The reply every run must give: the document, extracted (a FAILED extraction is an answer, not a success).
  const { raw } = await graphql(ours, s.adminToken, query);
  if (!raw.includes('"SUCCEEDED"')) throw new Error(`E: the extraction did not succeed: ${raw}`);
  const load = { ...timedLoad(s), connections: 1 };
  s.log(`E on ours: ${load.warmup} s warm-up, ${load.duration} s timed, one connection`);
  const headers = { authorization: `Bearer ${s.adminToken}` };
  const target = {
    url: `${ours.baseUrl}/graphql`,
    body: JSON.stringify({ query }),
    headers,
    expectBody: raw,
    cpu: () => probeCpu(ours.pid, s.pgPids),
    rssPid: ours.pid,
  };
  return { operation: 'E', contender: 'ours', ...(await drive(target, load)) };
}
