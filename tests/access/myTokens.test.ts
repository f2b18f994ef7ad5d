// `me { tokens }`: the caller's own API tokens (what "My account" lists), never another account's; none for
// ADMIN_TOKEN, which has no account.
import { useTestServer, ADMIN_TOKEN } from '../helpers/testServer';
import { createUserWithToken } from '../helpers/factories';

const MY_TOKENS = 'query MyTokens { me { name tokens { label prefix revokedAt } } }';

const s = useTestServer({ reset: true });

it('lists the caller’s own tokens, oldest first, and none of anyone else’s', async () => {
  const alice = await createUserWithToken(s.db, 'ANALYST', 'alice');
  await createUserWithToken(s.db, 'ANALYST', 'bob');
  const prefix = (await s.db.apiToken.findFirstOrThrow({ where: { userId: alice.user.id } })).prefix;
  const result = await s.exec(MY_TOKENS, {}, alice.token);
  expect(result).toEqual({ data: { me: { name: 'alice', tokens: [{ label: 'test', prefix, revokedAt: null }] } } });
});

it('lists none for ADMIN_TOKEN, which has no account', async () => {
  expect(await s.exec(MY_TOKENS, {}, ADMIN_TOKEN)).toEqual({ data: { me: { name: '(admin token)', tokens: [] } } });
});
