// Browser-test harness: builds web/dist when missing or stale, serves the real app on 127.0.0.1 with the
// file's own database, and drives Chromium through playwright-core. Nothing here downloads: globalSetup
// picks the browser (CHROMIUM_PATH, Debian's /usr/bin/chromium, or the one @sparticuz/chromium ships).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/testServer';

const ROOT = path.join(__dirname, '..', '..');
const WEB = path.join(ROOT, 'web');
const DIST = path.join(WEB, 'dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
const DOC_SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

/** Set by globalSetup (tests/setup/browserPath.ts) for every worker. */
const chromiumPath = (): string => {
  const resolved = process.env.E2E_CHROMIUM_PATH;
  if (!resolved)
    throw new Error(
      process.env.E2E_CHROMIUM_ERROR ??
        'E2E_CHROMIUM_PATH is not set: run the browser tests through jest (globalSetup).',
    );
  return resolved;
};
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function newestSourceMtime(dir = WEB): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Both apps are built, and no later than their sources last changed (index.html is copied last). */
function webIsFresh(): boolean {
  const built = ['playground', 'admin'].map((app) => path.join(DIST, app, 'index.html'));
  if (!built.every((f) => fs.existsSync(f))) return false;
  return Math.min(...built.map((f) => fs.statSync(f).mtimeMs)) >= newestSourceMtime();
}

function runBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(WEB, 'build.mjs')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`node web/build.mjs exited with ${code}:\n${stderr}`)),
    );
  });
}

/**
 * Builds web/dist when it is missing or older than web/'s sources. Test files run in parallel (and
 * build.mjs empties its output first), so one process builds under a lock folder while others wait.
 */
export async function ensureWebBuilt(): Promise<void> {
  if (webIsFresh()) return;
  fs.mkdirSync(DIST, { recursive: true });
  const lock = path.join(DIST, '.e2e-build-lock');
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs;
      if (age > 120_000) fs.rmSync(lock, { recursive: true, force: true }); // left by a killed run
      await sleep(200);
    }
  }
  try {
    if (!webIsFresh()) await runBuild();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface E2eServer {
  s: TestServer;
  baseUrl: string;
  close(): Promise<void>;
}

/** How a file's server is reached. */
export interface E2eServerOptions {
  /**
   * Serve at http://localhost:<port> (still on 127.0.0.1; Chromium maps localhost to loopback without DNS), with
   * PUBLIC_URL set to it: WebAuthn refuses IP-address origins, so passkey tests need a name.
   */
  localhost?: boolean;
  /** More settings for the server (SCOPED_EDITING, …); PUBLIC_URL is always the address it listens on. */
  env?: Record<string, string>;
}

/**
 * The real app (createApp's handler) listening on an ephemeral loopback port. The port is taken first, so that
 * PUBLIC_URL can name it: the session cookie's writes must come from that origin (src/http/sameOrigin.ts).
 */
async function startE2eServer(options: E2eServerOptions = {}): Promise<E2eServer> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${options.localhost ? 'localhost' : '127.0.0.1'}:${port}`;
  let s: TestServer;
  try {
    s = await startTestServer({ ...options.env, PUBLIC_URL: baseUrl });
  } catch (error) {
    server.close();
    throw error;
  }
  server.on('request', s.http);
  return {
    s,
    baseUrl,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await s.close();
    },
  };
}

/** What a file's pages asked for and complained about, across all of its browser contexts. */
export interface Traffic {
  urls: string[];
  problems: string[];
}

export const newTraffic = (): Traffic => ({ urls: [], problems: [] });

/** A fresh context (empty localStorage), 1280×800 unless told, in English, recording every request and page error. */
export async function openPage(
  browser: Browser,
  traffic: Traffic,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport,
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  context.on('request', (request) => traffic.urls.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => traffic.problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) traffic.problems.push(`csp: ${message.text()}`);
  });
  return { context, page };
}

/** The URLs whose host is not 127.0.0.1 (data: and blob: URLs never leave the browser). */
export function nonLocalUrls(urls: string[]): string[] {
  return urls.filter((url) => {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
    return u.hostname !== '127.0.0.1';
  });
}

/** Saves a PNG under test-artifacts/e2e/; with UPDATE_SCREENSHOTS=1 also under docs/screenshots/. */
export async function screenshot(page: Page, name: string, forDocs = false): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (forDocs && process.env.UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(DOC_SCREENSHOTS, { recursive: true });
    fs.copyFileSync(file, path.join(DOC_SCREENSHOTS, `${name}.png`));
  }
  return file;
}

export const isoDaysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export interface BrowserSession {
  server: E2eServer;
  browser: Browser;
}

/** What every browser-test file starts: the web pages built, the app on its own database, and Chromium. */
export async function startBrowserSession(options: E2eServerOptions = {}): Promise<BrowserSession> {
  const [, server, browser] = await Promise.all([ensureWebBuilt(), startE2eServer(options), launchChromium()]);
  return { server, browser };
}

/** Stops what startBrowserSession started (either may be missing when starting failed). */
export async function stopBrowserSession(session: Partial<BrowserSession>): Promise<void> {
  await session.browser?.close();
  await session.server?.close();
}
