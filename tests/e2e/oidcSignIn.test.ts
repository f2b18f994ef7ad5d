// Signing in through a real OpenID provider in Chromium, as a person does: oidc-provider on 127.0.0.1 with its
// login form, the tracker on another 127.0.0.1 port. The person opens the console (/admin/), clicks the
// provider's button on its sign-in page, fills in the provider's form, lands back in the console signed in (the
// header names them), logs progress with the record page's form, signs out with the header's button, and the
// old cookie then signs nobody in.
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

it('signs in with the provider’s button and form, lands in the console signed in, logs progress there, signs out, and the old cookie no longer works', async () => {
  const owner = await createOwner(s.db, { name: 'Ministry A', nameEn: 'Ministry A' });
  const record = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 10 });
  await linkOwner(s.db, { recommendationId: record.id, ownerId: owner.id });
  provider.accounts.set('sub-e2e', {
    preferred_username: 'wang.fang',
    roles: ['analysts'],
    institutions: ['ministry-a'],
  });

  const { context, page } = await openPage(browser, traffic);
  await page.goto(`${tracker.origin}/admin/`);
  await page.locator('#me-status[data-state=anonymous]').waitFor();
  await page.locator('#sign-in-link').click();
  const button = page.locator('#signin-providers a[data-provider]');
  expect(await button.textContent()).toBe('Sign in with Single sign-on');
  await button.click();
  // The provider's own page, on its own origin.
  await page.locator('input[name=login]').waitFor();
  expect(new URL(page.url()).origin).toBe(provider.issuer);
  await page.locator('input[name=login]').fill('sub-e2e');
  await Promise.all([
    page.waitForURL((url) => url.origin === tracker.origin && url.pathname === '/admin/'),
    page.locator('button[type=submit]').click(),
  ]);
  // Back in the console, signed in: the header names the person, their role and institution.
  await page.locator('#me-status[data-state=signed-in]').waitFor();
  expect(await page.locator('#me-status').textContent()).toBe('Signed in as wang.fang (analyst)');
  expect(await page.locator('#me-institutions').textContent()).toBe('Institutions: Ministry A');
  await screenshot(page, 'oidc-signed-in');

  const cookies = await context.cookies(tracker.origin);
  const session = cookies.find((c) => c.name === 'tracker_session')!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
  // The pending sign-in's cookie is gone once used.
  expect(cookies.map((c) => c.name)).not.toContain('tracker_oidc_login');

  // Progress, logged with the record page's form.
  await page.goto(`${tracker.origin}/admin/#/r/${record.code}`);
  await page.locator('#rec-code', { hasText: record.code }).waitFor();
  await page.locator('#log-form').waitFor();
  await page.locator('#note-input').fill('Pilot rules published');
  await page.locator('#progress-input').fill('20');
  await page.locator('#submit-log').click();
  await page.locator('#form-status:not(:empty)').waitFor();
  expect(await page.locator('#form-error').textContent()).toBe('');
  const updates = await s.db.progressUpdate.findMany({ select: { actorName: true, note: true, progress: true } });
  expect(updates).toEqual([{ actorName: 'wang.fang', note: 'Pilot rules published', progress: 20 }]);

  // Signing out with the header's button.
  await page.locator('#sign-out').click();
  await page.locator('#me-status[data-state=anonymous]').waitFor();
  expect(await page.locator('#sign-in-link').isVisible()).toBe(true);
  expect((await context.cookies(tracker.origin)).map((c) => c.name)).not.toContain('tracker_session');
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
