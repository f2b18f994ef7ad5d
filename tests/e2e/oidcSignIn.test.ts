// Signing in through a real OpenID provider in Chromium: oidc-provider on 127.0.0.1 with its login form, the
// tracker on another 127.0.0.1 port. The browser starts at /auth/oidc/start, fills in the provider's form,
// lands on the console (/admin/) with the session cookie, logs progress from the page with that cookie, signs
// out with POST /auth/logout, and the old cookie then signs nobody in.
import type http from 'node:http';
import type { Browser } from 'playwright-core';
import { createOwner, createRecommendation, linkOwner } from '../helpers/factories';
import { CLIENT_ID, CLIENT_SECRET, listenLater, startTestProvider, type TestProvider } from '../helpers/oidcProvider';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { ensureWebBuilt, launchChromium, newTraffic, nonLocalUrls, openPage, screenshot } from './browser';

let browser: Browser;
let provider: TestProvider;
let s: TestServer;
let tracker: { server: http.Server; origin: string };
const traffic = newTraffic();

beforeAll(async () => {
  tracker = await listenLater();
  [provider, browser] = await Promise.all([startTestProvider(tracker.origin), launchChromium(), ensureWebBuilt()]);
  s = await startTestServer({
    PUBLIC_URL: tracker.origin,
    OIDC_ALLOW_HTTP: 'true',
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_SCOPES: 'openid profile tracker',
    OIDC_ROLE_CLAIM: 'roles',
    OIDC_INSTITUTION_CLAIM: 'institutions',
    OIDC_ROLE_MAP: JSON.stringify({ analysts: 'ANALYST' }),
    // The first owner this file creates.
    OIDC_INSTITUTION_MAP: JSON.stringify({ 'ministry-a': '1' }),
  });
  tracker.server.on('request', s.http);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  tracker?.server.closeAllConnections();
  await new Promise((resolve) => tracker?.server.close(resolve));
  await provider?.close();
  await s?.close();
});

const ME = 'query Me { me { name role memberships { name } } }';
const LOG = `mutation Log($input: LogProgressInput!) {
  logProgress(input: $input) { recommendation { code status progress } update { actor note } }
}`;

it('signs in through the provider’s form, lands on the console signed in, logs progress, signs out, and the old cookie no longer works', async () => {
  const owner = await createOwner(s.db, { name: 'Ministry A' });
  const record = await createRecommendation(s.db);
  await linkOwner(s.db, { recommendationId: record.id, ownerId: owner.id });
  provider.accounts.set('sub-e2e', {
    preferred_username: 'wang.fang',
    roles: ['analysts'],
    institutions: ['ministry-a'],
  });

  const { context, page } = await openPage(browser, traffic);
  await page.goto(`${tracker.origin}/auth/oidc/start`);
  // The provider's own page, on its own origin.
  expect(new URL(page.url()).origin).toBe(provider.issuer);
  await page.locator('input[name=login]').fill('sub-e2e');
  await Promise.all([page.waitForURL(`${tracker.origin}/admin/`), page.locator('button[type=submit]').click()]);
  await screenshot(page, 'oidc-signed-in');

  const cookies = await context.cookies(tracker.origin);
  const session = cookies.find((c) => c.name === 'tracker_session')!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
  // The pending sign-in's cookie is gone once used.
  expect(cookies.map((c) => c.name)).not.toContain('tracker_oidc_login');

  const graphql = (query: string, variables: Record<string, unknown> = {}) =>
    page.evaluate(
      async ([q, v]) => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: q, variables: v }),
        });
        return res.json() as Promise<{ data?: Record<string, unknown>; errors?: unknown[] }>;
      },
      [query, variables] as const,
    );
  expect(await graphql(ME)).toEqual({
    data: { me: { name: 'wang.fang', role: 'ANALYST', memberships: [{ name: 'Ministry A' }] } },
  });
  const input = { code: record.code, note: 'Pilot rules published', status: 'IN_PROGRESS', progress: 20 };
  expect(await graphql(LOG, { input })).toEqual({
    data: {
      logProgress: {
        recommendation: { code: record.code, status: 'IN_PROGRESS', progress: 20 },
        update: { actor: 'wang.fang', note: 'Pilot rules published' },
      },
    },
  });

  const loggedOut = await page.evaluate(async () => (await fetch('/auth/logout', { method: 'POST' })).status);
  expect(loggedOut).toBe(204);
  expect(await graphql(ME)).toEqual({ data: { me: null } });
  // The old cookie, sent again by anyone who kept it, is no session.
  const replay = await fetch(`${tracker.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: tracker.origin, cookie: `tracker_session=${session.value}` },
    body: JSON.stringify({ query: ME }),
  });
  expect(await replay.json()).toEqual({ data: { me: null } });
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
  await context.close();
});
