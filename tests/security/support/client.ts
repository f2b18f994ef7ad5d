// A GraphQL-over-HTTP client for one test file: one listening server, supertest requests against it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import request from 'supertest';
import { lateBound } from '../../helpers/lateBound';

export interface HttpClient {
  server: http.Server;
  post(body: unknown, token?: string | null, headers?: Record<string, string>): request.Test;
  close(): Promise<void>;
}

export async function httpClient(app: Express): Promise<HttpClient> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    post(body, token, headers = {}) {
      const req = request(url).post('/graphql').set(headers);
      if (token) req.set('authorization', `Bearer ${token}`);
      return typeof body === 'string'
        ? req.set('content-type', headers['content-type'] ?? 'application/json').send(body)
        : req.send(body as object);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A listening client for the file's server (useTestServer), opened before its tests and closed after them. */
export function useHttpClient(s: { http: Express }): HttpClient {
  let client: HttpClient | undefined;
  beforeAll(async () => {
    client = await httpClient(s.http);
  });
  afterAll(async () => {
    await client?.close();
  });
  return lateBound(() => client, 'the HTTP client');
}
