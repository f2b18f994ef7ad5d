// Sign-in through a real OpenID provider (oidc-provider, on 127.0.0.1 in this file), driven over HTTP: the
// authorization-code flow with PKCE, state and nonce, users provisioned by (issuer, sub) with the role and
// institutions their claims map to, and a session exactly like a password sign-in's.
import { createOwner } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { TestBrowser } from '../helpers/oidcBrowser';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  closedOrigin,
  listenLater,
  startTestProvider,
  type TestProvider,
} from '../helpers/oidcProvider';
import { toGlobalId } from '../../src/domain/globalId';
import type http from 'node:http';
import { hash } from '@node-rs/argon2';

const ME = 'query Me { me { name role memberships { name } sessions { current } } }';
const PASSWORD = 'a long enough passphrase';

let s: TestServer;
let provider: TestProvider;
let tracker: { server: http.Server; origin: string };

beforeAll(async () => {
  tracker = await listenLater();
  provider = await startTestProvider(tracker.origin);
  const down = await closedOrigin();
  s = await startTestServer({
    PUBLIC_URL: tracker.origin,
    OIDC_ALLOW_HTTP: 'true',
    OIDC_PROVIDERS: JSON.stringify([
      {
        id: 'ministry',
        label: 'Ministry sign-in',
        issuer: provider.issuer,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        scopes: 'openid profile email tracker',
        roleClaim: 'roles',
        institutionClaim: 'institutions',
      },
      { id: 'down', label: 'Provider that is down', issuer: down, clientId: 'x', clientSecret: 'y' },
    ]),
    OIDC_ROLE_MAP: JSON.stringify({ 'tracker-analyst': 'ANALYST', 'tracker-admin': 'ADMIN' }),
    OIDC_INSTITUTION_MAP: JSON.stringify({ 'ministry-a': toGlobalId('Owner', 1), 'ministry-b': '2' }),
  });
  tracker.server.on('request', s.http);
});

afterAll(async () => {
  await new Promise((resolve) => tracker?.server.close(resolve));
  await provider?.close();
  await s?.close();
});

beforeEach(async () => {
  await s.reset();
  provider.tamper = null;
  provider.accounts.clear();
  await createOwner(s.db, { name: 'Ministry A' });
  await createOwner(s.db, { name: 'Ministry B' });
});

