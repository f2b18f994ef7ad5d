// Institutions as the unit of responsibility (issue 22, item 5): memberships, SCOPED_EDITING on every write path
// (the API's verbs and a spreadsheet import's rows, which call them), and REVIEW_ACROSS_INSTITUTIONS.
import request from 'supertest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { ADMIN_TOKEN, useTestServer, type GqlResult, type TestServer } from '../helpers/testServer';
import { createOwner, createRecommendation, createUserWithToken, linkOwner } from '../helpers/factories';
import { globalId } from '../helpers/globalIds';
import { tableFingerprints } from '../security/support/dbState';

const LOG = `mutation Log($input: LogProgressInput!) {
  logProgress(input: $input) { recommendation { version } proposal { id } } }`;
const TARGET = `mutation Target($input: SetTargetDateInput!) { setTargetDate(input: $input) { targetDate } }`;
const OWNERS = `mutation Owners($input: SetOwnersInput!) { setOwners(input: $input) { owners { name } } }`;
const IMPORT = `mutation Import($input: ImportSpreadsheetInput!) {
  importSpreadsheet(input: $input) { applied errors { row message code } } }`;
const APPROVE = `mutation Approve($input: ApproveProposalInput!) { approveProposal(input: $input) { proposal { state } } }`;
const REJECT = `mutation Reject($input: RejectProposalInput!) { rejectProposal(input: $input) { proposal { state } } }`;
const ADD = `mutation Add($input: MembershipInput!) { addMembership(input: $input) { name memberships { name } } }`;
const REMOVE = `mutation Remove($input: MembershipInput!) { removeMembership(input: $input) { name memberships { name } } }`;
const ME = `{ me { name memberships { name } } }`;
const USERS = `{ users { name memberships { name } } }`;

/** Institutions A and B, a record of each and one with no owner, and an analyst of A. */
async function institutions(s: TestServer) {
  const a = await createOwner(s.db, { name: 'Ministry A' });
  const b = await createOwner(s.db, { name: 'Regulator B' });
  const recA = await createRecommendation(s.db, { code: 'GOV-A-01', status: 'IN_PROGRESS', progress: 50 });
  const recB = await createRecommendation(s.db, { code: 'GOV-B-01', status: 'IN_PROGRESS', progress: 50 });
  const ownerless = await createRecommendation(s.db, { code: 'GOV-NONE-01', status: 'IN_PROGRESS', progress: 50 });
  await linkOwner(s.db, { recommendationId: recA.id, ownerId: a.id, isLead: true });
  await linkOwner(s.db, { recommendationId: recB.id, ownerId: b.id, isLead: true });
  const analyst = await createUserWithToken(s.db, 'ANALYST', 'li');
  await s.db.membership.create({ data: { userId: analyst.user.id, ownerId: a.id } });
  return { a, b, recA, recB, ownerless, analyst };
}

const log = (code: string) => ({ input: { code, note: 'Pilot opened', status: 'IN_PROGRESS', progress: 60 } });
const target = (code: string) => ({ input: { code, targetDate: '2027-06-30', reason: 'Pilot extended' } });
const owners = (code: string, ...names: string[]) => ({
  input: { code, owners: names.map((name) => ({ name, kind: 'MINISTRY' })) },
});

const refusal = (result: GqlResult) => ({ data: result.data, extensions: result.errors?.[0]?.extensions });
const NOT_YOURS = { data: null, extensions: { code: 'FORBIDDEN', reason: 'NOT_YOUR_INSTITUTION' } };

/** The progress sheet as exported, with one new row on `code`. */
async function progressSheet(s: TestServer, code: string) {
  const res = await request(s.http).get('/export/progress.csv').buffer(true);
  const rows = parse(res.text, { bom: true, relax_column_count: true }) as string[][];
  const cells: Record<string, string> = { rowKey: 'nov-1', code, status: 'IN_PROGRESS', progress: '60', note: 'Pilot' };
  rows.push(rows[0].map((c) => cells[c] ?? ''));
  return stringify(rows, { record_delimiter: 'windows' });
}

