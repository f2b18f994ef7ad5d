// The instance's open WebSocket connections, by who opened them. A connection is authenticated once, when it
// opens, so this is where the two rules about what happens after that live:
// - one client (a token; anonymously, an address) holds at most CONNECTIONS_PER_CLIENT connections;
// - a credential that ends (a revoked token or an ended session, on any instance: db/credentialEvents.ts) closes
//   every connection opened with it, with 4403. closeEnded is the one way to do that: a later "end this session", "disable
//   this user" or "change this role" announces the user and lands here too.
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { Config } from '../config';
import type { Actor } from '../domain/access/auth';
import type { EndedCredential } from '../db/credentialEvents';
import { clientAddress } from './clientAddress';

/** 1008 (policy violation) past a limit; 4403 (graphql-ws's Forbidden) for an ended credential. */
export const CLOSE_CODES = Object.freeze({ overLimit: 1008, credentialEnded: 4403 });

interface Holder {
  client: string;
  tokenId: number | undefined;
  sessionId: number | undefined;
  userId: number | null;
}

/** How long an ended credential is remembered: a connection whose check raced the end is still closed. */
const REMEMBER_MS = 60_000;

// An actor with neither a token nor a session id authenticated with ADMIN_TOKEN.
const clientOf = (actor: Actor | null, address: string) => {
  if (!actor) return `address:${address}`;
  return actor.sessionId !== undefined ? `session:${actor.sessionId}` : `token:${actor.tokenId ?? 'ADMIN_TOKEN'}`;
};

const holds = (h: Holder, ended: EndedCredential) => {
  if ('tokenId' in ended) return h.tokenId === ended.tokenId;
  if ('sessionId' in ended) return h.sessionId === ended.sessionId;
  return h.userId === ended.userId;
};

const whyEnded = (ended: EndedCredential) => {
  if ('tokenId' in ended) return 'the token was revoked';
  return 'sessionId' in ended ? 'the session ended' : "the account's access changed";
};

/** The close code and reason for a connection whose credential ended. */
export const endedClose = (ended: EndedCredential) =>
  [CLOSE_CODES.credentialEnded, `FORBIDDEN: ${whyEnded(ended)}`] as const;

export class LiveConnections {
  private readonly open = new Map<WebSocket, Holder>();
  private readonly perClient = new Map<string, number>();
  private recentlyEnded: { ended: EndedCredential; at: number }[] = [];
  private readonly maxPerClient: number;

  constructor(private readonly config: Pick<Config, 'subscriptions' | 'trustProxy'>) {
    this.maxPerClient = config.subscriptions.connectionsPerClient;
  }

  /**
   * Registers a connection authenticated as `actor` (anonymously, known by its address) by a check that began
   * at `checkedAt` (ms). Refuses it when its client holds the most connections already, or when its
   * credential ended after the check began.
   */
  admit(
    socket: WebSocket,
    request: IncomingMessage,
    actor: Actor | null,
    checkedAt: number,
  ): 'admitted' | 'over limit' | { ended: EndedCredential } {
    const client = clientOf(actor, clientAddress(this.config, request));
    const holder: Holder = {
      client,
      tokenId: actor?.tokenId,
      sessionId: actor?.sessionId,
      userId: actor?.userId ?? null,
    };
    const raced = this.recentlyEnded.find((e) => e.at >= checkedAt && holds(holder, e.ended));
    if (raced) return { ended: raced.ended };
    const count = this.perClient.get(client) ?? 0;
    if (count >= this.maxPerClient) return 'over limit';
    this.perClient.set(client, count + 1);
    this.open.set(socket, holder);
    return 'admitted';
  }

  /** Forgets a closed connection (any connection: one never admitted is ignored). */
  release(socket: WebSocket): void {
    const holder = this.open.get(socket);
    if (!holder) return;
    this.open.delete(socket);
    const left = (this.perClient.get(holder.client) ?? 1) - 1;
    if (left > 0) this.perClient.set(holder.client, left);
    else this.perClient.delete(holder.client);
  }

  /** Closes every connection opened with `ended` (4403), and remembers it for those being admitted. */
  closeEnded(ended: EndedCredential): void {
    const now = Date.now();
    this.recentlyEnded = [...this.recentlyEnded.filter((e) => now - e.at < REMEMBER_MS), { ended, at: now }];
    for (const [socket, holder] of this.open) if (holds(holder, ended)) socket.close(...endedClose(ended));
  }

  /** The tokens open connections were opened with, to check again after a missed notification. */
  tokenIds(): number[] {
    return [...new Set([...this.open.values()].flatMap((h) => (h.tokenId === undefined ? [] : [h.tokenId])))];
  }

  /** The sessions open connections were opened with, likewise. */
  sessionIds(): number[] {
    return [...new Set([...this.open.values()].flatMap((h) => (h.sessionId === undefined ? [] : [h.sessionId])))];
  }
}
