// The widgets and oEmbed over HTTP: what they show, escaped; no cookie, no script; framing only by EMBED_ORIGINS.
import request from 'supertest';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';

const LOG = `mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;
const ORIGIN = 'http://127.0.0.1:5173';

const s = useTestServer({ reset: true, env: { EMBED_ORIGINS: `${ORIGIN},https://news.example.org` } });

async function seed() {
  const theme = await createTheme(s.db, { code: 'SANDBOX', nameEn: 'Sandbox <i>theme</i>', nameZh: '沙盒' });
  const rec = await createRecommendation(s.db, {
    code: 'GOV-SANDBOX-01',
    themeId: theme.id,
    titleEn: 'Pilot <script>alert(1)</script> zones',
    targetDate: new Date('2027-06-30'),
  });
  await createRecommendation(s.db, { code: 'GOV-SANDBOX-01.1', themeId: theme.id, parentId: rec.id, quote: '' });
  const log = (code: string, note: string, visibility = 'PUBLIC') =>
    s.exec(LOG, { input: { code, note, status: 'IN_PROGRESS', progress: 40, visibility } }, ADMIN_TOKEN);
  expect((await log('GOV-SANDBOX-01', 'Rules <script>steal()</script> published')).errors).toBeUndefined();
  return rec;
}

/** The widget's visible text: its tags dropped, its entities read (the few the widgets write). */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('a measure widget', () => {
  it('shows code, title, status, progress and the latest note, every text escaped, with no script', async () => {
    await seed();
    const res = await request(s.http).get('/embed/measure/GOV-SANDBOX-01');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).not.toMatch(/<script/i);
    expect(res.text).toContain('Pilot &lt;script&gt;alert(1)&lt;/script&gt; zones');
    const text = textOf(res.text);
    expect(text).toContain('GOV-SANDBOX-01Pilot <script>alert(1)</script> zones');
    expect(text).toContain('Rules <script>steal()</script> published');
    expect(text).toContain('In progress');
    expect(text).toContain('40%');
    expect(res.text).toContain('href="http://localhost:4000/en/measures/GOV-SANDBOX-01"');
  });

  it('serves dotted action codes, and Chinese with ?lang=zh', async () => {
    await seed();
    const res = await request(s.http).get('/embed/measure/GOV-SANDBOX-01.1?lang=zh');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html lang="zh-CN">');
    expect(res.text).toContain('<span class="code">GOV-SANDBOX-01.1</span>');
    expect(textOf(res.text)).toContain('未启动');
  });

  it('says "Internal note" for an internal entry, never its text, even to a signed-in browser', async () => {
    await seed();
    await s.exec(
      LOG,
      { input: { code: 'GOV-SANDBOX-01', note: 'Secret xylophonist', visibility: 'INTERNAL' } },
      ADMIN_TOKEN,
    );
    const res = await request(s.http)
      .get('/embed/measure/GOV-SANDBOX-01')
      .set('authorization', `Bearer ${ADMIN_TOKEN}`);
    expect(res.text).not.toContain('xylophonist');
    expect(textOf(res.text)).toContain('Internal note');
  });

  it('sets no cookie, forbids scripts, and may be framed only by EMBED_ORIGINS', async () => {
    await seed();
    const res = await request(s.http).get('/embed/measure/GOV-SANDBOX-01').set('cookie', 'session=whatever');
    expect(res.headers['set-cookie']).toBeUndefined();
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(csp).toContain('sandbox');
    expect(csp).toContain(`frame-ancestors ${ORIGIN} https://news.example.org`);
    // Every other answer refuses to be framed.
    for (const path of ['/healthz', '/admin/', '/open-data/datapackage.json'])
      expect((await request(s.http).get(path)).headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });

  it('answers an unknown or malformed code with a 404 page', async () => {
    await seed();
    for (const path of ['/embed/measure/GOV-NOPE-99', '/embed/measure/%3Cscript%3E', '/embed/theme/NOPE']) {
      const res = await request(s.http).get(path);
      expect(res.status).toBe(404);
      expect(res.text).toContain('Nothing is published under this code.');
      expect(res.text).not.toContain('<script>');
    }
  });

  it('is cacheable with the API ETag rules', async () => {
    await seed();
    const first = await request(s.http).get('/embed/measure/GOV-SANDBOX-01');
    expect(first.headers['cache-control']).toMatch(/^public/);
    const again = await request(s.http).get('/embed/measure/GOV-SANDBOX-01').set('if-none-match', first.headers.etag);
    expect(again.status).toBe(304);
  });
});

describe('a theme widget', () => {
  it('lists its measures with status and progress, names escaped', async () => {
    await seed();
    const res = await request(s.http).get('/embed/theme/SANDBOX');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Sandbox &lt;i&gt;theme&lt;/i&gt;');
    const items = [...res.text.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]));
    expect(items).toEqual([expect.stringMatching(/^GOV-SANDBOX-01 .* — In progress, 40%$/)]);
  });
});

describe('oEmbed', () => {
  it('answers a measure page of ours with the widget iframe, escaped', async () => {
    await seed();
    const url = 'http://localhost:4000/zh/measures/GOV-SANDBOX-01';
    const res = await request(s.http).get('/oembed').query({ url, format: 'json' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      version: '1.0',
      type: 'rich',
      title: expect.stringContaining('GOV-SANDBOX-01'),
      provider_name: '人工智能治理建议跟踪',
      provider_url: 'http://localhost:4000/',
      cache_age: expect.any(Number),
      width: 480,
      height: 230,
      html: expect.stringContaining('src="http://localhost:4000/embed/measure/GOV-SANDBOX-01?lang=zh"'),
      url,
    });
  });

  it('answers a theme widget URL and a dotted action code, within maxwidth', async () => {
    await seed();
    const theme = await request(s.http)
      .get('/oembed')
      .query({ url: 'http://localhost:4000/embed/theme/SANDBOX', maxwidth: '300' });
    expect(theme.status).toBe(200);
    expect(theme.body.width).toBe(300);
    const action = await request(s.http)
      .get('/oembed')
      .query({ url: 'http://localhost:4000/en/measures/GOV-SANDBOX-01.1' });
    expect(action.status).toBe(200);
  });

  it('answers a URL that is not ours, or names nothing, with 404, and another format with 501', async () => {
    await seed();
    const oembed = (query: Record<string, string>) => request(s.http).get('/oembed').query(query);
    expect((await oembed({ url: 'https://evil.example/en/measures/GOV-SANDBOX-01' })).status).toBe(404);
    expect((await oembed({ url: 'http://localhost:4000/en/measures/GOV-NOPE-01' })).status).toBe(404);
    expect((await oembed({ url: 'http://localhost:4000/graphql' })).status).toBe(404);
    expect((await oembed({ url: 'not a url' })).status).toBe(404);
    expect((await oembed({ url: 'http://localhost:4000/en/measures/GOV-SANDBOX-01', format: 'xml' })).status).toBe(501);
    expect((await oembed({})).status).toBe(400);
  });
});