const me = async (browser: TestBrowser) => {
  const res = await browser.request(`${tracker.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: tracker.origin },
    body: JSON.stringify({ query: ME }),
  });
  return ((await res.json()) as { data: { me: unknown } }).data.me;
};

it('provisions a user on first sign-in with the mapped role and institution, and the session cookie signs in on /graphql', async () => {
  provider.accounts.set('sub-li', {
    preferred_username: 'li.wei',
    roles: ['tracker-analyst'],
    institutions: ['ministry-a'],
  });
  const browser = new TestBrowser();
  const landing = await browser.go(`${tracker.origin}/auth/oidc/start?provider=ministry`, 'sub-li');
  expect(landing.url).toBe(`${tracker.origin}/admin/`);
  expect(await me(browser)).toEqual({
    name: 'li.wei',
    role: 'ANALYST',
    memberships: [{ name: 'Ministry A' }],
    sessions: [{ current: true }],
  });
  expect(
    await s.db.oidcIdentity.findMany({ select: { issuer: true, subject: true, user: { select: { name: true } } } }),
  ).toEqual([{ issuer: provider.issuer, subject: 'sub-li', user: { name: 'li.wei' } }]);
});

const start = (id = 'ministry') => `${tracker.origin}/auth/oidc/start?provider=${id}`;
const isCallback = (url: string) => url.startsWith(`${tracker.origin}/auth/oidc/callback`);
const LOGIN_COOKIE = 'tracker_oidc_login';

/** Signs in through the provider up to its redirect back to the tracker, and returns that callback URL. */
async function untilCallback(browser: TestBrowser, account = 'sub-li') {
  return (await browser.go(start(), account, isCallback)).url;
}

const audit = async () =>
  (await s.db.auditEntry.findMany({ orderBy: { id: 'asc' } })).map((e) => ({
    actor: e.actorName,
    operation: e.operation,
    target: e.targetId,
    after: e.after,
  }));

it('audits the provisioning and the sign-in, and a second sign-in updates the role and memberships from the claims without a second user', async () => {
  provider.accounts.set('sub-li', {
    preferred_username: 'li.wei',
    roles: ['tracker-analyst'],
    institutions: ['ministry-a'],
  });
  const browser = new TestBrowser();
  await browser.go(start(), 'sub-li');
  const first = browser.jar.get('tracker_session');
  provider.accounts.set('sub-li', {
    preferred_username: 'li.wei',
    roles: ['tracker-admin'],
    institutions: ['ministry-b'],
  });
  const again = await browser.go(start(), 'sub-li');
  expect(again.url).toBe(`${tracker.origin}/admin/`);
  // A new session id, and the one the browser held is over.
  expect(browser.jar.get('tracker_session')).not.toEqual(first);
  expect(await me(browser)).toEqual({
    name: 'li.wei',
    role: 'ADMIN',
    memberships: [{ name: 'Ministry B' }],
    sessions: [{ current: true }],
  });
  expect(await s.db.user.count()).toBe(1);
  expect(await s.db.oidcIdentity.count()).toBe(1);
  expect((await audit()).map((e) => [e.actor, e.operation, e.target])).toEqual([
    ['li.wei', 'provisionUser', 'li.wei'],
    ['li.wei', 'signIn', 'li.wei'],
    ['li.wei', 'applyOidcClaims', 'li.wei'],
    ['li.wei', 'signIn', 'li.wei'],
  ]);
  const [provisioned, signedIn, applied] = await audit();
  expect(provisioned.after).toEqual({
    via: 'oidc',
    provider: 'ministry',
    issuer: provider.issuer,
    subject: 'sub-li',
    role: 'ANALYST',
    memberships: ['Ministry A'],
  });
  expect(signedIn.after).toMatchObject({ via: 'oidc', provider: 'ministry', sessionId: expect.any(Number) });
  expect(applied.after).toEqual({ role: 'ADMIN', memberships: ['Ministry B'], provider: 'ministry' });
});

it('never takes over an existing account by name or e-mail: the same preferred_username gets a user of its own', async () => {
  await s.db.user.create({ data: { name: 'li.wei', role: 'ADMIN', passwordHash: await hash(PASSWORD) } });
  provider.accounts.set('sub-other', { preferred_username: 'li.wei', email: 'li.wei@example.org' });
  const browser = new TestBrowser();
  await browser.go(start(), 'sub-other');
  // No role claim maps: the default role, VIEWER; no institution claim: none.
  expect(await me(browser)).toEqual({
    name: 'li.wei-2',
    role: 'VIEWER',
    memberships: [],
    sessions: [{ current: true }],
  });
});

describe('a callback that fails a check is refused with a clear page, audited, and provisions nothing', () => {
  async function expectRefused(res: Response, text: RegExp, reason: RegExp) {
    const body = await res.text();
    expect([res.status, res.headers.get('content-type')]).toEqual([400, 'text/html; charset=utf-8']);
    expect(body).toMatch(text);
    expect(body).not.toMatch(/\bat .+:\d+:\d+/);
    expect(res.headers.getSetCookie().filter((c) => c.startsWith('tracker_session='))).toEqual([]);
    expect(await s.db.user.count()).toBe(0);
    expect(await s.db.oidcIdentity.count()).toBe(0);
    expect(await s.db.session.count()).toBe(0);
    expect(await audit()).toEqual([
      {
        actor: '(sign-in)',
        operation: 'signInFailed',
        target: expect.stringMatching(/^oidc:/),
        after: expect.objectContaining({ via: 'oidc', reason: expect.stringMatching(reason) }),
      },
    ]);
  }

  beforeEach(() => {
    provider.accounts.set('sub-li', { preferred_username: 'li.wei', roles: ['tracker-analyst'] });
  });

  it('a missing state', async () => {
    const browser = new TestBrowser();
    const url = new URL(await untilCallback(browser));
    url.searchParams.delete('state');
    await expectRefused(await browser.request(url.href), /The provider sent no state/, /^missing state$/);
  });

  it('a wrong state', async () => {
    const browser = new TestBrowser();
    const url = new URL(await untilCallback(browser));
    url.searchParams.set('state', 'not-the-state-this-browser-was-given');
    await expectRefused(await browser.request(url.href), /does not match this browser/, /^state mismatch$/);
  });

  it('a callback with no sign-in under way in this browser (no cookie)', async () => {
    const browser = new TestBrowser();
    const url = await untilCallback(browser);
    browser.jar.delete(LOGIN_COOKIE);
    await expectRefused(await browser.request(url), /No sign-in is under way/, /no pending sign-in/);
  });

  it('a replayed callback: the pending sign-in is used once, even by the browser that started it', async () => {
    const browser = new TestBrowser();
    const url = await untilCallback(browser);
    const key = browser.jar.get(LOGIN_COOKIE)!;
    browser.jar.set(LOGIN_COOKIE, 'A'.repeat(43));
    // The first use is refused (no such key), and does not use the real one up.
    expect((await browser.request(url)).status).toBe(400);
    browser.jar.set(LOGIN_COOKIE, key);
    expect((await browser.request(url)).status).toBe(303);
    const signedIn = { users: await s.db.user.count(), sessions: await s.db.session.count() };
    expect(signedIn).toEqual({ users: 1, sessions: 1 });
    const replay = await new TestBrowser().request(url, { headers: { cookie: `${LOGIN_COOKIE}=${key}` } });
    expect(replay.status).toBe(400);
    expect(await replay.text()).toMatch(/This sign-in was already completed or refused: start again\./);
    expect({ users: await s.db.user.count(), sessions: await s.db.session.count() }).toEqual(signedIn);
    expect((await audit()).at(-1)).toMatchObject({
      operation: 'signInFailed',
      after: { via: 'oidc', reason: 'pending sign-in already used (replay)' },
    });
  });

  it('a pending sign-in that expired', async () => {
    const browser = new TestBrowser();
    const url = await untilCallback(browser);
    await s.db.oidcLogin.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectRefused(await browser.request(url), /took too long and expired/, /^pending sign-in expired$/);
  });

  it('a missing PKCE verifier', async () => {
    const browser = new TestBrowser();
    const url = await untilCallback(browser);
    await s.db.oidcLogin.updateMany({ data: { codeVerifier: '' } });
    await expectRefused(await browser.request(url), /lost its PKCE verifier/, /^no verifier$/);
  });

  it('a wrong PKCE verifier, which the provider refuses', async () => {
    const browser = new TestBrowser();
    const url = await untilCallback(browser);
    await s.db.oidcLogin.updateMany({ data: { codeVerifier: 'x'.repeat(43) } });
    await expectRefused(await browser.request(url), /could not be verified/, /invalid_grant|PKCE|code_verifier/i);
  });

  // Every row has all four values: a test function with more parameters than its row would be given `done`.
  const tampered: [string, Record<string, unknown>, RegExp, boolean][] = [
    ['the wrong issuer', { iss: 'http://127.0.0.1:1' }, /"iss"/, false],
    ['the wrong audience', { aud: 'another-client' }, /"aud"/, false],
    ['the wrong nonce', { nonce: 'another-nonce' }, /"nonce"/, false],
    ['an expired ID token', { exp: Math.floor(Date.now() / 1000) - 3600 }, /"exp"/, false],
    ['a bad signature', {}, /signature/i, true],
  ];
  it.each(tampered)('an ID token with %s', async (_what, change, reason, foreignKey) => {
    provider.tamper = { claims: (claims) => ({ ...claims, ...change }), foreignKey };
    const browser = new TestBrowser();
    const url = await untilCallback(browser);
    await expectRefused(await browser.request(url), /could not be verified/, reason);
  });
});

it('answers a sign-in through a provider that is down with a page that says so, while everyone else keeps working', async () => {
  await s.db.user.create({ data: { name: 'ana', role: 'ANALYST', passwordHash: await hash(PASSWORD) } });
  const browser = new TestBrowser();
  const down = await browser.request(start('down'));
  expect([down.status, down.headers.get('content-type')]).toEqual([503, 'text/html; charset=utf-8']);
  expect(await down.text()).toMatch(/The sign-in provider cannot be reached.*Provider that is down is not answering/s);
  const signedIn = await browser.request(`${tracker.origin}/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'ana', password: PASSWORD }),
  });
  expect(signedIn.status).toBe(204);
  expect(await me(browser)).toMatchObject({ name: 'ana' });
  // The other provider still signs people in.
  provider.accounts.set('sub-li', { preferred_username: 'li.wei' });
  expect((await new TestBrowser().go(start(), 'sub-li')).url).toBe(`${tracker.origin}/admin/`);
});

