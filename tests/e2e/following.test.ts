// The watch list in the console, in Chromium: Follow on a recommendation's page (the record by keyboard, its
// theme by click) and the Following view, which lists both and the latest change, in English and Chinese.
import type { Browser, Page } from 'playwright-core';
import { seedCatalog } from '../../prisma/seed';
import { createUserWithPassword } from '../helpers/factories';
import { newTraffic, nonLocalUrls, openPage, type E2eServer, startBrowserSession, stopBrowserSession } from './browser';
import { seriousViolations, signIn, tabTo, type Credentials } from './consolePages';

const LOG = 'mutation E2eFollowLog($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }';

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();
const tokens = { viewer: '', analyst: '' };
const people = {} as Record<'viewer' | 'analyst', Credentials & { token: string }>;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  people.viewer = await createUserWithPassword(server.s.db, 'VIEWER', 'follow-viewer');
  tokens.viewer = people.viewer.token;
  people.analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'follow-analyst');
  tokens.analyst = people.analyst.token;
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

async function signedIn(hash: string): Promise<Page> {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/audit`);
  await signIn(page, people.viewer);
  await page.goto(`${server.baseUrl}/admin/${hash}`);
  return page;
}

it('follows a record by keyboard and its theme by click, and lists both with the latest change', async () => {
  const page = await signedIn('#/r/GOV-SANDBOX-02');
  await page.locator('#rec-code', { hasText: 'GOV-SANDBOX-02' }).waitFor();
  await page.locator('#follow-recommendation[aria-pressed=false]').waitFor();
  await tabTo(page, '#follow-recommendation');
  await page.keyboard.press('Enter');
  await page.locator('#follow-recommendation[aria-pressed=true]', { hasText: 'Unfollow' }).waitFor();
  await page.locator('#follow-theme[aria-pressed=false]').click();
  await page.locator('#follow-theme[aria-pressed=true]').waitFor();
  const input = { code: 'GOV-SANDBOX-02', note: 'Sandbox pilot widened', status: 'IN_PROGRESS', progress: 35 };
  expect((await server.s.exec(LOG, { input }, tokens.analyst)).errors).toBeUndefined();

  await page.locator('#nav-following').click();
  await page.locator('#my-feed .feed-item').first().waitFor();
  expect(await page.locator('#followed-recommendations li a').first().textContent()).toMatch(/^GOV-SANDBOX-02 /);
  expect(await page.locator('#followed-themes li').count()).toBe(1);
  expect(await page.locator('#my-feed .feed-item').first().textContent()).toContain('Sandbox pilot widened');
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator('#lang-toggle').click();
  await page.locator('#view-title', { hasText: '我的关注' }).waitFor();
  expect(await page.locator('#my-feed .feed-item').first().textContent()).toContain('记录进展');
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  await page.context().close();
});

it('asks an anonymous visitor to sign in instead of showing a watch list', async () => {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/following`);
  await page.locator('#following-signin').waitFor();
  expect(await page.locator('#nav-following').isHidden()).toBe(true);
  await page.context().close();
});
