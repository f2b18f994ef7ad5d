// A value recorded on instance A reaches an `indicatorValueRecorded` subscriber on instance B, and a webhook
// subscribed to INDICATOR_VALUE_RECORDED receives `indicator.valueRecorded`, signed so that standardwebhooks
// verifies it. A value sent to review reaches neither until it is approved.
import { Webhook as Verifier } from 'standardwebhooks';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createIndicator, createRecommendation, createUserWithToken } from '../helpers/factories';
import { connected, startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';
import { startReceiver, type Receiver } from '../webhooks/support/receiver';
import { settleJobs } from '../webhooks/support/jobs';
import { toGlobalId } from '../../src/domain/globalId';

const s = useTestServer({ reset: true, env: { WEBHOOK_ALLOWLIST: '127.0.0.1/32', WEBHOOK_RETRY_BASE_MS: '0' } });
let a: LiveInstance;
let b: LiveInstance;
let receiver: Receiver;

beforeAll(async () => {
  a = await startInstance(s.config, s.url);
  b = await startInstance(s.config, s.url);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});
beforeEach(async () => (receiver = await startReceiver()));
afterEach(() => receiver.close());

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordIndicatorValueInput!) {
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
const RECORDED = /* GraphQL */ `
  subscription Recorded($filter: RecommendationFilter) {
    indicatorValueRecorded(filter: $filter) {
      value
      periodEnd
      changeCursor
      indicator {
        nameEn
        status
        recommendation {
          code
        }
      }
    }
  }
`;

const input = (id: number, value: number, periodEnd = '2025-01-31') => ({
  indicatorId: toGlobalId('Indicator', id),
  periodStart: '2025-01-01',
  periodEnd,
  value,
});

it('reaches a subscriber on another instance and a signed webhook receiver', async () => {
  const rec = await createRecommendation(s.db, { code: 'DEV-IND-01' });
  const ind = await createIndicator(s.db, rec.id);
  const hook = await s.exec<any>(
    /* GraphQL */ `
      mutation Hook($input: CreateWebhookInput!) {
        createWebhook(input: $input) {
          secret
        }
      }
    `,
    { input: { url: receiver.url, events: ['INDICATOR_VALUE_RECORDED'] } },
    ADMIN_TOKEN,
  );
  expect(hook.errors).toBeUndefined();
  const client = wsClient(b.wsUrl);
  const isConnected = connected(client);
  const sub = subscribe<any>(client, RECORDED);
  await isConnected;
  await new Promise((r) => setTimeout(r, 300)); // registered: there is no acknowledgement to wait for
  try {
    // An analyst's value that meets the target is a proposal: no event yet.
    const analyst = await createUserWithToken(s.db, 'ANALYST');
    const proposed = await a.post(RECORD, { input: input(ind.id, 100) }, analyst.token);
    expect(proposed.errors).toBeUndefined();
    const recorded = await a.post(RECORD, { input: input(ind.id, 30, '2025-01-31') }, ADMIN_TOKEN);
    expect(recorded.errors).toBeUndefined();
    const [event] = await sub.received(1);
    expect({
      ...event.data!.indicatorValueRecorded,
      changeCursor: typeof event.data!.indicatorValueRecorded.changeCursor,
    }).toEqual({
      value: 30,
      periodEnd: '2025-01-31',
      changeCursor: 'string',
      indicator: { nameEn: 'Smart factories', status: 'ON_TRACK', recommendation: { code: 'DEV-IND-01' } },
    });
  } finally {
    await sub.close();
  }
  await settleJobs(s);
  expect(receiver.received).toHaveLength(1);
  const [{ headers, body }] = receiver.received;
  const payload = new Verifier(hook.data.createWebhook.secret).verify(body, headers) as any;
  expect(payload.type).toBe('indicator.valueRecorded');
  expect(payload.data.recommendation.code).toBe('DEV-IND-01');
  expect(payload.data.change.after.indicatorValue).toMatchObject({ value: 30, periodEnd: '2025-01-31' });
});
