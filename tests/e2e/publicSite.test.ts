// The public site in a real browser with JavaScript turned off: the home page, a document, a theme, a measure
// (a dotted action too) and a search, in both languages, render their content, ask nothing of any host but
// 127.0.0.1, and axe-core finds no serious violation. The measure page's screenshots are the README's.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  newTraffic,
  nonLocalUrls,
  screenshot,
  startBrowserSession,
  stopBrowserSession,
  type BrowserSession,
} from './browser';
import { seriousViolations } from './consolePages';
import { publicScene, type Scene } from '../publicSite/scene';

let session: BrowserSession;
let scene: Scene;
const traffic = newTraffic();

beforeAll(async () => {
  session = await startBrowserSession();
  scene = await publicScene(session.server.s.db, '');
}, 180_000);
afterAll(async () => {
  await stopBrowserSession(session ?? {});
});

/** A context with JavaScript off (as a reader with it disabled, or a crawler), recording every request. */
async function noScriptPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1100, height: 1400 },
    timezoneId: 'UTC',
  });
  context.on('request', (r) => traffic.urls.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) traffic.problems.push(`csp: ${m.text()}`);
  });
  return { context, page };
}

const pages = () => [
  { path: '', heading: { en: 'AI-governance recommendation tracker', zh: '人工智能治理建议跟踪' } },
  { path: `documents/${scene.slug}`, heading: { en: 'Policy document', zh: '政策文件' } },
  { path: `themes/${scene.theme}`, heading: { en: 'Sandbox', zh: '沙盒监管' } },
  {
    path: `measures/${scene.code}`,
    heading: { en: `${scene.code} Build a regulatory sandbox`, zh: `${scene.code} 构建沙盒监管模式` },
  },
  {
    path: `measures/${scene.action}`,
    heading: { en: `${scene.action} Publish the sandbox rules`, zh: `${scene.action} 发布沙盒规则` },
  },
  { path: 'search?q=%E6%B2%99%E7%9B%92', heading: { en: 'Search', zh: '搜索' } },
];

describe.each(['en', 'zh'] as const)('the public pages in %s, JavaScript off', (lang) => {
  it('render their content from the server and ask only 127.0.0.1', async () => {
    const { context, page } = await noScriptPage(session.browser);
    try {
      for (const p of pages()) {
        const res = await page.goto(`${session.server.baseUrl}/${lang}/${p.path}`);
        expect({ path: p.path, status: res?.status() }).toEqual({ path: p.path, status: 200 });
        const h1 = (await page.locator('h1').textContent())?.trim();
        expect({ path: p.path, h1 }).toEqual({ path: p.path, h1: p.heading[lang] });
      }
      // The search found the measure, and the language switch leads to the same page in the other language.
      await page.goto(`${session.server.baseUrl}/${lang}/search?q=%E6%B2%99%E7%9B%92`);
      expect(await page.locator('main table td:first-child a').allTextContents()).toEqual([scene.code]);
      await page.goto(`${session.server.baseUrl}/${lang}/measures/${scene.code}`);
      await page.locator('header a[hreflang]').click();
      expect(new URL(page.url()).pathname).toBe(`/${lang === 'en' ? 'zh' : 'en'}/measures/${scene.code}`);
    } finally {
      await context.close();
    }
    expect(nonLocalUrls(traffic.urls)).toEqual([]);
    expect(traffic.problems).toEqual([]);
  });

  // axe-core runs as a script in the page, which a context without JavaScript cannot; the pages have none of
  // their own (their CSP allows none), so what it checks is the same markup.
  it('are axe clean', async () => {
    const context = await session.browser.newContext({ timezoneId: 'UTC' });
    const page = await context.newPage();
    try {
      for (const p of [...pages(), { path: 'methodology' }, { path: 'measures/NO-SUCH-9' }]) {
        await page.goto(`${session.server.baseUrl}/${lang}/${p.path}`);
        expect({ path: p.path, violations: await seriousViolations(page) }).toEqual({ path: p.path, violations: [] });
        // The inline stylesheet applies: its hash is the only style the CSP allows.
        expect(
          await page.locator('body').evaluate((b) => b.ownerDocument.defaultView!.getComputedStyle(b).margin),
        ).toBe('0px');
      }
    } finally {
      await context.close();
    }
  });

  it('shows a measure with its chart and log', async () => {
    const { context, page } = await noScriptPage(session.browser);
    try {
      await page.goto(`${session.server.baseUrl}/${lang}/measures/${scene.code}`);
      expect(await page.locator('svg[role="img"] polyline').count()).toBe(2);
      expect(await page.locator('main ol > li').count()).toBeGreaterThan(0);
      await screenshot(page, `public-measure-${lang}`, true);
    } finally {
      await context.close();
    }
  });
});
