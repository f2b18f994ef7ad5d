// Signing in with a password at POST /auth/password, the session cookie it sets, and POST /auth/logout: the
// cookie's flags, a new id at every sign-in, one answer for a wrong name and a wrong password, and that a
// tampered, expired or ended cookie is no session.
import request from 'supertest';
import { hash } from '@node-rs/argon2';
import { useTestServer } from '../helpers/testServer';
import { createUserWithToken } from '../helpers/factories';
import { hashToken } from '../../src/domain/access/auth';
import { takeBackup } from '../../src/db/backup';

const ORIGIN = 'http://127.0.0.1:4000';
const PASSWORD = 'a long enough passphrase';
const ME = 'query Me { me { name sessions { current } } }';

const s = useTestServer({ env: { PUBLIC_URL: ORIGIN }, reset: true });

async function userWithPassword(name = 'alice') {
  return s.db.user.create({ data: { name, role: 'ANALYST', passwordHash: await hash(PASSWORD) } });
}

const signIn = (name: string, password: string, cookie?: string) => {
  const req = request(s.http).post('/auth/password').set('content-type', 'application/json');
  // Carrying a cookie, it is a cookie-authenticated write: it must come from our pages (sameOrigin.ts).
  if (cookie) req.set({ cookie, origin: ORIGIN });
  return req.send({ name, password });
};

/** The `name=value` of the session cookie a response set. */
const cookieOf = (res: request.Response) => String(res.headers['set-cookie']?.[0] ?? '').split(';')[0];

const me = async (cookie: string) =>
  (await request(s.http).post('/graphql').set({ cookie, origin: ORIGIN }).send({ query: ME })).body.data.me;

it('answers 204 with an HttpOnly, SameSite=Lax, Path=/ cookie, not Secure on plain-HTTP loopback, and signs in by it', async () => {
  await userWithPassword();
  const res = await signIn('alice', PASSWORD);
  expect(res.status).toBe(204);
  const [cookie] = res.headers['set-cookie'] as unknown as string[];
  expect(cookie).toMatch(/^tracker_session=[A-Za-z0-9_-]{43};/);
  expect(cookie.split('; ').slice(1).sort()).toEqual([
    expect.stringMatching(/^Expires=/),
    'HttpOnly',
    'Max-Age=604800',
    'Path=/',
    'SameSite=Lax',
  ]);
  expect(await me(cookieOf(res))).toEqual({ name: 'alice', sessions: [{ current: true }] });
  // Only the id's SHA-256 is stored.
  const secret = cookieOf(res).split('=')[1];
  expect(await s.db.session.findMany({ select: { idHash: true } })).toEqual([{ idHash: hashToken(secret) }]);
});

it('gives a new session id at every sign-in, and ends the one the browser held', async () => {
  await userWithPassword();
  const first = cookieOf(await signIn('alice', PASSWORD));
  const again = await signIn('alice', PASSWORD, first);
  const second = cookieOf(again);
  expect(again.status).toBe(204);
  expect(second).toMatch(/^tracker_session=.{43}$/);
  expect(second).not.toEqual(first);
  expect(await me(first)).toBeNull();
  expect(await me(second)).toEqual({ name: 'alice', sessions: [{ current: true }] });
});

it('answers an unknown name and a wrong password with the same 401, and audits both', async () => {
  await userWithPassword();
  const unknown = await signIn('nobody', PASSWORD);
  const wrong = await signIn('alice', 'not the passphrase at all');
  const shape = (r: request.Response) => [r.status, r.body, r.headers['set-cookie']];
  expect(shape(unknown)).toEqual(shape(wrong));
  expect(shape(wrong)).toEqual([
    401,
    { errors: [{ message: 'Wrong name or password.', extensions: { code: 'UNAUTHENTICATED' } }] },
    undefined,
  ]);
  const audited = await s.db.auditEntry.findMany({ orderBy: { id: 'asc' } });
  expect(audited.map((e) => [e.actorName, e.operation, e.targetId])).toEqual([
    ['(sign-in)', 'signInFailed', 'nobody'],
    ['(sign-in)', 'signInFailed', 'alice'],
  ]);
});

it('treats a tampered, an expired and an ended cookie as no session', async () => {
  await userWithPassword();
  const good = cookieOf(await signIn('alice', PASSWORD));
  const tampered = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
  expect(await me(tampered)).toBeNull();

  const expiring = cookieOf(await signIn('alice', PASSWORD));
  await s.db.session.updateMany({
    where: { idHash: hashToken(expiring.split('=')[1]) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  expect(await me(expiring)).toBeNull();

  const idle = cookieOf(await signIn('alice', PASSWORD));
  await s.db.session.updateMany({
    where: { idHash: hashToken(idle.split('=')[1]) },
    data: { lastSeenAt: new Date(Date.now() - s.config.sessions.idleMs - 1000) },
  });
  expect(await me(idle)).toBeNull();

  const ended = cookieOf(await signIn('alice', PASSWORD));
  const logout = await request(s.http).post('/auth/logout').set({ cookie: ended, origin: ORIGIN });
  expect(logout.status).toBe(204);
  expect(String(logout.headers['set-cookie'])).toMatch(/^tracker_session=; .*Expires=Thu, 01 Jan 1970/);
  expect(await me(ended)).toBeNull();
  expect((await s.db.auditEntry.findMany({ where: { operation: 'signOut' } })).map((e) => e.actorName)).toEqual([
    'alice',
  ]);
});

it('lets a token still work, and lists the sessions of its account', async () => {
  const { user, token } = await createUserWithToken(s.db, 'VIEWER', 'bob');
  await s.db.user.update({ where: { id: user.id }, data: { passwordHash: await hash(PASSWORD) } });
  await signIn('bob', PASSWORD);
  const res = await request(s.http).post('/graphql').set('authorization', `Bearer ${token}`).send({ query: ME });
  expect(res.body.data.me).toEqual({ name: 'bob', sessions: [{ current: false }] });
});

it('refuses a body that is not JSON { name, password } with 400', async () => {
  const form = await request(s.http).post('/auth/password').type('form').send({ name: 'alice', password: PASSWORD });
  expect([form.status, form.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
});

describe('with a https PUBLIC_URL', () => {
  const secure = useTestServer({ env: { PUBLIC_URL: 'https://tracker.example.org' } });

  it('sets the cookie Secure, under the __Host- prefix', async () => {
    await secure.db.user.create({ data: { name: 'carol', role: 'VIEWER', passwordHash: await hash(PASSWORD) } });
    const res = await request(secure.http)
      .post('/auth/password')
      .set('content-type', 'application/json')
      .send({ name: 'carol', password: PASSWORD });
    expect(String(res.headers['set-cookie'])).toMatch(/^__Host-tracker_session=[^;]+; .*Secure/);
  });
});

it('leaves password hashes out of a backup, as token hashes are', async () => {
  await userWithPassword();
  const doc = await takeBackup(s.db);
  expect(doc.tables.users).toEqual([
    // A disabled account stays disabled after a restore: disabledAt is data, not a credential.
    { id: expect.any(Number), name: 'alice', role: 'ANALYST', createdAt: expect.any(String), disabledAt: null },
  ]);
});
