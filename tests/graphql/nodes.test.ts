// Global Object Identification: every object with an id refetches through node(id:) and nodes(ids:) as the
// same object its own field shows; ids are opaque, unique across types, and anything else is null, not an
// error. Admin-only objects are null to other callers. Inputs that take an id accept the global one.
import { seedCatalog } from '../../prisma/seed';
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createUserWithToken } from '../helpers/factories';
import { globalId, rawId } from '../helpers/globalIds';

const REC = 'id code titleEn status progress version targetDate archived createdAt';
const THEME = 'id code pillar nameZh nameEn sectionZh';
const DOC = 'id slug titleZh titleEn author';
const UPDATE = 'id note status progress statusBefore occurredOn actor createdAt';
const OWNER = 'id name kind';
const USER = 'id name role createdAt';
const TOKEN = 'id label prefix expiresAt revokedAt createdAt';
const AUDIT_ENTRY = 'id actor operation targetType targetId before after createdAt';

/** Each type's objects as its own fields show them (the admin sees everything). */
const READ_ALL = /* GraphQL */ `
  query ReadAll {
    recommendations(first: 50) { edges { node { __typename ${REC} updates(first: 5) { __typename ${UPDATE} } owners { __typename ${OWNER} } } } }
    themes { __typename ${THEME} }
    documents { __typename ${DOC} }
    owners { __typename ${OWNER} }
    users { __typename ${USER} tokens { __typename ${TOKEN} } }
    auditLog(first: 50) { edges { node { __typename ${AUDIT_ENTRY} } } }
  }`;

const ON_EVERY_TYPE = /* GraphQL */ `
  __typename
  ... on Recommendation { ${REC} }
  ... on ProgressUpdate { ${UPDATE} }
  ... on Theme { ${THEME} }
  ... on SourceDocument { ${DOC} }
  ... on Owner { ${OWNER} }
  ... on User { ${USER} }
  ... on ApiToken { ${TOKEN} }
  ... on AuditEntry { ${AUDIT_ENTRY} }`;

