// What keeps sign-in from becoming the weak door: throttling per account and address in PostgreSQL (across two
// instances), the password rules, the same-origin rule for cookie-authenticated writes and WebSocket upgrades,
// and ended sessions closing their subscriptions.
import request from 'supertest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { hash } from '@node-rs/argon2';
import { print } from 'graphql';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { connected, startInstance, subscribe, type LiveInstance } from '../helpers/liveInstances';
import { ProgressLoggedDocument } from '../__generated__/live';
import { docx } from '../documents/files';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const ORIGIN = 'http://127.0.0.1:4000';
const PASSWORD = 'a long enough passphrase';
// A write an admin's session makes (owners are admins' to create).
const LOG_IN_FORM = 'mutation F($name: String!) { createOwner(input: { nameEn: $name, kind: MINISTRY }) { nameEn } }';

// TRUST_PROXY=loopback: the tests speak for several addresses through X-Forwarded-For.
const s = useTestServer({ env: { PUBLIC_URL: ORIGIN, TRUST_PROXY: 'loopback' }, reset: true });
let a: LiveInstance;
let b: LiveInstance;
beforeAll(async () => {
  a = await startInstance(s.config, s.url);
  b = await startInstance(s.config, s.url);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const user = async (name: string, role: 'ANALYST' | 'ADMIN' = 'ANALYST') =>
  s.db.user.create({ data: { name, role, passwordHash: await hash(PASSWORD) } });

const signInAt = (instance: LiveInstance, name: string, password: string, address = '198.51.100.7') =>
  fetch(`${instance.baseUrl}/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ name, password }),
  });

const cookieOf = (res: Response) => res.headers.getSetCookie()[0].split(';')[0];

describe('throttling', () => {
  it('locks an account out from one address after SIGNIN_MAX_FAILURES across two instances, not from another', async () => {
    await user('alice');
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await signInAt(i % 2 ? b : a, 'alice', `wrong guess ${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);

    const locked = await signInAt(b, 'alice', PASSWORD);
    const body = (await locked.json()) as { errors: { extensions: { code: string } }[] };
    expect([locked.status, body.errors[0].extensions.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect((await signInAt(a, 'alice', PASSWORD, '203.0.113.9')).status).toBe(204);

    const audit = await s.db.auditEntry.findMany({ where: { targetId: 'alice' }, orderBy: { id: 'asc' } });
    expect(audit.map((e) => e.operation)).toEqual([...Array(5).fill('signInFailed'), 'signInLockedOut', 'signIn']);
  });

  it('counts parallel guesses before hashing them, so no more than the limit are ever judged', async () => {
    await user('bob');
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signInAt(i % 2 ? a : b, 'bob', `parallel guess ${i}`)),
    );
    const statuses = guesses.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(7).fill(429)]);
  });

  it('counts a wrong current password on changePassword, as BAD_USER_INPUT on currentPassword', async () => {
    await user('carol');
    const cookie = cookieOf(await signInAt(a, 'carol', PASSWORD));
    const change = (currentPassword: string) =>
      request(s.http)
        .post('/graphql')
        .set({ cookie, origin: ORIGIN, 'x-forwarded-for': '198.51.100.7' })
        .send({
          query: 'mutation C($input: ChangePasswordInput!) { changePassword(input: $input) { name } }',
          variables: { input: { currentPassword, newPassword: 'an even longer passphrase' } },
        });
    const wrong = await change('not my password');
    expect(wrong.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(await s.db.signinFailure.count({ where: { userName: 'carol' } })).toBe(1);
    expect((await change(PASSWORD)).body).toEqual({ data: { changePassword: { name: 'carol' } } });
  });
});

