// Every security event the sign-in issue names is in the audit trail, readable through `auditLog`: a sign-in, a
// failure, a lockout, a session's end (signing out, ending one's own session, an admin ending all of an
// account's), a password change (one's own and an admin's), a passkey added, a token issued and revoked, and a
// role or membership change. One account goes through all of them, at the API, as a browser and an admin would.
import request from 'supertest';
import { hash } from '@node-rs/argon2';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createOwner } from '../helpers/factories';
import { globalId } from '../helpers/globalIds';
import { SoftAuthenticator } from './support/softAuthenticator';

// WebAuthn refuses IP-address origins, so the passkey is added at localhost (decisions.md, "Tests and time").
const ORIGIN = 'http://localhost:4000';
const PASSWORD = 'a long enough passphrase';
const NEW_PASSWORD = 'another long passphrase';
const ADMINS_PASSWORD = 'a passphrase an admin set';

const s = useTestServer({ env: { PUBLIC_URL: ORIGIN, SIGNIN_MAX_FAILURES: '2' }, reset: true });

const post = (path: string, body: object, cookie?: string) => {
  const req = request(s.http).post(path).set('content-type', 'application/json');
  if (cookie) req.set({ cookie, origin: ORIGIN });
  return req.send(body);
};

const sessionOf = (res: request.Response) =>
  (res.headers['set-cookie'] as unknown as string[])
    .map((c) => c.split(';')[0])
    .find((c) => /^tracker_session=./.test(c))!;

async function signIn(name: string, password: string) {
  const res = await post('/auth/password', { name, password });
  expect(res.status).toBe(204);
  return sessionOf(res);
}

