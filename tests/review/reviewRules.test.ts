// The edges of a second pair of eyes: who proposes and who applies at once, one open proposal per record,
// versions, decided proposals, records that moved since, the queue's readers, REVIEW_STATUSES, and the
// database's own refusal to rewrite a decision.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { globalId, rawId } from '../helpers/globalIds';
import {
  ApproveDocument,
  LogDocument,
  MineDocument,
  ProposalNodeDocument,
  QueueDocument,
  RecordDocument,
  RejectDocument,
} from '../__generated__/review';
import type { LogProgressInput } from '../__generated__/schemaTypes';

const s = useTestServer({ reset: true });

const EVIDENCE = ['https://example.gov.cn/notice'];
const implement = (code: string): LogProgressInput => ({
  code,
  note: 'Measure in force',
  status: 'IMPLEMENTED',
  progress: 100,
  evidenceUrls: EVIDENCE,
});

async function people() {
  const analyst = await createUserWithToken(s.db, 'ANALYST', 'li');
  const reviewer = await createUserWithToken(s.db, 'REVIEWER', 'zhang');
  const viewer = await createUserWithToken(s.db, 'VIEWER', 'wu');
  return { analyst: analyst.token, reviewer: reviewer.token, viewer: viewer.token };
}

const stateOf = async (code: string) => {
  const { status, progress, version, openProposal } = (await s.exec(RecordDocument, { code }, ADMIN_TOKEN)).data!
    .recommendation!;
  return { status, progress, version, open: openProposal !== null };
};

describe('who proposes', () => {
  it("applies an admin's IMPLEMENTED at once, with proposal null", async () => {
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    const res = await s.exec(LogDocument, { input: implement(rec.code) }, ADMIN_TOKEN);
    expect(res.data!.logProgress).toEqual({
      recommendation: { code: rec.code, status: 'IMPLEMENTED', progress: 100, version: 2 },
      update: { status: 'IMPLEMENTED', actor: '(admin token)' },
      proposal: null,
    });
  });

  it("applies an analyst's non-decisive entry at once, with proposal null, even while a proposal is open", async () => {
    const { analyst } = await people();
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    await s.exec(LogDocument, { input: implement(rec.code) }, analyst);
    const res = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'Last province joined', progress: 95 } },
      analyst,
    );
    expect(res.data!.logProgress).toEqual({
      recommendation: { code: rec.code, status: 'IN_PROGRESS', progress: 95, version: 2 },
      update: { status: 'IN_PROGRESS', actor: 'li' },
      proposal: null,
    });
  });

  it("turns an analyst's ABANDONED, which only an admin could log directly, into a proposal that needs its reason", async () => {
    const { analyst, reviewer } = await people();
    const rec = await createRecommendation(s.db, { status: 'PLANNED', progress: 10 });
    const input = { code: rec.code, note: 'Superseded by the 2027 plan', status: 'ABANDONED' as const };
    expect(errorCode(await s.exec(LogDocument, { input }, analyst))).toBe('BAD_USER_INPUT');
    const res = await s.exec(LogDocument, { input: { ...input, reason: 'Superseded' } }, analyst);
    expect(res.data!.logProgress.proposal).toMatchObject({ status: 'ABANDONED', reason: 'Superseded' });
    const approved = await s.exec(
      ApproveDocument,
      { input: { id: res.data!.logProgress.proposal!.id, expectedVersion: 1 } },
      reviewer,
    );
    expect(approved.data!.approveProposal.proposal.update).toMatchObject({
      status: 'ABANDONED',
      note: 'Superseded by the 2027 plan\n\nReason: Superseded',
    });
  });

  it('offers each role the moves it may make, and names those that go to review', async () => {
    const tokens = await people();
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 50 });
    const offer = async (token: string | null) => {
      const r = (await s.exec(RecordDocument, { code: rec.code }, token)).data!.recommendation!;
      return { allowed: r.allowedNextStatuses, review: r.statusesNeedingReview };
    };
    const all = ['STALLED', 'IMPLEMENTED', 'ABANDONED'];
    expect({
      anonymous: await offer(null),
      viewer: await offer(tokens.viewer),
      analyst: await offer(tokens.analyst),
      reviewer: await offer(tokens.reviewer),
      admin: await offer(ADMIN_TOKEN),
    }).toEqual({
      anonymous: { allowed: ['STALLED', 'IMPLEMENTED'], review: [] },
      viewer: { allowed: ['STALLED', 'IMPLEMENTED'], review: [] },
      analyst: { allowed: all, review: ['IMPLEMENTED', 'ABANDONED'] },
      reviewer: { allowed: all, review: ['IMPLEMENTED', 'ABANDONED'] },
      admin: { allowed: all, review: [] },
    });
  });
});

