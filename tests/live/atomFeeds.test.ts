// The Atom feeds: each parses as XML, holds RFC 4287's required elements, names the record in both languages,
// and puts the latest change first; the read rule and unknown codes answer as the API does.
import request from 'supertest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import { LiveLogDocument } from '../__generated__/live';

const s = useTestServer();
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'entry',
});

interface AtomEntry {
  id: string;
  title: { '#text': string };
  updated: string;
  author: { name: string };
  link: { '@rel': string; '@href': string };
  summary: { '#text': string };
}

async function feedAt(path: string) {
  const res = await request(s.http).get(path).expect(200);
  expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(XMLValidator.validate(res.text)).toBe(true);
  return parser.parse(res.text).feed as Record<string, any> & { entry?: AtomEntry[] };
}

/** RFC 4287 §4.1.1–4.1.2: a feed's id, title and updated, a self link; each entry's id, title and updated. */
function expectValidAtom(feed: Record<string, any> & { entry?: AtomEntry[] }) {
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed.id).toMatch(/^tag:[^,]+,\d{4}-\d{2}-\d{2}:/);
  expect(typeof feed.title['#text']).toBe('string');
  expect(new Date(feed.updated).toISOString()).toBe(feed.updated);
  expect([feed.link].flat().map((l: { '@rel': string }) => l['@rel'])).toContain('self');
  for (const e of feed.entry ?? []) {
    expect(e.id).toMatch(/^tag:/);
    expect(new Date(e.updated).toISOString()).toBe(e.updated);
    expect(e.title['#text'].length).toBeGreaterThan(0);
  }
}

beforeAll(async () => {
  const theme = await createTheme(s.db, { code: 'FEEDS', nameZh: '订阅主题', nameEn: 'Feed theme' });
  await createRecommendation(s.db, {
    code: 'GOV-ATOM-01',
    themeId: theme.id,
    titleZh: '风险<监测>',
    titleEn: 'Risk & monitoring',
  });
  await createRecommendation(s.db, { code: 'GOV-ATOM-02' });
  for (const [code, note] of [
    ['GOV-ATOM-01', 'First <step>'],
    ['GOV-ATOM-02', 'Elsewhere'],
    ['GOV-ATOM-01', 'Latest & greatest'],
  ])
    await s.exec(LiveLogDocument, { input: { code, note, status: 'IN_PROGRESS', progress: 30 } }, ADMIN_TOKEN);
});

it('serves every change at /feeds/all.atom, newest first, with both languages in each title', async () => {
  const feed = await feedAt('/feeds/all.atom');
  expectValidAtom(feed);
  expect(feed.entry!.map((e) => e.summary['#text'])).toEqual(['Latest & greatest', 'Elsewhere', 'First <step>']);
  expect(feed.entry![0].title['#text']).toBe(
    'GOV-ATOM-01 风险<监测> · Risk & monitoring — 记录进展：IN_PROGRESS, 30% · Progress logged: IN_PROGRESS, 30%',
  );
  expect(feed.updated).toBe(feed.entry![0].updated);
  expect(feed.entry![0].author).toEqual({ name: '(admin token)' });
  expect(feed.entry![0].link['@href']).toMatch(/\/admin\/#\/r\/GOV-ATOM-01$/);
});

it("serves a theme's changes at /feeds/theme/<THEME>.atom, under the theme's names", async () => {
  const feed = await feedAt('/feeds/theme/FEEDS.atom');
  expectValidAtom(feed);
  expect(feed.title['#text']).toMatch(/^订阅主题 · Feed theme — /);
  expect(feed.entry!.map((e) => e.summary['#text'])).toEqual(['Latest & greatest', 'First <step>']);
});

it("serves a recommendation's changes at /feeds/recommendation/<CODE>.atom", async () => {
  const feed = await feedAt('/feeds/recommendation/GOV-ATOM-02.atom');
  expectValidAtom(feed);
  expect(feed.entry!.map((e) => e.summary['#text'])).toEqual(['Elsewhere']);
  expect(feed.id).toBe('tag:ai-governance-tracker,2026-12-01:feed/recommendation/GOV-ATOM-02');
});

it('answers an unknown theme or code with 404 NOT_FOUND', async () => {
  const theme = await request(s.http).get('/feeds/theme/NOPE.atom').expect(404);
  const rec = await request(s.http).get('/feeds/recommendation/GOV-NONE-99.atom').expect(404);
  const noSuffix = await request(s.http).get('/feeds/recommendation/GOV-ATOM-01').expect(404);
  expect([theme, rec, noSuffix].map((r) => r.body.errors[0].extensions.code)).toEqual([
    'NOT_FOUND',
    'NOT_FOUND',
    'NOT_FOUND',
  ]);
});

describe('with PUBLIC_READ=false', () => {
  const closed = useTestServer({ env: { PUBLIC_READ: 'false' } });

  it('answers 401 UNAUTHENTICATED without a token and the feed with one', async () => {
    const anonymous = await request(closed.http).get('/feeds/all.atom').expect(401);
    const signed = await request(closed.http).get('/feeds/all.atom').set('authorization', `Bearer ${ADMIN_TOKEN}`);
    expect([anonymous.body.errors[0].extensions.code, signed.status]).toEqual(['UNAUTHENTICATED', 200]);
  });
});
