// API tokens: shown once, stored only as a SHA-256, listed without their secret, revoked at once.
import { createHash } from 'node:crypto';
import { buildSchema } from 'graphql';
import { typeDefs } from '../../src/graphql/server';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { useHttpClient } from './support/client';
import { rawId } from '../helpers/globalIds';

const ISSUE =
  'mutation Issue($input: IssueTokenInput!) { issueToken(input: $input) { token apiToken { id label prefix expiresAt revokedAt } } }';
const REVOKE = 'mutation Revoke($id: ID!) { revokeToken(id: $id) { id revokedAt } }';
const USERS = 'query Users { users { name tokens { id label prefix expiresAt revokedAt lastUsedAt createdAt } } }';
const ME = 'query Me { me { name role } }';

const s = useTestServer({ reset: true });
const client = useHttpClient(s);

async function issue(label: string, expiresAt?: string) {
  await s.db.user.upsert({ where: { name: 'erin' }, create: { name: 'erin', role: 'ANALYST' }, update: {} });
  const res = await client.post(
    { query: ISSUE, variables: { input: { userName: 'erin', label, expiresAt } } },
    ADMIN_TOKEN,
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data.issueToken as { token: string; apiToken: { id: string; prefix: string } };
}

describe('API tokens', () => {
  it('exposes no field that could hold a secret or its hash', () => {
    const fields = Object.keys(
      (buildSchema(typeDefs).getType('ApiToken') as unknown as { getFields(): object }).getFields(),
    );
    expect(fields.sort()).toEqual([
      'createdAt',
      'expiresAt',
      'id',
      'label',
      'lastUsedAt',
      'prefix',
      'readOnly',
      'revokedAt',
    ]);
  });

  it('stores only the SHA-256 of an issued token, nowhere the token itself', async () => {
    const { token, apiToken } = await issue('laptop');
    expect(token).toMatch(/^agt_[\w-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const row = await s.db.apiToken.findUniqueOrThrow({ where: { id: rawId('ApiToken', apiToken.id) } });
    expect(row.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const everything = await s.db.$queryRaw<{ dump: string }[]>`
      SELECT (SELECT coalesce(string_agg(t::text, '|'), '') FROM "ApiToken" t) || (SELECT coalesce(string_agg(a::text, '|'), '') FROM "AuditEntry" a) AS dump`;
    expect(everything[0].dump).toContain(apiToken.prefix);
    expect(everything[0].dump).not.toContain(token);
    expect(everything[0].dump).not.toContain(token.slice(10));
  });

  it('lists a user’s tokens with metadata only', async () => {
    const { token } = await issue('laptop', '2099-01-01T00:00:00.000Z');
    const res = await client.post({ query: USERS }, ADMIN_TOKEN);
    expect(res.body.data.users).toEqual([
      {
        name: 'erin',
        tokens: [
          {
            id: expect.any(String),
            label: 'laptop',
            prefix: token.slice(0, 10),
            expiresAt: '2099-01-01T00:00:00.000Z',
            revokedAt: null,
            lastUsedAt: null,
            createdAt: expect.any(String),
          },
        ],
      },
    ]);
    expect(JSON.stringify(res.body)).not.toContain(token);
  });

  it('stops accepting a token on the very next request after it is revoked', async () => {
    const { token, apiToken } = await issue('ci');
    expect((await client.post({ query: ME }, token)).body.data).toEqual({ me: { name: 'erin', role: 'ANALYST' } });
    const revoked = await client.post({ query: REVOKE, variables: { id: apiToken.id } }, ADMIN_TOKEN);
    expect(revoked.body.data.revokeToken.revokedAt).toEqual(expect.any(String));
    const after = await client.post({ query: ME }, token);
    expect(after.status).toBe(401);
    expect(after.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token once its expiry has passed', async () => {
    const { token, apiToken } = await issue('short', new Date(Date.now() + 60_000).toISOString());
    expect((await client.post({ query: ME }, token)).body.data.me.name).toBe('erin');
    await s.db.apiToken.update({
      where: { id: rawId('ApiToken', apiToken.id) },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect((await client.post({ query: ME }, token)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('rejects an expiry in the past at issue time', async () => {
    await s.db.user.create({ data: { name: 'erin', role: 'ANALYST' } });
    const res = await client.post(
      { query: ISSUE, variables: { input: { userName: 'erin', label: 'x', expiresAt: '2001-01-01T00:00:00Z' } } },
      ADMIN_TOKEN,
    );
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await s.db.apiToken.count()).toBe(0);
  });

  it.each([
    ['an unknown token', 'Bearer agt_unknown'],
    ['a malformed header', 'Basic dXNlcjpwYXNz'],
    ['a token with spaces', 'Bearer a b'],
  ])('rejects %s with 401 UNAUTHENTICATED', async (_what, header) => {
    const res = await client.post({ query: ME }, null, { authorization: header });
    expect(res.status).toBe(401);
    expect(res.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});
