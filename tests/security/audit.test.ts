// The audit trail: every successful write leaves one entry (who, when, what, before/after) in the same
// transaction; nobody can change it; failed writes leave nothing in the data but are logged.
import { buildSchema, getNamedType, type GraphQLObjectType } from 'graphql';
import { typeDefs } from '../../src/graphql/server';
import { useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { mutationNames } from './support/schema';
import { mutationRow } from './support/mutations';
import { captureLogs } from './support/logCapture';
import { tableFingerprints } from './support/dbState';
import { httpClient } from './support/client';

const AUDIT_LOG = /* GraphQL */ `
  query Audit($first: Int, $after: String, $targetType: String, $targetId: String) {
    auditLog(first: $first, after: $after, targetType: $targetType, targetId: $targetId) {
      totalCount
      edges {
        node {
          actor
          actorRole
          operation
          targetType
          targetId
          before
          after
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;
const LOG = 'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }';

const RECORDED_FACTS = {
  recommendationId: true,
  changeKind: true,
  progressUpdateId: true,
  webhookEvent: true,
} as const;

const logs = captureLogs();
const s = useTestServer({ env: { LOG_LEVEL: 'warn' }, logDestination: logs.stream, reset: true });
beforeEach(async () => {
  logs.clear();
});

describe.each(mutationNames())('a successful %s', (name) => {
  it('records who, when, which operation and the before/after values, readable through auditLog', async () => {
    const row = mutationRow(name);
    const { user, token } = await createUserWithToken(s.db, row.minRole, 'auditor');
    const { variables, audit } = await row.prepare(s.db, token);
    const startedAt = new Date();
    const res = await s.exec(row.document, variables, token);
    expect(res.errors).toBeUndefined();
    // The facts recorded beside the words (change, event, record, log entry) are the operation table's, and
    // tests/live/operationChannels.test.ts follows each to its channels.
    const entries = await s.db.auditEntry.findMany({ where: { operation: name }, omit: RECORDED_FACTS });
    expect(entries).toEqual([
      {
        id: expect.any(Number),
        actorName: user.name,
        actorRole: row.minRole,
        operation: name,
        targetType: audit.targetType,
        targetId: audit.targetId,
        before: audit.before,
        after: audit.after,
        createdAt: expect.any(Date),
      },
    ]);
    expect(entries[0].createdAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime() - 1000);
    const listed = await s.exec(AUDIT_LOG, { first: 1 }, (await createUserWithToken(s.db, 'ADMIN')).token);
    expect(listed.data!.auditLog.edges[0].node).toEqual({
      actor: user.name,
      actorRole: row.minRole,
      operation: name,
      targetType: audit.targetType,
      targetId: audit.targetId,
      before: audit.before,
      after: audit.after,
      createdAt: entries[0].createdAt.toISOString(),
    });
    expect(logs.lines.filter((l) => l.level >= 40)).toEqual([]);
  });
});

describe('the audit log', () => {
  it('pages newest first and filters by target', async () => {
    const { token } = await createUserWithToken(s.db, 'ADMIN');
    const recs = [await createRecommendation(s.db), await createRecommendation(s.db)];
    for (const [i, rec] of [recs[0], recs[1], recs[0]].entries()) {
      await s.exec(
        LOG,
        {
          input: {
            code: rec.code,
            note: `step ${i}`,
            progress: 10 * (i + 1),
            status: i === 0 || rec === recs[1] ? 'IN_PROGRESS' : undefined,
          },
        },
        token,
      );
    }
    const first = await s.exec(AUDIT_LOG, { first: 2 }, token);
    expect(first.data!.auditLog.totalCount).toBe(3);
    expect(first.data!.auditLog.edges.map((e: any) => e.node.after.progress)).toEqual([30, 20]);
    const rest = await s.exec(AUDIT_LOG, { first: 2, after: first.data!.auditLog.pageInfo.endCursor }, token);
    expect(rest.data!.auditLog).toMatchObject({
      edges: [{ node: { after: { progress: 10 } } }],
      pageInfo: { hasNextPage: false },
    });
    const one = await s.exec(AUDIT_LOG, { targetType: 'Recommendation', targetId: recs[0].code }, token);
    expect(one.data!.auditLog.edges.map((e: any) => e.node.targetId)).toEqual([recs[0].code, recs[0].code]);
  });

  it('cannot be changed through the API: no mutation touches or returns audit entries', () => {
    const schema = buildSchema(typeDefs);
    const mutations = Object.values((schema.getMutationType() as GraphQLObjectType).getFields());
    const touching = mutations.filter(
      (m) => /audit/i.test(m.name) || getNamedType(m.type).name.startsWith('AuditEntry'),
    );
    expect(touching.map((m) => m.name)).toEqual([]);
  });

  it.each(['AuditEntry', 'ProgressUpdate'])(
    '%s rows cannot be updated, deleted or truncated even with direct database access',
    async (table) => {
      const rec = await createRecommendation(s.db);
      await s.exec(
        LOG,
        { input: { code: rec.code, note: 'original', progress: 5, status: 'IN_PROGRESS' } },
        (await createUserWithToken(s.db, 'ANALYST')).token,
      );
      const before = await tableFingerprints(s.db);
      const column = table === 'AuditEntry' ? '"operation"' : '"note"';
      await expect(s.db.$executeRawUnsafe(`UPDATE "${table}" SET ${column} = 'forged'`)).rejects.toThrow(/append-only/);
      await expect(s.db.$executeRawUnsafe(`DELETE FROM "${table}"`)).rejects.toThrow(/append-only/);
      await expect(s.db.$executeRawUnsafe(`TRUNCATE "${table}"`)).rejects.toThrow(/append-only/);
      expect(await tableFingerprints(s.db)).toEqual(before);
    },
  );
});

describe('a failed or forbidden write', () => {
  const attempt = async (role: 'VIEWER' | 'ANALYST' | null, input: Record<string, unknown>) => {
    const rec = await createRecommendation(s.db, { code: 'GOV-AUDIT-01', version: 3 });
    const caller = role ? await createUserWithToken(s.db, role, `${role.toLowerCase()}-caller`) : null;
    const before = await tableFingerprints(s.db);
    const res = await s.exec(LOG, { input: { code: rec.code, note: 'attempt', ...input } }, caller?.token ?? null);
    expect(await tableFingerprints(s.db)).toEqual(before);
    return { res, token: caller?.token };
  };

  it.each([
    [
      'by a viewer',
      'VIEWER',
      { progress: 10, status: 'IN_PROGRESS' },
      'FORBIDDEN',
      { name: 'viewer-caller', role: 'VIEWER' },
    ],
    [
      'without a token',
      null,
      { progress: 10, status: 'IN_PROGRESS' },
      'UNAUTHENTICATED',
      { name: 'anonymous', role: null },
    ],
    [
      'with a stale version',
      'ANALYST',
      { progress: 10, status: 'IN_PROGRESS', expectedVersion: 2 },
      'CONFLICT',
      { name: 'analyst-caller', role: 'ANALYST' },
    ],
    [
      'with out-of-range progress',
      'ANALYST',
      { progress: 101, status: 'IN_PROGRESS' },
      'BAD_USER_INPUT',
      { name: 'analyst-caller', role: 'ANALYST' },
    ],
    [
      'with a field the schema lacks',
      'ANALYST',
      { progress: 10, deleteAll: true },
      'BAD_USER_INPUT',
      { name: 'analyst-caller', role: 'ANALYST' },
    ],
  ] as const)(
    '%s changes no table and logs a warning with the operation, actor and code, never the token',
    async (_what, role, input, code, actor) => {
      const { res, token } = await attempt(role, input);
      expect(res.errors![0].extensions!.code).toBe(code);
      expect(logs.lines.filter((l) => l.level >= 40)).toEqual([
        {
          level: 40,
          time: expect.any(Number),
          operation: 'logProgress',
          operationName: 'Log',
          actor,
          codes: [code],
          msg: 'write failed',
        },
      ]);
      if (token) expect(logs.raw.join('')).not.toContain(token);
    },
  );

  it('with a revoked token is refused before execution, and the refusal is logged without the token', async () => {
    const { user, token } = await createUserWithToken(s.db, 'ANALYST');
    await s.db.apiToken.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    const client = await httpClient(s.http);
    try {
      const before = await tableFingerprints(s.db);
      const res = await client.post(
        { query: LOG, operationName: 'Log', variables: { input: { code: 'GOV-X-01', note: 'x' } } },
        token,
      );
      expect(res.status).toBe(401);
      expect(await tableFingerprints(s.db)).toEqual(before);
      const warnings = logs.lines.filter((l) => l.level >= 40);
      expect(warnings).toEqual([
        expect.objectContaining({
          code: 'UNAUTHENTICATED',
          operationName: 'Log',
          reqId: expect.any(String),
          msg: 'request rejected before execution',
        }),
      ]);
      expect(logs.raw.join('')).not.toContain(token);
    } finally {
      await client.close();
    }
  });
});
