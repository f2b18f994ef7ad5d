// The archived copy is served by this server under headers that keep captured HTML from running as its
// origin, under the API's read rule.
import request from 'supertest';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { LogWithEvidenceDocument } from '../__generated__/evidence';
import { runJobs, startEvidenceSource, type EvidenceSource } from './evidenceSource';
import { captureLogs } from '../security/support/logCapture';

const HOSTILE = '<html><head><title>x</title></head><body><script>fetch("/graphql")</script></body></html>';
const SANDBOX = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

let src: EvidenceSource;
beforeAll(async () => (src = await startEvidenceSource()));
afterAll(() => src.close());

async function capture(s: ReturnType<typeof useTestServer>, body: string, type = 'text/html; charset=utf-8') {
  src.serve('/page', { type, body });
  const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
  await s.exec(
    LogWithEvidenceDocument,
    { input: { code: rec.code, note: 'n', evidenceUrls: [`${src.base}/page`] } },
    ADMIN_TOKEN,
  );
  await runJobs(s);
  return (await s.db.evidence.findFirstOrThrow()).id;
}

describe('with public reads', () => {
  const s = useTestServer({ reset: true });

  it('serves the captured bytes as a download under a sandboxing CSP, unsniffed, same-origin only', async () => {
    const id = await capture(s, HOSTILE);
    const res = await request(s.http)
      .get(`/evidence/${id}/archived`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect((res.body as Buffer).toString()).toBe(HOSTILE);
    expect({
      type: res.headers['content-type'],
      disposition: res.headers['content-disposition'],
      csp: res.headers['content-security-policy'],
      nosniff: res.headers['x-content-type-options'],
      corp: res.headers['cross-origin-resource-policy'],
      cache: res.headers['cache-control'],
    }).toEqual({
      type: 'text/html; charset=utf-8',
      disposition: `attachment; filename="evidence-${id}.html"`,
      csp: SANDBOX,
      nosniff: 'nosniff',
      corp: 'same-origin',
      cache: 'private, no-store',
    });
  });

  it('stores and serves the content type it checked, not a raw header that names another type', async () => {
    // Checked as text/plain (before the first ";"), while a browser takes the last type of a list: SVG.
    const id = await capture(s, 'plain words', 'text/plain; a=b, image/svg+xml');
    const row = await s.db.evidence.findUniqueOrThrow({ where: { id } });
    const archive = await s.db.evidenceArchive.findUniqueOrThrow({ where: { sha256: row.sha256! } });
    const res = await request(s.http).get(`/evidence/${id}/archived`);
    expect([row.captureState, row.contentType, archive.contentType, res.status, res.headers['content-type']]).toEqual([
      'CAPTURED',
      'text/plain',
      'text/plain',
      200,
      'text/plain',
    ]);
  });

  it('serves a copy kept under a raw type by its normalised type, and one the archive does not take as bytes', async () => {
    const stored = [
      ['text/html; charset=UTF-8', 'text/html; charset=utf-8'],
      ['TEXT/PLAIN;charset="latin1", image/svg+xml', 'text/plain'],
      ['image/svg+xml', 'application/octet-stream'],
    ];
    const served = [];
    for (const [position, [raw]] of stored.entries()) {
      const sha = String(position).repeat(64);
      await s.db.evidenceArchive.create({
        data: { sha256: sha, contentType: raw, sizeBytes: 1, bytes: Buffer.from('x') },
      });
      const row = await s.db.evidence.create({
        data: { progressUpdateId: 1, position, url: 'https://x.example/', captureState: 'CAPTURED', sha256: sha },
      });
      served.push((await request(s.http).get(`/evidence/${row.id}/archived`)).headers['content-type']);
    }
    expect(served).toEqual(stored.map(([, normalised]) => normalised));
  });

  it('answers 404 with a code for an unknown id, a malformed one and a link not captured', async () => {
    const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
    await s.exec(
      LogWithEvidenceDocument,
      { input: { code: rec.code, note: 'n', evidenceUrls: ['https://x.example/'] } },
      ADMIN_TOKEN,
    );
    const pending = (await s.db.evidence.findFirstOrThrow()).id;
    for (const id of ['999999', 'abc', String(pending)]) {
      const res = await request(s.http).get(`/evidence/${id}/archived`);
      expect([res.status, res.body.errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    }
  });
});

describe('with ids no row can have', () => {
  const logs = captureLogs();
  const s = useTestServer({ env: { LOG_LEVEL: 'warn' }, logDestination: logs.stream });

  it('answers 404 with a code, and logs no error, for an id beyond PostgreSQL integer range or not a number', async () => {
    const ids = ['2147483648', '9999999999', '99999999999', '0', '-1', '1e3', '0x10', '1.5', '%20'];
    const answers = [];
    for (const id of ids) {
      const res = await request(s.http).get(`/evidence/${id}/archived`);
      answers.push([id, res.status, res.body.errors?.[0]?.extensions?.code]);
    }
    expect(answers).toEqual(ids.map((id) => [id, 404, 'NOT_FOUND']));
    expect(logs.lines.filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe('with PUBLIC_READ=false', () => {
  const s = useTestServer({ reset: true, env: { PUBLIC_READ: 'false' } });

  it('answers 401 without a token and serves the copy with one', async () => {
    const id = await capture(s, 'plain words', 'text/plain');
    const anonymous = await request(s.http).get(`/evidence/${id}/archived`);
    expect([anonymous.status, anonymous.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    const withToken = await request(s.http)
      .get(`/evidence/${id}/archived`)
      .set('authorization', `Bearer ${ADMIN_TOKEN}`);
    expect([withToken.status, withToken.text, withToken.headers['content-disposition']]).toEqual([
      200,
      'plain words',
      `attachment; filename="evidence-${id}.txt"`,
    ]);
  });
});