describe('one proposal at a time', () => {
  it('refuses a second decisive proposal while one is open with CONFLICT, and allows one after the decision', async () => {
    const { analyst, reviewer } = await people();
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    const first = await s.exec(LogDocument, { input: implement(rec.code) }, analyst);
    const second = await s.exec(LogDocument, { input: implement(rec.code) }, reviewer);
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors![0].message).toContain('already has a proposal awaiting review');
    const id = first.data!.logProgress.proposal!.id;
    await s.exec(RejectDocument, { input: { id, reason: 'Not yet in force' } }, reviewer);
    const third = await s.exec(LogDocument, { input: implement(rec.code) }, analyst);
    expect(third.data!.logProgress.proposal).toMatchObject({ state: 'OPEN' });
  });
});

describe('approving', () => {
  it('with a stale expectedVersion is CONFLICT with the current version, and changes nothing', async () => {
    const { analyst, reviewer } = await people();
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90, version: 3 });
    const logged = await s.exec(LogDocument, { input: implement(rec.code) }, analyst);
    await s.exec(LogDocument, { input: { code: rec.code, note: 'One more region', progress: 95 } }, analyst);
    const res = await s.exec(
      ApproveDocument,
      { input: { id: logged.data!.logProgress.proposal!.id, expectedVersion: 3 } },
      reviewer,
    );
    expect([errorCode(res), res.errors![0].extensions!.currentVersion]).toEqual(['CONFLICT', 4]);
    expect(await stateOf(rec.code)).toEqual({ status: 'IN_PROGRESS', progress: 95, version: 4, open: true });
  });

  it('applies to the record as it is now, at the version the reviewer confirms', async () => {
    const { analyst, reviewer } = await people();
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90, version: 3 });
    const logged = await s.exec(LogDocument, { input: implement(rec.code) }, analyst);
    await s.exec(LogDocument, { input: { code: rec.code, note: 'One more region', progress: 95 } }, analyst);
    const id = logged.data!.logProgress.proposal!.id;
    const res = await s.exec(ApproveDocument, { input: { id, expectedVersion: 4 } }, reviewer);
    expect(res.data!.approveProposal.proposal).toMatchObject({ baseVersion: 3, state: 'APPROVED' });
    expect(res.data!.approveProposal.proposal.update).toMatchObject({ statusBefore: 'IN_PROGRESS', progress: 100 });
    expect(await stateOf(rec.code)).toEqual({ status: 'IMPLEMENTED', progress: 100, version: 5, open: false });
  });

  it('refuses a move the lifecycle no longer allows from where the record stands, and keeps the proposal open', async () => {
    const { analyst, reviewer } = await people();
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    const logged = await s.exec(LogDocument, { input: implement(rec.code) }, analyst);
    await s.exec(LogDocument, { input: { code: rec.code, note: 'Funding frozen', status: 'STALLED' } }, analyst);
    const res = await s.exec(
      ApproveDocument,
      { input: { id: logged.data!.logProgress.proposal!.id, expectedVersion: 2 } },
      reviewer,
    );
    expect([errorCode(res), res.errors![0].extensions!.allowedStatuses]).toEqual([
      'BAD_USER_INPUT',
      ['PLANNED', 'IN_PROGRESS', 'ABANDONED'],
    ]);
    expect(await stateOf(rec.code)).toEqual({ status: 'STALLED', progress: 90, version: 2, open: true });
  });

  it('or rejecting a proposal already decided is CONFLICT, and the first decision stands', async () => {
    const { analyst, reviewer } = await people();
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    const id = (await s.exec(LogDocument, { input: implement(rec.code) }, analyst)).data!.logProgress.proposal!.id;
    await s.exec(ApproveDocument, { input: { id, expectedVersion: 1 } }, reviewer);
    const again = await s.exec(ApproveDocument, { input: { id, expectedVersion: 2 } }, ADMIN_TOKEN);
    const reject = await s.exec(RejectDocument, { input: { id, reason: 'Too late' } }, ADMIN_TOKEN);
    expect([errorCode(again), errorCode(reject)]).toEqual(['CONFLICT', 'CONFLICT']);
    expect(again.errors![0].message).toBe(`Proposal ${id} was approved by zhang already: nothing left to decide.`);
    expect(await stateOf(rec.code)).toEqual({ status: 'IMPLEMENTED', progress: 100, version: 2, open: false });
  });

  it('by two reviewers at once lets exactly one decide, and the other gets CONFLICT', async () => {
    const { analyst, reviewer } = await people();
    const other = (await createUserWithToken(s.db, 'REVIEWER', 'chen')).token;
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    const id = (await s.exec(LogDocument, { input: implement(rec.code) }, analyst)).data!.logProgress.proposal!.id;
    const results = await Promise.all([
      s.exec(ApproveDocument, { input: { id, expectedVersion: 1 } }, reviewer),
      s.exec(RejectDocument, { input: { id, reason: 'Not yet' } }, other),
    ]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await s.db.progressUpdate.count({ where: { recommendationId: rec.id } })).toBe(results[0].errors ? 0 : 1);
  });

  it('an unknown proposal is NOT_FOUND; an id of another type is BAD_USER_INPUT on field id', async () => {
    const { reviewer } = await people();
    const unknown = await s.exec(
      ApproveDocument,
      { input: { id: globalId('Proposal', 999), expectedVersion: 1 } },
      reviewer,
    );
    const wrongType = await s.exec(
      RejectDocument,
      { input: { id: globalId('Recommendation', 1), reason: 'x' } },
      reviewer,
    );
    expect([errorCode(unknown), errorCode(wrongType), wrongType.errors![0].extensions!.field]).toEqual([
      'NOT_FOUND',
      'BAD_USER_INPUT',
      'id',
    ]);
  });
});

