// The bootstrap ADMIN_TOKEN has no account, and the audit trail names it with a name no account can have: a
// user called "admin" (the first start creates one) and ADMIN_TOKEN leave entries that tell them apart.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { ADMIN_TOKEN_ACTOR } from '../../src/domain/access/auth';

const s = useTestServer({ reset: true });

const ME = '{ me { name role } }';
const LOG = 'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { actor } } }';
const TRAIL = `query Trail($id: String!) {
  auditLog(targetType: "Recommendation", targetId: $id) { edges { node { actor actorRole operation after } } }
}`;
const CREATE_USER = 'mutation Create($input: CreateUserInput!) { createUser(input: $input) { name } }';

it('names ADMIN_TOKEN and a user called admin differently in the audit trail', async () => {
  const rec = await createRecommendation(s.db);
  const { token: userAdmin } = await createUserWithToken(s.db, 'ADMIN', 'admin');
  const log = (note: string, token: string) =>
    s.exec(LOG, { input: { code: rec.code, note, status: 'IN_PROGRESS', progress: 10 } }, token);
  expect((await log('By the bootstrap token', ADMIN_TOKEN)).errors).toBeUndefined();
  expect((await log('By the account', userAdmin)).errors).toBeUndefined();

  const trail = await s.exec(TRAIL, { id: rec.code }, ADMIN_TOKEN);
  const tokenName = (await s.exec(ME, {}, ADMIN_TOKEN)).data!.me.name;
  // Newest first: the account's entry, then the bootstrap token's.
  expect(trail.data!.auditLog.edges.map((e: { node: object }) => e.node)).toEqual([
    { actor: 'admin', actorRole: 'ADMIN', operation: 'logProgress', after: expect.any(Object) },
    { actor: tokenName, actorRole: 'ADMIN', operation: 'logProgress', after: expect.any(Object) },
  ]);
  expect(tokenName).toBe(ADMIN_TOKEN_ACTOR);
  expect(tokenName).not.toBe('admin');
});

it('lets no account take the name ADMIN_TOKEN acts under', async () => {
  const tokenName = (await s.exec(ME, {}, ADMIN_TOKEN)).data!.me.name;
  const res = await s.exec(CREATE_USER, { input: { name: tokenName, role: 'ADMIN' } }, ADMIN_TOKEN);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(await s.db.user.count({ where: { name: tokenName } })).toBe(0);
});
