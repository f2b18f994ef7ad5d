// Backup and restore: the document is the data, exactly; restore only into an empty database unless forced.
import { createHash } from 'node:crypto';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { BACKUP_FORMAT_VERSION, restoreBackup, takeBackup } from '../../src/db/backup';
import type { Db } from '../../src/db/client';
import { globalId } from '../helpers/globalIds';
import { signInWithOidc } from '../../src/domain/access/oidcAccounts';

const LOG = `mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;
const OWNERS = `mutation Owners($input: SetOwnersInput!) { setOwners(input: $input) { code } }`;
const TARGET = `mutation Target($input: SetTargetDateInput!) { setTargetDate(input: $input) { code } }`;
const MEMBER = `mutation Member($input: MembershipInput!) { addMembership(input: $input) { name } }`;
const QUOTE = `mutation Quote($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { code } }`;

const s = useTestServer({ reset: true });
let fresh: TestDatabase | undefined;
afterEach(async () => {
  await fresh?.drop();
  fresh = undefined;
});

/** A catalog with every kind of row: entries (one correcting another), owners, revisions, users and audit. */
async function history() {
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01', titleZh: '监管沙盒' });
  const { token } = await createUserWithToken(s.db, 'ANALYST', 'li');
  const first = await s.exec(
    LOG,
    {
      input: {
        code: rec.code,
        note: '试点启动',
        status: 'IN_PROGRESS',
        progress: 20,
        occurredOn: '2026-09-01',
        evidenceUrls: ['https://example.gov.cn/a'],
      },
    },
    token,
  );
  await s.exec(
    LOG,
    { input: { code: rec.code, note: 'Correction', progress: 25, correctsId: first.data!.logProgress.update.id } },
    token,
  );
  await s.exec(OWNERS, { input: { code: rec.code, owners: [{ name: '网信办', kind: 'REGULATOR' }] } }, token);
  const owner = await s.db.owner.findFirstOrThrow();
  const member = { input: { userName: 'li', ownerId: globalId('Owner', owner.id) } };
  expect((await s.exec(MEMBER, member, ADMIN_TOKEN)).errors).toBeUndefined();
  await s.exec(TARGET, { input: { code: rec.code, targetDate: '2027-06-30', reason: 'Plan' } }, token);
  await s.exec(QUOTE, { input: { code: rec.code, quote: '新引文', quoteChangeReason: 'Typo' } }, ADMIN_TOKEN);
  // A second pair of eyes: an analyst's IMPLEMENTED is a proposal, and its approval an entry that names it.
  const done = {
    code: rec.code,
    note: 'In force',
    status: 'IMPLEMENTED',
    progress: 100,
    evidenceUrls: ['https://example.gov.cn/b'],
  };
  const proposed = await s.exec(
    `mutation P($input: LogProgressInput!) { logProgress(input: $input) { proposal { id } recommendation { version } } }`,
    { input: done },
    token,
  );
  const { proposal, recommendation } = proposed.data!.logProgress;
  await s.exec(
    `mutation A($input: ApproveProposalInput!) { approveProposal(input: $input) { proposal { state } } }`,
    { input: { id: proposal.id, expectedVersion: recommendation.version } },
    ADMIN_TOKEN,
  );
  // An indicator and a value (a log entry of its own): the backup carries both, and the indicator's revisions.
  const ind = await s.exec<any>(
    `mutation I($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
    {
      input: {
        recommendationCode: rec.code,
        nameZh: '智能工厂',
        nameEn: 'Smart factories',
        unit: 'factories',
        direction: 'INCREASE',
        baseline: { value: 0, date: '2025-01-01', source: 'test' },
        targets: [{ value: 100, dueDate: '2025-04-11' }],
      },
    },
    ADMIN_TOKEN,
  );
  const value = {
    indicatorId: ind.data.createIndicator.id,
    periodStart: '2025-01-01',
    periodEnd: '2025-01-31',
    value: 30,
  };
  const recorded = await s.exec(
    `mutation V($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { value { id } } }`,
    { input: value },
    token,
  );
  expect(recorded.errors).toBeUndefined();
  // A candidate the extraction proposed, merged into the record (documents/extraction).
  const theme = await s.db.theme.findUniqueOrThrow({ where: { id: rec.themeId } });
  await s.db.candidate.create({
    data: {
      documentId: theme.documentId,
      quote: '新引文',
      start: 0,
      end: 3,
      suggestedTitle: '新引文',
      confidence: 0.55,
      reason: 'directive verb',
      state: 'MERGED',
      recommendationId: rec.id,
      decidedBy: 'admin',
      decidedAt: new Date('2026-12-01T00:00:00Z'),
    },
  });
}

