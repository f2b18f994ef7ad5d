// The operation table (src/domain/operations.ts) is the only edit a new write needs for the feed, Atom, webhooks and
// subscriptions. This walks the table: every operation with a change is performed through the API (a sample each;
// an operation without one fails the first test) and must reach each channel once: the change feed with its kind
// and both labels, its record's Atom feed, the changes subscription, and a webhook delivery of its event (none
// when it has no event).
import request from 'supertest';
import { print } from 'graphql';
import { XMLParser } from 'fast-xml-parser';
import { OPERATIONS, type WriteOperation } from '../../src/domain/operations';
import { ADMIN_TOKEN, useTestServer, type GqlResult } from '../helpers/testServer';
import { createIndicator, createRecommendation, createTheme, createUserWithToken } from '../helpers/factories';
import { toGlobalId } from '../../src/domain/globalId';
import {
  connected,
  startInstance,
  subscribe,
  wsClient,
  type LiveInstance,
  type Subscription,
} from '../helpers/liveInstances';
import { startReceiver, type Receiver } from '../webhooks/support/receiver';
import { settleJobs } from '../webhooks/support/jobs';
// The documents the feature tests declared already, one write each.
import { ApproveDocument, LogDocument, RejectDocument } from '../__generated__/review';
import {
  ArchiveDocument,
  CurateDocument,
  OwnersDocument,
  RestoreDocument,
  TargetDateDocument,
} from '../__generated__/dashboardWrites';
import { CreateRecommendationDocument } from '../__generated__/curation';
import { LinkDocument, UnlinkDocument } from '../__generated__/documents';
import { MarkRevisedTextReviewedDocument } from '../__generated__/catalogRevision';
import { CreateWebhookDocument } from '../__generated__/webhooks';
import {
  ChangesDocument,
  RecommendationChangedDocument,
  type RecommendationChangedSubscription,
} from '../__generated__/live';

const s = useTestServer({ env: { OUTBOUND_ALLOWLIST: '127.0.0.1/32', WEBHOOK_RETRY_BASE_MS: '0' } });
let live: LiveInstance;
let receiver: Receiver;
let sub: Subscription<RecommendationChangedSubscription>;

beforeAll(async () => {
  receiver = await startReceiver();
  const events = [
    'PROGRESS_LOGGED',
    'RECOMMENDATION_CHANGED',
    'OWNERS_CHANGED',
    'TARGET_DATE_CHANGED',
    'INDICATOR_VALUE_RECORDED',
  ] as const;
  const hook = await s.exec(CreateWebhookDocument, { input: { url: receiver.url, events: [...events] } }, ADMIN_TOKEN);
  expect(hook.errors).toBeUndefined();
  live = await startInstance(s.config, s.url);
  const client = wsClient(live.wsUrl);
  const isConnected = connected(client);
  sub = subscribe<RecommendationChangedSubscription>(client, print(RecommendationChangedDocument));
  await isConnected;
  await new Promise((r) => setTimeout(r, 300)); // registered: there is no acknowledgement to wait for
});
afterAll(async () => {
  await sub?.close();
  await live?.close();
  await receiver?.close();
});

const ok = (res: GqlResult) => expect(res.errors).toBeUndefined();
const EVIDENCE = ['https://example.gov.cn/rules'];

/** A record one step short of implemented, and an analyst's proposal to implement it, for a reviewer to decide. */
async function proposal() {
  const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 90, version: 4 });
  const analyst = await createUserWithToken(s.db, 'ANALYST');
  const input = { code: rec.code, note: 'Done', status: 'IMPLEMENTED' as const, progress: 100, evidenceUrls: EVIDENCE };
  const logged = await s.exec(LogDocument, { input }, analyst.token);
  ok(logged);
  return { rec, id: logged.data!.logProgress.proposal!.id, reviewer: await createUserWithToken(s.db, 'REVIEWER') };
}

interface Sample {
  /** Creates what the write needs, and returns the record it changes and the write. */
  prepare(): Promise<{ code: string; write: () => Promise<GqlResult> }>;
  /** A log entry's state, as its labels end. */
  state?: string;
}

const RECORD_VALUE = /* GraphQL */ `
  mutation RecordValue($input: RecordIndicatorValueInput!) {
    recordIndicatorValue(input: $input) {
      value {
        id
      }
      proposal {
        id
      }
    }
  }
`;
const INDICATOR_WRITE = (name: string, input: string) => /* GraphQL */ `
  mutation IndicatorWrite($input: ${input}!) {
    ${name}(input: $input) {
      id
    }
  }
`;
const valueInput = (id: number, value: number) => ({
  indicatorId: toGlobalId('Indicator', id),
  periodStart: '2025-01-01',
  periodEnd: '2025-01-31',
  value,
});

