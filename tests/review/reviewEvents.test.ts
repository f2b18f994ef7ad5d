// What a review sends out. An approved proposal appends a log entry, and that entry must reach every channel
// exactly as a direct logProgress does: the progressLogged and recommendationChanged subscriptions, the
// `progress.logged` webhook, the Atom feeds, and the `changes`/`myFeed` change feed. An open proposal changes
// nothing on the record, so it reaches none of them.
import { print } from 'graphql';
import request from 'supertest';
import { XMLParser } from 'fast-xml-parser';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { connected, startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';
import { ApproveDocument, LogDocument } from '../__generated__/review';
import {
  ChangesDocument,
  FollowDocument,
  MyFeedDocument,
  ProgressLoggedDocument,
  RecommendationChangedDocument,
} from '../__generated__/live';
import { CreateWebhookDocument } from '../__generated__/webhooks';
import type { WebhookEvent } from '../__generated__/schemaTypes';
import { startReceiver, type Receiver } from '../webhooks/support/receiver';
import { settleJobs } from '../webhooks/support/jobs';

const s = useTestServer({ reset: true, env: { WEBHOOK_ALLOWLIST: '127.0.0.1/32', WEBHOOK_RETRY_BASE_MS: '0' } });
let instance: LiveInstance;
let receiver: Receiver;
beforeAll(async () => {
  instance = await startInstance(s.config, s.url);
  receiver = await startReceiver();
});
afterAll(async () => {
  await instance?.close();
  await receiver?.close();
});

const EVIDENCE = ['https://example.gov.cn/sandbox-rules'];
const atom = new XMLParser({ isArray: (name) => name === 'entry' });

/** An entry that implements the record: an analyst's only proposes it, an admin's applies at once. */
const implement = (code: string, note: string) => ({
  input: {
    code,
    note,
    status: 'IMPLEMENTED' as const,
    progress: 100,
    evidenceUrls: EVIDENCE,
    occurredOn: '2026-11-20',
  },
});

/**
 * Every channel, watched from before the first write (two subscriptions, a webhook, a follower of `codes`), and
 * read after a direct entry on a record of its own: the channels keep feed order, so once that marker has
 * arrived, whatever an earlier write sent has arrived too.
 */
async function watchEveryChannel(codes: string[]) {
  const marker = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 10 });
  const subscriber = wsClient(instance.wsUrl);
  const isConnected = connected(subscriber);
  const logged = subscribe<any>(subscriber, print(ProgressLoggedDocument));
  const changed = subscribe<any>(subscriber, print(RecommendationChangedDocument));
  await isConnected;
  const events = ['PROGRESS_LOGGED', 'RECOMMENDATION_CHANGED'] as WebhookEvent[];
  const hook = await s.exec(CreateWebhookDocument, { input: { url: receiver.url, events } }, ADMIN_TOKEN);
  expect(hook.errors).toBeUndefined();
  const follower = await createUserWithToken(s.db, 'VIEWER', 'wang');
  for (const recommendationCode of codes)
    await s.exec(FollowDocument, { input: { recommendationCode } }, follower.token);
  // The server registers a subscription shortly after the connection is acknowledged.
  await new Promise((r) => setTimeout(r, 300));

  const atomOf = async (code: string) => {
    const res = await request(s.http).get(`/feeds/recommendation/${code}.atom`).expect(200);
    return (atom.parse(res.text).feed.entry ?? []).map((e: { title: string; summary: string }) => ({
      title: e.title.replace(code, '<code>'),
      summary: e.summary,
    }));
  };
  /** What each channel holds about one record. */
  const channelsOf = async (code: string) => {
    const feed = await s.exec(MyFeedDocument, {}, follower.token);
    const changes = await s.exec(ChangesDocument, {});
    return {
      progressLogged: logged.results
        .map((r) => r.data!.progressLogged)
        .filter((e) => e.recommendation.code === code)
        .map((e) => ({ note: e.note, progress: e.progress })),
      recommendationChanged: changed.results
        .map((r) => r.data!.recommendationChanged)
        .filter((e) => e.code === code)
        .map((e) => ({ status: e.status, progress: e.progress })),
      webhooks: receiver.received
        .map((r) => JSON.parse(r.body))
        .filter((b) => b.data.recommendation.code === code)
        .map((b) => ({ type: b.type, status: b.data.recommendation.status, update: b.data.update?.note ?? null })),
      changes: changes
        .data!.changes.edges.filter((e) => e.node.recommendation.code === code)
        .map(({ node }) => ({ kind: node.kind, summaryEn: node.summaryEn, entry: node.progressUpdate?.note ?? null })),
      myFeed: feed
        .data!.myFeed.edges.filter((e) => e.node.recommendation.code === code)
        .map(({ node }) => ({ kind: node.kind, entry: node.progressUpdate?.note ?? null })),
      atom: await atomOf(code),
    };
  };
  return {
    /** Sends the marker, waits for it on both subscriptions and the webhook, and reads each channel by code. */
    async read() {
      const input = { code: marker.code, note: 'Marker', status: 'IN_PROGRESS' as const, progress: 20 };
      expect((await s.exec(LogDocument, { input }, ADMIN_TOKEN)).errors).toBeUndefined();
      await until(
        () =>
          logged.results.some((r) => r.data!.progressLogged.recommendation.code === marker.code) &&
          changed.results.some((r) => r.data!.recommendationChanged.code === marker.code),
        'the marker on both subscriptions',
      );
      await settleJobs(s);
      return Object.fromEntries(await Promise.all(codes.map(async (code) => [code, await channelsOf(code)])));
    },
    close: () => Promise.all([logged.close(), changed.close()]),
  };
}