it('restores into a fresh database a backup whose own backup is the identical document', async () => {
  await history();
  // A pending revision of the document's text, so that the table round-trips too.
  const { id: documentId } = await s.db.sourceDocument.findFirstOrThrow();
  await s.db.documentRevision.create({
    data: {
      documentId,
      text: '修订。',
      sections: [],
      contentHash: 'a'.repeat(64),
      mediaType: 'text/plain',
      createdBy: 'li',
    },
  });
  const doc = await takeBackup(s.db);
  expect(doc.formatVersion).toBe(BACKUP_FORMAT_VERSION);
  expect(Object.fromEntries(Object.entries(doc.tables).map(([k, rows]) => [k, rows.length]))).toEqual({
    documents: 1,
    documentRevisions: 1,
    recommendationLinks: 0,
    themes: 1,
    recommendations: 1,
    owners: 1,
    ownerNames: 1,
    recommendationOwners: 1,
    users: 1,
    memberships: 1,
    oidcIdentities: 0,
    proposals: 1,
    progressUpdates: 4,
    indicators: 1,
    indicatorRevisions: 2,
    indicatorValues: 1,
    evidenceArchive: 0,
    evidence: 2,
    targetDateRevisions: 1,
    quoteRevisions: 1,
    rollupRevisions: 0,
    auditEntries: 10,
    catalogStates: 0,
    candidates: 1,
  });
  expect(doc.tables.users).toEqual([
    { id: expect.any(Number), name: 'li', role: 'ANALYST', createdAt: expect.any(String), disabledAt: null },
  ]);
  expect(JSON.stringify(doc)).not.toMatch(/tokenHash/);

  fresh = await createTestDatabase();
  expect(await restoreBackup(fresh.db, JSON.parse(JSON.stringify(doc)))).toMatchObject({ verified: true });
  const again = await takeBackup(fresh.db);
  expect(JSON.stringify(again)).toBe(JSON.stringify(doc));
  // The restore writes the change feed itself (its trigger is off): the same changes as the writes made.
  expect(await feed(fresh.db)).toEqual(await feed(s.db));
  // Sequences continue after the restored ids: new rows do not collide.
  const rec = await fresh.db.recommendation.findFirstOrThrow();
  const next = await fresh.db.progressUpdate.create({
    data: {
      recommendationId: rec.id,
      note: 'After the restore',
      statusBefore: rec.status,
      status: rec.status,
      progressBefore: rec.progress,
      progress: rec.progress,
      occurredOn: new Date('2026-11-30'),
      actorName: 'li',
    },
  });
  expect(next.id).toBe(Math.max(...doc.tables.progressUpdates.map((u) => u.id as number)) + 1);
});

it('refuses a database that is not empty, and with force replaces its contents', async () => {
  await history();
  const doc = await takeBackup(s.db);
  await expect(restoreBackup(s.db, doc)).rejects.toThrow(/not empty .*--force/);
  fresh = await createTestDatabase();
  await createRecommendation(fresh.db, { code: 'GOV-OTHER-01' });
  await expect(restoreBackup(fresh.db, doc)).rejects.toThrow(/not empty/);
  expect(await fresh.db.recommendation.count()).toBe(1);
  await restoreBackup(fresh.db, doc, { force: true });
  expect(JSON.stringify(await takeBackup(fresh.db))).toBe(JSON.stringify(doc));
});

/** The feed as it describes the trail: everything but its own id and transaction. */
const feed = (db: Db) =>
  db.$queryRaw<unknown[]>`SELECT kind, "recommendationId", "auditEntryId", "progressUpdateId", "actorName", "createdAt"
    FROM "ChangeEvent" ORDER BY id`;

it('refuses a backup file with one byte changed, leaving the database as it was', async () => {
  await history();
  const text = `${JSON.stringify(await takeBackup(s.db), null, 1)}\n`;
  expect(JSON.parse(text).sha256).toMatch(/^[0-9a-f]{64}$/);
  // 25% becomes 35%: still a well-formed backup, but not the one that was taken.
  const at = text.indexOf('"progress": 25');
  expect(at).toBeGreaterThan(0);
  const tampered = `${text.slice(0, at + 12)}3${text.slice(at + 13)}`;
  expect(tampered.length).toBe(text.length);
  fresh = await createTestDatabase();
  await createRecommendation(fresh.db, { code: 'GOV-OTHER-01' });
  const before = await takeBackup(fresh.db);
  await expect(restoreBackup(fresh.db, JSON.parse(tampered), { force: true })).rejects.toThrow(
    /does not match its sha256 digest/,
  );
  const { sha256: _digest, ...unsealed } = JSON.parse(text);
  await expect(restoreBackup(fresh.db, unsealed, { force: true })).rejects.toThrow(/no "sha256" digest/);
  expect(JSON.stringify(await takeBackup(fresh.db))).toBe(JSON.stringify(before));
  // The file as written restores.
  expect(await restoreBackup(fresh.db, JSON.parse(text), { force: true })).toMatchObject({ verified: true });
  expect(await fresh.db.progressUpdate.count()).toBe(4);
});