const SAMPLES: Partial<Record<WriteOperation, Sample>> = {
  recordIndicatorValue: {
    state: 'NOT_STARTED, 0%',
    async prepare() {
      const rec = await createRecommendation(s.db);
      const ind = await createIndicator(s.db, rec.id);
      return { code: rec.code, write: () => s.exec(RECORD_VALUE, { input: valueInput(ind.id, 30) }, ADMIN_TOKEN) };
    },
  },
  approveIndicatorValue: {
    state: 'NOT_STARTED, 0%',
    async prepare() {
      const rec = await createRecommendation(s.db);
      const ind = await createIndicator(s.db, rec.id);
      const analyst = await createUserWithToken(s.db, 'ANALYST');
      const proposed = await s.exec<any>(RECORD_VALUE, { input: valueInput(ind.id, 100) }, analyst.token);
      ok(proposed);
      const reviewer = await createUserWithToken(s.db, 'REVIEWER');
      const id = proposed.data.recordIndicatorValue.proposal.id;
      return {
        code: rec.code,
        write: () => s.exec(ApproveDocument, { input: { id, expectedVersion: 1 } }, reviewer.token),
      };
    },
  },
  createIndicator: {
    async prepare() {
      const { code } = await createRecommendation(s.db);
      const input = {
        recommendationCode: code,
        nameZh: '指标',
        nameEn: 'Indicator',
        unit: '%',
        direction: 'INCREASE',
        baseline: { value: 0, date: '2025-01-01', source: 't' },
        targets: [{ value: 10, dueDate: '2026-01-01' }],
      };
      return {
        code,
        write: () => s.exec(INDICATOR_WRITE('createIndicator', 'CreateIndicatorInput'), { input }, ADMIN_TOKEN),
      };
    },
  },
  updateIndicator: {
    async prepare() {
      const rec = await createRecommendation(s.db);
      const ind = await createIndicator(s.db, rec.id);
      const input = { id: toGlobalId('Indicator', ind.id), expectedVersion: 1, nameEn: 'Plants' };
      return {
        code: rec.code,
        write: () => s.exec(INDICATOR_WRITE('updateIndicator', 'UpdateIndicatorInput'), { input }, ADMIN_TOKEN),
      };
    },
  },
  archiveIndicator: {
    async prepare() {
      const rec = await createRecommendation(s.db);
      const ind = await createIndicator(s.db, rec.id);
      const input = { id: toGlobalId('Indicator', ind.id), expectedVersion: 1 };
      return {
        code: rec.code,
        write: () => s.exec(INDICATOR_WRITE('archiveIndicator', 'ArchiveIndicatorInput'), { input }, ADMIN_TOKEN),
      };
    },
  },
  logProgress: {
    state: 'IN_PROGRESS, 30%',
    async prepare() {
      const { code } = await createRecommendation(s.db);
      const input = { code, note: 'Pilot', status: 'IN_PROGRESS' as const, progress: 30 };
      return { code, write: () => s.exec(LogDocument, { input }, ADMIN_TOKEN) };
    },
  },
  approveProposal: {
    state: 'IMPLEMENTED, 100%',
    async prepare() {
      const { rec, id, reviewer } = await proposal();
      return {
        code: rec.code,
        write: () => s.exec(ApproveDocument, { input: { id, expectedVersion: 4 } }, reviewer.token),
      };
    },
  },
  rejectProposal: {
    async prepare() {
      const { rec, id, reviewer } = await proposal();
      return {
        code: rec.code,
        write: () => s.exec(RejectDocument, { input: { id, reason: 'Not yet' } }, reviewer.token),
      };
    },
  },
  setOwners: {
    async prepare() {
      const { code } = await createRecommendation(s.db);
      const input = { code, owners: [{ name: 'Ministry of Science', kind: 'MINISTRY' as const }] };
      return { code, write: () => s.exec(OwnersDocument, { input }, ADMIN_TOKEN) };
    },
  },
  setTargetDate: {
    async prepare() {
      const { code } = await createRecommendation(s.db);
      const input = { code, targetDate: '2030-06-30', reason: 'Plan' };
      return { code, write: () => s.exec(TargetDateDocument, { input }, ADMIN_TOKEN) };
    },
  },
  createRecommendation: {
    async prepare() {
      const theme = await createTheme(s.db);
      const texts = { titleZh: '新建议', titleEn: 'New', summaryEn: 'A new one.', quote: '引文' };
      const input = { code: 'GOV-CHAN-NEW', theme: theme.code, ...texts };
      return { code: input.code, write: () => s.exec(CreateRecommendationDocument, { input }, ADMIN_TOKEN) };
    },
  },
  updateRecommendation: {
    async prepare() {
      const { code } = await createRecommendation(s.db);
      return { code, write: () => s.exec(CurateDocument, { input: { code, titleEn: 'Better' } }, ADMIN_TOKEN) };
    },
  },
  archiveRecommendation: {
    async prepare() {
      const { code } = await createRecommendation(s.db);
      return { code, write: () => s.exec(ArchiveDocument, { code }, ADMIN_TOKEN) };
    },
  },
  restoreRecommendation: {
    async prepare() {
      const { code } = await createRecommendation(s.db, { archivedAt: new Date() });
      return { code, write: () => s.exec(RestoreDocument, { code }, ADMIN_TOKEN) };
    },
  },
  linkRecommendations: {
    async prepare() {
      const [from, to] = [await createRecommendation(s.db), await createRecommendation(s.db)];
      const input = { from: from.code, to: to.code, kind: 'IMPLEMENTS' as const };
      return { code: from.code, write: () => s.exec(LinkDocument, { input }, ADMIN_TOKEN) };
    },
  },
  unlinkRecommendations: {
    async prepare() {
      const [from, to] = [await createRecommendation(s.db), await createRecommendation(s.db)];
      await s.db.recommendationLink.create({ data: { fromId: from.id, toId: to.id, kind: 'RELATED', createdBy: 'x' } });
      const input = { from: from.code, to: to.code, kind: 'RELATED' as const };
      return { code: from.code, write: () => s.exec(UnlinkDocument, { input }, ADMIN_TOKEN) };
    },
  },
  markTextReviewed: {
    async prepare() {
      const { code } = await createRecommendation(s.db);
      // Only a named admin signs texts: ADMIN_TOKEN has no account.
      const { token } = await createUserWithToken(s.db, 'ADMIN');
      const input = { code, fields: ['TITLE_EN' as const] };
      return { code, write: () => s.exec(MarkRevisedTextReviewedDocument, { input }, token) };
    },
  },
  setRollup: {
    async prepare() {
      const parent = await createRecommendation(s.db);
      await createRecommendation(s.db, {
        parentId: parent.id,
        themeId: parent.themeId,
        code: `${parent.code}.1`,
        quote: '',
      });
      const input = { code: parent.code, rule: 'MEAN' };
      const document = 'mutation SetRollup($input: SetRollupInput!) { setRollup(input: $input) { code } }';
      return { code: parent.code, write: () => s.exec(document, { input }, ADMIN_TOKEN) };
    },
  },
};

