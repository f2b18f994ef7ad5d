// What an admin decides about an account: its role (setRole) and whether it may sign in at all (disableUser,
// enableUser). Each is audited and readable in the audit trail; an unknown account is NOT_FOUND; the last
// active admin can be neither demoted nor disabled; and a change to the account closes its open subscriptions
// on every instance (two here), as revoking a token does. The waits are generous: what is asserted is the
// close code, not how soon it came.
import { print } from 'graphql';
import { hash } from '@node-rs/argon2';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { connected, startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';
import { ProgressLoggedDocument } from '../__generated__/live';
import { bootstrapToken } from '../../src/domain/access/users';
import { beginSession } from '../../src/domain/access/signin';
import { DisabledAccount } from '../../src/domain/access/accountState';
import type { TxDb } from '../../src/db/client';

const SET_ROLE = 'mutation R($input: SetRoleInput!) { setRole(input: $input) { name role disabled } }';
const DISABLE = 'mutation D($n: String!) { disableUser(userName: $n) { name disabled disabledAt } }';
const ENABLE = 'mutation E($n: String!) { enableUser(userName: $n) { name disabled disabledAt } }';
const SET_PASSWORD = 'mutation P($input: SetPasswordInput!) { setPassword(input: $input) { name } }';
const ME = 'query Me { me { name role } }';
const AUDIT = `query Audit($targetId: String) {
  auditLog(targetId: $targetId, first: 50) { edges { node { actor operation targetType targetId before after } } }
}`;
const LOGGED = print(ProgressLoggedDocument);
const ORIGIN = 'http://127.0.0.1:4000';
const PASSWORD = 'a long enough passphrase';

const s = useTestServer({ env: { PUBLIC_URL: ORIGIN }, reset: true });
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

const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;

/** The audit trail of one account, oldest first, as an admin reads it through the API. */
async function auditOf(name: string) {
  const res = await s.exec<{ auditLog: { edges: { node: Record<string, unknown> }[] } }>(
    AUDIT,
    { targetId: name },
    ADMIN_TOKEN,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.auditLog.edges.map((e) => e.node).reverse();
}

const signIn = (name: string, password = PASSWORD) =>
  fetch(`${a.baseUrl}/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });

describe('setRole', () => {
  it('changes the role, which the account’s very next request acts with, and audits the change', async () => {
    const li = await createUserWithToken(s.db, 'VIEWER', 'li');
    const res = await s.exec(SET_ROLE, { input: { userName: 'li', role: 'ANALYST' } }, ADMIN_TOKEN);
    expect(res).toEqual({ data: { setRole: { name: 'li', role: 'ANALYST', disabled: false } } });
    expect((await s.exec(ME, {}, li.token)).data).toEqual({ me: { name: 'li', role: 'ANALYST' } });
    expect(await auditOf('li')).toEqual([
      {
        actor: '(admin token)',
        operation: 'setRole',
        targetType: 'User',
        targetId: 'li',
        before: { role: 'VIEWER' },
        after: { role: 'ANALYST' },
      },
    ]);
  });

  it('changes nothing, and audits nothing, when the role is the one the account has', async () => {
    await createUserWithToken(s.db, 'ANALYST', 'same');
    const res = await s.exec(SET_ROLE, { input: { userName: 'same', role: 'ANALYST' } }, ADMIN_TOKEN);
    expect(res.errors).toBeUndefined();
    expect(await auditOf('same')).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown account, and BAD_USER_INPUT for an unknown role', async () => {
    expect(codeOf(await s.exec(SET_ROLE, { input: { userName: 'nobody', role: 'ADMIN' } }, ADMIN_TOKEN))).toBe(
      'NOT_FOUND',
    );
    await createUserWithToken(s.db, 'VIEWER', 'odd');
    expect(codeOf(await s.exec(SET_ROLE, { input: { userName: 'odd', role: 'OWNER' } }, ADMIN_TOKEN))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await s.db.auditEntry.count()).toBe(0);
  });

  it('is FORBIDDEN to anyone but an admin, even on their own account', async () => {
    const analyst = await createUserWithToken(s.db, 'ANALYST', 'climber');
    const res = await s.exec(SET_ROLE, { input: { userName: 'climber', role: 'ADMIN' } }, analyst.token);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect((await s.db.user.findUniqueOrThrow({ where: { name: 'climber' } })).role).toBe('ANALYST');
  });
});

describe('the last active admin', () => {
  it('can be neither demoted nor disabled, with reason LAST_ADMIN; once another admin exists, it can', async () => {
    const root = await createUserWithToken(s.db, 'ADMIN', 'root');
    const demote = await s.exec(SET_ROLE, { input: { userName: 'root', role: 'VIEWER' } }, root.token);
    const disable = await s.exec(DISABLE, { n: 'root' }, ADMIN_TOKEN);
    for (const res of [demote, disable]) {
      expect(res.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'LAST_ADMIN' });
      expect(res.errors?.[0].message).toContain('root is the last active admin');
    }
    expect(await s.db.user.findUniqueOrThrow({ where: { name: 'root' } })).toMatchObject({
      role: 'ADMIN',
      disabledAt: null,
    });

    // A disabled admin does not count: only an active one can undo a mistake.
    await s.db.user.create({ data: { name: 'asleep', role: 'ADMIN', disabledAt: new Date() } });
    expect(codeOf(await s.exec(DISABLE, { n: 'root' }, ADMIN_TOKEN))).toBe('FORBIDDEN');

    await createUserWithToken(s.db, 'ADMIN', 'deputy');
    const res = await s.exec(SET_ROLE, { input: { userName: 'root', role: 'VIEWER' } }, root.token);
    expect(res.data).toEqual({ setRole: { name: 'root', role: 'VIEWER', disabled: false } });
    expect(codeOf(await s.exec(DISABLE, { n: 'deputy' }, ADMIN_TOKEN))).toBe('FORBIDDEN');
  });
});

describe('disableUser and enableUser', () => {
  it('stops the account’s tokens, sessions and password, audits it, and lets it back in when enabled', async () => {
    const user = await createUserWithToken(s.db, 'ANALYST', 'mei');
    await s.db.user.update({ where: { id: user.user.id }, data: { passwordHash: await hash(PASSWORD) } });
    const signedIn = await signIn('mei');
    expect(signedIn.status).toBe(204);
    const cookie = signedIn.headers.getSetCookie()[0].split(';')[0];
    const meByCookie = async () => {
      const headers = { cookie, origin: ORIGIN, 'content-type': 'application/json' };
      const res = await fetch(`${a.baseUrl}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: ME }) });
      return ((await res.json()) as { data: { me: unknown } }).data.me;
    };
    expect(await meByCookie()).toEqual({ name: 'mei', role: 'ANALYST' });

    const res = await s.exec(DISABLE, { n: 'mei' }, ADMIN_TOKEN);
    expect(res.data).toEqual({ disableUser: { name: 'mei', disabled: true, disabledAt: expect.any(String) } });
    expect(codeOf(await a.post(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    expect(await meByCookie()).toBeNull();
    expect((await signIn('mei')).status).toBe(401);
    // Disabling again changes nothing and leaves no second entry.
    expect((await s.exec(DISABLE, { n: 'mei' }, ADMIN_TOKEN)).errors).toBeUndefined();

    const enabled = await s.exec(ENABLE, { n: 'mei' }, ADMIN_TOKEN);
    expect(enabled.data).toEqual({ enableUser: { name: 'mei', disabled: false, disabledAt: null } });
    expect((await s.exec(ME, {}, user.token)).data).toEqual({ me: { name: 'mei', role: 'ANALYST' } });
    // Its session ended when it was disabled; it signs in anew.
    expect(await meByCookie()).toBeNull();
    expect((await signIn('mei')).status).toBe(204);

    const session = await s.db.session.findFirstOrThrow({ where: { userId: user.user.id }, orderBy: { id: 'asc' } });
    const trail = (await auditOf('mei')).map((e) => [e.operation, e.before, e.after]);
    expect(trail).toEqual([
      ['signIn', null, expect.objectContaining({ sessionId: session.id })],
      ['disableUser', { disabledAt: null }, { disabledAt: expect.any(String), endedSessionIds: [session.id] }],
      // The right password of a disabled account is a failed sign-in, answered and counted as a wrong one.
      ['signInFailed', null, expect.objectContaining({ via: 'password' })],
      ['enableUser', { disabledAt: expect.any(String) }, { disabledAt: null }],
      ['signIn', null, expect.any(Object)],
    ]);
  });

  it('leaves npm run token no way to issue a disabled account a token that would not work', async () => {
    await s.db.user.create({ data: { name: 'gone', role: 'ANALYST', disabledAt: new Date() } });
    await expect(bootstrapToken(s.db, { name: 'gone', role: 'ANALYST' })).rejects.toThrow(
      'User gone is disabled; an admin enables it first (enableUser).',
    );
    expect(await s.db.apiToken.count()).toBe(0);
  });

  it('starts no session for a disabled account whatever proved it: beginSession refuses it, and writes nothing', async () => {
    const { user } = await createUserWithToken(s.db, 'ANALYST', 'shut');
    const disabled = await s.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const entries = await s.db.auditEntry.count();
    const wrote = jest.fn(async () => undefined);
    for (const operation of ['signIn', 'passkeySignIn'] as const) {
      const proof = { client: { address: '127.0.0.1' }, attempts: null, operation, alsoWrite: wrote };
      await expect(beginSession(s.db, s.config, { ...proof, user: disabled })).rejects.toBeInstanceOf(DisabledAccount);
      // A provider's proof finds its user inside the transaction: refused there too, its writes rolled back.
      const found = async (tx: TxDb) => ({
        user: await tx.user.update({ where: { id: user.id }, data: { role: 'ADMIN' } }),
      });
      await expect(beginSession(s.db, s.config, { ...proof, user: found })).rejects.toBeInstanceOf(DisabledAccount);
    }
    expect(wrote).not.toHaveBeenCalled();
    expect(await s.db.session.count()).toBe(0);
    expect(await s.db.auditEntry.count()).toBe(entries);
    expect((await s.db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe('ANALYST');
  });

  it('answers NOT_FOUND for an unknown account, and FORBIDDEN to a non-admin', async () => {
    const analyst = await createUserWithToken(s.db, 'ANALYST');
    await createUserWithToken(s.db, 'VIEWER', 'target');
    expect(codeOf(await s.exec(DISABLE, { n: 'nobody' }, ADMIN_TOKEN))).toBe('NOT_FOUND');
    expect(codeOf(await s.exec(ENABLE, { n: 'nobody' }, ADMIN_TOKEN))).toBe('NOT_FOUND');
    expect(codeOf(await s.exec(DISABLE, { n: 'target' }, analyst.token))).toBe('FORBIDDEN');
    expect((await s.db.user.findUniqueOrThrow({ where: { name: 'target' } })).disabledAt).toBeNull();
  });
});

describe('open subscriptions', () => {
  async function live(instance: LiveInstance, token: string) {
    const client = wsClient(instance.wsUrl, token);
    const isConnected = connected(client);
    const sub = subscribe(client, LOGGED);
    await isConnected;
    await new Promise((r) => setTimeout(r, 300));
    return sub;
  }

  /** How `ended` settled within 10 s: the close's code and the reason's code, or 'still open'. */
  async function closeWithin10s(ended: Promise<unknown>) {
    const open = new Promise((resolve) => setTimeout(() => resolve('still open'), 10_000).unref());
    const outcome = (await Promise.race([ended, open])) as { code?: number; reason?: string } | string;
    return typeof outcome === 'string' ? outcome : { code: outcome.code, reason: outcome.reason?.split(':')[0] };
  }

  it.each([
    ['a role change', SET_ROLE, (n: string) => ({ input: { userName: n, role: 'VIEWER' } })],
    ['disabling the account', DISABLE, (n: string) => ({ n })],
    ['a password reset', SET_PASSWORD, (n: string) => ({ input: { userName: n, password: 'a brand new passphrase' } })],
  ])('close on every instance with 4403 on %s, and leave other accounts’ open', async (_what, mutation, vars) => {
    await createRecommendation(s.db, { code: 'GOV-ACC-01' });
    const changed = await createUserWithToken(s.db, 'ANALYST');
    const other = await createUserWithToken(s.db, 'ANALYST');
    const [onA, onB, kept] = [await live(a, changed.token), await live(b, changed.token), await live(b, other.token)];
    try {
      const res = await a.post(mutation, vars(changed.user.name), ADMIN_TOKEN);
      expect(res.errors).toBeUndefined();
      expect(await closeWithin10s(onA.ended)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
      expect(await closeWithin10s(onB.ended)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
      const input = { code: 'GOV-ACC-01', note: 'after the change', status: 'IN_PROGRESS', progress: 5 };
      const logged = await a.post(
        'mutation L($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }',
        { input },
        ADMIN_TOKEN,
      );
      expect(logged.errors).toBeUndefined();
      expect(((await kept.received(1))[0].data as { progressLogged: { note: string } }).progressLogged.note).toBe(
        'after the change',
      );
    } finally {
      await Promise.all([onA.close(), onB.close(), kept.close()]);
    }
  });
});
