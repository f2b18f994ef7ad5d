// Passkeys at the API: adding one while signed in, signing in with it (a new session, as a password's), and
// every refusal: an unknown passkey, a wrong, replayed or missing challenge, a wrong origin, registration
// without a session or with another session's challenge, another user's passkey, and throttling kept apart
// from the password's in both directions. A software authenticator (support/softAuthenticator.ts) answers.
import request from 'supertest';
import { hash } from '@node-rs/argon2';
import { useTestServer } from '../helpers/testServer';
import { createUserWithToken } from '../helpers/factories';
import { SoftAuthenticator } from './support/softAuthenticator';

// WebAuthn refuses IP-address origins, so passkeys are tested at localhost (decisions.md, "Tests and time").
const ORIGIN = 'http://localhost:4000';
const PASSWORD = 'a long enough passphrase';
const ME = 'query Me { me { name sessions { current } passkeys { id name createdAt lastUsedAt } } }';
const REMOVE = 'mutation R($id: ID!) { removePasskey(id: $id) { name passkeys { name } } }';

const s = useTestServer({ env: { PUBLIC_URL: ORIGIN }, reset: true });

const cookieNamed = (res: request.Response, name: string) =>
  (res.headers['set-cookie'] as unknown as string[] | undefined)
    ?.map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

const post = (path: string, body: object, cookie?: string) => {
  const req = request(s.http).post(path).set('content-type', 'application/json');
  if (cookie) req.set({ cookie, origin: ORIGIN });
  return req.send(body);
};

async function signedIn(name = 'alice') {
  await s.db.user.create({ data: { name, role: 'ANALYST', passwordHash: await hash(PASSWORD) } });
  const res = await post('/auth/password', { name, password: PASSWORD });
  expect(res.status).toBe(204);
  return cookieNamed(res, 'tracker_session')!;
}

const me = async (cookie: string) =>
  (await request(s.http).post('/graphql').set({ cookie, origin: ORIGIN }).send({ query: ME })).body.data.me;

/** Adds a passkey to the session's account through both registration routes. */
async function addPasskey(session: string, authenticator: SoftAuthenticator, name?: string) {
  const options = await post('/auth/passkey/register/options', {}, session);
  expect(options.status).toBe(200);
  const res = await post('/auth/passkey/register', { response: authenticator.register(options.body), name }, session);
  expect(res.status).toBe(201);
  return res.body as { id: string; name: string };
}

/** Asks for sign-in options; returns them and the cookie that finds their challenge. */
async function signInOptions(body: object = {}) {
  const res = await post('/auth/passkey/options', body);
  expect(res.status).toBe(200);
  return {
    options: res.body as { challenge: string; allowCredentials?: { id: string }[] },
    cookie: cookieNamed(res, 'tracker_passkey')!,
  };
}

const answer = (body: object, challengeCookie?: string) => {
  const req = request(s.http).post('/auth/passkey').set('content-type', 'application/json');
  if (challengeCookie) req.set('cookie', challengeCookie);
  return req.send(body);
};

const auditOf = async (operations: string[]) =>
  (await s.db.auditEntry.findMany({ where: { operation: { in: operations } }, orderBy: { id: 'asc' } })).map((e) => [
    e.operation,
    e.targetId,
    (e.after as { reason?: string } | null)?.reason,
  ]);

it('adds a passkey to a signed-in account, and signs in with it: 204, a new session id, `me` by the new cookie', async () => {
  const session = await signedIn();
  const authenticator = new SoftAuthenticator(ORIGIN, 'localhost');
  const options = await post('/auth/passkey/register/options', {}, session);
  expect(options.body).toMatchObject({
    rp: { id: 'localhost' },
    user: { name: 'alice' },
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    excludeCredentials: [],
  });
  const added = await post(
    '/auth/passkey/register',
    { response: authenticator.register(options.body), name: 'Laptop' },
    session,
  );
  expect([added.status, added.body]).toEqual([201, { id: expect.any(String), name: 'Laptop' }]);
  expect((await me(session)).passkeys).toEqual([
    { id: added.body.id, name: 'Laptop', createdAt: expect.any(String), lastUsedAt: null },
  ]);

  // Named, the account's passkeys are offered; unnamed, any discoverable one will do.
  expect((await signInOptions({ name: 'alice' })).options.allowCredentials).toEqual([
    expect.objectContaining({ id: authenticator.credentials[0].id }),
  ]);
  const { options: request2, cookie } = await signInOptions();
  expect(request2).toMatchObject({ rpId: 'localhost', userVerification: 'required', allowCredentials: [] });
  const res = await request(s.http)
    .post('/auth/passkey')
    .set({ 'content-type': 'application/json', cookie: `${cookie}; ${session}`, origin: ORIGIN })
    .send(authenticator.assert(request2));
  expect(res.status).toBe(204);
  const fresh = cookieNamed(res, 'tracker_session')!;
  expect(fresh).toMatch(/^tracker_session=[A-Za-z0-9_-]{43}$/);
  expect(fresh).not.toEqual(session);
  // The session the browser held ended: the id is rotated, exactly as at a password sign-in.
  expect(await me(session)).toBeNull();
  const now = await me(fresh);
  expect(now).toMatchObject({ name: 'alice', sessions: [{ current: true }] });
  expect(now.passkeys[0].lastUsedAt).not.toBeNull();
  expect(String(res.headers['set-cookie'])).toMatch(/tracker_passkey=; .*Expires=Thu, 01 Jan 1970/);
  expect(await auditOf(['addPasskey', 'passkeySignIn'])).toEqual([
    ['addPasskey', 'alice', undefined],
    ['passkeySignIn', 'alice', undefined],
  ]);
});