it('limits starts per address (each writes a pending sign-in): past the limit, 429 with Retry-After and no row; a completed sign-in takes the count back', async () => {
  const max = s.config.signin.maxOidcStarts;
  const hit = () => fetch(start(), { redirect: 'manual' });
  provider.accounts.set('sub-li', { preferred_username: 'li.wei' });
  // A person who signs in is not held back by their own starts.
  for (let i = 0; i < max - 1; i++) expect((await hit()).status).toBe(303);
  expect((await new TestBrowser().go(start(), 'sub-li')).url).toBe(`${tracker.origin}/admin/`);
  expect(await s.db.signinFailure.count({ where: { userName: 'oidc:start' } })).toBe(0);

  for (let i = 0; i < max; i++) expect((await hit()).status).toBe(303);
  const pending = await s.db.oidcLogin.count();
  const refused = await hit();
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await refused.text()).toMatch(
    /Too many sign-ins through a provider started from this address: try again in \d+ s\./,
  );
  expect(await s.db.oidcLogin.count()).toBe(pending);
  // A password's throttle for any account from this address is its own.
  expect(await s.db.signinFailure.count({ where: { userName: { not: 'oidc:start' } } })).toBe(0);
});

it('names the configured providers when start names none of them', async () => {
  for (const url of [`${tracker.origin}/auth/oidc/start`, start('nope')]) {
    const res = await fetch(url);
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/Name one of the configured providers: ministry, down\./);
  }
});