const NODE = `query Node($id: ID!) { node(id: $id) { ${ON_EVERY_TYPE} } }`;
const NODES = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ${ON_EVERY_TYPE} } }`;
const LOG = 'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id corrects { id } } } }';
const SET_OWNERS = 'mutation Owners($input: SetOwnersInput!) { setOwners(input: $input) { code } }';
const REVOKE = 'mutation Revoke($id: ID!) { revokeToken(id: $id) { id revokedAt } }';

const s = useTestServer({ reset: true });

type Obj = Record<string, unknown> & { __typename: string; id: string };

/** A catalog with owners, log entries, an account with a token, and the audit entries those writes left. */
async function world() {
  await seedCatalog(s.db);
  await createUserWithToken(s.db, 'ANALYST', 'li');
  const ok = (res: { errors?: unknown }) => expect(res.errors).toBeUndefined();
  ok(
    await s.exec(
      SET_OWNERS,
      {
        input: {
          code: 'GOV-SANDBOX-01',
          owners: [
            { name: '国家网信办', kind: 'REGULATOR' },
            { name: '科技部', kind: 'MINISTRY' },
          ],
        },
      },
      ADMIN_TOKEN,
    ),
  );
  ok(
    await s.exec(
      LOG,
      {
        input: {
          code: 'GOV-SANDBOX-01',
          note: 'Rules drafted',
          status: 'IN_PROGRESS',
          progress: 20,
          occurredOn: '2026-05-01',
        },
      },
      ADMIN_TOKEN,
    ),
  );
  ok(
    await s.exec(
      LOG,
      { input: { code: 'GOV-SANDBOX-02', note: 'Pilot', status: 'PLANNED', progress: 5, occurredOn: '2026-05-02' } },
      ADMIN_TOKEN,
    ),
  );
}

/** Every object READ_ALL shows, once each, by id. */
async function everything(): Promise<Map<string, Obj>> {
  const res = await s.exec(READ_ALL, {}, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  const d = res.data!;
  const recs = d.recommendations.edges.map((e: { node: Obj }) => e.node);
  const objects: Obj[] = [
    ...recs.map(({ updates: _u, owners: _o, ...r }: Obj) => r as Obj),
    ...recs.flatMap((r: { updates: Obj[] }) => r.updates),
    ...recs.flatMap((r: { owners: Obj[] }) => r.owners),
    ...d.themes,
    ...d.documents,
    ...d.owners,
    ...d.users.map(({ tokens: _t, ...u }: Obj) => u as Obj),
    ...d.users.flatMap((u: { tokens: Obj[] }) => u.tokens),
    ...d.auditLog.edges.map((e: { node: Obj }) => e.node),
  ];
  return new Map(objects.map((o) => [o.id, o]));
}

describe('node(id:) and nodes(ids:)', () => {
  beforeEach(world);

  it('refetch every object of every Node type as its own field shows it', async () => {
    const objects = await everything();
    const types = new Set([...objects.values()].map((o) => o.__typename));
    expect([...types].sort()).toEqual([
      'ApiToken',
      'AuditEntry',
      'Owner',
      'ProgressUpdate',
      'Recommendation',
      'SourceDocument',
      'Theme',
      'User',
    ]);
    for (const [id, object] of objects) {
      const res = await s.exec(NODE, { id }, ADMIN_TOKEN);
      expect({ id, errors: res.errors, node: res.data!.node }).toEqual({ id, errors: undefined, node: object });
    }
    const ids = [...objects.keys()];
    const batched = await s.exec(NODES, { ids: ids.slice(0, 100) }, ADMIN_TOKEN);
    expect(batched.errors).toBeUndefined();
    expect(batched.data!.nodes).toEqual(ids.slice(0, 100).map((id) => objects.get(id)));
  });

  it('give ids that are the documented encoding of the type and database id, unique across types', async () => {
    const rec = await s.db.recommendation.findUniqueOrThrow({ where: { code: 'GOV-SANDBOX-01' } });
    const res = await s.exec(
      `{ recommendation(code: "GOV-SANDBOX-01") { id theme { id document { id } } owners { id } } }`,
    );
    const r = res.data!.recommendation;
    expect(r.id).toBe(globalId('Recommendation', rec.id));
    expect(r.theme.id).toBe(globalId('Theme', rec.themeId));
    expect(rawId('Owner', r.owners[0].id)).toEqual(expect.any(Number));
    const objects = await everything();
    const raw = [...objects.values()].map((o) => `${o.__typename}:${Buffer.from(o.id, 'base64url').toString()}`);
    expect(raw.every((x) => /^(\w+):\1:\d+$/.test(x))).toBe(true);
    // The same database id under two types: two ids, each refetching its own object.
    const theme1 = await s.exec(NODE, { id: globalId('Theme', 1) });
    const rec1 = await s.exec(NODE, { id: globalId('Recommendation', 1) });
    expect([theme1.data!.node.__typename, rec1.data!.node.__typename]).toEqual(['Theme', 'Recommendation']);
  });

  it.each([
    ['an unknown id', globalId('Recommendation', 999_999)],
    ['a well-formed id of an unknown type', globalId('Secret', 1)],
    ['a well-formed id of a type that is not a Node', globalId('Viewer', 1)],
    ['a malformed id', 'not an id!'],
    ['an id that is not base64url of a type and id', 'UmVj'],
    ['the raw database id', '1'],
    ['a padded spelling of a real id', `${globalId('Theme', 1)}=`],
    ['an empty id', ''],
    ['a database id beyond 32 bits', globalId('Theme', 99_999_999_999)],
  ])('answer null, with no error, for %s', async (_what, id) => {
    const one = await s.exec(NODE, { id }, ADMIN_TOKEN);
    expect(one).toEqual({ data: { node: null } });
    const many = await s.exec(NODES, { ids: [id, globalId('Theme', 1), id] }, ADMIN_TOKEN);
    expect(many.errors).toBeUndefined();
    expect(many.data!.nodes.map((n: Obj | null) => n?.__typename ?? null)).toEqual([null, 'Theme', null]);
  });

  it('batch: a list of ids costs one statement per type, however many ids', async () => {
    const recs = await s.db.recommendation.findMany({ orderBy: { id: 'asc' } });
    const themes = await s.db.theme.findMany();
    const countFor = async (ids: string[]) => {
      s.statements.length = 0;
      const res = await s.exec(NODES, { ids });
      expect(res.errors).toBeUndefined();
      expect(res.data!.nodes.every((n: Obj | null) => n !== null)).toBe(true);
      return s.statements.length;
    };
    const few = await countFor([globalId('Recommendation', recs[0].id), globalId('Theme', themes[0].id)]);
    const many = await countFor([
      ...recs.map((r) => globalId('Recommendation', r.id)),
      ...themes.map((t) => globalId('Theme', t.id)),
    ]);
    expect([few, many]).toEqual([2, 2]);
  });

  it('take at most 100 ids, refusing more with BAD_USER_INPUT', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => globalId('Recommendation', i + 1));
    const hundred = await s.exec(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ids(100) });
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!.nodes).toHaveLength(100);
    const over = await s.exec(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ids(101) });
    expect([errorCode(over), over.errors![0].message]).toEqual(['BAD_USER_INPUT', 'nodes takes at most 100 ids.']);
  });

  it('answer null for accounts, tokens and audit entries unless the caller is an admin, as if they did not exist', async () => {
    const objects = await everything();
    const adminOnly = [...objects.values()].filter((o) => ['User', 'ApiToken', 'AuditEntry'].includes(o.__typename));
    const { token: viewer } = await createUserWithToken(s.db, 'VIEWER');
    const { token: analyst } = await createUserWithToken(s.db, 'ANALYST');
    for (const token of [null, viewer, analyst]) {
      for (const o of adminOnly) expect(await s.exec(NODE, { id: o.id }, token)).toEqual({ data: { node: null } });
      expect(await s.exec(NODES, { ids: adminOnly.map((o) => o.id) }, token)).toEqual({
        data: { nodes: adminOnly.map(() => null) },
      });
    }
    // The public types stay readable to the same callers.
    const theme = [...objects.values()].find((o) => o.__typename === 'Theme')!;
    expect((await s.exec(NODE, { id: theme.id }, viewer)).data!.node).toEqual(theme);
  });
});

describe('inputs that take an id', () => {
  beforeEach(world);

  it('accept the global id, and still the raw id (deprecated), for correctsId and revokeToken', async () => {
    const entry = (
      await s.db.progressUpdate.findFirstOrThrow({ where: { recommendation: { code: 'GOV-SANDBOX-01' } } })
    ).id;
    for (const correctsId of [globalId('ProgressUpdate', entry), String(entry)]) {
      const res = await s.exec(
        LOG,
        { input: { code: 'GOV-SANDBOX-01', note: `fix via ${correctsId}`, progress: 15 } },
        ADMIN_TOKEN,
      );
      expect(res.errors).toBeUndefined();
      const fix = await s.exec(
        LOG,
        { input: { code: 'GOV-SANDBOX-01', note: 'Correction', progress: 10, correctsId } },
        ADMIN_TOKEN,
      );
      expect(fix.errors).toBeUndefined();
      expect(fix.data!.logProgress.update.corrects).toEqual({ id: globalId('ProgressUpdate', entry) });
    }
    const tokens = await s.db.apiToken.findMany({ orderBy: { id: 'asc' } });
    for (const [t, id] of [
      [tokens[0], globalId('ApiToken', tokens[0].id)],
      [tokens[0], String(tokens[0].id)],
    ] as const) {
      const res = await s.exec(REVOKE, { id }, ADMIN_TOKEN);
      expect(res.errors).toBeUndefined();
      expect(res.data!.revokeToken).toEqual({ id: globalId('ApiToken', t.id), revokedAt: expect.any(String) });
    }
  });

  it('refuse the global id of another type with BAD_USER_INPUT, naming the id as sent', async () => {
    const rec = await s.db.recommendation.findUniqueOrThrow({ where: { code: 'GOV-SANDBOX-01' } });
    const entry = (await s.db.progressUpdate.findFirstOrThrow({ where: { recommendationId: rec.id } })).id;
    const wrongType = await s.exec(
      LOG,
      { input: { code: rec.code, note: 'x', progress: 1, correctsId: globalId('Recommendation', entry) } },
      ADMIN_TOKEN,
    );
    expect([errorCode(wrongType), wrongType.errors![0].message]).toEqual([
      'BAD_USER_INPUT',
      'Invalid input. correctsId: correctsId must be the id of a ProgressUpdate',
    ]);
    const revoke = await s.exec(REVOKE, { id: globalId('User', 1) }, ADMIN_TOKEN);
    expect(errorCode(revoke)).toBe('BAD_USER_INPUT');
    const missing = await s.exec(REVOKE, { id: globalId('ApiToken', 999_999) }, ADMIN_TOKEN);
    expect([errorCode(missing), missing.errors![0].message]).toEqual([
      'NOT_FOUND',
      `No token with id ${globalId('ApiToken', 999_999)}.`,
    ]);
    expect(await s.db.progressUpdate.count({ where: { recommendationId: rec.id } })).toBe(1);
  });
});