it('refuses an unknown passkey with 401, and audits it', async () => {
  const authenticator = new SoftAuthenticator(ORIGIN, 'localhost');
  authenticator.register({ challenge: 'never asked', user: { id: 'nobody' } });
  const { options, cookie } = await signInOptions();
  const res = await answer(authenticator.assert(options), cookie);
  expect([res.status, res.body.errors[0].extensions.code, cookieNamed(res, 'tracker_session')]).toEqual([
    401,
    'UNAUTHENTICATED',
    undefined,
  ]);
  expect(await auditOf(['passkeySignInFailed'])).toEqual([
    ['passkeySignInFailed', '(unknown passkey)', 'unknown passkey'],
  ]);
});

it('refuses a wrong challenge, a replayed, a missing and an expired one, and a wrong origin or RP ID, with 401', async () => {
  const authenticator = new SoftAuthenticator(ORIGIN, 'localhost');
  await addPasskey(await signedIn(), authenticator);

  const wrong = await signInOptions();
  expect(
    (await answer(authenticator.assert(wrong.options, undefined, { challenge: 'AAAA' }), wrong.cookie)).status,
  ).toBe(401);
  // The cookie's challenge was spent by that wrong answer: the right one no longer passes.
  expect((await answer(authenticator.assert(wrong.options), wrong.cookie)).status).toBe(401);

  const once = await signInOptions();
  const response = authenticator.assert(once.options);
  expect((await answer(response, once.cookie)).status).toBe(204);
  expect((await answer(response, once.cookie)).status).toBe(401);

  const uncookied = await signInOptions();
  expect((await answer(authenticator.assert(uncookied.options))).status).toBe(401);

  const expired = await signInOptions();
  await s.db.passkeyChallenge.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
  expect((await answer(authenticator.assert(expired.options), expired.cookie)).status).toBe(401);

  const elsewhere = await signInOptions();
  const forged = authenticator.assert(elsewhere.options, undefined, { origin: 'http://evil.example' });
  expect((await answer(forged, elsewhere.cookie)).status).toBe(401);

  const otherRp = await signInOptions();
  expect(
    (await answer(authenticator.assert(otherRp.options, undefined, { rpId: 'evil.example' }), otherRp.cookie)).status,
  ).toBe(401);

  const reasons = (await auditOf(['passkeySignInFailed'])).map(([, target, reason]) => [target, reason]);
  expect(reasons).toEqual([
    ['alice', expect.stringMatching(/no such challenge/)],
    ['alice', expect.stringMatching(/no such challenge/)],
    ['alice', expect.stringMatching(/no such challenge/)],
    ['alice', expect.stringMatching(/no such challenge/)],
    ['alice', expect.stringMatching(/no such challenge/)],
    ['alice', expect.stringMatching(/origin/i)],
    ['alice', expect.stringMatching(/RP ID/i)],
  ]);
  expect(await s.db.session.count()).toBe(2);
});

it('refuses a passkey of another account than the one the options were asked for', async () => {
  const alices = new SoftAuthenticator(ORIGIN, 'localhost');
  await addPasskey(await signedIn(), alices);
  await signedIn('bob');
  const forBob = await signInOptions({ name: 'bob' });
  expect(forBob.options.allowCredentials).toEqual([]);
  expect((await answer(alices.assert(forBob.options), forBob.cookie)).status).toBe(401);
  // An unknown name gets what an account without passkeys gets.
  expect((await signInOptions({ name: 'nobody' })).options.allowCredentials).toEqual([]);
  expect(await auditOf(['passkeySignInFailed'])).toEqual([
    ['passkeySignInFailed', 'alice', 'a passkey of another account than the one named'],
  ]);
});

