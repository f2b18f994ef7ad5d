// Each server instance's one reader of the change feed for its live subscribers. A notification (from any
// instance's commit: db/changeListener.ts) wakes it; it reads every finished change past the last one it
// delivered, in feed order, and hands the batch to each subscriber. A change whose transaction is finished
// but still behind an older open one is not readable yet (db/changeEvents.ts): the hub reads again shortly,
// until every notified change has been delivered. After a reconnection it reads too, so nothing is lost.
// The same connection hears of credentials that ended (db/credentialEvents.ts) and passes them on.
import type { Logger } from 'pino';
import type { Db } from '../../db/client';
import { changesAfter, feedEnd, positionOf, type ChangePosition, type ChangeRow } from '../../db/changeEvents';
import { listenForChanges, type ChangeListener } from '../../db/changeListener';
import { parseEndedCredential, type EndedCredential } from '../../db/credentialEvents';

type Subscriber = (rows: ChangeRow[]) => void;
/** An ended credential; null after a reconnection, when one may have gone unheard. */
type CredentialWatcher = (ended: EndedCredential | null) => void;

const BATCH = 500;
const FIRST_RETRY_MS = 5;
const MAX_RETRY_MS = 500;
/** Ids delivered lately, so that a notification arriving after its change was read is not awaited. */
const RECENT_IDS = 10_000;

export class ChangeHub {
  private position: ChangePosition = { txid: 0n, id: 0 };
  private readonly subscribers = new Set<Subscriber>();
  private readonly credentialWatchers = new Set<CredentialWatcher>();
  /** Notified ids not delivered yet. */
  private readonly awaited = new Set<number>();
  private readonly recent = new Set<number>();
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private listener: ChangeListener | null = null;
  private closed = false;

  private constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  /** Starts listening; resolves once LISTEN is in place and the hub knows where the feed ends. */
  static async start(db: Db, databaseUrl: string, log: Logger): Promise<ChangeHub> {
    const hub = new ChangeHub(db, log);
    hub.position = await feedEnd(db);
    hub.listener = listenForChanges({
      databaseUrl,
      log,
      onNotify: (payload) => hub.notified(payload),
      onCredentialNotify: (payload) => {
        const ended = parseEndedCredential(payload);
        if (ended) hub.credentialEnded(ended);
      },
      onConnected: () => {
        hub.wake();
        hub.credentialEnded(null);
      },
    });
    await hub.listener.ready;
    return hub;
  }

  /** Where the hub's delivered changes end: a live-only subscriber starts after it. */
  get delivered(): ChangePosition {
    return this.position;
  }

  /** Receives every later batch, in feed order, until the returned function is called. */
  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /**
   * Receives every credential that ends, on any instance, until the returned function is called; and null
   * after each (re)connection of the listener, when the watcher should check the credentials it holds.
   */
  watchCredentials(watcher: CredentialWatcher): () => void {
    this.credentialWatchers.add(watcher);
    return () => this.credentialWatchers.delete(watcher);
  }

  private credentialEnded(ended: EndedCredential | null) {
    for (const watcher of this.credentialWatchers) watcher(ended);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    await this.listener?.close();
    await this.reading;
  }

  private notified(payload: string) {
    const id = Number(payload);
    if (Number.isInteger(id) && !this.recent.has(id)) this.awaited.add(id);
    this.wake();
  }

  /** Reads now, or once more after the read under way (a notification may have come during it). */
  private wake() {
    if (this.closed) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.readAll()
      .catch((err: unknown) => this.log.warn({ err: (err as Error).message }, 'change feed read failed; retrying'))
      .finally(() => {
        this.reading = null;
        if (this.readAgain) {
          this.readAgain = false;
          this.wake();
        } else this.scheduleRetry();
      });
  }

  private async readAll() {
    for (;;) {
      const rows = await changesAfter(this.db, this.position, BATCH);
      if (!rows.length) return;
      this.position = positionOf(rows.at(-1)!);
      for (const row of rows) this.remember(row.id);
      for (const subscriber of this.subscribers) subscriber(rows);
      if (rows.length < BATCH) return;
    }
  }

  private remember(id: number) {
    this.awaited.delete(id);
    this.recent.add(id);
    if (this.recent.size > RECENT_IDS) this.recent.delete(this.recent.values().next().value!);
  }

  /** Reads again soon while a notified change has not been readable yet (an older transaction still open). */
  private scheduleRetry() {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (!this.awaited.size || this.closed) {
      this.retryMs = FIRST_RETRY_MS;
      return;
    }
    this.retryTimer = setTimeout(() => this.wake(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }
}
