// Server instances as production runs them, several on one database: each its own app, HTTP listener, pool
// and LISTEN connection (createApp + serveSubscriptions, as src/index.ts does), and graphql-ws clients to
// subscribe to them. The live tests use it, and so may the benchmark (write on one, receive on another).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createPrismaClient, type Db } from '../../src/db/client';
import { createApp } from '../../src/http/createApp';
import type { GqlResult } from './testServer';

export interface LiveInstance {
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** ws://127.0.0.1:<port>/graphql */
  wsUrl: string;
  db: Db;
  /** POSTs one operation to this instance's /graphql. */
  post<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

/** Starts one instance on `databaseUrl` with its own database pool (or `db` when given). */
export async function startInstance(config: Config, databaseUrl: string, db?: Db): Promise<LiveInstance> {
  const ownDb = db ?? createPrismaClient(databaseUrl, { poolSize: 5 });
  const httpServer = http.createServer();
  const app = await createApp({ config, db: ownDb, log: createLogger(config), httpServer });
  httpServer.on('request', app.handler);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  await app.serveSubscriptions(httpServer, databaseUrl);
  const { port } = httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    db: ownDb,
    async post(query, variables, token) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<any>;
    },
    async close() {
      await app.stop();
      httpServer.closeAllConnections();
      await new Promise((resolve) => httpServer.close(resolve));
      if (!db) await ownDb.$disconnect();
    },
  };
}

export interface Subscription<T> {
  /** Every result received so far, in order. */
  results: GqlResult<T>[];
  /** Resolves when `count` results have arrived in all (rejects after `timeoutMs`). */
  received(count: number, timeoutMs?: number): Promise<GqlResult<T>[]>;
  /** Settles when the server ends the operation: with its errors, or none when it completed. */
  ended: Promise<unknown>;
  close(): Promise<void>;
}

/** A graphql-ws client on `wsUrl`, with `authorization` in connectionParams when a token is given. */
export function wsClient(wsUrl: string, token?: string): Client {
  return createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** Subscribes and collects results; `ready` resolves once the server acknowledged the connection. */
export function subscribe<T = Record<string, any>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const results: GqlResult<T>[] = [];
  const waiters: (() => void)[] = [];
  let end!: (value: unknown) => void;
  const ended = new Promise((resolve) => (end = resolve));
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        results.push(value as GqlResult<T>);
        waiters.splice(0).forEach((w) => w());
      },
      error: (err) => end(err),
      complete: () => end(null),
    },
  );
  return {
    results,
    ended,
    received: (count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`got ${results.length} of ${count} events: ${JSON.stringify(results)}`)),
          timeoutMs,
        );
        const check = () => {
          if (results.length >= count) {
            clearTimeout(timer);
            resolve(results.slice(0, count));
          } else waiters.push(check);
        };
        check();
      }),
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

/** Resolves once the client's connection is acknowledged (so a subscription sent on it is registered soon). */
export const connected = (client: Client) => new Promise<void>((resolve) => client.on('connected', () => resolve()));