describe('with SCOPED_EDITING on', () => {
  const s = useTestServer({ reset: true, env: { SCOPED_EDITING: 'true' } });

  it("lets an analyst log progress, set a target date and set owners on their institution's record", async () => {
    const { recA, analyst } = await institutions(s);
    expect((await s.exec(LOG, log(recA.code), analyst.token)).errors).toBeUndefined();
    expect((await s.exec(TARGET, target(recA.code), analyst.token)).errors).toBeUndefined();
    const set = await s.exec(OWNERS, owners(recA.code, 'Ministry A', 'Regulator B'), analyst.token);
    expect(set).toEqual({ data: { setOwners: { owners: [{ name: 'Ministry A' }, { name: 'Regulator B' }] } } });
  });

  it('offers through Recommendation.viewerCan only the writes the rule lets through: all on A’s record, none on B’s or an ownerless one', async () => {
    const { analyst } = await institutions(s);
    const viewer = await createUserWithToken(s.db, 'VIEWER', 'zhou');
    const CAN = `{ recommendations(first: 10) { edges { node { code viewerCan { log setOwners setTargetDate } } } } }`;
    type Edge = { node: { code: string; viewerCan: object } };
    const asked = async (token: string | null) => {
      const result = await s.exec<any>(CAN, {}, token);
      expect(result.errors).toBeUndefined();
      const edges = result.data!.recommendations.edges as Edge[];
      return Object.fromEntries(edges.map(({ node }) => [node.code, Object.values(node.viewerCan)]));
    };
    const all = [true, true, true];
    const none = [false, false, false];
    expect(await asked(analyst.token)).toEqual({ 'GOV-A-01': all, 'GOV-B-01': none, 'GOV-NONE-01': none });
    expect(await asked(ADMIN_TOKEN)).toEqual({ 'GOV-A-01': all, 'GOV-B-01': all, 'GOV-NONE-01': all });
    expect(await asked(viewer.token)).toEqual({ 'GOV-A-01': none, 'GOV-B-01': none, 'GOV-NONE-01': none });
    expect(await asked(null)).toEqual({ 'GOV-A-01': none, 'GOV-B-01': none, 'GOV-NONE-01': none });
  });

  it("refuses another institution's record with NOT_YOUR_INSTITUTION on every path, and changes nothing", async () => {
    const { recB, analyst } = await institutions(s);
    const before = await tableFingerprints(s.db);
    expect(refusal(await s.exec(LOG, log(recB.code), analyst.token))).toEqual(NOT_YOURS);
    expect(refusal(await s.exec(TARGET, target(recB.code), analyst.token))).toEqual(NOT_YOURS);
    // Adding one's own institution is no way in: the record is checked as found, before the edit.
    expect(refusal(await s.exec(OWNERS, owners(recB.code, 'Regulator B', 'Ministry A'), analyst.token))).toEqual(
      NOT_YOURS,
    );
    const content = await progressSheet(s, recB.code);
    const imported = await s.exec(
      IMPORT,
      { input: { format: 'CSV', kind: 'PROGRESS', content, dryRun: false } },
      analyst.token,
    );
    expect(imported.data!.importSpreadsheet).toEqual({
      applied: false,
      errors: [{ row: 2, code: 'FORBIDDEN', message: expect.stringContaining('include none of your institutions') }],
    });
    expect(await tableFingerprints(s.db)).toEqual(before);
  });

  it('refuses a decisive entry (a proposal) on another institution’s record too', async () => {
    const { recB, analyst } = await institutions(s);
    const input = { code: recB.code, note: 'Done', status: 'ABANDONED', reason: 'Dropped', progress: 50 };
    expect(refusal(await s.exec(LOG, { input }, analyst.token))).toEqual(NOT_YOURS);
    expect(await s.db.proposal.count()).toBe(0);
  });

  it('leaves a record with no owner to admins', async () => {
    const { ownerless, analyst } = await institutions(s);
    expect(refusal(await s.exec(LOG, log(ownerless.code), analyst.token))).toEqual(NOT_YOURS);
    expect(refusal(await s.exec(TARGET, target(ownerless.code), analyst.token))).toEqual(NOT_YOURS);
    expect((await s.exec(LOG, log(ownerless.code), ADMIN_TOKEN)).errors).toBeUndefined();
    expect((await s.exec(TARGET, target(ownerless.code), ADMIN_TOKEN)).errors).toBeUndefined();
  });

  it('refuses an analyst who would remove their last institution from a record, and lets an admin', async () => {
    const { recA, analyst } = await institutions(s);
    const before = await tableFingerprints(s.db);
    expect(refusal(await s.exec(OWNERS, owners(recA.code, 'Regulator B'), analyst.token))).toEqual(NOT_YOURS);
    expect(refusal(await s.exec(OWNERS, owners(recA.code), analyst.token))).toEqual(NOT_YOURS);
    expect(await tableFingerprints(s.db)).toEqual(before);
    expect((await s.exec(OWNERS, owners(recA.code, 'Regulator B'), ADMIN_TOKEN)).errors).toBeUndefined();
  });

  it('never creates an owner from an unknown name in setOwners, even for an admin', async () => {
    const { recA, analyst } = await institutions(s);
    const before = await tableFingerprints(s.db);
    for (const token of [analyst.token, ADMIN_TOKEN]) {
      const res = await s.exec(OWNERS, owners(recA.code, 'Ministry A', 'Bureau Z'), token);
      expect(refusal(res)).toEqual({ data: null, extensions: { code: 'BAD_USER_INPUT', field: 'owners.1.name' } });
    }
    expect(await tableFingerprints(s.db)).toEqual(before);
  });

  it('scopes a reviewer’s decisions to their institutions’ records', async () => {
    const { b, recB, analyst } = await institutions(s);
    await s.db.membership.create({ data: { userId: analyst.user.id, ownerId: b.id } });
    const input = { code: recB.code, note: 'Done', status: 'ABANDONED', reason: 'Dropped', progress: 50 };
    const proposal = (await s.exec(LOG, { input }, analyst.token)).data!.logProgress.proposal.id;
    const reviewer = await createUserWithToken(s.db, 'REVIEWER', 'zhang');
    expect(refusal(await s.exec(REJECT, { input: { id: proposal, reason: 'No' } }, reviewer.token))).toEqual(NOT_YOURS);
    await s.db.membership.create({ data: { userId: reviewer.user.id, ownerId: b.id } });
    const rejected = await s.exec(REJECT, { input: { id: proposal, reason: 'No' } }, reviewer.token);
    expect(rejected).toEqual({ data: { rejectProposal: { proposal: { state: 'REJECTED' } } } });
  });
});

