// A second pair of eyes: an analyst's decisive entry (REVIEW_STATUSES, by default IMPLEMENTED and ABANDONED)
// only proposes its change; another person with the REVIEWER role, or an admin, approves or rejects it. Each
// step is checked against the record, its log, the review queue and the audit trail.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import {
  ApproveDocument,
  LogDocument,
  MineDocument,
  QueueDocument,
  RecordDocument,
  RejectDocument,
  TrailDocument,
} from '../__generated__/review';

const s = useTestServer({ reset: true });

const EVIDENCE = ['https://example.gov.cn/sandbox-rules'];

/** A record one step short of implemented, an analyst, a reviewer, and the analyst's proposal to implement it. */
async function proposed() {
  const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90, version: 4 });
  const analyst = await createUserWithToken(s.db, 'ANALYST', 'li');
  const reviewer = await createUserWithToken(s.db, 'REVIEWER', 'zhang');
  const input = {
    code: rec.code,
    note: 'Sandbox rules in force',
    status: 'IMPLEMENTED' as const,
    progress: 100,
    evidenceUrls: EVIDENCE,
    occurredOn: '2026-11-20',
  };
  const logged = await s.exec(LogDocument, { input }, analyst.token);
  expect(logged.errors).toBeUndefined();
  return { rec, analyst, reviewer, logged: logged.data!.logProgress, id: logged.data!.logProgress.proposal!.id };
}

const openProposal = (code: string, id: string) => ({
  id,
  state: 'OPEN',
  proposer: 'li',
  status: 'IMPLEMENTED',
  progress: 100,
  statusBefore: 'IN_PROGRESS',
  progressBefore: 90,
  baseVersion: 4,
  note: 'Sandbox rules in force',
  evidenceUrls: EVIDENCE,
  occurredOn: '2026-11-20',
  reason: null,
  reviewer: null,
  rejectionReason: null,
  recommendation: { code },
});

describe("an analyst's IMPLEMENTED", () => {
  it('leaves the record unchanged and opens a proposal that the review queue lists', async () => {
    const { rec, logged, id, reviewer } = await proposed();
    expect(logged).toEqual({
      recommendation: { code: rec.code, status: 'IN_PROGRESS', progress: 90, version: 4 },
      update: null,
      proposal: openProposal(rec.code, id),
    });
    const record = await s.exec(RecordDocument, { code: rec.code }, reviewer.token);
    expect(record.data!.recommendation).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 90,
      version: 4,
      openProposal: { id },
      updates: [],
      proposals: [{ state: 'OPEN', status: 'IMPLEMENTED', proposer: 'li', reviewer: null, rejectionReason: null }],
    });
    const queue = await s.exec(QueueDocument, {}, reviewer.token);
    expect(queue.data!.pendingReviews).toEqual({
      totalCount: 1,
      edges: [{ node: openProposal(rec.code, id) }],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
  });

  it('is in the audit trail as a logProgress that changed nothing but opened the proposal', async () => {
    const { rec, id } = await proposed();
    const trail = await s.exec(TrailDocument, { code: rec.code }, ADMIN_TOKEN);
    const proposalId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    expect(trail.data!.auditLog.edges.map((e) => e.node)).toEqual([
      {
        actor: 'li',
        actorRole: 'ANALYST',
        operation: 'logProgress',
        before: { status: 'IN_PROGRESS', progress: 90, version: 4 },
        after: {
          status: 'IN_PROGRESS',
          progress: 90,
          version: 4,
          proposalId,
          proposed: { status: 'IMPLEMENTED', progress: 100 },
        },
      },
    ]);
  });
});

