// Tokens for programs, issued by their own users: `issueToken` without `userName` issues for the caller, who
// lists (`me { tokens }`) and revokes their own; only an admin issues or revokes another account's. A read-only
// token reads everything its role reads and subscribes, and every write made with it, imports included, is
// FORBIDDEN with reason READ_ONLY_TOKEN, leaving the database as it was.
import { print } from 'graphql';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { connected, startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';
import { ProgressLoggedDocument } from '../__generated__/live';
import { tableFingerprints } from '../security/support/dbState';

const ISSUE = `mutation Issue($input: IssueTokenInput!) {
  issueToken(input: $input) { token apiToken { id label readOnly } }
}`;
const REVOKE = 'mutation Revoke($id: ID!) { revokeToken(id: $id) { label revokedAt } }';
const MY_TOKENS = 'query Mine { me { name tokens { label readOnly revokedAt } } }';
const LOG = 'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }';
const IMPORT = `mutation Import($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) { applied } }`;
const CREATE_USER = 'mutation U($input: CreateUserInput!) { createUser(input: $input) { name } }';
const READS = 'query Reads { recommendations { totalCount } users { name } }';
const LOGGED = print(ProgressLoggedDocument);

const s = useTestServer({ reset: true });
let live: LiveInstance;
beforeAll(async () => void (live = await startInstance(s.config, s.url)));
afterAll(() => live?.close());

const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  res.errors?.[0]?.extensions?.code ?? null;

async function issue(input: Record<string, unknown>, token: string) {
  const res = await s.exec<{
    issueToken: { token: string; apiToken: { id: string; label: string; readOnly: boolean } };
  }>(ISSUE, { input }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.issueToken;
}

const logInput = (code: string) => ({ input: { code, note: 'Pilot started', status: 'IN_PROGRESS', progress: 10 } });

describe('one’s own tokens', () => {
  it('are issued without userName, listed in me { tokens } with their flag, and audited under the caller', async () => {
    const viewer = await createUserWithToken(s.db, 'VIEWER', 'wen');
    const issued = await issue({ label: 'dashboard script', readOnly: true }, viewer.token);
    expect(issued.apiToken).toEqual({ id: expect.any(String), label: 'dashboard script', readOnly: true });
    expect(issued.token).toMatch(/^agt_/);
    const mine = await s.exec(MY_TOKENS, {}, viewer.token);
    expect(mine.data).toEqual({
      me: {
        name: 'wen',
        tokens: [
          { label: expect.any(String), readOnly: false, revokedAt: null },
          { label: 'dashboard script', readOnly: true, revokedAt: null },
        ],
      },
    });
    const entry = await s.db.auditEntry.findFirstOrThrow({ where: { operation: 'issueToken' } });
    expect(entry).toMatchObject({
      actorName: 'wen',
      targetId: 'wen',
      after: expect.objectContaining({ readOnly: true }),
    });
  });

  it('are revoked by their owner; another’s token is NOT_FOUND to a non-admin and stays as it was', async () => {
    const owner = await createUserWithToken(s.db, 'ANALYST', 'owner');
    const stranger = await createUserWithToken(s.db, 'ANALYST', 'stranger');
    const spare = await issue({ label: 'spare' }, owner.token);
    expect(codeOf(await s.exec(REVOKE, { id: spare.apiToken.id }, stranger.token))).toBe('NOT_FOUND');
    expect((await s.db.apiToken.findFirstOrThrow({ where: { label: 'spare' } })).revokedAt).toBeNull();
    const res = await s.exec(REVOKE, { id: spare.apiToken.id }, owner.token);
    expect(res.data).toEqual({ revokeToken: { label: 'spare', revokedAt: expect.any(String) } });
    expect(codeOf(await live.post('query { me { name } }', {}, spare.token))).toBe('UNAUTHENTICATED');
  });

  it('are another account’s only when an admin issues them; ADMIN_TOKEN, with no account, must name one', async () => {
    const analyst = await createUserWithToken(s.db, 'ANALYST', 'asker');
    await createUserWithToken(s.db, 'VIEWER', 'someone-else');
    const forOther = await s.exec(ISSUE, { input: { userName: 'someone-else', label: 'x' } }, analyst.token);
    expect(codeOf(forOther)).toBe('FORBIDDEN');
    // Naming oneself is the same as leaving the name out.
    expect(
      (await s.exec(ISSUE, { input: { userName: 'asker', label: 'mine' } }, analyst.token)).errors,
    ).toBeUndefined();
    expect(codeOf(await s.exec(ISSUE, { input: { label: 'nobody’s' } }, ADMIN_TOKEN))).toBe('FORBIDDEN');
    expect(codeOf(await s.exec(ISSUE, { input: { userName: 'ghost', label: 'x' } }, ADMIN_TOKEN))).toBe('NOT_FOUND');
    await s.db.user.create({ data: { name: 'away', role: 'VIEWER', disabledAt: new Date() } });
    const forDisabled = await s.exec(ISSUE, { input: { userName: 'away', label: 'x' } }, ADMIN_TOKEN);
    expect(forDisabled.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'userName' });
    const byAdmin = await issue({ userName: 'someone-else', label: 'for them' }, ADMIN_TOKEN);
    expect(byAdmin.apiToken.readOnly).toBe(false);
    expect(await s.db.apiToken.count({ where: { label: 'x' } })).toBe(0);
  });
});

describe('a read-only token', () => {
  it('reads what its role reads, and is refused every write with READ_ONLY_TOKEN, the database unchanged', async () => {
    const rec = await createRecommendation(s.db, { code: 'GOV-RO-01' });
    const admin = await createUserWithToken(s.db, 'ADMIN', 'chief');
    const { token } = await issue({ label: 'reporting', readOnly: true }, admin.token);
    const reads = await s.exec(READS, {}, token);
    expect(reads.errors).toBeUndefined();
    expect(reads.data).toEqual({ recommendations: { totalCount: 1 }, users: [{ name: 'chief' }] });

    const before = await tableFingerprints(s.db);
    const refused = [
      await s.exec(LOG, logInput(rec.code), token),
      await s.exec(IMPORT, { input: { kind: 'PROGRESS', format: 'CSV', content: 'code\n' } }, token),
      await s.exec(CREATE_USER, { input: { name: 'new-hire', role: 'VIEWER' } }, token),
      // A read-only token cannot mint a token that writes.
      await s.exec(ISSUE, { input: { label: 'escalate' } }, token),
    ];
    for (const res of refused) {
      expect(res.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'READ_ONLY_TOKEN' });
      expect(res.errors?.[0].message).toContain('read-only');
    }
    expect(await tableFingerprints(s.db)).toEqual(before);
  });

  it('still subscribes, and receives the changes others make', async () => {
    await createRecommendation(s.db, { code: 'GOV-RO-02' });
    const viewer = await createUserWithToken(s.db, 'VIEWER');
    const { token } = await issue({ label: 'wall display', readOnly: true }, viewer.token);
    const client = wsClient(live.wsUrl, token);
    const isConnected = connected(client);
    const sub = subscribe<{ progressLogged: { note: string } }>(client, LOGGED);
    await isConnected;
    await new Promise((r) => setTimeout(r, 300));
    try {
      expect((await live.post(LOG, logInput('GOV-RO-02'), ADMIN_TOKEN)).errors).toBeUndefined();
      expect((await sub.received(1))[0].data!.progressLogged.note).toBe('Pilot started');
    } finally {
      await sub.close();
    }
  });

  it('leaves a token that is not read-only writing as before', async () => {
    const rec = await createRecommendation(s.db, { code: 'GOV-RO-03' });
    const analyst = await createUserWithToken(s.db, 'ANALYST');
    const { token, apiToken } = await issue({ label: 'sync job' }, analyst.token);
    expect(apiToken.readOnly).toBe(false);
    expect((await s.exec(LOG, logInput(rec.code), token)).errors).toBeUndefined();
  });
});