describe('with SCOPED_EDITING off (the default)', () => {
  const s = useTestServer({ reset: true });

  it('lets an analyst write on any record, ownerless or not, and remove every owner', async () => {
    const { recB, ownerless, analyst } = await institutions(s);
    expect((await s.exec(LOG, log(recB.code), analyst.token)).errors).toBeUndefined();
    expect((await s.exec(TARGET, target(ownerless.code), analyst.token)).errors).toBeUndefined();
    expect((await s.exec(OWNERS, owners(recB.code), analyst.token)).errors).toBeUndefined();
  });
});

describe('with REVIEW_ACROSS_INSTITUTIONS on', () => {
  const s = useTestServer({ reset: true, env: { REVIEW_ACROSS_INSTITUTIONS: 'true' } });

  it('refuses a reviewer of the owning institution with OWN_INSTITUTION, and lets a reviewer of another', async () => {
    const { a, b, recA, analyst } = await institutions(s);
    const input = { code: recA.code, note: 'Rules in force', status: 'ABANDONED', reason: 'Dropped', progress: 50 };
    const logged = await s.exec(LOG, { input }, analyst.token);
    const id = logged.data!.logProgress.proposal.id;
    const own = await createUserWithToken(s.db, 'REVIEWER', 'wang');
    const other = await createUserWithToken(s.db, 'REVIEWER', 'zhang');
    await s.db.membership.create({ data: { userId: own.user.id, ownerId: a.id } });
    await s.db.membership.create({ data: { userId: other.user.id, ownerId: b.id } });
    const before = await tableFingerprints(s.db);
    const decide = { input: { id, expectedVersion: logged.data!.logProgress.recommendation.version } };
    const OWN = { data: null, extensions: { code: 'FORBIDDEN', reason: 'OWN_INSTITUTION' } };
    expect(refusal(await s.exec(APPROVE, decide, own.token))).toEqual(OWN);
    expect(refusal(await s.exec(REJECT, { input: { id, reason: 'No' } }, own.token))).toEqual(OWN);
    expect(await tableFingerprints(s.db)).toEqual(before);
    expect(await s.exec(APPROVE, decide, other.token)).toEqual({
      data: { approveProposal: { proposal: { state: 'APPROVED' } } },
    });
  });
});