const announced = (Object.keys(OPERATIONS) as WriteOperation[]).filter((op) => 'change' in OPERATIONS[op]);

/** The feed's changes after `after`, and the cursor to read on from. */
async function feedAfter(after: string | null) {
  const page = await s.exec(ChangesDocument, { after, first: 50 });
  ok(page);
  const { edges, pageInfo } = page.data!.changes;
  // What this test asserts of a change; the others' fields are the change feed's tests'.
  const changes = edges.map(({ node: { kind, summaryZh, summaryEn, recommendation } }) => {
    return { kind, summaryZh, summaryEn, recommendation };
  });
  return { changes, end: pageInfo.endCursor ?? after };
}

async function latestAtomTitle(code: string): Promise<string> {
  const res = await request(s.http).get(`/feeds/recommendation/${code}.atom`).expect(200);
  const feed = new XMLParser({ isArray: (name) => name === 'entry' }).parse(res.text).feed as {
    entry: { title: string }[];
  };
  return feed.entry[0].title;
}

const lastDeliveryId = async () => (await s.db.webhookDelivery.findFirst({ orderBy: { id: 'desc' } }))?.id ?? 0;

it('has a sample write for every operation the table announces', () => {
  expect(announced.filter((op) => !SAMPLES[op])).toEqual([]);
  expect(announced.length).toBeGreaterThan(0);
});

it.each(announced.filter((op) => SAMPLES[op]))(
  '%s reaches the feed, Atom, the subscription and its webhook',
  async (op) => {
    const { change, event } = OPERATIONS[op] as { change: { kind: string; zh: string; en: string }; event?: string };
    const sample = SAMPLES[op]!;
    const { code, write } = await sample.prepare();
    // Whatever the preparation announced (nothing, for an opened proposal) is read past first.
    let cursor: string | null = null;
    for (let page = await feedAfter(null); page.changes.length; page = await feedAfter(cursor)) cursor = page.end;
    const [seen, deliveredBefore] = [sub.results.length, await lastDeliveryId()];

    ok(await write());

    const labels = sample.state
      ? { summaryZh: `${change.zh}：${sample.state}`, summaryEn: `${change.en}: ${sample.state}` }
      : { summaryZh: change.zh, summaryEn: change.en };
    expect((await feedAfter(cursor)).changes).toEqual([{ kind: change.kind, ...labels, recommendation: { code } }]);
    expect(await latestAtomTitle(code)).toMatch(new RegExp(` — ${labels.summaryZh} · ${labels.summaryEn}$`));
    const [pushed] = (await sub.received(seen + 1)).slice(seen);
    expect(pushed.data!.recommendationChanged.code).toBe(code);

    await settleJobs(s);
    const deliveries = await s.db.webhookDelivery.findMany({ where: { id: { gt: deliveredBefore } } });
    expect(
      deliveries.map((d) => ({ event: d.event, code: (JSON.parse(d.payload) as any).data.recommendation.code })),
    ).toEqual(event ? [{ event, code }] : []);
    expect(deliveries.every((d) => d.status === 'DELIVERED')).toBe(true);
  },
);