describe('deciding a proposal', () => {
  it('is FORBIDDEN to its own proposer, even one with the REVIEWER role, and changes nothing', async () => {
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 100, version: 2 });
    const reviewer = await createUserWithToken(s.db, 'REVIEWER', 'zhang');
    const input = { code: rec.code, note: 'Done', status: 'IMPLEMENTED' as const, evidenceUrls: EVIDENCE };
    const logged = await s.exec(LogDocument, { input }, reviewer.token);
    const id = logged.data!.logProgress.proposal!.id;
    expect(logged.data!.logProgress.update).toBeNull();

    const approve = await s.exec(ApproveDocument, { input: { id, expectedVersion: 2 } }, reviewer.token);
    const reject = await s.exec(RejectDocument, { input: { id, reason: 'Changed my mind' } }, reviewer.token);
    expect([errorCode(approve), errorCode(reject)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const record = await s.exec(RecordDocument, { code: rec.code }, ADMIN_TOKEN);
    expect(record.data!.recommendation).toMatchObject({ status: 'IN_PROGRESS', version: 2, openProposal: { id } });
    const trail = await s.exec(TrailDocument, { code: rec.code }, ADMIN_TOKEN);
    expect(trail.data!.auditLog.edges.map((e) => e.node.operation)).toEqual(['logProgress']);
  });

  it("by a reviewer applies it: one log entry in the proposer's name, linked to the approval", async () => {
    const { rec, reviewer, id } = await proposed();
    const res = await s.exec(ApproveDocument, { input: { id, expectedVersion: 4 } }, reviewer.token);
    expect(res).toEqual({
      data: {
        approveProposal: {
          proposal: {
            ...openProposal(rec.code, id),
            state: 'APPROVED',
            reviewer: 'zhang',
            update: {
              statusBefore: 'IN_PROGRESS',
              status: 'IMPLEMENTED',
              progress: 100,
              actor: 'li',
              note: 'Sandbox rules in force',
              evidenceUrls: EVIDENCE,
              occurredOn: '2026-11-20',
            },
          },
          recommendation: { code: rec.code, status: 'IMPLEMENTED', progress: 100, version: 5 },
        },
      },
    });
    const record = await s.exec(RecordDocument, { code: rec.code }, ADMIN_TOKEN);
    expect(record.data!.recommendation).toMatchObject({
      openProposal: null,
      updates: [
        {
          statusBefore: 'IN_PROGRESS',
          status: 'IMPLEMENTED',
          actor: 'li',
          proposal: { state: 'APPROVED', proposer: 'li', reviewer: 'zhang' },
        },
      ],
      proposals: [
        { state: 'APPROVED', status: 'IMPLEMENTED', proposer: 'li', reviewer: 'zhang', rejectionReason: null },
      ],
    });
    const queue = await s.exec(QueueDocument, {}, reviewer.token);
    expect(queue.data!.pendingReviews.totalCount).toBe(0);
  });

  it('by an admin applies it too', async () => {
    const { rec, id } = await proposed();
    const res = await s.exec(ApproveDocument, { input: { id, expectedVersion: 4 } }, ADMIN_TOKEN);
    expect(res.data!.approveProposal.recommendation).toEqual({
      code: rec.code,
      status: 'IMPLEMENTED',
      progress: 100,
      version: 5,
    });
    expect(res.data!.approveProposal.proposal.reviewer).toBe('(admin token)');
  });

  it('by rejection keeps the record as it was and sends the proposal back to its proposer with the reason', async () => {
    const { rec, analyst, reviewer, id } = await proposed();
    const res = await s.exec(
      RejectDocument,
      { input: { id, reason: '  The notice is only a draft  ' } },
      reviewer.token,
    );
    expect(res).toEqual({
      data: {
        rejectProposal: {
          proposal: {
            ...openProposal(rec.code, id),
            state: 'REJECTED',
            reviewer: 'zhang',
            rejectionReason: 'The notice is only a draft',
          },
          recommendation: { code: rec.code, status: 'IN_PROGRESS', progress: 90, version: 4 },
        },
      },
    });
    const mine = await s.exec(MineDocument, { state: 'REJECTED' }, analyst.token);
    expect(mine.data!.myProposals).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            state: 'REJECTED',
            status: 'IMPLEMENTED',
            reviewer: 'zhang',
            rejectionReason: 'The notice is only a draft',
            recommendation: { code: rec.code },
          },
        },
      ],
    });
    // A proposer's notice asks for what was decided since it last looked.
    const since = async (decidedSince: string) =>
      (await s.exec(MineDocument, { decidedSince }, analyst.token)).data!.myProposals.totalCount;
    await expect(since('2000-01-01T00:00:00Z')).resolves.toBe(1);
    await expect(since(new Date(Date.now() + 60_000).toISOString())).resolves.toBe(0);
    const record = await s.exec(RecordDocument, { code: rec.code }, ADMIN_TOKEN);
    expect(record.data!.recommendation).toMatchObject({
      status: 'IN_PROGRESS',
      version: 4,
      openProposal: null,
      updates: [],
      proposals: [{ state: 'REJECTED', reviewer: 'zhang', rejectionReason: 'The notice is only a draft' }],
    });
  });

  it('needs a reason to reject: BAD_USER_INPUT on field reason, and the proposal stays open', async () => {
    const { rec, reviewer, id } = await proposed();
    const res = await s.exec(RejectDocument, { input: { id, reason: '   ' } }, reviewer.token);
    expect([errorCode(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'reason']);
    const record = await s.exec(RecordDocument, { code: rec.code }, ADMIN_TOKEN);
    expect(record.data!.recommendation!.openProposal).toEqual({ id });
  });

  it('leaves each decision in the audit trail, with the record before and after', async () => {
    const approved = await proposed();
    await s.exec(ApproveDocument, { input: { id: approved.id, expectedVersion: 4 } }, approved.reviewer.token);
    const rejected = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90, version: 4 });
    const log = await s.exec(
      LogDocument,
      { input: { code: rejected.code, note: 'Done', status: 'IMPLEMENTED', progress: 100, evidenceUrls: EVIDENCE } },
      approved.analyst.token,
    );
    const rejectedId = log.data!.logProgress.proposal!.id;
    await s.exec(RejectDocument, { input: { id: rejectedId, reason: 'No evidence of force' } }, ADMIN_TOKEN);

    const trailOf = async (code: string) =>
      (await s.exec(TrailDocument, { code }, ADMIN_TOKEN)).data!.auditLog.edges.map((e) => e.node);
    const raw = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    const before = { status: 'IN_PROGRESS', progress: 90, version: 4 };
    expect((await trailOf(approved.rec.code))[0]).toEqual({
      actor: 'zhang',
      actorRole: 'REVIEWER',
      operation: 'approveProposal',
      before: { ...before, proposalId: raw(approved.id), proposalState: 'OPEN' },
      after: {
        status: 'IMPLEMENTED',
        progress: 100,
        version: 5,
        updateId: expect.any(Number),
        proposalId: raw(approved.id),
        proposalState: 'APPROVED',
      },
    });
    expect((await trailOf(rejected.code))[0]).toEqual({
      actor: '(admin token)',
      actorRole: 'ADMIN',
      operation: 'rejectProposal',
      before: { ...before, proposalId: raw(rejectedId), proposalState: 'OPEN' },
      after: { ...before, reason: 'No evidence of force', proposalId: raw(rejectedId), proposalState: 'REJECTED' },
    });
  });
});