describe('memberships', () => {
  const s = useTestServer({ reset: true });

  it('are added and removed by admins, audited, and read on the user and on me', async () => {
    const a = await createOwner(s.db, { name: 'Ministry A' });
    const b = await createOwner(s.db, { name: 'Regulator B' });
    const analyst = await createUserWithToken(s.db, 'ANALYST', 'li');
    const member = (ownerId: number) => ({ input: { userName: 'li', ownerId: globalId('Owner', ownerId) } });
    expect(await s.exec(ADD, member(b.id), ADMIN_TOKEN)).toEqual({
      data: { addMembership: { name: 'li', memberships: [{ name: 'Regulator B' }] } },
    });
    expect((await s.exec(ADD, member(a.id), ADMIN_TOKEN)).data).toEqual({
      addMembership: { name: 'li', memberships: [{ name: 'Ministry A' }, { name: 'Regulator B' }] },
    });
    expect(await s.exec(ME, {}, analyst.token)).toEqual({
      data: { me: { name: 'li', memberships: [{ name: 'Ministry A' }, { name: 'Regulator B' }] } },
    });
    expect((await s.exec(REMOVE, member(b.id), ADMIN_TOKEN)).data).toEqual({
      removeMembership: { name: 'li', memberships: [{ name: 'Ministry A' }] },
    });
    expect((await s.exec(USERS, {}, ADMIN_TOKEN)).data).toEqual({
      users: [{ name: 'li', memberships: [{ name: 'Ministry A' }] }],
    });
    const trail = await s.db.auditEntry.findMany({ orderBy: { id: 'asc' }, select: { operation: true, after: true } });
    expect(trail).toEqual([
      { operation: 'addMembership', after: { memberships: ['Regulator B'] } },
      { operation: 'addMembership', after: { memberships: ['Ministry A', 'Regulator B'] } },
      { operation: 'removeMembership', after: { memberships: ['Ministry A'] } },
    ]);
    expect((await s.exec(ADD, member(a.id), analyst.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown user or owner, and changes nothing', async () => {
    const a = await createOwner(s.db, { name: 'Ministry A' });
    await createUserWithToken(s.db, 'ANALYST', 'li');
    const before = await tableFingerprints(s.db);
    const unknownUser = { input: { userName: 'nobody', ownerId: globalId('Owner', a.id) } };
    const unknownOwner = { input: { userName: 'li', ownerId: globalId('Owner', a.id + 99) } };
    for (const [doc, vars] of [
      [ADD, unknownUser],
      [ADD, unknownOwner],
      [REMOVE, unknownUser],
      [REMOVE, unknownOwner],
    ] as const)
      expect((await s.exec(doc, vars, ADMIN_TOKEN)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await tableFingerprints(s.db)).toEqual(before);
  });

  it('move to the owner kept when their owner is merged into another', async () => {
    const a = await createOwner(s.db, { name: 'Ministry A' });
    const b = await createOwner(s.db, { name: 'Regulator B' });
    const analyst = await createUserWithToken(s.db, 'ANALYST', 'li');
    await s.db.membership.create({ data: { userId: analyst.user.id, ownerId: a.id } });
    const merge = `mutation M($input: MergeOwnersInput!) { mergeOwners(input: $input) { id } }`;
    const input = { sourceId: globalId('Owner', a.id), targetId: globalId('Owner', b.id) };
    expect((await s.exec(merge, { input }, ADMIN_TOKEN)).errors).toBeUndefined();
    expect(await s.exec(ME, {}, analyst.token)).toEqual({
      data: { me: { name: 'li', memberships: [{ name: 'Regulator B' }] } },
    });
  });
});