it('adds no passkey without a session, for a wrong origin, or for another session`s challenge', async () => {
  const authenticator = new SoftAuthenticator(ORIGIN, 'localhost');
  expect((await post('/auth/passkey/register/options', {})).status).toBe(401);
  const fake = authenticator.register({ challenge: 'AAAA', user: { id: 'AAAA' } });
  expect((await post('/auth/passkey/register', { response: fake })).status).toBe(401);
  // A token is for programs: a passkey belongs to a browser's session.
  const { token } = await createUserWithToken(s.db, 'ANALYST', 'bob');
  const tokenOptions = await request(s.http)
    .post('/auth/passkey/register/options')
    .set({ 'content-type': 'application/json', authorization: `Bearer ${token}` })
    .send({});
  expect(tokenOptions.status).toBe(401);

  const session = await signedIn();
  const options = await post('/auth/passkey/register/options', {}, session);
  const forged = authenticator.register(options.body, { origin: 'http://evil.example' });
  const wrongOrigin = await post('/auth/passkey/register', { response: forged }, session);
  expect([wrongOrigin.status, wrongOrigin.body.errors[0].extensions]).toEqual([
    400,
    { code: 'BAD_USER_INPUT', field: 'response' },
  ]);

  const other = await signedIn('carol');
  const carols = await post('/auth/passkey/register/options', {}, other);
  expect(
    (await post('/auth/passkey/register', { response: authenticator.register(carols.body) }, session)).status,
  ).toBe(400);
  // A cookie-authenticated write from another site is refused before any of this (sameOrigin.ts).
  const crossSite = await request(s.http)
    .post('/auth/passkey/register/options')
    .set({ 'content-type': 'application/json', cookie: session, origin: 'http://evil.example' })
    .send({});
  expect(crossSite.status).toBe(403);
  expect(await s.db.passkey.count()).toBe(0);
  expect(await auditOf(['addPasskey'])).toEqual([]);
});

it('removes only one`s own passkeys: another user`s is NOT_FOUND, and a removed one no longer signs in', async () => {
  const alice = await signedIn();
  const bob = await signedIn('bob');
  const alices = new SoftAuthenticator(ORIGIN, 'localhost');
  const added = await addPasskey(alice, alices, 'Phone');
  await addPasskey(bob, new SoftAuthenticator(ORIGIN, 'localhost'));

  const remove = (cookie: string, id: string) =>
    request(s.http).post('/graphql').set({ cookie, origin: ORIGIN }).send({ query: REMOVE, variables: { id } });
  const byBob = await remove(bob, added.id);
  expect(byBob.body.errors[0].extensions.code).toBe('NOT_FOUND');
  expect(await s.db.passkey.count()).toBe(2);

  const byAlice = await remove(alice, added.id);
  expect(byAlice.body.data.removePasskey).toEqual({ name: 'alice', passkeys: [] });
  expect((await remove(alice, added.id)).body.errors[0].extensions.code).toBe('NOT_FOUND');
  expect(await auditOf(['removePasskey'])).toEqual([['removePasskey', 'alice', undefined]]);

  const { options, cookie } = await signInOptions();
  expect((await answer(alices.assert(options), cookie)).status).toBe(401);
});

it('keeps the two throttles apart: a password lockout never blocks a passkey, nor a passkey lockout a password', async () => {
  const authenticator = new SoftAuthenticator(ORIGIN, 'localhost');
  await addPasskey(await signedIn(), authenticator);

  for (let i = 0; i < 5; i++)
    expect((await post('/auth/password', { name: 'alice', password: `wrong ${i}` })).status).toBe(401);
  expect((await post('/auth/password', { name: 'alice', password: PASSWORD })).status).toBe(429);
  const ok = await signInOptions();
  expect((await answer(authenticator.assert(ok.options), ok.cookie)).status).toBe(204);

  await s.db.signinFailure.deleteMany();
  for (let i = 0; i < 5; i++) {
    const bad = await signInOptions();
    expect(
      (await answer(authenticator.assert(bad.options, undefined, { origin: 'http://evil.example' }), bad.cookie))
        .status,
    ).toBe(401);
  }
  const locked = await signInOptions();
  const refused = await answer(authenticator.assert(locked.options), locked.cookie);
  expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect((await post('/auth/password', { name: 'alice', password: PASSWORD })).status).toBe(204);
  expect((await auditOf(['passkeySignInLockedOut'])).map(([op, target]) => [op, target])).toEqual([
    ['passkeySignInLockedOut', 'alice'],
  ]);
});

it('answers a body that is not an AuthenticationResponseJSON with 400', async () => {
  const { cookie } = await signInOptions();
  const res = await answer({ id: 'not base64url!' }, cookie);
  expect([res.status, res.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
  const form = await request(s.http).post('/auth/passkey/options').type('form').send({ name: 'alice' });
  expect(form.status).toBe(400);
});
