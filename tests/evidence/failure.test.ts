// Why a capture failed, told to each reader as much as it may know. Every reader gets Evidence.failure, a
// generic code; the detail (what a name resolved to, the raw connect error) goes to admins (failureReason)
// and to the server log only, as webhook registration hides it: the API is no probe of the server's network.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { freePort } from '../setup/testDatabase';
import { captureLogs } from '../security/support/logCapture';
import { EvidenceFailuresDocument, EvidenceReasonsDocument, LogWithEvidenceDocument } from '../__generated__/evidence';
import { runJobs, startEvidenceSource, type EvidenceSource } from './evidenceSource';

const s = useTestServer({ reset: true });
const logs = captureLogs();
let src: EvidenceSource;
beforeAll(async () => (src = await startEvidenceSource()));
afterAll(() => src.close());
beforeEach(() => logs.clear());

const CODE = 'GOV-SANDBOX-01';

/** One entry citing a link for each way a capture can fail here, keyed by the failure it should end in. */
async function failedCaptures() {
  src.serve('/gone', { status: 404, type: 'text/html', body: 'gone' });
  src.serve('/data.json', { type: 'application/json', body: '{}' });
  src.serve('/slow', { hang: true });
  const links = {
    HTTP_ERROR: `${src.base}/gone`,
    UNSUPPORTED_TYPE: `${src.base}/data.json`,
    BLOCKED_ADDRESS: 'http://10.0.0.1/internal',
    // A loopback port that nothing listens on (127.0.0.1 is allowlisted here): the connection is refused.
    UNREACHABLE: `http://127.0.0.1:${await freePort()}/`,
    TIMEOUT: `${src.base}/slow`,
  };
  const rec = await createRecommendation(s.db, { code: CODE });
  const res = await s.exec(
    LogWithEvidenceDocument,
    { input: { code: rec.code, note: 'n', evidenceUrls: Object.values(links) } },
    ADMIN_TOKEN,
  );
  expect(res.errors).toBeUndefined();
  await runJobs(s, { EVIDENCE_TIMEOUT_MS: '1000', LOG_LEVEL: 'info' }, { logDestination: logs.stream });
  return links;
}

const reasonsFor = async (token: string | null) =>
  (await s.exec(EvidenceReasonsDocument, { code: CODE }, token)).data!.recommendation!.updates[0].evidence.map(
    (e) => e.failureReason,
  );

it('answers failureReason to admins only: null for anonymous readers and analysts', async () => {
  await failedCaptures();
  const { token: analyst } = await createUserWithToken(s.db, 'ANALYST');
  const none = [null, null, null, null, null];
  expect([await reasonsFor(null), await reasonsFor(analyst)]).toEqual([none, none]);
  expect(await reasonsFor(ADMIN_TOKEN)).toEqual([
    'HTTP 404',
    'content type application/json is not archived',
    expect.stringContaining('10.0.0.1 is a private address'),
    expect.stringContaining('ECONNREFUSED'),
    'the call took too long',
  ]);
});

it('tells every reader the generic failure of each link, the same for an analyst as anonymously', async () => {
  const links = await failedCaptures();
  const { token: analyst } = await createUserWithToken(s.db, 'ANALYST');
  const expected = Object.entries(links).map(([failure, url]) => ({
    url,
    captureState: failure === 'BLOCKED_ADDRESS' ? 'BLOCKED' : 'FAILED',
    failure,
  }));
  for (const token of [null, analyst, ADMIN_TOKEN]) {
    const res = await s.exec(EvidenceFailuresDocument, { code: CODE }, token);
    expect(res.data!.recommendation!.updates[0].evidence).toEqual(expected);
  }
});

it('logs the detail of each capture that failed, with its generic failure', async () => {
  const links = await failedCaptures();
  const rows = await s.db.evidence.findMany({ orderBy: { position: 'asc' }, select: { id: true } });
  const logged = logs.lines
    .filter((l) => l.msg === 'evidence not captured')
    .map((l) => ({ evidenceId: l.evidenceId, failure: l.failure, reason: l.reason }));
  expect(logged).toEqual(
    Object.keys(links).map((failure, i) => ({ evidenceId: rows[i].id, failure, reason: expect.any(String) })),
  );
  expect(logged.find((l) => l.failure === 'UNREACHABLE')!.reason).toContain('ECONNREFUSED');
  expect(logged.find((l) => l.failure === 'BLOCKED_ADDRESS')!.reason).toContain('10.0.0.1 is a private address');
});
