// Internal notes through the two channels that carry an entry before or beyond a reader: a proposal (seen by
// its proposer, reviewers and admins only, and approved as INTERNAL as it was proposed) and a webhook (internal
// text only when created with includeInternal: true, change.after included).
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import {
  ApproveWithVisibilityDocument,
  CreateHookWithVisibilityDocument,
  LogWithVisibilityDocument,
  RecordLogDocument,
  RecordProposalsDocument,
} from '../__generated__/visibility';
import { startReceiver, type Receiver } from '../webhooks/support/receiver';
import { settleJobs } from '../webhooks/support/jobs';

const s = useTestServer({ reset: true, env: { WEBHOOK_ALLOWLIST: '127.0.0.1/32', WEBHOOK_RETRY_BASE_MS: '0' } });

const WORD = `pangolinnote${process.pid}`;

describe('webhooks', () => {
  let receiver: Receiver;
  beforeEach(async () => (receiver = await startReceiver()));
  afterEach(() => receiver.close());

  it('carries internal text only to a webhook created with includeInternal: true', async () => {
    const rec = await createRecommendation(s.db, { code: 'GOV-HOOK-01' });
    const hooks: Record<string, boolean> = {};
    for (const includeInternal of [true, false]) {
      const res = await s.exec(
        CreateHookWithVisibilityDocument,
        { input: { url: `${receiver.url}?internal=${includeInternal}`, events: ['PROGRESS_LOGGED'], includeInternal } },
        ADMIN_TOKEN,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.createWebhook.webhook.includeInternal).toBe(includeInternal);
      hooks[res.data!.createWebhook.webhook.id] = includeInternal;
    }
    const note = `Internal: ${WORD}`;
    const evidence = `https://example.org/${WORD}`;
    const logged = await s.exec(
      LogWithVisibilityDocument,
      {
        input: {
          code: rec.code,
          note,
          status: 'IN_PROGRESS',
          progress: 10,
          evidenceUrls: [evidence],
          visibility: 'INTERNAL',
        },
      },
      ADMIN_TOKEN,
    );
    expect(logged.errors).toBeUndefined();
    await settleJobs(s);

    const deliveries = await s.db.webhookDelivery.findMany({ include: { webhook: true }, orderBy: { id: 'asc' } });
    expect(deliveries).toHaveLength(2);
    const bodyFor = (includeInternal: boolean) => {
      const delivery = deliveries.find((d) => d.webhook.includeInternal === includeInternal)!;
      return JSON.parse(delivery.payload) as { data: { update: Record<string, unknown>; change: object } };
    };
    expect(bodyFor(true).data.update).toMatchObject({ note, evidenceUrls: [evidence], visibility: 'INTERNAL' });
    expect(bodyFor(false).data.update).toMatchObject({ note: '', evidenceUrls: [], visibility: 'INTERNAL' });
    // The whole body, change.before and change.after included, and what reached the receiver.
    const withheld = deliveries.find((d) => !d.webhook.includeInternal)!;
    expect(withheld.payload).not.toContain(WORD);
    expect(JSON.stringify(bodyFor(false).data.change)).not.toContain(WORD);
    const received = receiver.received.map((r) => r.body);
    expect(received).toHaveLength(2);
    expect(received.filter((body) => body.includes(WORD))).toHaveLength(1);
  });
});

describe('proposals', () => {
  it('shows a proposed internal note to its proposer and reviewers only, and approves it as INTERNAL', async () => {
    const rec = await createRecommendation(s.db, { code: 'GOV-PROP-01', status: 'IN_PROGRESS', progress: 90 });
    const proposer = (await createUserWithToken(s.db, 'ANALYST')).token;
    const otherAnalyst = (await createUserWithToken(s.db, 'ANALYST')).token;
    const reviewer = (await createUserWithToken(s.db, 'REVIEWER')).token;
    const note = `Done, says ${WORD}.`;
    const proposed = await s.exec(
      LogWithVisibilityDocument,
      {
        input: {
          code: rec.code,
          note,
          status: 'IMPLEMENTED',
          progress: 100,
          evidenceUrls: ['https://example.org/done'],
          visibility: 'INTERNAL',
        },
      },
      proposer,
    );
    expect(proposed.data!.logProgress.proposal).not.toBeNull();

    const read = async (token: string | null) =>
      (await s.exec(RecordProposalsDocument, { code: rec.code }, token)).data!.recommendation!;
    expect((await read(null)).proposals).toEqual([]);
    expect((await read(otherAnalyst)).proposals).toEqual([]);
    const [asProposer] = (await read(proposer)).proposals;
    expect(asProposer).toMatchObject({ note, visibility: 'INTERNAL' });
    const [asReviewer] = (await read(reviewer)).proposals;
    expect(asReviewer).toMatchObject({ note, visibility: 'INTERNAL' });

    const approved = await s.exec(
      ApproveWithVisibilityDocument,
      { input: { id: asReviewer.id, expectedVersion: (await read(reviewer)).version } },
      reviewer,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveProposal.proposal.update).toEqual({ note, visibility: 'INTERNAL' });
    // The appended entry is internal: an anonymous reader sees the move, not the note.
    const anonymous = (await s.exec(RecordLogDocument, { code: rec.code }, null)).data!.recommendation!;
    expect(anonymous.updates).toEqual([{ note: '', visibility: 'INTERNAL', evidenceUrls: [], evidence: [] }]);
  });
});