async function until(condition: () => boolean, what: string) {
  for (let waited = 0; waited < 15_000; waited += 50) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** What every channel shows for one entry that implemented a record (the note as the update's). */
const implementedEverywhere = (note: string) => ({
  progressLogged: [{ note, progress: 100 }],
  recommendationChanged: [{ status: 'IMPLEMENTED', progress: 100 }],
  webhooks: [{ type: 'progress.logged', status: 'IMPLEMENTED', update: note }],
  changes: [{ kind: 'logProgress', summaryEn: 'Progress logged: IMPLEMENTED, 100%', entry: note }],
  myFeed: [{ kind: 'logProgress', entry: note }],
  atom: [
    {
      title: expect.stringMatching(/^<code> .* — 记录进展：IMPLEMENTED, 100% · Progress logged: IMPLEMENTED, 100%$/),
      summary: note,
    },
  ],
});

const nothing = { progressLogged: [], recommendationChanged: [], webhooks: [], changes: [], myFeed: [], atom: [] };

it('sends an approved entry to every channel exactly as a direct logProgress, and the open proposal to none', async () => {
  const reviewed = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90, version: 4 });
  const direct = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90, version: 4 });
  const analyst = await createUserWithToken(s.db, 'ANALYST', 'li');
  const reviewer = await createUserWithToken(s.db, 'REVIEWER', 'zhang');
  const channels = await watchEveryChannel([reviewed.code, direct.code]);
  try {
    const proposal = await s.exec(LogDocument, implement(reviewed.code, 'Rules in force'), analyst.token);
    const applied = await s.exec(LogDocument, implement(direct.code, 'Rules in force'), ADMIN_TOKEN);
    expect([proposal.data!.logProgress.proposal?.state, applied.data!.logProgress.proposal]).toEqual(['OPEN', null]);
    const approval = await s.exec(
      ApproveDocument,
      { input: { id: proposal.data!.logProgress.proposal!.id, expectedVersion: 4 } },
      reviewer.token,
    );
    expect(approval.errors).toBeUndefined();

    expect(await channels.read()).toEqual({
      [reviewed.code]: implementedEverywhere('Rules in force'),
      [direct.code]: implementedEverywhere('Rules in force'),
    });
  } finally {
    await channels.close();
  }
});

it('sends nothing on any channel for an open proposal, while a direct entry beside it arrives', async () => {
  const proposed = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90, version: 4 });
  const direct = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90, version: 4 });
  const analyst = await createUserWithToken(s.db, 'ANALYST', 'li');
  const channels = await watchEveryChannel([proposed.code, direct.code]);
  try {
    const proposal = await s.exec(LogDocument, implement(proposed.code, 'Rules in force'), analyst.token);
    expect(proposal.data!.logProgress.proposal?.state).toBe('OPEN');
    await s.exec(LogDocument, implement(direct.code, 'Applied at once'), ADMIN_TOKEN);

    expect(await channels.read()).toEqual({
      [proposed.code]: nothing,
      [direct.code]: implementedEverywhere('Applied at once'),
    });
  } finally {
    await channels.close();
  }
});