it('refuses a newer format version and a document that is not a backup, writing nothing', async () => {
  const doc = await takeBackup(s.db);
  fresh = await createTestDatabase();
  await expect(restoreBackup(fresh.db, { ...doc, formatVersion: BACKUP_FORMAT_VERSION + 1 })).rejects.toThrow(
    `format version ${BACKUP_FORMAT_VERSION + 1}, newer than this server's ${BACKUP_FORMAT_VERSION}`,
  );
  await expect(restoreBackup(fresh.db, { tables: {} })).rejects.toThrow(/Not a tracker backup/);
  await expect(restoreBackup(fresh.db, { ...doc, tables: { ...doc.tables, themes: undefined } })).rejects.toThrow(
    /no "themes" list/,
  );
});

it('keeps a provider user’s link to their provider account: after a restore they sign in as the same user', async () => {
  const provider = {
    id: 'default',
    label: 'Provider',
    issuer: 'https://id.example.gov.cn',
    clientId: 'tracker',
    clientSecret: 'unused',
    scopes: 'openid',
    roleClaim: null,
    institutionClaim: null,
  };
  const signIn = (db: Db) =>
    signInWithOidc(
      db,
      s.config,
      { provider, issuer: provider.issuer, claims: { sub: 'sub-7', preferred_username: 'zhao' } },
      { address: '127.0.0.1' },
    );
  const first = await signIn(s.db);
  const doc = await takeBackup(s.db);
  expect(doc.tables.oidcIdentities).toEqual([
    {
      id: expect.any(Number),
      userId: first.user.id,
      issuer: provider.issuer,
      subject: 'sub-7',
      createdAt: expect.any(String),
      lastSignInAt: expect.any(String),
    },
  ]);

  fresh = await createTestDatabase();
  await restoreBackup(fresh.db, JSON.parse(JSON.stringify(doc)));
  const again = await signIn(fresh.db);
  expect(again.user).toMatchObject({ id: first.user.id, name: 'zhao' });
  expect(await fresh.db.user.count()).toBe(1);
});

it('restores a format version 7 document, from before provider identities, as one without any', async () => {
  await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const { oidcIdentities: _none, ...tables } = (await takeBackup(s.db)).tables;
  const content = { format: 'ai-governance-tracker-backup', formatVersion: 7, tables } as const;
  const sha256 = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  fresh = await createTestDatabase();
  const copy = () => JSON.parse(JSON.stringify({ ...content, sha256 })) as typeof content;
  expect(await restoreBackup(fresh.db, copy())).toMatchObject({ verified: true });
  expect(await fresh.db.oidcIdentity.count()).toBe(0);
  await expect(restoreBackup(fresh.db, { ...copy(), formatVersion: 8 }, { force: true })).rejects.toThrow(
    /no "oidcIdentities" list/,
  );
});

it('restores a format version 1 document, from before proposals, as one without any', async () => {
  await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const { proposals: _none, ...tables } = (await takeBackup(s.db)).tables;
  fresh = await createTestDatabase();
  const restored = await restoreBackup(fresh.db, { format: 'ai-governance-tracker-backup', formatVersion: 1, tables });
  expect([await fresh.db.recommendation.count(), await fresh.db.proposal.count()]).toEqual([1, 0]);
  // A document from before digests restores, reported as unverified.
  expect(restored.verified).toBe(false);
});

it('restores a format version 3 document, from before memberships, as one without any, its digest checked', async () => {
  await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const { memberships: _none, ...tables } = (await takeBackup(s.db)).tables;
  const content = { format: 'ai-governance-tracker-backup', formatVersion: 3, tables } as const;
  const sha256 = createHash('sha256').update(JSON.stringify(content)).digest('hex');
  fresh = await createTestDatabase();
  const copy = () => JSON.parse(JSON.stringify({ ...content, sha256 })) as typeof content;
  expect(await restoreBackup(fresh.db, copy())).toMatchObject({ verified: true });
  expect([await fresh.db.recommendation.count(), await fresh.db.membership.count()]).toEqual([1, 0]);
  // From version 4 on, the list is required.
  await expect(restoreBackup(fresh.db, { ...copy(), formatVersion: 4 }, { force: true })).rejects.toThrow(
    /no "memberships" list/,
  );
});
