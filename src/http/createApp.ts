// The one way to assemble the application: the Apollo server over the schema, started, and the Express app
// that serves it. index.ts, the tests and the benchmark all build it here, so that none of them wires the
// pieces differently.
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { AppContext } from '../context';
import type { Db } from '../db/client';
import { createSchema, createServer } from '../graphql/server';
import { ChangeHub } from '../domain/live/changeHub';
import { createHttpApp } from './app';
import { serveSubscriptions } from './subscriptions';
import { createContext, type RequestHeaders } from './requestContext';

export interface AppDeps {
  config: Config;
  db: Db;
  log: Logger;
  /** When given, stopping the app drains this server's in-flight requests first (SHUTDOWN_GRACE_MS). */
  httpServer?: http.Server;
}

export interface App {
  apollo: ApolloServer<AppContext>;
  /** The request handler: /graphql, the probes and the web pages. */
  handler: Express;
  /** A context as a request with these headers would get it (for executeOperation). */
  contextFor(headers?: RequestHeaders): Promise<AppContext>;
  /**
   * Serves subscriptions (graphql-ws) on `httpServer`'s `/graphql`, fed by one LISTEN connection to
   * `databaseUrl` (domain/live/changeHub.ts); `stop` closes both. Resolves once the LISTEN is in place.
   */
  serveSubscriptions(httpServer: http.Server, databaseUrl: string): Promise<void>;
  /** Stops subscriptions and Apollo (draining httpServer when one was given); the database client stays the caller's. */
  stop(): Promise<void>;
}

export async function createApp(deps: AppDeps): Promise<App> {
  const { config, db, log } = deps;
  const schema = createSchema();
  const apollo = createServer({ config, log, schema });
  if (deps.httpServer) {
    apollo.addPlugin(
      ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
    );
  }
  await apollo.start();
  const closers: (() => Promise<void>)[] = [];
  return {
    apollo,
    handler: createHttpApp({ apollo, db, config, log }),
    contextFor: (headers = {}) => createContext({ db, config, log }, { headers }),
    async serveSubscriptions(httpServer, databaseUrl) {
      const hub = await ChangeHub.start(db, databaseUrl, log);
      closers.push(() => hub.close());
      closers.push(serveSubscriptions({ httpServer, schema, hub, db, config, log }));
    },
    async stop() {
      // Subscribers first (newest first): they are told the server is going, then in-flight requests drain.
      for (const close of closers.splice(0).reverse()) await close();
      await apollo.stop();
    },
  };
}
