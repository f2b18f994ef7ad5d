// How the server serves the two pages (no browser): redirects, headers, caching, the "not built" answer,
// and the playground switch. Browser behaviour is in playground.test.ts and console.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createHttpApp } from '../../src/http/app';
import { CSP, cacheControlFor, webPage } from '../../src/http/webPages';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../helpers/testServer';
import { ensureWebBuilt } from './browser';

let s: TestServer;
beforeAll(async () => {
  [s] = await Promise.all([startTestServer(), ensureWebBuilt()]);
}, 120_000);
afterAll(async () => {
  await s.close();
});

/** The same app as the server's, under another environment (createHttpApp starts nothing). */
function appWith(env: Record<string, string>) {
  const config = loadConfig({ LOG_LEVEL: 'silent', ADMIN_TOKEN, DATABASE_URL: s.url, ...env });
  return createHttpApp({ apollo: s.apollo, db: s.db, config, log: createLogger(config) });
}

describe('serving the pages', () => {
  it.each(['playground', 'admin'] as const)('redirects /%s to the folder, keeping the query string', async (page) => {
    const res = await request(s.http).get(`/${page}?tab=2`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`/${page}/?tab=2`);
  });

  it.each(['playground', 'admin'] as const)(
    'sends /%s/ with its CSP, frame-ancestors, nosniff and no-referrer',
    async (page) => {
      const res = await request(s.http).get(`/${page}/`);
      expect(res.status).toBe(200);
      expect(res.headers).toMatchObject({
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CSP[page],
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      });
      expect(CSP[page]).toContain("frame-ancestors 'none'");
      // The header repeats the page's own meta policy, with frame-ancestors added.
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(res.text)?.[1];
      expect(`${meta}; frame-ancestors 'none'`).toBe(CSP[page]);
    },
  );

  it('sends scripts as text/javascript that revalidate by ETag', async () => {
    const first = await request(s.http).get('/admin/main.js');
    expect(first.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    });
    expect(first.headers.etag).toBeTruthy();
    const again = await request(s.http).get('/admin/main.js').set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
  });

  it('caches content-hashed files for a year and makes every other file revalidate', () => {
    expect(cacheControlFor('/x/codicon-37A3DWZT.ttf')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('/x/font-0f1d521993.woff2')).toBe('public, max-age=31536000, immutable');
    for (const file of ['index.html', 'main.js', 'main.css', 'json.worker.js', 'favicon.svg'])
      expect(cacheControlFor(file)).toBe('no-cache');
  });

  it('answers an unknown file with a plain 404 that still carries the headers', async () => {
    const res = await request(s.http).get('/admin/nope.js');
    expect(res.status).toBe(404);
    expect(res.headers['content-security-policy']).toBe(CSP.admin);
  });

  it('says "not built yet" with 503 when web/dist lacks the page', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'webdist-'));
    try {
      const app = express().use('/admin', webPage('admin', empty));
      const res = await request(app).get('/admin/');
      expect(res.status).toBe(503);
      expect(res.text).toBe('The admin is not built yet: run "npm run build:web".');
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('the playground switch', () => {
  it('serves the playground in development, and hides it in production unless PLAYGROUND=true', async () => {
    expect((await request(appWith({ NODE_ENV: 'development' })).get('/playground/')).status).toBe(200);
    expect((await request(appWith({ NODE_ENV: 'production' })).get('/playground/')).status).toBe(404);
    expect((await request(appWith({ NODE_ENV: 'production', PLAYGROUND: 'true' })).get('/playground/')).status).toBe(
      200,
    );
  });

  it('keeps the console in production and, without the public site, sends / to it when the playground is off', async () => {
    const prod = appWith({ NODE_ENV: 'production', PUBLIC_SITE: 'false' });
    expect((await request(prod).get('/admin/')).status).toBe(200);
    expect((await request(prod).get('/')).headers.location).toBe('/admin/');
    const dev = appWith({ NODE_ENV: 'development', PUBLIC_SITE: 'false' });
    expect((await request(dev).get('/')).headers.location).toBe('/playground/');
  });
});
