// Sign-in through a real OpenID provider (oidc-provider, on 127.0.0.1 in this file), driven over HTTP: the
// authorization-code flow with PKCE, state and nonce, users provisioned by (issuer, sub) with the role and
// institutions their claims map to, and a session exactly like a password sign-in's.
import { createOwner } from '../helpers/factories';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { TestBrowser } from '../helpers/oidcBrowser';
import { CLIENT_ID, CLIENT_SECRET, closedOrigin, listenLater, startTestProvider, type TestProvider } from '../helpers/oidcProvider';
import { toGlobalId } from '../../src/domain/globalId';
import type http from 'node:http';

const ME = 'query Me { me { name role memberships { name } sessions { current } } }';

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
  provider.accounts.set('sub-li', { preferred_username: 'li.wei', roles: ['tracker-analyst'], institutions: ['ministry-a'] });
  const browser = new TestBrowser();
  const landing = await browser.go(`${tracker.origin}/auth/oidc/start?provider=ministry`, 'sub-li');
  expect(landing.url).toBe(`${tracker.origin}/admin/`);
  expect(await me(browser)).toEqual({
    name: 'li.wei',
    role: 'ANALYST',
    memberships: [{ name: 'Ministry A' }],
    sessions: [{ current: true }],
  });
  expect(await s.db.oidcIdentity.findMany({ select: { issuer: true, subject: true, user: { select: { name: true } } } })).toEqual([
    { issuer: provider.issuer, subject: 'sub-li', user: { name: 'li.wei' } },
  ]);
});
