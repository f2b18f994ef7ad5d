// Webhook URLs against SSRF: a loopback, private, link-local or metadata address that WEBHOOK_ALLOWLIST does
// not name is refused at registration, without saying what the host resolved to, and again at delivery,
// where the socket's own DNS lookup is checked (a name that turns private after the check is refused).
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { CreateWebhookDocument, LogForWebhooksDocument, WebhooksDocument } from '../__generated__/webhooks';
import type { WebhookEvent } from '../__generated__/schemaTypes';
import type { ResolveHost } from '../../src/domain/outbound/guardedFetch';
import { startReceiver, type Receiver } from './support/receiver';
import { settleJobs } from './support/jobs';
import { parseAllowlist } from '../../src/config';

const NO_ALLOWLIST = parseAllowlist('WEBHOOK_ALLOWLIST', '');

const s = useTestServer({
  reset: true,
  env: { WEBHOOK_ALLOWLIST: '127.0.0.1/32', WEBHOOK_RETRY_BASE_MS: '0', WEBHOOK_MAX_ATTEMPTS: '2' },
});

let receiver: Receiver;
beforeEach(async () => (receiver = await startReceiver()));
afterEach(() => receiver.close());

const EVENTS = ['PROGRESS_LOGGED' as WebhookEvent];
const create = (url: string) => s.exec(CreateWebhookDocument, { input: { url, events: EVENTS } }, ADMIN_TOKEN);
const NOT_ALLOWED =
  'url is not allowed: webhooks call only hosts that resolve to public addresses, unless WEBHOOK_ALLOWLIST names them.';

it.each([
  'http://127.0.0.2:8080/hook',
  'http://10.0.0.1/hook',
  'http://192.168.1.20/hook',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::1]:8080/hook',
  'http://[fd00:ec2::254]/',
])('refuses to register %s, which the allowlist does not name, and stores nothing', async (url) => {
  const res = await create(url);
  expect(res.errors?.map((e) => ({ message: e.message, ...e.extensions }))).toEqual([
    { message: NOT_ALLOWED, code: 'BAD_USER_INPUT', field: 'url' },
  ]);
  expect(await s.db.webhook.count()).toBe(0);
});

it.each([
  ['ftp://example.org/hook', 'url must be an http or https URL.'],
  ['https://user:pw@example.org/hook', 'url may not carry a user name or password.'],
  ['/hook', 'url must be an absolute http or https URL.'],
])('refuses the URL form %s with its own reason', async (url, message) => {
  const res = await create(url);
  expect(res.errors?.map((e) => ({ message: e.message, ...e.extensions }))).toEqual([
    { message, code: 'BAD_USER_INPUT', field: 'url' },
  ]);
});

/** A webhook on the allowlisted receiver and one change for it; returns the webhook's attempts' errors. */
async function deliverOnce(variant: Parameters<typeof settleJobs>[1], url?: string) {
  const created = await create(receiver.url);
  expect(created.errors).toBeUndefined();
  if (url) await s.db.webhook.updateMany({ data: { url } });
  const rec = await createRecommendation(s.db);
  const { token } = await createUserWithToken(s.db, 'ANALYST');
  await s.exec(
    LogForWebhooksDocument,
    { input: { code: rec.code, note: 'Draft', status: 'IN_PROGRESS' as const, progress: 5 } },
    token,
  );
  await settleJobs(s, variant);
  const [hook] = (await s.exec(WebhooksDocument, {}, ADMIN_TOKEN)).data!.webhooks;
  return hook.deliveries.edges.map((e) => ({ status: e.node.status, attempts: e.node.attempts }));
}

it('refuses at delivery an address registered while allowlisted when the allowlist no longer names it', async () => {
  const deliveries = await deliverOnce({ config: { ...s.config, webhookAllowlist: NO_ALLOWLIST } });
  const refused = {
    responseStatus: null,
    durationMs: expect.any(Number),
    error: 'refused: 127.0.0.1 is refused: 127.0.0.1 is a loopback address (WEBHOOK_ALLOWLIST can name it)',
  };
  expect(deliveries).toEqual([{ status: 'FAILED', attempts: [refused, refused] }]);
  expect(receiver.received).toEqual([]);
});

it('refuses at connect time a name that resolved to a public address when checked and to loopback after', async () => {
  let lookups = 0;
  // The check before the call sees a public address; the socket's own lookup, a moment later, sees loopback.
  const rebinding: ResolveHost = async () => [
    { address: lookups++ % 2 === 0 ? '93.184.216.34' : '127.0.0.1', family: 4 },
  ];
  const deliveries = await deliverOnce(
    { config: { ...s.config, webhookAllowlist: NO_ALLOWLIST }, resolveHost: rebinding },
    `http://rebind.example:${receiver.port}/hook`,
  );
  const refused = {
    responseStatus: null,
    durationMs: expect.any(Number),
    error: 'refused: rebind.example resolved to a refused address at connect time',
  };
  expect(deliveries).toEqual([{ status: 'FAILED', attempts: [refused, refused] }]);
  expect(receiver.received).toEqual([]);
});
