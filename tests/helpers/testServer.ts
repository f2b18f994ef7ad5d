// Runs operations through the real Apollo server with a real context, against the file's own database.
import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import type { Express } from 'express';
import type { DestinationStream } from 'pino';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import type { AppContext } from '../../src/context';
import { createApp } from '../../src/http/createApp';
import { createTestDatabase, resetDatabase, type TestDatabase } from './database';
import { lateBound } from './lateBound';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

export interface TestServer extends TestDatabase {
  config: Config;
  apollo: ApolloServer<AppContext>;
  http: Express;
  /**
   * Executes one operation; `token` becomes the Authorization header. A TypedDocumentNode generated from
   * tests/operations/ types the variables and the data; a string (hostile or built input) types neither.
   */
  exec<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: NoInfer<TVariables>,
    token?: string | null,
  ): Promise<GqlResult<TData>>;
  exec<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GqlResult<T>>;
  contextFor(token?: string | null): Promise<AppContext>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Receives the server's JSON log lines; the level then defaults to info instead of silent. */
  logDestination?: DestinationStream;
}

export async function startTestServer(
  env: Record<string, string> = {},
  options: TestServerOptions = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const logLevel = options.logDestination ? 'info' : 'silent';
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: logLevel, ADMIN_TOKEN, DATABASE_URL: database.url, ...env });
  const log = createLogger(config, options.logDestination);
  const app = await createApp({ db: database.db, config, log });
  const { apollo } = app;
  const contextFor = (token?: string | null) => app.contextFor(token ? { authorization: `Bearer ${token}` } : {});
  return {
    ...database,
    config,
    apollo,
    http: app.handler,
    contextFor,
    async exec(query: string | DocumentNode, variables?: Record<string, unknown>, token: string | null = null) {
      const res = await apollo.executeOperation({ query, variables }, { contextValue: await contextFor(token) });
      if (res.body.kind !== 'single') throw new Error('expected a single (non-incremental) result');
      // Round-trip through JSON so tests see exactly what a client would (dates as strings).
      return JSON.parse(JSON.stringify(res.body.singleResult)) as GqlResult<any>;
    },
    reset: () => resetDatabase(database.db),
    async close() {
      await app.stop();
      await database.drop();
    },
  };
}

/** Asserts that a result failed with one error of the given code, and returns that error's message. */
export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export interface UseTestServerOptions extends TestServerOptions {
  env?: Record<string, string>;
  /** Empty every table before each test. */
  reset?: boolean;
}

/**
 * The file's (or describe block's) test server: started before its tests, stopped after them, and with
 * `reset` emptied before each one. Returns a stand-in that forwards to the server once it has started, so
 * that tests use `s.db`, `s.exec(…)` as with a variable assigned in beforeAll, without each file repeating
 * the hooks.
 */
export function useTestServer(options: UseTestServerOptions = {}): TestServer {
  const { env, reset, ...serverOptions } = options;
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(env, serverOptions);
  });
  afterAll(async () => {
    await server?.close();
  });
  if (reset)
    beforeEach(async () => {
      await server!.reset();
    });
  return lateBound(() => server, 'the test server');
}
