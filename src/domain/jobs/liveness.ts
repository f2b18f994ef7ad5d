// A job stays locked by the worker that took it until that worker finishes it, and graphile-worker releases the
// lock of a worker that died (its process killed, its host gone) only after four hours. A slow job of a live
// worker may take long too, so no timeout can tell the two apart; PostgreSQL can. Each worker of this server
// holds, for its whole life, one connection of its own whose application_name names it: opened before it asks
// for its first job, closed after its last one ended. A dead process's connections end with it, and the sweep
// (deadWorkerSweep.ts) hands back the jobs of workers that hold locks but no such connection.
import pg from 'pg';
import type { Logger } from 'pino';

/** A worker's connection is named this, followed by its worker id (graphile-worker's `locked_by`). */
export const APPLICATION_NAME_PREFIX = 'tracker job worker ';
const RECONNECT_MS = 1_000;
/**
 * The server notices a vanished host's connection after about a minute (30 s idle, then 3 probes 10 s apart),
 * where the operating system's default is two hours; a killed process's connection closes at once anyway. Set
 * by statement rather than as a startup option, which a connection pooler in between may refuse.
 */
const KEEPALIVES = 'SET tcp_keepalives_idle = 30; SET tcp_keepalives_interval = 10; SET tcp_keepalives_count = 3';

/** One worker's named connection, reopened whenever it is lost until the worker stops. */
class Presence {
  private client: pg.Client | null = null;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly workerId: string,
    private readonly log: Logger,
  ) {}

  async open(): Promise<void> {
    const client = new pg.Client({
      connectionString: withoutApplicationName(this.databaseUrl),
      application_name: APPLICATION_NAME_PREFIX + this.workerId,
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      this.client = client;
      await client.query(KEEPALIVES);
      if (this.stopped) await this.close();
    } catch (err) {
      this.log.warn({ err: (err as Error).message, workerId: this.workerId }, 'job worker connection failed; retrying');
      this.lost(client);
      await client.end().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private lost(client: pg.Client) {
    if (this.client === client) this.client = null;
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.open();
    }, RECONNECT_MS);
  }
}

/** The database URL without an application_name of its own, which would override the worker's name. */
function withoutApplicationName(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    url.searchParams.delete('application_name');
    return url.toString();
  } catch {
    return databaseUrl;
  }
}

export interface WorkerLiveness {
  /** A graphile-worker plugin: each worker's connection opens before its first job and closes after its last. */
  readonly plugin: GraphileConfig.Plugin;
  /** The ids of this process's running workers. */
  readonly workerIds: () => ReadonlySet<string>;
  /** Closes the connections still open. */
  close(): Promise<void>;
}

export function workerLiveness(databaseUrl: string, log: Logger): WorkerLiveness {
  const presences = new Map<string, Presence>();
  const plugin: GraphileConfig.Plugin = {
    name: 'TrackerWorkerLiveness',
    version: '1.0.0',
    worker: {
      hooks: {
        async startWorker(_ctx, { worker }) {
          const presence = new Presence(databaseUrl, worker.workerId, log);
          presences.set(worker.workerId, presence);
          await presence.open();
        },
        async stopWorker(_ctx, { worker }) {
          await presences.get(worker.workerId)?.close();
          presences.delete(worker.workerId);
        },
      },
    },
  };
  return {
    plugin,
    workerIds: () => new Set(presences.keys()),
    async close() {
      await Promise.all([...presences.values()].map((p) => p.close()));
      presences.clear();
    },
  };
}
