// A recommendation's page in Chromium: an analyst picks its owners from the institutions and sets its target
// date with a reason, and the date's history shows the change; a viewer gets no such form. A split record's page
// leads to its successors.
import type { Browser, Page } from 'playwright-core';
import { seedCatalog } from '../../prisma/seed';
import { createUserWithPassword } from '../helpers/factories';
import { ADMIN_TOKEN } from '../helpers/testServer';
import { newTraffic, nonLocalUrls, openPage, type E2eServer, startBrowserSession, stopBrowserSession } from './browser';
import { signIn, type Credentials } from './consolePages';

let server: E2eServer;
let browser: Browser;
const tokens = { analyst: '', viewer: '' };
const people = {} as Record<'analyst' | 'viewer', Credentials & { token: string }>;
const traffic = newTraffic();
const CODE = 'GOV-RISK-05';

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  people.analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'steward-analyst');
  tokens.analyst = people.analyst.token;
  people.viewer = await createUserWithPassword(server.s.db, 'VIEWER', 'steward-viewer');
  tokens.viewer = people.viewer.token;
  const add = `mutation AddBody($input: CreateOwnerInput!) { createOwner(input: $input) { id } }`;
  for (const input of [
    { nameZh: '应急管理部', nameEn: 'Ministry of Emergency Management', kind: 'MINISTRY' },
    { nameZh: '国家互联网信息办公室', nameEn: 'Cyberspace Administration of China', kind: 'REGULATOR' },
  ])
    expect((await server.s.exec(add, { input }, ADMIN_TOKEN)).errors).toBeUndefined();
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

async function openRecord(who: Credentials): Promise<Page> {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/r/${CODE}`);
  await page.locator('#rec-code', { hasText: CODE }).waitFor();
  await signIn(page, who);
  return page;
}

it('lets an analyst set owners from the list of institutions and a target date with its reason', async () => {
  const page = await openRecord(people.analyst);
  await page.locator('#owner-picker').fill('Cyberspace Administration of China');
  await page.locator('#add-owner').click();
  await page.locator('#owner-picker').fill('Ministry of Emergency Management');
  await page.locator('#add-owner').click();
  await page.locator('#save-owners').click();
  await page.locator('#rec-owners li', { hasText: 'Ministry of Emergency Management' }).waitFor();
  expect(await page.locator('#rec-owners li').allTextContents()).toEqual([
    expect.stringContaining('Cyberspace Administration of China'),
    expect.stringContaining('Ministry of Emergency Management'),
  ]);

  await page.locator('#save-target').click();
  expect(await page.locator('#steward-message').textContent()).toContain('Give a reason');
  await page.locator('#target-input').fill('2027-09-30');
  await page.locator('#target-reason').fill('Agreed at the inter-ministry meeting');
  await page.locator('#save-target').click();
  await page.locator('#rec-target', { hasText: '2027-09-30' }).waitFor();
  expect(await page.locator('.target-history').textContent()).toContain('Agreed at the inter-ministry meeting');
  const rec = await server.s.db.recommendation.findUniqueOrThrow({ where: { code: CODE } });
  expect(rec.targetDate?.toISOString().slice(0, 10)).toBe('2027-09-30');
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});

it('shows a viewer no owners and date form', async () => {
  const page = await openRecord(people.viewer);
  await page.locator('#log-form').waitFor();
  expect(await page.locator('.steward-section').isHidden()).toBe(true);
});

it('links the page of a record the catalog split to the records that replaced it', async () => {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/r/DEV-FINANCE-04`);
  const successors = page.locator('#rec-successors a');
  await successors.first().waitFor();
  expect(await successors.allTextContents()).toEqual(['DEV-FINANCE-07', 'DEV-FINANCE-08']);
  await successors.first().click();
  await page.locator('#rec-split-from', { hasText: 'DEV-FINANCE-04' }).waitFor();
  // Revision 3 split DEV-FINANCE-07 again: its page leads on to the second generation too.
  expect(await page.locator('#rec-successors a').allTextContents()).toEqual(['DEV-FINANCE-09', 'DEV-FINANCE-10']);
});
