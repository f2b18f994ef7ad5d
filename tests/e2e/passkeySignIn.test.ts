// Passkeys through the console in a real browser: Chromium's virtual authenticator (CDP's WebAuthn domain: CTAP2,
// internal, resident keys, user verified) makes and uses a real credential through navigator.credentials, against
// the server at http://localhost:<port> (WebAuthn refuses IP-address origins; Chromium maps localhost to loopback
// without DNS), whose PUBLIC_URL is that origin. A person signs in with a password on the sign-in page, adds a
// passkey on My account, signs out in the header, signs in with the sign-in page's passkey button, and the
// header names them; then removes the passkey, which no longer signs anyone in.
import request from 'supertest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { createUserWithPassword } from '../helpers/factories';
import { newTraffic, openPage, startBrowserSession, stopBrowserSession, type BrowserSession } from './browser';
import { seriousViolations, signIn } from './consolePages';

let session: BrowserSession;
let context: BrowserContext;
let page: Page;
let cdp: CDPSession;
let authenticatorId: string;
const traffic = newTraffic();

beforeAll(async () => {
  session = await startBrowserSession({ localhost: true });
  ({ context, page } = await openPage(session.browser, traffic));
  cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  ({ authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  }));
}, 120_000);
afterAll(async () => {
  await context?.close();
  await stopBrowserSession(session ?? {});
});

const ME = 'query Me { me { name passkeys { name lastUsedAt } } }';

it('signs in with a password, adds a passkey on My account, signs out, and signs in with the passkey button', async () => {
  const { server } = session;
  expect(server.baseUrl).toMatch(/^http:\/\/localhost:\d+$/);
  const alice = await createUserWithPassword(server.s.db, 'ANALYST', 'alice');

  await page.goto(`${server.baseUrl}/admin/`);
  await signIn(page, alice);
  await page.locator('#nav-account').click();
  await page.locator('#no-passkeys').waitFor();
  await page.locator('#passkey-name').fill('Chromium');
  await page.locator('#passkey-add').click();
  await page.locator('#account-status', { hasText: 'Passkey “Chromium” added.' }).waitFor();
  const row = page.locator('#passkey-table tbody tr', { hasText: 'Chromium' });
  await row.waitFor();
  expect(await row.locator('td').nth(1).textContent()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  expect(await row.locator('td').nth(2).textContent()).toBe('never');
  expect(await seriousViolations(page)).toEqual([]);
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials.map((c) => c.isResidentCredential)).toEqual([true]);

  await page.locator('#sign-out').click();
  await page.locator('#me-status[data-state=anonymous]').waitFor();

  // No name: the authenticator offers its discoverable credential.
  await page.locator('#sign-in-link').click();
  await page.locator('#signin-passkey').click();
  await page.locator('#me-status[data-state=signed-in]', { hasText: 'alice' }).waitFor();
  await page.waitForURL((url) => !url.hash.startsWith('#/sign-in'));

  // My account shows its use.
  await page.locator('#nav-account').click();
  await page.locator('#passkey-table').waitFor();
  expect(await row.locator('td').nth(2).textContent()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);

  // The cookie itself: HttpOnly (the page's script never saw it), and it works from outside the browser too.
  const cookie = (await context.cookies()).find((c) => c.name === 'tracker_session')!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', domain: 'localhost' });
  const outside = await request(server.s.http)
    .post('/graphql')
    .set({ cookie: `tracker_session=${cookie.value}`, origin: server.baseUrl })
    .send({ query: ME });
  expect(outside.body.data.me).toEqual({
    name: 'alice',
    passkeys: [{ name: 'Chromium', lastUsedAt: expect.any(String) }],
  });
  expect(
    (await server.s.db.auditEntry.findMany({ orderBy: { id: 'asc' } }))
      .map((e) => e.operation)
      .filter((o) => o !== 'signOut'),
  ).toEqual(['signIn', 'addPasskey', 'passkeySignIn']);
});

it('removes the passkey on My account, after which the passkey button no longer signs in', async () => {
  const { server } = session;
  await page.goto(`${server.baseUrl}/admin/#/account`);
  await page.getByRole('button', { name: 'Remove passkey Chromium' }).click();
  await page.locator('#account-status', { hasText: 'Passkey removed.' }).waitFor();
  await page.locator('#no-passkeys').waitFor();
  expect(await server.s.db.passkey.count({ where: { user: { name: 'alice' } } })).toBe(0);

  await page.locator('#sign-out').click();
  await page.locator('#me-status[data-state=anonymous]').waitFor();
  await page.locator('#sign-in-link').click();
  await page.locator('#signin-passkey').click();
  await page.locator('#signin-error:not(:empty)').waitFor();
  expect(await page.locator('#signin-error').textContent()).toBe(
    'This passkey was not accepted: it may have been removed from its account, or the account disabled.',
  );
  expect(await page.locator('#me-status').getAttribute('data-state')).toBe('anonymous');
});

it('met no CSP violation or uncaught error', () => {
  expect(traffic.problems).toEqual([]);
});
