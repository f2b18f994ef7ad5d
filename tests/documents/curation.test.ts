// Curating candidates (admins): accept one as a record whose quote is the candidate's text, merge one into an
// existing record, reject one with a reason. Each decides an open candidate once, is audited, and a refusal
// changes nothing.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { AcceptDocument, ExtractDocument, MergeDocument, RejectDocument } from '../__generated__/extraction';
import { createPolicyDocument, POLICY_CANDIDATES } from './extractionSupport';
import { LinksDocument, NewRecordDocument } from '../__generated__/documents';
import { toGlobalId } from '../../src/domain/globalId';

const s = useTestServer({ reset: true });

/** A policy document, extracted: its theme codes and its candidates' ids, in text order. */
async function extracted() {
  const policy = await createPolicyDocument(s.db);
  const res = await s.exec(ExtractDocument, { documentId: policy.id }, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  return { ...policy, ids: res.data!.extractCandidates.candidates.edges.map((e) => e.node.id) };
}

const texts = { titleZh: '完善沙盒制度安排', titleEn: 'Sandbox rules', summaryEn: 'Entry, operation and exit rules.' };

/** What a refusal must leave as it was. */
const snapshot = async () => ({
  candidates: await s.db.candidate.findMany({ orderBy: { id: 'asc' } }),
  records: await s.db.recommendation.findMany({ orderBy: { id: 'asc' } }),
  audit: await s.db.auditEntry.count(),
});

describe('acceptCandidate', () => {
  it('creates a record in the chosen theme whose quote is the candidate, and marks the candidate ACCEPTED', async () => {
    const { ids, sandbox } = await extracted();
    const res = await s.exec(
      AcceptDocument,
      { input: { id: ids[0]!, code: 'POL-SANDBOX-01', theme: sandbox, ...texts } },
      ADMIN_TOKEN,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.acceptCandidate).toMatchObject({
      state: 'ACCEPTED',
      recommendation: {
        code: 'POL-SANDBOX-01',
        quote: POLICY_CANDIDATES[0],
        titleZh: texts.titleZh,
        theme: { code: sandbox },
      },
    });
    const trail = await s.db.auditEntry.findMany({ orderBy: { id: 'asc' } });
    expect(trail.slice(-2).map((e) => [e.operation, e.targetType, e.after])).toEqual([
      ['createRecommendation', 'Recommendation', expect.objectContaining({ quote: POLICY_CANDIDATES[0] })],
      ['acceptCandidate', 'Candidate', { state: 'ACCEPTED', recommendation: 'POL-SANDBOX-01' }],
    ]);
  });

  it("gives a code from the theme's when none is given", async () => {
    const { ids, risk } = await extracted();
    const first = await s.exec(AcceptDocument, { input: { id: ids[3]!, theme: risk, ...texts } }, ADMIN_TOKEN);
    const second = await s.exec(AcceptDocument, { input: { id: ids[4]!, theme: risk, ...texts } }, ADMIN_TOKEN);
    expect([first, second].map((r) => r.data?.acceptCandidate.recommendation?.code)).toEqual([
      `${risk}-01`,
      `${risk}-02`,
    ]);
  });

  it('refuses a theme of another document, a taken code, a decided candidate and an unknown id, changing nothing', async () => {
    const { ids, sandbox } = await extracted();
    const other = await createRecommendation(s.db, { code: 'OTHER-01' });
    const otherTheme = await s.db.theme.findUniqueOrThrow({ where: { id: other.themeId } });
    await s.exec(RejectDocument, { input: { id: ids[1]!, reason: 'Not a measure' } }, ADMIN_TOKEN);
    const before = await snapshot();
    const wrongTheme = await s.exec(
      AcceptDocument,
      { input: { id: ids[0]!, theme: otherTheme.code, ...texts } },
      ADMIN_TOKEN,
    );
    expect([errorCode(wrongTheme), wrongTheme.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'theme']);
    const taken = await s.exec(
      AcceptDocument,
      { input: { id: ids[0]!, code: 'OTHER-01', theme: sandbox, ...texts } },
      ADMIN_TOKEN,
    );
    expect(errorCode(taken)).toBe('CONFLICT');
    const decided = await s.exec(AcceptDocument, { input: { id: ids[1]!, theme: sandbox, ...texts } }, ADMIN_TOKEN);
    expect([errorCode(decided), decided.errors?.[0]?.message]).toEqual([
      'CONFLICT',
      'The candidate is already decided (REJECTED).',
    ]);
    const unknown = await s.exec(
      AcceptDocument,
      { input: { id: toGlobalId('Candidate', 999999), theme: sandbox, ...texts } },
      ADMIN_TOKEN,
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    const notAnId = await s.exec(AcceptDocument, { input: { id: 'nope', theme: sandbox, ...texts } }, ADMIN_TOKEN);
    expect([errorCode(notAnId), notAnId.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'id']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a candidate whose text is no longer in its document (field quote)', async () => {
    const { doc, ids, sandbox } = await extracted();
    await s.db.sourceDocument.update({ where: { id: doc.id }, data: { text: '另一段文字。' } });
    const before = await snapshot();
    const res = await s.exec(AcceptDocument, { input: { id: ids[0]!, theme: sandbox, ...texts } }, ADMIN_TOKEN);
    expect([errorCode(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'quote']);
    expect(await snapshot()).toEqual(before);
  });
  it('refuses a candidate whose span overlaps a live record of its document, naming that record (field quote)', async () => {
    const { ids, sandbox } = await extracted();
    const local = await s.exec(
      NewRecordDocument,
      { input: { code: 'POL-RESP-01', theme: sandbox, ...texts, quote: '建立分级响应机制' } },
      ADMIN_TOKEN,
    );
    expect(local.errors).toBeUndefined();
    const before = await snapshot();
    const res = await s.exec(AcceptDocument, { input: { id: ids[2]!, theme: sandbox, ...texts } }, ADMIN_TOKEN);
    expect([errorCode(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'quote']);
    expect(res.errors![0].message).toContain('POL-RESP-01');
    expect(await snapshot()).toEqual(before);
  });
});

describe('mergeCandidate', () => {
  it('links the candidate to an existing record, which a re-run then leaves alone', async () => {
    const { id, ids } = await extracted();
    const existing = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
    const res = await s.exec(MergeDocument, { input: { id: ids[0]!, code: existing.code } }, ADMIN_TOKEN);
    expect(res.data?.mergeCandidate).toMatchObject({ state: 'MERGED', recommendation: { code: 'GOV-SANDBOX-01' } });
    const again = await s.exec(ExtractDocument, { documentId: id }, ADMIN_TOKEN);
    expect(again.data!.extractCandidates.coverage).toEqual({ candidates: 5, decided: 1, records: 0 });
    const last = await s.db.auditEntry.findFirstOrThrow({ where: { operation: 'mergeCandidate' } });
    expect(last.after).toEqual({ state: 'MERGED', recommendation: 'GOV-SANDBOX-01' });
  });

  it('links SAME_MEASURE the record its document already has for the span, and shows the document as "also in"', async () => {
    const { doc, ids, sandbox } = await extracted();
    // The plan's record of another document, and the policy's own record of part of candidate 2's span.
    const plan = await createRecommendation(s.db, { code: 'PLAN-SANDBOX-01' });
    const local = await s.exec(
      NewRecordDocument,
      { input: { code: 'POL-RESP-01', theme: sandbox, ...texts, quote: '建立分级响应机制' } },
      ADMIN_TOKEN,
    );
    expect(local.errors).toBeUndefined();
    const merged = await s.exec(MergeDocument, { input: { id: ids[2]!, code: plan.code } }, ADMIN_TOKEN);
    expect(merged.data?.mergeCandidate).toMatchObject({ state: 'MERGED', recommendation: { code: plan.code } });
    const links = await s.db.recommendationLink.findMany({ include: { from: true, to: true } });
    expect(links.map((l) => [l.from.code, l.kind, l.to.code])).toEqual([['POL-RESP-01', 'SAME_MEASURE', plan.code]]);
    const planView = (await s.exec(LinksDocument, { code: plan.code })).data!.recommendation!;
    expect(planView.alsoIn).toEqual([{ slug: doc.slug }]);
    expect(planView.links).toEqual([
      { kind: 'SAME_MEASURE', direction: 'INCOMING', recommendation: { code: 'POL-RESP-01' } },
    ]);
    const audit = await s.db.auditEntry.findFirstOrThrow({ where: { operation: 'mergeCandidate' } });
    expect(audit.after).toEqual({ state: 'MERGED', recommendation: plan.code, sameMeasureAs: 'POL-RESP-01' });
  });

  it('refuses a code no live record has, with field code, changing nothing', async () => {
    const { ids } = await extracted();
    const before = await snapshot();
    const res = await s.exec(MergeDocument, { input: { id: ids[0]!, code: 'NO-SUCH-01' } }, ADMIN_TOKEN);
    expect([errorCode(res), res.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'code']);
    expect(await snapshot()).toEqual(before);
  });
});

describe('rejectCandidate', () => {
  it('rejects with the reason, once', async () => {
    const { ids } = await extracted();
    const res = await s.exec(
      RejectDocument,
      { input: { id: ids[3]!, reason: ' A principle, not a measure ' } },
      ADMIN_TOKEN,
    );
    expect(res.data?.rejectCandidate).toMatchObject({
      state: 'REJECTED',
      rejectionReason: 'A principle, not a measure',
    });
    const again = await s.exec(RejectDocument, { input: { id: ids[3]!, reason: 'Again' } }, ADMIN_TOKEN);
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('needs a reason, and an admin', async () => {
    const { ids } = await extracted();
    const before = await snapshot();
    const empty = await s.exec(RejectDocument, { input: { id: ids[0]!, reason: '  ' } }, ADMIN_TOKEN);
    expect([errorCode(empty), empty.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'reason']);
    const analyst = await createUserWithToken(s.db, 'ANALYST');
    expect(errorCode(await s.exec(RejectDocument, { input: { id: ids[0]!, reason: 'No' } }, analyst.token))).toBe(
      'FORBIDDEN',
    );
    expect(await snapshot()).toEqual(before);
  });
});
