// Two trust levels, two allowlists: an admin's webhook receiver on an intranet host (WEBHOOK_ALLOWLIST) does
// not let an analyst's evidence link reach that host (EVIDENCE_ALLOWLIST, empty by default). One loopback
// server stands in for the host: a receiver at POST /hook and an internal page at GET /internal, and it
// records every request it gets. The old OUTBOUND_ALLOWLIST still works, for webhooks only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_TOKEN, useTestServer, type TestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { loadConfig, ConfigError } from '../../src/config';
import { createLogger } from '../../src/logger';
import { runDueJobs } from '../../src/domain/jobs/worker';
import { jobTasks } from '../../src/domain/registry/jobRegistry';
import { checkOutboundUrl } from '../../src/domain/outbound/guardedFetch';

const CREATE_WEBHOOK = `mutation Create($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }`;
const LOG = `mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;

let host: http.Server;
let base: string;
const requests: string[] = [];

beforeAll(async () => {
  host = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(200, { 'content-type': 'text/html' }).end('<title>Intranet only</title>');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  host.closeAllConnections();
  await new Promise((resolve) => host.close(resolve));
});
beforeEach(() => void (requests.length = 0));

/** Runs every due job (deliveries, captures) with the server's own config until none is left. */
async function settle(s: TestServer) {
  const deps = { db: s.db, config: s.config, log: createLogger(s.config) };
  for (let round = 0; round < 20; round++) {
    await runDueJobs({ ...deps, tasks: jobTasks(deps), databaseUrl: s.url });
    const [{ n }] = await s.db.$queryRawUnsafe<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM graphile_worker._private_jobs',
    );
    if (n === 0) return;
  }
  throw new Error('jobs still queued');
}

/** An admin registers a webhook on the host, then an analyst-like entry links a page of the same host. */
async function webhookAndEvidence(s: TestServer) {
  const registered = await s.exec(
    CREATE_WEBHOOK,
    { input: { url: `${base}/hook`, events: ['PROGRESS_LOGGED'] } },
    ADMIN_TOKEN,
  );
  const rec = await createRecommendation(s.db);
  const input = { code: rec.code, note: 'See the intranet', evidenceUrls: [`${base}/internal`] };
  expect((await s.exec(LOG, { input }, ADMIN_TOKEN)).errors).toBeUndefined();
  await settle(s);
  const deliveries = await s.db.webhookDelivery.findMany({ select: { status: true } });
  const evidence = await s.db.evidence.findMany({ select: { captureState: true } });
  return {
    registration: registered.errors?.[0]?.extensions?.code ?? 'OK',
    deliveries: deliveries.map((d) => d.status),
    evidence: evidence.map((e) => e.captureState),
    requests: [...requests].sort(),
  };
}

describe.each([
  ['WEBHOOK_ALLOWLIST', 'OK', ['DELIVERED'], 'BLOCKED', ['POST /hook']],
  ['OUTBOUND_ALLOWLIST', 'OK', ['DELIVERED'], 'BLOCKED', ['POST /hook']],
  ['EVIDENCE_ALLOWLIST', 'BAD_USER_INPUT', [], 'CAPTURED', ['GET /internal']],
])('with %s naming 127.0.0.1', (setting, registration, deliveries, capture, received) => {
  const s = useTestServer({
    env: { [setting]: '127.0.0.1/32', WEBHOOK_RETRY_BASE_MS: '0', WEBHOOK_MAX_ATTEMPTS: '1' },
  });

  it(`answers the webhook with ${registration} and ${deliveries.join() || 'no delivery'}, and the evidence link ${capture}`, async () => {
    expect(await webhookAndEvidence(s)).toEqual({ registration, deliveries, evidence: [capture], requests: received });
  });
});

describe('the configuration', () => {
  const env = (vars: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...vars });

  it('keeps the two lists apart, EVIDENCE_ALLOWLIST empty unless set', () => {
    const config = env({ WEBHOOK_ALLOWLIST: '127.0.0.1/32, Hooks.Intranet' });
    expect([config.webhookAllowlist.entries, config.evidenceAllowlist.entries, config.warnings]).toEqual([
      ['127.0.0.1/32', 'hooks.intranet'],
      [],
      [],
    ]);
    expect(env({ EVIDENCE_ALLOWLIST: 'docs.intranet' }).evidenceAllowlist.entries).toEqual(['docs.intranet']);
  });

  it('reads OUTBOUND_ALLOWLIST as WEBHOOK_ALLOWLIST, never for evidence, with a warning', () => {
    const config = env({ OUTBOUND_ALLOWLIST: '10.0.0.0/8' });
    expect([config.webhookAllowlist.entries, config.evidenceAllowlist.entries]).toEqual([['10.0.0.0/8'], []]);
    expect(config.warnings).toEqual([expect.stringMatching(/^OUTBOUND_ALLOWLIST is deprecated.*WEBHOOK_ALLOWLIST/)]);
  });

  it('prefers WEBHOOK_ALLOWLIST when both names are set, and warns that the old one is ignored', () => {
    const config = env({ OUTBOUND_ALLOWLIST: '10.0.0.0/8', WEBHOOK_ALLOWLIST: '127.0.0.1' });
    expect(config.webhookAllowlist.entries).toEqual(['127.0.0.1']);
    expect(config.warnings).toEqual([expect.stringMatching(/^OUTBOUND_ALLOWLIST is ignored/)]);
  });

  it.each(['WEBHOOK_ALLOWLIST', 'EVIDENCE_ALLOWLIST', 'OUTBOUND_ALLOWLIST'])(
    'stops start-up on a malformed %s entry, naming the variable',
    (name) => {
      expect(() => env({ [name]: '127.0.0.1/99' })).toThrow(ConfigError);
      expect(() => env({ [name]: 'not a host!' })).toThrow(new RegExp(`${name}: `));
    },
  );

  it('names the list to widen in a refusal, so that the operator widens the right one', async () => {
    const config = env({ WEBHOOK_ALLOWLIST: '127.0.0.1/32' });
    await expect(checkOutboundUrl(`${base}/internal`, config.evidenceAllowlist)).rejects.toThrow(
      /127\.0\.0\.1 is a loopback address \(EVIDENCE_ALLOWLIST can name it\)/,
    );
    expect(requests).toEqual([]);
  });
});