it("GET /auth/methods lists the ways in, with each provider's start URL", async () => {
  const res = await fetch(`${tracker.origin}/auth/methods`);
  expect(await res.json()).toEqual({
    password: true,
    passkey: true,
    providers: [
      { id: 'ministry', label: 'Ministry sign-in', startUrl: '/auth/oidc/start?provider=ministry' },
      { id: 'down', label: 'Provider that is down', startUrl: '/auth/oidc/start?provider=down' },
    ],
  });
});

it('lands on the path start was given, but never on another origin', async () => {
  provider.accounts.set('sub-li', { preferred_username: 'li.wei' });
  const to = (returnTo: string) => `${start()}&returnTo=${encodeURIComponent(returnTo)}`;
  expect((await new TestBrowser().go(to('/admin/#/recommendations/GOV-RISK-01'), 'sub-li')).url).toBe(
    `${tracker.origin}/admin/#/recommendations/GOV-RISK-01`,
  );
  for (const hostile of ['//evil.example/', 'https://evil.example/', '/\\evil.example'])
    expect((await new TestBrowser().go(to(hostile), 'sub-li')).url).toBe(`${tracker.origin}/admin/`);
});

describe('back-channel logout', () => {
  const logout = (token: string) =>
    fetch(`${tracker.origin}/auth/oidc/backchannel-logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ logout_token: token }).toString(),
    });

  it('ends the session when the person signs out at the provider, which sends its logout token itself', async () => {
    provider.accounts.set('sub-li', { preferred_username: 'li.wei' });
    const browser = new TestBrowser();
    await browser.go(start(), 'sub-li');
    const other = new TestBrowser();
    await other.go(start(), 'sub-li');
    // The provider's own sign-out page, confirmed as a person would.
    const form = (await browser.go(`${provider.issuer}/session/end`)).body;
    const [, action] = /<form[^>]*action="([^"]+)"/.exec(form)!;
    const [, xsrf] = /name="xsrf" value="([^"]+)"/.exec(form)!;
    const confirmed = await browser.request(new URL(action, provider.issuer).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(confirmed.status).toBe(303);
    // The provider's call to us may land just after it answers the browser: wait for the session's end.
    for (let i = 0; i < 100 && (await me(browser)) !== null; i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(await me(browser)).toBeNull();
    // Only the provider session that signed out: the other browser's has its own sid.
    expect(await me(other)).toMatchObject({ name: 'li.wei' });
  });

  it('ends the sessions of the user the provider names, audited, and refuses a token not signed by the provider', async () => {
    provider.accounts.set('sub-li', { preferred_username: 'li.wei' });
    const browser = new TestBrowser();
    await browser.go(start(), 'sub-li');
    const forged = await logout(await provider.logoutToken('sub-li', { foreignKey: true }));
    expect(forged.status).toBe(400);
    const wrongAudience = await logout(await provider.logoutToken('sub-li', { audience: 'another-client' }));
    expect(wrongAudience.status).toBe(400);
    expect(await me(browser)).toMatchObject({ name: 'li.wei' });
    expect((await logout(await provider.logoutToken('sub-li'))).status).toBe(200);
    expect(await me(browser)).toBeNull();
    expect((await audit()).at(-1)).toEqual({
      actor: '(provider ministry)',
      operation: 'backchannelLogout',
      target: 'li.wei',
      after: { provider: 'ministry', sessionIds: [expect.any(Number)] },
    });
  });
});
