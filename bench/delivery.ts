// D (issue 14): subscription delivery across instances. Two of our servers on the same database (A is the
// contender the reads were timed on, B a second process started alike); a graphql-ws client subscribes to
// `progressLogged` on B, and logProgress writes go to A's API at a steady rate. Latency is from A's
// acknowledgement of a write (its HTTP reply) to the event's arrival on B; an acknowledged write whose event
// has not arrived DRAIN_MS after the last acknowledgement is lost. The path: A's transaction, the AuditEntry
// trigger's ChangeEvent row and NOTIFY, B's LISTEN connection, B's graphql-ws socket.
import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Client } from 'pg';
import type { Contender } from './contenders';
import { OURS_W } from './operations';
import type { Row } from './report';

export const DELIVERY = { writesPerSecond: 20, seconds: 15 };
const DRAIN_MS = 5_000;
const SUBSCRIPTION = 'subscription D { progressLogged { note } }';

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;

/** graphql-ws reports a closed socket as a CloseEvent, whose fields JSON.stringify does not show. */
function socketError(e: unknown): string {
  const close = e as { code?: unknown; reason?: unknown };
  if (typeof close?.code === 'number') return `D: the socket to B closed (${close.code} ${String(close.reason ?? '')})`;
  return `D: the subscription failed: ${JSON.stringify(e)}`;
}

/** Subscribes on B; resolves once the server has the subscription (a first write is not missed). */
function subscribe(b: Contender, token: string, onNote: (note: string) => void) {
  const client = createClient({
    url: `${b.baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const ended = new Promise<void>((resolve, reject) =>
    client.subscribe<{ progressLogged: { note: string } }>(
      { query: SUBSCRIPTION },
      {
        next: (r) => (r.errors ? reject(new Error(JSON.stringify(r.errors))) : onNote(r.data!.progressLogged.note)),
        error: (e) => reject(e instanceof Error ? e : new Error(socketError(e))),
        complete: resolve,
      },
    ),
  );
  return { client, ended };
}

/** Why writes went unacknowledged (HTTP status or the error's code), counted, so a failed run says why. */
const refusals = new Map<string, number>();

/**
 * graphql-ws says nothing when a subscription is in place, so a probe written before B registered it is missed:
 * a new probe goes every PROBE_EVERY_MS until one arrives, for at most PROBE_WAIT_MS.
 */
const PROBE_EVERY_MS = 1000;
const PROBE_WAIT_MS = 30_000;

async function writeOnce(a: Contender, token: string, code: string, note: string): Promise<boolean> {
  const res = await fetch(`${a.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: OURS_W, variables: { input: { code, note } } }),
  });
  const body = (await res.json()) as {
    data?: { logProgress?: { update?: { note?: string } } };
    errors?: { message?: string; extensions?: { code?: string } }[];
  };
  const ok = res.ok && !body.errors?.length && body.data?.logProgress?.update?.note === note;
  if (!ok) {
    const why = `HTTP ${res.status} ${body.errors?.[0]?.extensions?.code ?? ''} ${body.errors?.[0]?.message ?? ''}`;
    refusals.set(why.trim(), (refusals.get(why.trim()) ?? 0) + 1);
  }
  return ok;
}

export async function timeDelivery(a: Contender, b: Contender, pg: Client, token: string, log: (s: string) => void) {
  const codes = (
    await pg.query<{ code: string }>('SELECT code FROM "Recommendation" WHERE "archivedAt" IS NULL ORDER BY id')
  ).rows.map((r) => r.code);
  const prefix = `bench-D-${randomBytes(4).toString('hex')}-`;
  const arrived = new Map<string, number>();
  const acked = new Map<string, number>();
  const sub = subscribe(b, token, (note) => note.startsWith(prefix) && arrived.set(note, performance.now()));
  // A socket B closes before the end is the run's failure, said with how B ended if it did, not a crash.
  let closed: Error | null = null;
  sub.ended.catch(
    (e: Error) => (closed = new Error(`${e.message}${b.endedOnItsOwn() ? `; ${b.endedOnItsOwn()}` : ''}`)),
  );
  const failIfClosed = () => {
    if (closed) throw closed;
  };
  // graphql-ws has no "subscribed" acknowledgement: write probes until one's event arrives (PROBE_EVERY_MS).
  const probes: string[] = [];
  const probingSince = performance.now();
  while (!probes.some((p) => arrived.has(p))) {
    failIfClosed();
    const waited = performance.now() - probingSince;
    if (waited > PROBE_WAIT_MS)
      throw new Error(`D: the subscription on B received nothing within ${PROBE_WAIT_MS / 1000} s`);
    if (waited >= probes.length * PROBE_EVERY_MS) {
      const probe = `${prefix}probe-${probes.length}`;
      probes.push(probe);
      if (!(await writeOnce(a, token, codes[0], probe)))
        throw new Error(`D: the probe write on A was refused: ${[...refusals.keys()].join('; ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  log(`D: subscribed on B after ${probes.length} probe write(s)`);
  log(`D: ${DELIVERY.writesPerSecond} writes/s on A for ${DELIVERY.seconds} s, progressLogged subscribed on B`);
  const total = DELIVERY.writesPerSecond * DELIVERY.seconds;
  const inFlight: Promise<void>[] = [];
  let failures = 0;
  const started = performance.now();
  for (let n = 1; n <= total; n++) {
    const due = started + (n * 1000) / DELIVERY.writesPerSecond;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
    const note = `${prefix}${n}: delivered to another instance.`;
    inFlight.push(
      writeOnce(a, token, codes[(n * 7919) % codes.length], note).then(
        (ok) => void (ok ? acked.set(note, performance.now()) : failures++),
        () => void failures++,
      ),
    );
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  for (let t = 0; t < DRAIN_MS && [...acked.keys()].some((k) => !arrived.has(k)); t += 50)
    await new Promise((r) => setTimeout(r, 50));
  failIfClosed();
  await sub.client.dispose();
  // An event may overtake the HTTP reply that acknowledges its write: that latency counts as 0.
  const latencies = [...acked].filter(([k]) => arrived.has(k)).map(([k, t]) => Math.max(0, arrived.get(k)! - t));
  latencies.sort((x, y) => x - y);
  const lost = [...acked.keys()].filter((k) => !arrived.has(k)).length;
  log(`D: ${acked.size} writes acknowledged on A, ${latencies.length} events received on B, ${lost} lost`);
  for (const [why, count] of refusals) log(`D: ${count} writes unacknowledged: ${why}`);
  const row: Omit<Row, 'ratioToOurs'> = {
    operation: 'D',
    contender: 'ours A→B',
    rps: latencies.length / seconds,
    seconds,
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p99: Math.round(percentile(latencies, 99) * 10) / 10,
    requests: acked.size,
    errors: failures,
    serverCpuMs: null,
    postgresCpuMs: null,
    rssMb: null,
  };
  return { row, eventsLost: lost };
}