describe('reading proposals', () => {
  it('the review queue is for reviewers and admins: UNAUTHENTICATED anonymously, FORBIDDEN to viewers and analysts', async () => {
    const t = await people();
    const codeFor = async (token: string | null) => errorCode(await s.exec(QueueDocument, {}, token)) ?? null;
    expect([
      await codeFor(null),
      await codeFor(t.viewer),
      await codeFor(t.analyst),
      await codeFor(t.reviewer),
      await codeFor(ADMIN_TOKEN),
    ]).toEqual(['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', null, null]);
  });

  it('pages the queue oldest first', async () => {
    const { analyst, reviewer } = await people();
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
      await s.exec(LogDocument, { input: implement(rec.code) }, analyst);
      codes.push(rec.code);
    }
    const first = (await s.exec(QueueDocument, { first: 2 }, reviewer)).data!.pendingReviews;
    const rest = (await s.exec(QueueDocument, { first: 2, after: first.pageInfo.endCursor }, reviewer)).data!
      .pendingReviews;
    const codesOf = (page: typeof first) => page.edges.map((e) => e.node.recommendation.code);
    expect([codesOf(first), first.pageInfo.hasNextPage, codesOf(rest), rest.pageInfo.hasNextPage]).toEqual([
      codes.slice(0, 2),
      true,
      codes.slice(2),
      false,
    ]);
  });

  it("lists only the caller's own proposals in myProposals, needs a token for it, and gives a viewer none", async () => {
    const { analyst, reviewer, viewer } = await people();
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    await s.exec(LogDocument, { input: implement(rec.code) }, analyst);
    const count = async (token: string) => (await s.exec(MineDocument, {}, token)).data!.myProposals.totalCount;
    expect([await count(analyst), await count(reviewer), await count(viewer)]).toEqual([1, 0, 0]);
    expect(errorCode(await s.exec(MineDocument, {}, null))).toBe('UNAUTHENTICATED');
  });

  it('refetches a proposal by its global id for its proposer, and answers null without a token', async () => {
    const { analyst } = await people();
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    const id = (await s.exec(LogDocument, { input: implement(rec.code) }, analyst)).data!.logProgress.proposal!.id;
    expect((await s.exec(ProposalNodeDocument, { id }, analyst)).data).toEqual({
      node: { __typename: 'Proposal', state: 'OPEN', proposer: 'li' },
    });
    expect((await s.exec(ProposalNodeDocument, { id })).data).toEqual({ node: null });
  });
});

describe('the database', () => {
  it('refuses to rewrite a decided proposal, to reopen it, or to delete one', async () => {
    const { analyst, reviewer } = await people();
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90 });
    const id = (await s.exec(LogDocument, { input: implement(rec.code) }, analyst)).data!.logProgress.proposal!.id;
    const row = rawId('Proposal', id);
    await expect(s.db.proposal.update({ where: { id: row }, data: { note: 'Edited' } })).rejects.toThrow(/append-only/);
    await s.exec(RejectDocument, { input: { id, reason: 'Draft only' } }, reviewer);
    await expect(s.db.proposal.update({ where: { id: row }, data: { state: 'OPEN' } })).rejects.toThrow(/append-only/);
    await expect(
      s.db.proposal.update({ where: { id: row }, data: { state: 'APPROVED', rejectionReason: null } }),
    ).rejects.toThrow(/append-only/);
    await expect(s.db.proposal.delete({ where: { id: row } })).rejects.toThrow(/append-only/);
  });
});

describe('with REVIEW_STATUSES empty', () => {
  const off = useTestServer({ reset: true, env: { REVIEW_STATUSES: '' } });

  it("applies an analyst's IMPLEMENTED at once, and ABANDONED is an admin's again", async () => {
    const analyst = await createUserWithToken(off.db, 'ANALYST', 'li');
    const rec = await createRecommendation(off.db, { status: 'IN_PROGRESS', progress: 90 });
    const res = await off.exec(LogDocument, { input: implement(rec.code) }, analyst.token);
    expect(res.data!.logProgress).toMatchObject({ update: { status: 'IMPLEMENTED' }, proposal: null });
    const abandon = { code: rec.code, note: 'Dropped', status: 'ABANDONED' as const, reason: 'Superseded' };
    expect(errorCode(await off.exec(LogDocument, { input: abandon }, analyst.token))).toBe('FORBIDDEN');
  });
});
