// Archiving and restoring a record reach whoever follows it through a filter, on a subscription as on a webhook:
// both judge a changed record by one rule (domain/catalog/recommendationFilter.ts, changeMatches), under which an
// archived record is judged like any other.
import { print } from 'graphql';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import { connected, startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';
import { ArchiveWatchDocument, LiveLogDocument } from '../__generated__/live';
import { ArchiveRecommendationDocument, RestoreRecommendationDocument } from '../__generated__/curation';
import { CreateWebhookDocument } from '../__generated__/webhooks';
import type { WebhookEvent } from '../__generated__/schemaTypes';
import { startReceiver, type Receiver } from '../webhooks/support/receiver';
import { settleJobs } from '../webhooks/support/jobs';

const s = useTestServer({ env: { WEBHOOK_ALLOWLIST: '127.0.0.1/32', WEBHOOK_RETRY_BASE_MS: '0' } });
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

async function until(condition: () => boolean, what: string) {
  for (let waited = 0; waited < 15_000; waited += 50) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

it('sends archive and restore to a filtered subscriber and a filtered webhook alike, and only for matching records', async () => {
  const watched = await createTheme(s.db, { code: 'WATCHED' });
  const rec = await createRecommendation(s.db, { themeId: watched.id });
  const marker = await createRecommendation(s.db, { themeId: watched.id });
  const elsewhere = await createRecommendation(s.db);
  const filter = { theme: ['WATCHED'] };
  const events = ['RECOMMENDATION_CHANGED'] as WebhookEvent[];
  const hook = await s.exec(CreateWebhookDocument, { input: { url: receiver.url, events, filter } }, ADMIN_TOKEN);
  expect(hook.errors).toBeUndefined();
  const client = wsClient(instance.wsUrl);
  const isConnected = connected(client);
  const sub = subscribe<any>(client, print(ArchiveWatchDocument), { filter });
  await isConnected;
  await new Promise((r) => setTimeout(r, 300));
  /**
   * A log entry on another watched record, awaited by the subscriber: the changes before it, in feed order, have
   * reached the subscriber by then, each read before the next write (a payload is the record as read).
   */
  let markers = 0;
  const markAndWait = async () => {
    const input = { code: marker.code, note: `Marker ${++markers}`, status: 'IN_PROGRESS' as const, progress: markers };
    expect((await s.exec(LiveLogDocument, { input }, ADMIN_TOKEN)).errors).toBeUndefined();
    const seen = () => sub.results.filter((r) => r.data!.recommendationChanged.code === marker.code).length;
    await until(() => seen() === markers, `marker ${markers}`);
  };
  try {
    for (const code of [elsewhere.code, rec.code])
      expect((await s.exec(ArchiveRecommendationDocument, { code }, ADMIN_TOKEN)).errors).toBeUndefined();
    await markAndWait();
    expect((await s.exec(RestoreRecommendationDocument, { code: rec.code }, ADMIN_TOKEN)).errors).toBeUndefined();
    await markAndWait();
    await settleJobs(s);

    expect({
      subscription: sub.results.map((r) => r.data!.recommendationChanged),
      // A webhook's `recommendation` is the record as the fan-out read it later; `change` is the write itself.
      webhook: receiver.received.map((r) => {
        const { data } = JSON.parse(r.body);
        return { code: data.recommendation.code, operation: data.change.operation };
      }),
    }).toEqual({
      subscription: [
        { code: rec.code, archived: true },
        { code: marker.code, archived: false },
        { code: rec.code, archived: false },
        { code: marker.code, archived: false },
      ],
      webhook: [
        { code: rec.code, operation: 'archiveRecommendation' },
        { code: rec.code, operation: 'restoreRecommendation' },
      ],
    });
  } finally {
    await sub.close();
  }
});
