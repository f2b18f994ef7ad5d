// Console preferences in a real Chromium (issue 26: "the charts … remembered per user"; "the language lives in
// the address and in the user's preference"): what a person chose follows them to another browser through
// sign-out and sign-in, an anonymous visitor's stays in their browser, and a pasted link's language wins for
// its page without changing the account's choice.
import type { Browser, Page } from 'playwright-core';
import { seedCatalog } from '../../prisma/seed';
import { createUserWithPassword } from '../helpers/factories';
import { newTraffic, nonLocalUrls, openPage, type E2eServer, startBrowserSession, stopBrowserSession } from './browser';
import { seriousViolations, signIn, type Credentials } from './consolePages';

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();
let analyst: Credentials;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'prefs-analyst');
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

const catalogReady = (page: Page) => page.locator('#catalog-results[data-state=ready]').waitFor();
const chartsOpen = (page: Page) => page.locator('#catalog-charts').evaluate((d) => d.hasAttribute('open'));
const pageLang = (page: Page) => page.locator('html').evaluate((html) => html.getAttribute('lang'));
const hashLang = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('lang');

/** What the server keeps for a user, once it holds `expected` (the console saves in the background). */
async function storedBecomes(userName: string, expected: { language: string; chartsOpen: boolean }) {
  for (let i = 0; i < 200; i++) {
    const row = await server.s.db.preference.findUnique({ where: { userName } });
    if (row && row.language === expected.language && row.chartsOpen === expected.chartsOpen) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  const row = await server.s.db.preference.findUnique({ where: { userName } });
  expect(row && { language: row.language, chartsOpen: row.chartsOpen }).toEqual(expected);
}

it('brings the open charts and the Chinese interface to another browser after sign-out and sign-in', async () => {
  // First browser: sign in, open the charts, switch to Chinese, sign out.
  const first = (await openPage(browser, traffic)).page;
  await first.goto(`${server.baseUrl}/admin/#/audit`);
  await signIn(first, analyst);
  await first.goto(`${server.baseUrl}/admin/#/`);
  await catalogReady(first);
  expect(await chartsOpen(first)).toBe(false);
  await first.locator('#catalog-charts > summary').click();
  await first.locator('#lang-toggle').click();
  await first.locator('#lang-toggle:has-text("English")').waitFor();
  await storedBecomes(analyst.name, { language: 'ZH', chartsOpen: true });
  await first.locator('#sign-out').click();
  await first.locator('#me-status[data-state=anonymous]').waitFor();
  await first.context().close();

  // Another browser, nothing of the first in its storage: English and closed charts until the account is known.
  const second = (await openPage(browser, traffic)).page;
  await second.goto(`${server.baseUrl}/admin/`);
  await catalogReady(second);
  expect({ lang: await pageLang(second), charts: await chartsOpen(second) }).toEqual({ lang: 'en', charts: false });
  await signIn(second, analyst);
  await second.locator('#lang-toggle:has-text("English")').waitFor();
  await catalogReady(second);
  expect({
    lang: await pageLang(second),
    address: hashLang(second),
    heading: await second.locator('#view-title').textContent(),
    charts: await chartsOpen(second),
  }).toEqual({ lang: 'zh-CN', address: 'zh', heading: '建议目录', charts: true });
  expect(await seriousViolations(second)).toEqual([]);

  // A pasted link in English wins for its page; the account keeps Chinese.
  await second.goto(`${server.baseUrl}/admin/#/?lang=en`);
  await second.locator('#lang-toggle:has-text("中文")').waitFor();
  expect(await second.locator('#view-title').textContent()).toBe('Catalog');
  await storedBecomes(analyst.name, { language: 'ZH', chartsOpen: true });
  await second.context().close();
});

it('keeps an anonymous visitor’s charts in their browser, writing nothing on the server', async () => {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/?lang=en`);
  await catalogReady(page);
  await page.locator('#catalog-charts > summary').click();
  await page.locator('[data-testid=monthly-chart], #monthly-empty').first().waitFor();
  await page.reload();
  await catalogReady(page);
  expect(await chartsOpen(page)).toBe(true);
  expect(await server.s.db.preference.count({ where: { userName: { not: analyst.name } } })).toBe(0);
  await page.context().close();
});

it('loaded nothing from another origin and raised no page error', () => {
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});
