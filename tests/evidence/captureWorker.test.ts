// A capture's CPU work (hashing the page, reading its title) runs in a worker thread with a budget, not on
// the event loop that answers requests and runs the job queue: while a capture is held busy the API still
// answers, and a capture past its budget ends as TIMEOUT instead of hanging.
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { BroadcastChannel } from 'node:worker_threads';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { LogWithEvidenceDocument } from '../__generated__/evidence';
import { captureEvidence } from '../../src/domain/evidence/capture';
import { ANALYSIS_LIMITS, runInWorker } from '../../src/domain/evidence/pageAnalysis';
import type { PageFacts, PageInput } from '../../src/domain/evidence/pageFacts';
import { BUSY_CHANNEL } from './support/busyChannel';
import { queuedJobs, runJobs, sha256, startEvidenceSource, type EvidenceSource } from './evidenceSource';

const s = useTestServer({ reset: true });
let src: EvidenceSource;
beforeAll(async () => (src = await startEvidenceSource()));
afterAll(() => src.close());

/** The page: 256 KB of `<title`, which stalled the API for about 15 s when read on its event loop. */
const TITLE_BOMB = '<title'.repeat((256 * 1024) / 6);

async function logLink(url: string) {
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  const res = await s.exec(
    LogWithEvidenceDocument,
    { input: { code: rec.code, note: 'n', evidenceUrls: [url] } },
    ADMIN_TOKEN,
  );
  expect(res.errors).toBeUndefined();
}

/** The test server's app on a real loopback port, as clients reach it. */
async function listen(app: http.RequestListener) {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The capture's analysis, held busy: the real worker runner and budget, with a script that never finishes. */
const holdBusy = (page: PageInput) =>
  runInWorker<PageFacts>(path.join(__dirname, 'support', 'endlessAnalysis.ts'), page, ANALYSIS_LIMITS);

it('captures the 256 KB <title page in its worker: kept, with no title', async () => {
  src.serve('/bomb.html', { type: 'text/html', body: TITLE_BOMB });
  await logLink(`${src.base}/bomb.html`);
  await runJobs(s);
  const row = await s.db.evidence.findFirstOrThrow();
  expect([row.captureState, row.title, row.sha256]).toEqual(['CAPTURED', null, sha256(TITLE_BOMB)]);
});

it('answers /healthz and a GraphQL query while a capture is held busy, and ends that capture as TIMEOUT', async () => {
  src.serve('/bomb.html', { type: 'text/html', body: TITLE_BOMB });
  await logLink(`${src.base}/bomb.html`);
  const api = await listen(s.http);
  const channel = new BroadcastChannel(BUSY_CHANNEL);
  let captureEnded = false;
  const answers: Promise<string>[] = [];
  const ask = (what: string, init?: RequestInit) =>
    answers.push(
      fetch(`${api.base}${what}`, init).then(
        (r) => `${what} ${r.status} ${captureEnded ? 'after' : 'during'} the capture`,
      ),
    );
  // Asked once the analysis is running, and answered (or not) while it is.
  channel.onmessage = () => {
    ask('/healthz');
    ask('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
  };
  try {
    await runJobs(s, {}, { tasks: (deps) => ({ captureEvidence: captureEvidence(deps, holdBusy) }) });
    captureEnded = true;
    expect((await Promise.all(answers)).sort()).toEqual([
      '/graphql 200 during the capture',
      '/healthz 200 during the capture',
    ]);
  } finally {
    channel.close();
    await api.close();
  }
  const row = await s.db.evidence.findFirstOrThrow();
  expect([row.captureState, row.failure, row.sha256]).toEqual(['FAILED', 'TIMEOUT', null]);
  // Not retried: the same page would take as long again.
  expect(await queuedJobs(s)).toEqual([]);
});
