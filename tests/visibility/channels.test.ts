// Internal notes on every channel (issue 27, item 5; docs/decisions.md "Visibility"): an INTERNAL log entry and
// an INTERNAL indicator value, each carrying a word found nowhere else, are written once. Then every way out
// is read twice: as an anonymous reader, or a channel without a user, where the word must be absent (while
// the entry's change is still there), and as a signed-in VIEWER, where it must be present.
import { print } from 'graphql';
import request from 'supertest';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createIndicator, createRecommendation, createUserWithToken } from '../helpers/factories';
import { globalId } from '../helpers/globalIds';
import { connected, startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';
import {
  ChangeFeedDocument,
  ListLogDocument,
  LogWithVisibilityDocument,
  LoggedWithVisibilityDocument,
  RecordLogDocument,
  RecordValueWithVisibilityDocument,
} from '../__generated__/visibility';
import { runJobs, startEvidenceSource, type EvidenceSource } from '../evidence/evidenceSource';

const s = useTestServer();

/** Words that appear in the internal texts only: a search engine, a cache or a log would carry them on. */
const NOTE_WORD = `quokkanote${process.pid}`;
const VALUE_WORD = `wombatvalue${process.pid}`;
const CODE = 'GOV-VIS-01';

let src: EvidenceSource;
let viewer: string;
let evidenceUrl: string;

beforeAll(async () => {
  src = await startEvidenceSource();
  src.serve(`/${NOTE_WORD}`, { type: 'text/plain', body: `the archived proof of ${NOTE_WORD}` });
  evidenceUrl = `${src.base}/${NOTE_WORD}`;
  viewer = (await createUserWithToken(s.db, 'VIEWER')).token;
  const rec = await createRecommendation(s.db, { code: CODE, titleEn: 'Visibility of notes' });
  const ind = await createIndicator(s.db, rec.id);
  const logged = await s.exec(
    LogWithVisibilityDocument,
    {
      input: {
        code: CODE,
        note: `Met the minister: ${NOTE_WORD} is not for publication.`,
        status: 'IN_PROGRESS',
        progress: 30,
        evidenceUrls: [evidenceUrl],
        visibility: 'INTERNAL',
      },
    },
    ADMIN_TOKEN,
  );
  expect(logged.data?.logProgress.update?.visibility).toBe('INTERNAL');
  const published = await s.exec(
    LogWithVisibilityDocument,
    { input: { code: CODE, note: 'A public step.', progress: 35 } },
    ADMIN_TOKEN,
  );
  expect(published.data?.logProgress.update?.visibility).toBe('PUBLIC');
  const recorded = await s.exec(
    RecordValueWithVisibilityDocument,
    {
      input: {
        indicatorId: globalId('Indicator', ind.id),
        periodStart: '2025-01-01',
        periodEnd: '2025-01-31',
        value: 3,
        note: `Counted by ${VALUE_WORD}, unpublished.`,
        visibility: 'INTERNAL',
      },
    },
    ADMIN_TOKEN,
  );
  expect(recorded.data?.recordIndicatorValue.value?.visibility).toBe('INTERNAL');
  await runJobs(s); // captures the evidence
});
afterAll(() => src.close());

const withheld = (text: string) => {
  expect(text).not.toContain(NOTE_WORD);
  expect(text).not.toContain(VALUE_WORD);
};
const shown = (text: string) => {
  expect(text).toContain(NOTE_WORD);
  expect(text).toContain(VALUE_WORD);
};

/** A POST /graphql as sent over the wire, with or without a token. */
const graphql = (query: string, variables: Record<string, unknown>, token?: string) => {
  const req = request(s.http).post('/graphql').send({ query, variables });
  return token ? req.set('authorization', `Bearer ${token}`) : req;
};

describe('the GraphQL API', () => {
  it('gives an anonymous reader the entry and the value without their text or evidence, marked INTERNAL', async () => {
    const res = await graphql(print(RecordLogDocument), { code: CODE });
    withheld(res.text);
    const rec = res.body.data.recommendation;
    // The entry, the public one after it, and the value's own entry (INTERNAL as the value is).
    expect(rec.updates).toHaveLength(3);
    expect(rec.updates).toEqual(
      expect.arrayContaining([
        { note: 'A public step.', visibility: 'PUBLIC', evidenceUrls: [], evidence: [] },
        { note: '', visibility: 'INTERNAL', evidenceUrls: [], evidence: [] },
      ]),
    );
    expect(rec.updates.filter((u: { visibility: string }) => u.visibility === 'INTERNAL')).toHaveLength(2);
    expect(rec.indicators[0].values.edges[0].node).toEqual({
      note: '',
      visibility: 'INTERNAL',
      evidenceUrls: [],
      logEntry: { note: '' },
    });
  });

  it('shows a signed-in VIEWER the internal text and evidence', async () => {
    const res = await graphql(print(RecordLogDocument), { code: CODE }, viewer);
    shown(res.text);
    expect(res.text).toContain(evidenceUrl);
  });

  it('withholds the text on the compiled list too, and shows it to the VIEWER there', async () => {
    const anonymous = await graphql(print(ListLogDocument), {});
    expect(anonymous.body.data.recommendations.totalCount).toBe(1);
    withheld(anonymous.text);
    shown((await graphql(print(ListLogDocument), {}, viewer)).text);
  });

  it('never matches or excerpts an internal note in a search, for anyone', async () => {
    for (const token of [undefined, viewer]) {
      const byWord = await graphql(print(ListLogDocument), { search: NOTE_WORD }, token);
      expect(byWord.body.data.recommendations.totalCount).toBe(0);
    }
    const byTitle = await graphql(print(ListLogDocument), { search: 'Visibility' });
    expect(byTitle.body.data.recommendations.totalCount).toBe(1);
    withheld(JSON.stringify(byTitle.body.data.recommendations.edges[0].node.searchMatches));
  });

  it('leaves the text out of the change feed for an anonymous reader', async () => {
    withheld((await graphql(print(ChangeFeedDocument), {})).text);
    shown((await graphql(print(ChangeFeedDocument), {}, viewer)).text);
  });
});

describe('HTTP caching', () => {
  it('never shares an answer or its ETag between an anonymous and a signed-in reader', async () => {
    const path = `/graphql?query=${encodeURIComponent(print(RecordLogDocument))}&variables=${encodeURIComponent(JSON.stringify({ code: CODE }))}`;
    const anonymous = await request(s.http).get(path).set('apollo-require-preflight', 'true');
    const signedIn = await request(s.http)
      .get(path)
      .set('apollo-require-preflight', 'true')
      .set('authorization', `Bearer ${viewer}`);
    withheld(anonymous.text);
    shown(signedIn.text);
    expect(anonymous.headers['cache-control']).toMatch(/^public/);
    expect(signedIn.headers['cache-control']).toMatch(/^private/);
    expect(signedIn.headers.vary).toEqual(expect.stringContaining('Cookie'));
    expect(signedIn.headers.vary).toEqual(expect.stringContaining('Authorization'));
    expect(signedIn.headers.etag).toBeDefined();
    expect(signedIn.headers.etag).not.toBe(anonymous.headers.etag);
    // The anonymous tag does not revalidate the signed-in answer.
    const revalidated = await request(s.http)
      .get(path)
      .set('apollo-require-preflight', 'true')
      .set('authorization', `Bearer ${viewer}`)
      .set('if-none-match', anonymous.headers.etag);
    expect(revalidated.status).toBe(200);
    shown(revalidated.text);
  });
});

describe('Atom feeds', () => {
  it.each(['/feeds/all.atom', `/feeds/recommendation/${CODE}.atom`])(
    'shows the change at %s without the text to an anonymous reader, and with it, privately, when signed in',
    async (path) => {
      const anonymous = await request(s.http).get(path).expect(200);
      withheld(anonymous.text);
      expect(anonymous.text).toContain('Progress logged: IN_PROGRESS, 30%');
      const signedIn = await request(s.http).get(path).set('authorization', `Bearer ${viewer}`).expect(200);
      expect(signedIn.text).toContain(NOTE_WORD);
      expect(signedIn.headers['cache-control']).toBe('private');
      expect(signedIn.headers.vary).toEqual(expect.stringContaining('Authorization'));
    },
  );
});

describe('exports', () => {
  it.each(['/export/progress.csv', '/export/indicator-values.csv'])(
    'leaves the text out of %s without a user, and keeps it for a signed-in one',
    async (path) => {
      const anonymous = await request(s.http).get(path).expect(200);
      withheld(anonymous.text);
      expect(anonymous.text).not.toContain(evidenceUrl);
      const signedIn = await request(s.http).get(path).set('authorization', `Bearer ${viewer}`).expect(200);
      expect(signedIn.text).toContain(path.includes('progress') ? NOTE_WORD : VALUE_WORD);
    },
  );
});

describe('archived evidence', () => {
  it('answers 404 to an anonymous reader for the copy of an internal entry’s evidence, and serves the VIEWER', async () => {
    const evidence = await s.db.evidence.findFirstOrThrow({ where: { url: evidenceUrl } });
    expect(evidence.captureState).toBe('CAPTURED');
    const anonymous = await request(s.http).get(`/evidence/${evidence.id}/archived`);
    expect(anonymous.status).toBe(404);
    withheld(anonymous.text);
    const signedIn = await request(s.http)
      .get(`/evidence/${evidence.id}/archived`)
      .set('authorization', `Bearer ${viewer}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(signedIn.status).toBe(200);
    expect((signedIn.body as Buffer).toString()).toContain(NOTE_WORD);
  });
});

describe('subscriptions', () => {
  let live: LiveInstance;
  beforeAll(async () => (live = await startInstance(s.config, s.url)));
  afterAll(() => live?.close());

  it('sends a subscriber without a user the change without its text, and a signed-in one the text', async () => {
    const anonymousClient = wsClient(live.wsUrl);
    const viewerClient = wsClient(live.wsUrl, viewer);
    const ready = Promise.all([connected(anonymousClient), connected(viewerClient)]);
    const anonymous = subscribe<any>(anonymousClient, print(LoggedWithVisibilityDocument));
    const signedIn = subscribe<any>(viewerClient, print(LoggedWithVisibilityDocument));
    await ready;
    await new Promise((r) => setTimeout(r, 300)); // registered on the server (no acknowledgement to wait for)
    try {
      const note = `Live: ${NOTE_WORD}`;
      await s.exec(
        LogWithVisibilityDocument,
        { input: { code: CODE, note, progress: 40, visibility: 'INTERNAL' } },
        ADMIN_TOKEN,
      );
      const [[toAnonymous], [toViewer]] = await Promise.all([anonymous.received(1), signedIn.received(1)]);
      expect(toAnonymous.data!.progressLogged).toEqual({ note: '', visibility: 'INTERNAL', evidenceUrls: [] });
      expect(toViewer.data!.progressLogged).toEqual({ note, visibility: 'INTERNAL', evidenceUrls: [] });
    } finally {
      await anonymous.close();
      await signedIn.close();
    }
  });
});
