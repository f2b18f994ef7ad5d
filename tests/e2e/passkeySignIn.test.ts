// Passkeys in a real browser: Chromium's virtual authenticator (CDP's WebAuthn domain: CTAP2, internal, resident
// keys, user verified) makes and uses a real credential through navigator.credentials, against the server at
// http://localhost:<port> (WebAuthn refuses IP-address origins; Chromium maps localhost to loopback without
// DNS), whose PUBLIC_URL is that origin. The page's own script calls the routes, as the console will: sign in
// with a password, add a passkey, sign out, sign in with the passkey, and `me` answers by the new cookie.
import request from 'supertest';
import { hash } from '@node-rs/argon2';
import type { BrowserContext, Page } from 'playwright-core';
import { startBrowserSession, stopBrowserSession, type BrowserSession } from './browser';

const PASSWORD = 'a long enough passphrase';

let session: BrowserSession;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  session = await startBrowserSession({ localhost: true });
  context = await session.browser.newContext();
  page = await context.newPage();
}, 120_000);
afterAll(async () => {
  await context?.close();
  await stopBrowserSession(session ?? {});
});

/** POSTs JSON from the page, as its script would; the status and the body (JSON when there is one). */
const postFromPage = (path: string, body: unknown) =>
  page.evaluate(
    async ([path, body]) => {
      const res = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    [path, body] as const,
  );

/** What the page's script uses of WebAuthn: the tests compile without the DOM library. */
interface PageWebAuthn {
  navigator: {
    credentials: {
      create(options: { publicKey: unknown }): Promise<{ toJSON(): unknown }>;
      get(options: { publicKey: unknown }): Promise<{ toJSON(): unknown }>;
    };
  };
  PublicKeyCredential: {
    parseCreationOptionsFromJSON(json: unknown): unknown;
    parseRequestOptionsFromJSON(json: unknown): unknown;
  };
}

const ME = 'query Me { me { name passkeys { name lastUsedAt } } }';

it('signs in with a password, adds a passkey, signs out, and signs in with the passkey', async () => {
  const { server } = session;
  expect(server.baseUrl).toMatch(/^http:\/\/localhost:\d+$/);
  await server.s.db.user.create({ data: { name: 'alice', role: 'ANALYST', passwordHash: await hash(PASSWORD) } });

  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  await page.goto(`${server.baseUrl}/admin/`);

  expect((await postFromPage('/auth/password', { name: 'alice', password: PASSWORD })).status).toBe(204);

  const added = await page.evaluate(async () => {
    const post = (path: string, body: unknown) =>
      fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const { navigator, PublicKeyCredential } = globalThis as unknown as PageWebAuthn;
    const options = await (await post('/auth/passkey/register/options', {})).json();
    const credential = await navigator.credentials.create({
      publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options),
    });
    const res = await post('/auth/passkey/register', { response: credential.toJSON(), name: 'Chromium' });
    return { status: res.status, body: await res.json() };
  });
  expect(added).toEqual({ status: 201, body: { id: expect.any(String), name: 'Chromium' } });
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials.map((c) => c.isResidentCredential)).toEqual([true]);

  expect((await postFromPage('/auth/logout', {})).status).toBe(204);
  expect((await postFromPage('/graphql', { query: ME })).body.data.me).toBeNull();

  // No name: the authenticator offers its discoverable credential.
  const signedIn = await page.evaluate(async () => {
    const post = (path: string, body: unknown) =>
      fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const { navigator, PublicKeyCredential } = globalThis as unknown as PageWebAuthn;
    const options = await (await post('/auth/passkey/options', {})).json();
    const credential = await navigator.credentials.get({
      publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options),
    });
    return (await post('/auth/passkey', credential.toJSON())).status;
  });
  expect(signedIn).toBe(204);

  const me = (await postFromPage('/graphql', { query: ME })).body.data.me;
  expect(me).toEqual({ name: 'alice', passkeys: [{ name: 'Chromium', lastUsedAt: expect.any(String) }] });

  // The cookie itself: HttpOnly (the page's script never saw it), and it works from outside the browser too.
  const cookie = (await context.cookies()).find((c) => c.name === 'tracker_session')!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', domain: 'localhost' });
  const outside = await request(server.s.http)
    .post('/graphql')
    .set({ cookie: `tracker_session=${cookie.value}`, origin: server.baseUrl })
    .send({ query: ME });
  expect(outside.body.data.me.name).toBe('alice');
  expect(
    (await server.s.db.auditEntry.findMany({ orderBy: { id: 'asc' } }))
      .map((e) => e.operation)
      .filter((o) => o !== 'signOut'),
  ).toEqual(['signIn', 'addPasskey', 'passkeySignIn']);
});
