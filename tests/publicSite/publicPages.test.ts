// The public site over HTTP (src/http/public): the contract's paths in both languages, their head (canonical,
// hreflang, OpenGraph, JSON-LD by document kind), the measure page's parts, 404 and 400 pages in the path's
// language, escaping, the sitemap and robots.txt, the `/` redirect, and page size.
import request from 'supertest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { parseHTML as ParseHTML } from 'linkedom' with { 'resolution-mode': 'import' };
import { useTestServer } from '../helpers/testServer';
import { createProgressUpdate } from '../helpers/factories';
import { publicScene, type Scene } from './scene';

const s = useTestServer({ reset: true });

// linkedom is an ES module: loaded with import() (jest compiles it, and what it requires, to CommonJS).
let parseHTML: typeof ParseHTML;
beforeAll(async () => {
  ({ parseHTML } = await import('linkedom'));
});

const get = (path: string, headers: Record<string, string> = {}) => {
  const req = request(s.http).get(path);
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  return req;
};

const doc = (text: string) => parseHTML(text).document;
const jsonLdOf = (text: string) =>
  [...doc(text).querySelectorAll('script[type="application/ld+json"]')].map((e) => JSON.parse(e.textContent ?? ''));

let scene: Scene;
beforeEach(async () => {
  scene = await publicScene(s.db, 'A');
});