/** A GraphQL request as the signed-in browser sends it; fails the test on any error. */
async function asBrowser(cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await post('/graphql', { query, variables }, cookie);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

async function asAdmin(query: string, variables: Record<string, unknown>) {
  const res = await s.exec(query, variables, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const AUDIT = `query Audit { auditLog(first: 200) { totalCount edges { node {
  actor actorRole operation targetType targetId before after
} } } }`;

it('audits every security event, each readable in auditLog with who, what and on whom, and no secret in it', async () => {
  await s.db.user.create({ data: { name: 'alice', role: 'ANALYST', passwordHash: await hash(PASSWORD) } });
  await s.db.user.create({ data: { name: 'bob', role: 'ANALYST', passwordHash: await hash(PASSWORD) } });
  const owner = await createOwner(s.db, { name: 'Ministry A' });

  // A failure, and the lockout the second one causes (SIGNIN_MAX_FAILURES=2); the third is refused unaudited.
  expect((await post('/auth/password', { name: 'bob', password: 'wrong one' })).status).toBe(401);
  expect((await post('/auth/password', { name: 'bob', password: 'wrong two' })).status).toBe(401);
  expect((await post('/auth/password', { name: 'bob', password: PASSWORD })).status).toBe(429);

  // A sign-in, one's own password change, a passkey added, a token issued and revoked.
  const first = await signIn('alice', PASSWORD);
  await asBrowser(first, 'mutation C($input: ChangePasswordInput!) { changePassword(input: $input) { name } }', {
    input: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
  });
  const authenticator = new SoftAuthenticator(ORIGIN, 'localhost');
  const options = await post('/auth/passkey/register/options', {}, first);
  const added = await post(
    '/auth/passkey/register',
    { response: authenticator.register(options.body), name: 'Laptop' },
    first,
  );
  expect(added.status).toBe(201);
  const issued = await asBrowser(
    first,
    'mutation I($input: IssueTokenInput!) { issueToken(input: $input) { token apiToken { id } } }',
    { input: { label: 'Nightly import' } },
  );
  await asBrowser(first, 'mutation R($id: ID!) { revokeToken(id: $id) { revokedAt } }', {
    id: issued.issueToken.apiToken.id,
  });

  // Sessions end three ways: one's own other session, signing out, an admin ending all of an account's.
  const second = await signIn('alice', NEW_PASSWORD);
  const { me } = await asBrowser(second, 'query { me { sessions { id current } } }');
  const other = me.sessions.find((x: { current: boolean }) => !x.current).id;
  await asBrowser(second, 'mutation E($id: ID!) { endSession(id: $id) { name } }', { id: other });
  expect((await post('/auth/logout', {}, second)).status).toBe(204);
  await signIn('alice', NEW_PASSWORD);
  await asAdmin('mutation E($u: String!) { endSessions(userName: $u) { name } }', { u: 'alice' });

  // An admin's changes: role, membership given and taken, password set.
  await asAdmin('mutation S($input: SetRoleInput!) { setRole(input: $input) { role } }', {
    input: { userName: 'alice', role: 'REVIEWER' },
  });
  const membership = { input: { userName: 'alice', ownerId: globalId('Owner', owner.id) } };
  await asAdmin('mutation A($input: MembershipInput!) { addMembership(input: $input) { name } }', membership);
  await asAdmin('mutation R($input: MembershipInput!) { removeMembership(input: $input) { name } }', membership);
  await asAdmin('mutation P($input: SetPasswordInput!) { setPassword(input: $input) { name } }', {
    input: { userName: 'alice', password: ADMINS_PASSWORD },
  });

  const { auditLog } = await asAdmin(AUDIT, {});
  type Node = { actor: string; actorRole: string | null; operation: string; targetType: string; targetId: string };
  const entries = (auditLog.edges as { node: Node & { before: unknown; after: unknown } }[])
    .map((e) => e.node)
    .reverse();
  expect(
    entries.map(({ operation, actor, actorRole, targetType, targetId }) => [
      operation,
      actor,
      actorRole,
      targetType,
      targetId,
    ]),
  ).toEqual([
    ['signInFailed', '(sign-in)', null, 'User', 'bob'],
    ['signInFailed', '(sign-in)', null, 'User', 'bob'],
    ['signInLockedOut', '(sign-in)', null, 'User', 'bob'],
    ['signIn', 'alice', 'ANALYST', 'User', 'alice'],
    ['changePassword', 'alice', 'ANALYST', 'User', 'alice'],
    ['addPasskey', 'alice', 'ANALYST', 'User', 'alice'],
    ['issueToken', 'alice', 'ANALYST', 'User', 'alice'],
    ['revokeToken', 'alice', 'ANALYST', 'User', 'alice'],
    ['signIn', 'alice', 'ANALYST', 'User', 'alice'],
    ['endSession', 'alice', 'ANALYST', 'User', 'alice'],
    ['signOut', 'alice', 'ANALYST', 'User', 'alice'],
    ['signIn', 'alice', 'ANALYST', 'User', 'alice'],
    ['endSessions', '(admin token)', 'ADMIN', 'User', 'alice'],
    ['setRole', '(admin token)', 'ADMIN', 'User', 'alice'],
    ['addMembership', '(admin token)', 'ADMIN', 'User', 'alice'],
    ['removeMembership', '(admin token)', 'ADMIN', 'User', 'alice'],
    ['setPassword', '(admin token)', 'ADMIN', 'User', 'alice'],
  ]);
  expect(auditLog.totalCount).toBe(entries.length);
  const of = (operation: string) => entries.filter((e) => e.operation === operation);
  // What each says beyond who and whom.
  expect(of('signInLockedOut')[0].after).toMatchObject({ address: expect.any(String), failures: 2 });
  expect(of('signIn')[0].after).toMatchObject({ sessionId: expect.any(Number), address: expect.any(String) });
  expect(of('addPasskey')[0].after).toMatchObject({ name: 'Laptop' });
  expect(of('issueToken')[0].after).toMatchObject({ label: 'Nightly import' });
  expect(of('setRole')[0]).toMatchObject({ before: { role: 'ANALYST' }, after: { role: 'REVIEWER' } });
  // The trail names secrets' existence, never their values.
  const trail = JSON.stringify(entries);
  for (const secret of [PASSWORD, NEW_PASSWORD, ADMINS_PASSWORD, issued.issueToken.token, first.split('=')[1]])
    expect(trail).not.toContain(secret);
});
