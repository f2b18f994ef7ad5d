// One dedicated connection per server instance that LISTENs on `tracker_changes` (the change feed's trigger
// notifies it on every commit that wrote a change) and on `tracker_credentials` (db/credentialEvents.ts).
// A LISTEN cannot share the pool: it must stay on one session. When the connection drops it is made again
// with backoff, and `onConnected` runs after each LISTEN, so that the caller catches up on whatever it
// missed while disconnected.
import pg from 'pg';
import type { Logger } from 'pino';
import { CREDENTIALS_CHANNEL } from './credentialEvents';

const CHANGES_CHANNEL = 'tracker_changes';

export interface ChangeListenerOptions {
  databaseUrl: string;
  log: Logger;
  /** A change notification's payload: the new change's id. */
  onNotify(payload: string): void;
  /** A credential notification's payload (db/credentialEvents.ts). */
  onCredentialNotify(payload: string): void;
  /** After every (re)connection's LISTEN, the first one included. */
  onConnected(): void;
}

export interface ChangeListener {
  /** Resolves once the first LISTEN is in place. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

export function listenForChanges(options: ChangeListenerOptions): ChangeListener {
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let timer: NodeJS.Timeout | undefined;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const retry = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  async function connect() {
    const c = new pg.Client({ connectionString: options.databaseUrl, keepAlive: true });
    c.on('notification', (n) =>
      (n.channel === CREDENTIALS_CHANNEL ? options.onCredentialNotify : options.onNotify)(n.payload ?? ''),
    );
    c.on('error', (err) => options.log.warn({ err: err.message }, 'change listener connection failed'));
    // Only an established connection's end reconnects; a failed attempt retries below.
    c.on('end', () => {
      if (client !== c) return;
      client = null;
      options.log.warn('change listener connection ended; reconnecting');
      retry();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGES_CHANNEL}; LISTEN ${CREDENTIALS_CHANNEL}`);
    } catch (err) {
      options.log.warn({ err: (err as Error).message, retryMs }, 'change listener could not connect; retrying');
      await c.end().catch(() => undefined);
      return retry();
    }
    if (closed) return void (await c.end().catch(() => undefined));
    client = c;
    retryMs = FIRST_RETRY_MS;
    options.onConnected();
    markReady();
  }

  void connect();
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