describe('the pages of the contract', () => {
  const paths = () => [
    '',
    `documents/${scene.slug}`,
    `themes/${scene.theme}`,
    `measures/${scene.code}`,
    `measures/${scene.action}`,
    'search?q=sandbox',
    'methodology',
  ];

  it.each(['en', 'zh'] as const)(
    'serves every page in %s with its language, canonical URL and alternates',
    async (lang) => {
      for (const path of paths()) {
        const res = await get(`/${lang}/${path}`);
        expect({ path, status: res.status, type: res.headers['content-type'] }).toEqual({
          path,
          status: 200,
          type: 'text/html; charset=utf-8',
        });
        const d = doc(res.text);
        expect(d.documentElement.getAttribute('lang')).toBe(lang === 'zh' ? 'zh-Hans' : 'en');
        const origin = s.config.publicOrigin;
        expect(d.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
          `${origin}/${lang}/${path.replace('sandbox', 'sandbox')}`,
        );
        const alternates = [...d.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute('hreflang'),
          l.getAttribute('href'),
        ]);
        expect(alternates).toEqual([
          ['en', `${origin}/en/${path}`],
          ['zh-Hans', `${origin}/zh/${path}`],
          ['x-default', `${origin}/en/${path}`],
        ]);
        const other = lang === 'en' ? 'zh' : 'en';
        expect(d.querySelector(`header a[href="/${other}/${path}"]`)).not.toBeNull();
        expect(d.querySelector('title')?.textContent).toBeTruthy();
        expect(d.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
        expect(d.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBeTruthy();
        expect(jsonLdOf(res.text)).toHaveLength(1);
        // No script, font or stylesheet from anywhere: the style is inline and hashed in the CSP.
        expect(d.querySelectorAll('script:not([type="application/ld+json"]), link[rel="stylesheet"]')).toHaveLength(0);
        expect(res.headers['content-security-policy']).toContain("default-src 'none'");
        expect(Buffer.byteLength(res.text)).toBeLessThan(50_000);
      }
    },
  );

  it('shows a measure with its quote, document, status, progress, health, owners, indicators, actions and log', async () => {
    const res = await get(`/en/measures/${scene.code}`);
    const d = doc(res.text);
    const facts = Object.fromEntries(
      [...d.querySelectorAll('dl.facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent?.trim()]),
    );
    expect(facts).toEqual({
      Status: 'In progress',
      Progress: '40%',
      Health: 'On track',
      Owners: 'Cyberspace Administration of China A',
      'Target date': '2030-06-30',
      Document: 'Policy document A',
      Theme: 'Sandbox A',
    });
    expect(d.querySelector('blockquote')?.textContent).toBe('构建沙盒监管模式，加快完善相关制度安排A');
    // Every number links to the rule that made it.
    expect(d.querySelector('dl.facts a[href="/en/methodology#progress"]')?.textContent).toBe('40%');
    expect(d.querySelector('a[href="/en/methodology#health-ON_TRACK"]')).not.toBeNull();
    expect(d.querySelector('a[href="/en/methodology#indicator-status"]')?.textContent).toBe('On track');
    // The chart and its text equivalent.
    const svg = d.querySelector('svg[role="img"]');
    const table = d.getElementById(svg?.getAttribute('aria-describedby') ?? '');
    expect(table?.textContent).toContain('55');
    expect(d.querySelector(`a[href="/en/measures/${scene.action}"]`)?.textContent).toBe(scene.action);
    const entry = [...d.querySelectorAll('main ol > li')].find((li) => li.textContent?.includes(scene.note));
    expect(entry?.querySelector('a[href^="/evidence/"][href$="/archived"]')?.textContent).toBe('archived copy');
    expect(entry?.querySelector('a[href="https://example.gov.cn/sandbox-rules"]')?.textContent).toBe('Sandbox rules A');
  });

  it('shows the same measure in Chinese, and the action with its parent and its parent’s quote', async () => {
    const zh = doc((await get(`/zh/measures/${scene.code}`)).text);
    expect(zh.querySelector('h1')?.textContent).toBe(`${scene.code} 构建沙盒监管模式A`);
    expect(zh.querySelector('dl.facts')?.textContent).toContain('国家网信办A');
    const action = doc((await get(`/zh/measures/${scene.action}`)).text);
    expect(action.querySelector(`a[href="/zh/measures/${scene.code}"]`)).not.toBeNull();
    expect(action.querySelector('blockquote')?.textContent).toBe('构建沙盒监管模式，加快完善相关制度安排A');
  });

  it('finds measures by Chinese and English words', async () => {
    for (const q of ['沙盒', 'sandbox']) {
      const d = doc((await get(`/zh/search?q=${encodeURIComponent(q)}`)).text);
      expect([...d.querySelectorAll('main table td:first-child a')].map((a) => a.textContent)).toEqual([scene.code]);
    }
  });

  it('publishes the methodology with its version and every rule a page links to', async () => {
    const d = doc((await get('/en/methodology')).text);
    expect(d.querySelector('main')?.textContent).toMatch(/Version \d{4}-\d{2}-\d{2}\.\d+/);
    const measure = doc((await get(`/en/measures/${scene.code}`)).text);
    const anchors = [...measure.querySelectorAll('a[href^="/en/methodology#"]')].map(
      (a) => a.getAttribute('href')!.split('#')[1],
    );
    expect(anchors.length).toBeGreaterThan(3);
    for (const anchor of new Set(anchors))
      expect({ anchor, found: !!d.getElementById(anchor) }).toEqual({ anchor, found: true });
  });
});

describe('structured data', () => {
  it.each([
    ['ARTICLE', 'Article'],
    ['LAW', 'Legislation'],
    ['REGULATION', 'Legislation'],
    ['PLAN', 'CreativeWork'],
  ] as const)('types a %s document as %s, and its measures as part of it', async (kind, type) => {
    const other = await publicScene(s.db, kind.slice(0, 1) + 'X', kind);
    const [d] = jsonLdOf((await get(`/en/documents/${other.slug}`)).text);
    expect(d).toMatchObject({
      '@context': 'https://schema.org',
      '@type': type,
      name: `Policy document ${kind.slice(0, 1)}X`,
    });
    const [m] = jsonLdOf((await get(`/zh/measures/${other.code}`)).text);
    expect(m).toMatchObject({
      '@type': 'CreativeWork',
      identifier: other.code,
      isPartOf: { '@type': type },
      inLanguage: 'zh-Hans',
    });
  });
});

describe('bad input', () => {
  it.each([
    ['en', 'documents/no-such-doc', 'Page not found'],
    ['zh', 'themes/NOSUCH', '页面不存在'],
    ['zh', 'measures/GOV-NOPE-01.9', '页面不存在'],
    ['en', 'nothing/here', 'Page not found'],
  ])('answers /%s/%s with a 404 page in that language linking home', async (lang, path, heading) => {
    const res = await get(`/${lang}/${path}`);
    expect(res.status).toBe(404);
    const d = doc(res.text);
    expect(d.querySelector('h1')?.textContent).toBe(heading);
    expect(d.querySelector(`main a[href="/${lang}/"]`)).not.toBeNull();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(d.querySelector('title')?.textContent).toMatch(new RegExp(`^${heading} · `));
    // No page of the site: no canonical URL or alternates for a crawler to follow.
    expect(d.querySelectorAll('link[rel="canonical"], link[hreflang]')).toHaveLength(0);
  });

  it.each([
    ['en', 'x'.repeat(201), 'at most 200 characters and 16 words'],
    ['zh', Array.from({ length: 17 }, (_, i) => `w${i}`).join(' '), '最多 200 个字符、16 个词'],
  ])('answers an over-long search in %s with a 400 page that says why', async (lang, q, why) => {
    const res = await get(`/${lang}/search?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(400);
    expect(doc(res.text).querySelector('main')?.textContent).toContain(why);
  });

  it('shows titles, notes and owner names holding markup as text, in the page and in JSON-LD', async () => {
    const evil = '<script>alert("x")</script>&<b>';
    const rec = await s.db.recommendation.update({
      where: { code: scene.code },
      data: { titleEn: evil, summaryEn: evil },
    });
    await createProgressUpdate(s.db, { recommendationId: rec.id, note: evil });
    await s.db.owner.updateMany({ data: { name: evil, nameEn: evil } });
    const res = await get(`/en/measures/${scene.code}`);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<b>');
    const d = doc(res.text);
    expect(d.querySelector('h1')?.textContent).toBe(`${scene.code} ${evil}`);
    expect(d.querySelector('dl.facts')?.textContent).toContain(evil);
    expect([...d.querySelectorAll('main ol > li p')].map((p) => p.textContent)).toContain(evil);
    expect(jsonLdOf(res.text)[0]).toMatchObject({ name: `${scene.code} ${evil}`, description: evil });
  });
});

describe('the sitemap, robots.txt and /', () => {
  it('lists every page in both languages as well-formed XML, each ours and answering 200', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(res.text)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(res.text);
    const locs: string[] = parsed.urlset.url.map((u: { loc: string }) => u.loc);
    const origin = s.config.publicOrigin;
    for (const path of [
      '',
      'methodology',
      `documents/${scene.slug}`,
      `themes/${scene.theme}`,
      `measures/${scene.code}`,
      `measures/${scene.action}`,
    ])
      for (const lang of ['en', 'zh']) expect(locs).toContain(`${origin}/${lang}/${path}`);
    for (const loc of locs) {
      expect(loc.startsWith(`${origin}/`)).toBe(true);
      expect({ loc, status: (await get(loc.slice(origin.length))).status }).toEqual({ loc, status: 200 });
    }
  });

  it('names the sitemap in robots.txt and keeps crawlers off searches and the API', async () => {
    const res = await get('/robots.txt');
    expect(res.text).toContain(`Sitemap: ${s.config.publicOrigin}/sitemap.xml`);
    expect(res.text).toContain('Disallow: /en/search');
    expect(res.text).toContain('Disallow: /graphql');
  });

  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.5', '/zh/'],
    ['en-GB,en;q=0.9', '/en/'],
    ['fr-FR', '/en/'],
    [null, '/en/'],
  ])('sends / with Accept-Language %s to %s', async (accept, to) => {
    const res = await get('/', accept ? { 'accept-language': accept } : {});
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(to);
    expect(res.headers.vary).toContain('Accept-Language');
  });

  it('sends /en to /en/', async () => {
    const res = await get('/en');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/en/');
  });
});