describe('password rules', () => {
  const SET = 'mutation S($input: SetPasswordInput!) { setPassword(input: $input) { name } }';

  it.each([
    ['shorter than 12 characters', 'short pass'],
    ['on the list of common passwords, in any case', 'QWERTY123456'],
  ])('refuses a password %s with BAD_USER_INPUT on password, and changes nothing', async (_why, password) => {
    const dave = await s.db.user.create({ data: { name: 'dave', role: 'VIEWER' } });
    const res = await s.exec(SET, { input: { userName: 'dave', password } }, ADMIN_TOKEN);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await s.db.user.findUniqueOrThrow({ where: { id: dave.id } })).toEqual(dave);
  });

  it('accepts a long uncommon one, which then signs in', async () => {
    await s.db.user.create({ data: { name: 'erin', role: 'VIEWER' } });
    const res = await s.exec(SET, { input: { userName: 'erin', password: 'correct horse battery' } }, ADMIN_TOKEN);
    expect(res).toEqual({ data: { setPassword: { name: 'erin' } } });
    expect((await signInAt(a, 'erin', 'correct horse battery')).status).toBe(204);
  });
});

describe('cookie-authenticated writes come from our pages only', () => {
  const post = (cookie: string, headers: Record<string, string>, body: string) =>
    request(s.http)
      .post('/graphql')
      .set({ cookie, ...headers })
      .send(body);
  const json = (name: string) => JSON.stringify({ query: LOG_IN_FORM, variables: { name } });

  it('refuses a cross-site form POST, a text/plain POST and a foreign Origin; passes a same-origin JSON POST', async () => {
    await user('frank', 'ADMIN');
    const cookie = cookieOf(await signInAt(a, 'frank', PASSWORD));
    const form = await post(
      cookie,
      { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.example' },
      'query=x',
    );
    const plain = await post(cookie, { 'content-type': 'text/plain', origin: ORIGIN }, json('Plain Ministry'));
    const foreign = await post(
      cookie,
      { 'content-type': 'application/json', origin: 'http://evil.example' },
      json('Evil'),
    );
    const noOrigin = await post(cookie, { 'content-type': 'application/json' }, json('Nowhere'));
    expect([form, plain, foreign, noOrigin].map((r) => [r.status, r.body.errors[0].extensions.code])).toEqual(
      Array(4).fill([403, 'FORBIDDEN']),
    );
    const ours = await post(cookie, { 'content-type': 'application/json', origin: ORIGIN }, json('Our Ministry'));
    const byReferer = await post(
      cookie,
      { 'content-type': 'application/json', referer: `${ORIGIN}/admin/` },
      json('Ref'),
    );
    const loopback = await post(
      cookie,
      { 'content-type': 'application/json', origin: 'http://localhost:4000' },
      json('Lo'),
    );
    expect([ours, byReferer, loopback].map((r) => r.body.errors)).toEqual([undefined, undefined, undefined]);
    expect(await s.db.owner.count()).toBe(3);
  });

  it('passes a same-origin multipart upload only with the header no form can set (the console uploads a file)', async () => {
    await user('heidi', 'ADMIN');
    const cookie = cookieOf(await signInAt(a, 'heidi', PASSWORD));
    const file = await docx([{ text: 'Regulators shall publish an annual report.' }]);
    const upload = (headers: Record<string, string>) =>
      request(s.http)
        .post('/documents/upload')
        .set({ cookie, ...headers })
        .attach('file', file, { filename: 'report.docx', contentType: DOCX });
    const preflight = { 'apollo-require-preflight': 'true' };
    const asForm = await upload({ origin: ORIGIN });
    const foreign = await upload({ origin: 'http://evil.example', ...preflight });
    expect([asForm, foreign].map((r) => [r.status, r.body.errors[0].extensions.code])).toEqual(
      Array(2).fill([403, 'FORBIDDEN']),
    );
    expect(await s.db.documentUpload.count()).toBe(0);
    const ours = await upload({ origin: ORIGIN, ...preflight });
    expect(ours.status).toBe(201);
    expect(await s.db.documentUpload.count()).toBe(1);
  });

  it('leaves bearer-token requests as they were, whatever their Origin', async () => {
    const res = await request(s.http)
      .post('/graphql')
      .set({ authorization: `Bearer ${ADMIN_TOKEN}`, origin: 'http://evil.example' })
      .send({ query: LOG_IN_FORM, variables: { name: 'Token Ministry' } });
    expect(res.body).toEqual({ data: { createOwner: { nameEn: 'Token Ministry' } } });
  });

  it('refuses a cross-site logout, which leaves the session alive', async () => {
    await user('grace');
    const cookie = cookieOf(await signInAt(a, 'grace', PASSWORD));
    const res = await request(s.http).post('/auth/logout').set({ cookie, origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    expect(await s.db.session.count({ where: { endedAt: null } })).toBe(1);
  });
});

describe('sessions and subscriptions', () => {
  /** A graphql-ws client whose upgrade carries the session cookie and an Origin, as a browser's would. */
  function cookieClient(instance: LiveInstance, cookie: string, origin = ORIGIN) {
    class BrowserSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie, origin } });
      }
    }
    return createClient({ url: instance.wsUrl, webSocketImpl: BrowserSocket, retryAttempts: 0, lazy: true });
  }

  async function live(instance: LiveInstance, cookie: string, origin = ORIGIN) {
    const client = cookieClient(instance, cookie, origin);
    const isConnected = connected(client);
    const sub = subscribe<unknown>(client, print(ProgressLoggedDocument));
    await Promise.race([isConnected, sub.ended]);
    await new Promise((r) => setTimeout(r, 300));
    return sub;
  }

  const closeOf = async (ended: Promise<unknown>) => {
    const open = new Promise((resolve) => setTimeout(() => resolve('still open'), 10_000).unref());
    const outcome = (await Promise.race([ended, open])) as { code?: number; reason?: string } | string;
    return typeof outcome === 'string' ? outcome : { code: outcome.code, reason: outcome.reason?.split(':')[0] };
  };

  it('refuses a WebSocket upgrade with the cookie from a foreign Origin with 4403', async () => {
    await user('heidi');
    const cookie = cookieOf(await signInAt(a, 'heidi', PASSWORD));
    const sub = await live(a, cookie, 'http://evil.example');
    expect(await closeOf(sub.ended)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
    await sub.close();
  });

  it.each([
    ['endSession, by its owner', 'endSession'],
    ['endSessions, by an admin', 'endSessions'],
    ['setPassword, by an admin', 'setPassword'],
  ])('closes the session’s sockets on every instance with 4403 on %s', async (_what, how) => {
    const owner = await user(`ivan-${how}`);
    const cookie = cookieOf(await signInAt(a, owner.name, PASSWORD));
    const [onA, onB] = [await live(a, cookie), await live(b, cookie)];
    try {
      const session = await s.db.session.findFirstOrThrow({ where: { userId: owner.id } });
      const sessionId = (
        await request(s.http)
          .post('/graphql')
          .set({ cookie, origin: ORIGIN })
          .send({ query: 'query { me { sessions { id } } }' })
      ).body.data.me.sessions[0].id;
      const mutation = {
        endSession: ['mutation E($id: ID!) { endSession(id: $id) { name } }', { id: sessionId }, null],
        endSessions: ['mutation E($n: String!) { endSessions(userName: $n) { name } }', { n: owner.name }, ADMIN_TOKEN],
        setPassword: [
          'mutation P($i: SetPasswordInput!) { setPassword(input: $i) { name } }',
          { i: { userName: owner.name, password: 'a brand new passphrase' } },
          ADMIN_TOKEN,
        ],
      }[how] as [string, Record<string, unknown>, string | null];
      const req = request(b.baseUrl).post('/graphql');
      const res = await (
        mutation[2] ? req.set('authorization', `Bearer ${mutation[2]}`) : req.set({ cookie, origin: ORIGIN })
      ).send({
        query: mutation[0],
        variables: mutation[1],
      });
      expect(res.body.errors).toBeUndefined();
      expect(await closeOf(onA.ended)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
      expect(await closeOf(onB.ended)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
      expect((await s.db.session.findUniqueOrThrow({ where: { id: session.id } })).endedAt).not.toBeNull();
    } finally {
      await Promise.all([onA.close(), onB.close()]);
    }
  });
});
