// The role × mutation table: every mutation of the schema, called by every kind of caller over HTTP.
// Denied calls must fail with exactly UNAUTHENTICATED or FORBIDDEN and change nothing; allowed calls succeed.
import { startTestServer, useTestServer } from '../helpers/testServer';
import { createUserWithToken } from '../helpers/factories';
import { CALLERS, createCallers, expectedDenial, type Caller } from './support/callers';
import { tableFingerprints } from './support/dbState';
import { httpClient, useHttpClient } from './support/client';
import { mutationNames, queryFieldNames } from './support/schema';
import { MUTATIONS, mutationRow } from './support/mutations';

const USERS = 'query Users { users { name role } }';
const AUDIT = 'query Audit { auditLog { totalCount } }';
/** Arguments for query fields that require some; a new field with required arguments needs an entry. */
const QUERY_ARGS: Record<string, string> = {
  recommendation: '(code: "GOV-X-01")',
  document: '(slug: "x")',
  node: '(id: "UmVjb21tZW5kYXRpb246MQ")',
  nodes: '(ids: ["UmVjb21tZW5kYXRpb246MQ"])',
};
/** Readable without a token even when PUBLIC_READ=false: who am I, and the static lifecycle rules. */
const ANONYMOUS_OK = ['me', 'transitions'];
const READS =
  'query Reads { recommendations { totalCount } themes { code } documents { slug } owners { name } transitions { from } }';

const s = useTestServer({ reset: true });
const client = useHttpClient(s);

describe.each(mutationNames())('%s', (name) => {
  it.each(CALLERS)('called by %s succeeds or fails exactly as the permission table says', async (caller) => {
    const row = mutationRow(name);
    const tokens = await createCallers(s.db);
    const { variables } = await row.prepare(s.db, tokens[caller]);
    const before = await tableFingerprints(s.db);
    const res = await client.post({ query: row.document, variables }, tokens[caller]);
    const denial = row.needsAccount && caller === 'ADMIN_TOKEN' ? 'FORBIDDEN' : expectedDenial(caller, row.minRole);
    if (denial) {
      expect(res.body.errors?.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([denial]);
      expect(res.body.data?.[name] ?? null).toBeNull();
      expect(await tableFingerprints(s.db)).toEqual(before);
    } else {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data[name]).toBeTruthy();
    }
  });
});

it('has a permission row for every mutation of the schema and none for a mutation that is gone', () => {
  expect(Object.keys(MUTATIONS).sort()).toEqual(mutationNames().sort());
});

describe('admin-only reads', () => {
  it.each([USERS, AUDIT])(
    '%s is UNAUTHENTICATED anonymously, FORBIDDEN to viewers and analysts, and open to admins',
    async (query) => {
      const tokens = await createCallers(s.db);
      const codeFor = async (caller: Caller) =>
        (await client.post({ query }, tokens[caller])).body.errors?.[0]?.extensions.code ?? null;
      expect({
        anonymous: await codeFor('anonymous'),
        VIEWER: await codeFor('VIEWER'),
        ANALYST: await codeFor('ANALYST'),
        ADMIN: await codeFor('ADMIN'),
        ADMIN_TOKEN: await codeFor('ADMIN_TOKEN'),
      }).toEqual({
        anonymous: 'UNAUTHENTICATED',
        VIEWER: 'FORBIDDEN',
        ANALYST: 'FORBIDDEN',
        ADMIN: null,
        ADMIN_TOKEN: null,
      });
    },
  );
});

describe('public reads', () => {
  it('are open to anonymous callers by default', async () => {
    const res = await client.post({ query: READS });
    expect(res.body.errors).toBeUndefined();
  });

  it('need a token for every data-bearing query field when PUBLIC_READ=false, and a viewer token is enough', async () => {
    const closed = await startTestServer({ PUBLIC_READ: 'false' });
    const closedClient = await httpClient(closed.http);
    try {
      const { token } = await createUserWithToken(closed.db, 'VIEWER');
      const outcome = async (field: string, bearer: string | null) => {
        const res = await closedClient.post(
          { query: `query Q { ${field}${QUERY_ARGS[field] ?? ''} { __typename } }` },
          bearer,
        );
        return res.body.errors?.[0]?.extensions.code ?? 'ok';
      };
      const fields = queryFieldNames();
      const anonymous = Object.fromEntries(await Promise.all(fields.map(async (f) => [f, await outcome(f, null)])));
      const expected = Object.fromEntries(fields.map((f) => [f, ANONYMOUS_OK.includes(f) ? 'ok' : 'UNAUTHENTICATED']));
      expect(anonymous).toEqual(expected);
      const reads = ['recommendations', 'recommendation', 'themes', 'documents', 'owners', 'summary'];
      expect(await Promise.all(reads.map((f) => outcome(f, token)))).toEqual(reads.map(() => 'ok'));
    } finally {
      await closedClient.close();
      await closed.close();
    }
  });
});
