// The first-start admin's way in (tests/faults/newcomerStart.test.ts runs it through the real entry point):
// an account with a generated Argon2id password nobody is told, and a one-time link. GET /auth/link/<secret>
// works once, within a day: a session cookie and a redirect to My account, where that session sets the
// password once without the current one. Pruning deletes what can no longer matter.
import request from 'supertest';
import { hash } from '@node-rs/argon2';
import { useTestServer } from '../helpers/testServer';
import { createFirstAdmin, LINK_LIFETIME_MS } from '../../src/domain/access/signInLinks';
import { pruneAccessRecords } from '../../src/domain/access/prune';
import { hashToken } from '../../src/domain/access/auth';

const ORIGIN = 'http://127.0.0.1:4000';
const ME = 'query Me { me { name role setsPasswordByLink } }';
const CHANGE = 'mutation C($input: ChangePasswordInput!) { changePassword(input: $input) { name } }';
const NEW_PASSWORD = 'my own long passphrase';

const s = useTestServer({ env: { PUBLIC_URL: ORIGIN }, reset: true });

const follow = (secret: string) => request(s.http).get(`/auth/link/${secret}`);
const cookieOf = (res: request.Response) => (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
const gql = (cookie: string, query: string, variables: Record<string, unknown> = {}) =>
  request(s.http).post('/graphql').set({ cookie, origin: ORIGIN }).send({ query, variables });

describe('the first-start link', () => {
  it('signs the admin in once, with a cookie and a redirect to My account, and is refused the second time', async () => {
    const first = await createFirstAdmin(s.db, s.config);
    expect(first).toEqual({ name: 'admin', link: expect.stringMatching(/^[\w-]{43}$/) });
    const admin = await s.db.user.findUniqueOrThrow({ where: { name: 'admin' } });
    expect(admin).toMatchObject({ role: 'ADMIN', passwordHash: expect.stringMatching(/^\$argon2id\$/) });
    const link = await s.db.signInLink.findFirstOrThrow();
    // Only the secret's hash is kept, and nothing else stores the secret.
    expect(link.linkHash).toBe(hashToken(first!.link));
    expect(JSON.stringify(await s.db.auditEntry.findMany())).not.toContain(first!.link);

    const res = await follow(first!.link);
    expect([res.status, res.headers.location, res.headers['cache-control']]).toEqual([
      303,
      '/admin/#/account',
      'no-store',
    ]);
    const cookie = cookieOf(res);
    expect((await gql(cookie, ME)).body).toEqual({
      data: { me: { name: 'admin', role: 'ADMIN', setsPasswordByLink: true } },
    });

    const again = await follow(first!.link);
    expect([again.status, again.headers['set-cookie']]).toEqual([410, undefined]);
    expect(again.text).toContain('used already or has expired');
    expect((await s.db.auditEntry.findMany({ orderBy: { id: 'asc' } })).map((e) => e.operation)).toEqual([
      'createUser',
      'createSignInLink',
      'signInWithLink',
    ]);
  });

  it('lets its session set the password once without the current one, which then signs in', async () => {
    const first = await createFirstAdmin(s.db, s.config);
    const cookie = cookieOf(await follow(first!.link));
    const set = await gql(cookie, CHANGE, { input: { newPassword: NEW_PASSWORD } });
    expect(set.body).toEqual({ data: { changePassword: { name: 'admin' } } });
    expect((await gql(cookie, ME)).body.data.me.setsPasswordByLink).toBe(false);

    const twice = await gql(cookie, CHANGE, { input: { newPassword: 'yet another passphrase' } });
    expect(twice.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const signIn = await request(s.http)
      .post('/auth/password')
      .set('content-type', 'application/json')
      .send({ name: 'admin', password: NEW_PASSWORD });
    expect(signIn.status).toBe(204);
    const change = await s.db.auditEntry.findFirstOrThrow({ where: { operation: 'changePassword' } });
    expect(change.after).toEqual({ endedSessionIds: [], byLink: true });
  });

  it('gives no other session the right to leave the current password out', async () => {
    await createFirstAdmin(s.db, s.config);
    await s.db.user.update({ where: { name: 'admin' }, data: { passwordHash: await hash(NEW_PASSWORD) } });
    const signIn = await request(s.http)
      .post('/auth/password')
      .set('content-type', 'application/json')
      .send({ name: 'admin', password: NEW_PASSWORD });
    const res = await gql(cookieOf(signIn), CHANGE, { input: { newPassword: 'a sneaky new passphrase' } });
    expect(res.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
  });

  it('is refused once expired, for an unknown or malformed secret, and for a disabled account', async () => {
    const first = await createFirstAdmin(s.db, s.config);
    await s.db.signInLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await follow(first!.link)).status).toBe(410);
    expect((await follow('A'.repeat(43))).status).toBe(410);
    expect((await follow('short')).status).toBe(410);

    await s.db.signInLink.updateMany({ data: { expiresAt: new Date(Date.now() + LINK_LIFETIME_MS) } });
    await s.db.user.update({ where: { name: 'admin' }, data: { disabledAt: new Date() } });
    expect((await follow(first!.link)).status).toBe(410);
    expect(await s.db.session.count()).toBe(0);
  });

  it('is not made when an admin exists', async () => {
    await s.db.user.create({ data: { name: 'boss', role: 'ADMIN' } });
    expect(await createFirstAdmin(s.db, s.config)).toBeNull();
    expect(await s.db.signInLink.count()).toBe(0);
  });
});

describe('pruning', () => {
  it('deletes ended and expired sessions, failed sign-ins past the window and expired links, and keeps the rest', async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const user = await s.db.user.create({ data: { name: 'pruned', role: 'VIEWER' } });
    const session = (idHash: string, data: Record<string, Date>) =>
      s.db.session.create({
        data: { userId: user.id, idHash, expiresAt: new Date(now.getTime() + 3_600_000), ...data },
      });
    await session('live', { lastSeenAt: now });
    await session('ended', { lastSeenAt: now, endedAt: ago(1000) });
    await session('expired', { lastSeenAt: ago(1000), expiresAt: ago(1000) });
    await session('idle', { lastSeenAt: ago(s.config.sessions.idleMs + 1000) });
    await s.db.signinFailure.createMany({
      data: [
        { userName: 'pruned', address: '198.51.100.1', createdAt: ago(1000) },
        { userName: 'pruned', address: '198.51.100.1', createdAt: ago(s.config.signin.windowMs + 1000) },
      ],
    });
    const link = (linkHash: string, expiresAt: Date) =>
      s.db.signInLink.create({ data: { userId: user.id, linkHash, expiresAt } });
    await link('fresh', new Date(now.getTime() + 1000));
    await link('stale', ago(1000));

    expect(await pruneAccessRecords(s.db, s.config, now)).toEqual({ sessions: 3, signinFailures: 1, signInLinks: 1 });
    expect((await s.db.session.findMany()).map((r) => r.idHash)).toEqual(['live']);
    expect(await s.db.signinFailure.count()).toBe(1);
    expect((await s.db.signInLink.findMany()).map((r) => r.linkHash)).toEqual(['fresh']);
  });
});
