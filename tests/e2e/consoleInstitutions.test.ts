// Institutions in Chromium, on a fresh catalog with no owner: an admin adds one on the Institutions page, makes
// another from the owners picker ("Create …"), orders them with the keyboard so the lead is first, and saves; an
// unchanged list then writes nothing, clearing the list asks first, and archiving takes an institution out of
// the picker until it is restored. Both pages stay clean under axe at 1280 and 400 px, in both languages.
import type { Browser, Page } from 'playwright-core';
import { createRecommendation, createUserWithPassword } from '../helpers/factories';
import { ADMIN_TOKEN } from '../helpers/testServer';
import { toGlobalId } from '../../src/domain/globalId';
import { newTraffic, nonLocalUrls, openPage, type E2eServer, startBrowserSession, stopBrowserSession } from './browser';
import { seriousViolations, signIn, type Credentials } from './consolePages';

let server: E2eServer;
let browser: Browser;
let admin: Credentials;
let analyst: Credentials;
let code: string;
const traffic = newTraffic();
const ERROR_CODES = /BAD_USER_INPUT|FORBIDDEN|NOT_FOUND|UNAUTHENTICATED|CONFLICT|INTERNAL_SERVER_ERROR/;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  code = (await createRecommendation(server.s.db)).code;
  admin = await createUserWithPassword(server.s.db, 'ADMIN', 'inst-admin');
  analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'inst-analyst');
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

async function open(hash: string, who: Credentials, viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await openPage(browser, traffic, viewport);
  await page.goto(`${server.baseUrl}/admin/#${hash}`);
  await page.locator('#view-title').waitFor();
  await signIn(page, who);
  return page;
}

const audits = (operation: string) => server.s.db.auditEntry.count({ where: { operation } });
const leadName = async () =>
  (
    await server.s.db.recommendationOwner.findFirst({
      where: { recommendation: { code }, isLead: true },
      include: { owner: true },
    })
  )?.owner.name;

/** axe at both widths, in both languages, with no API error code anywhere on the page. */
async function checkPage(page: Page, ready: string) {
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 800 });
    for (let i = 0; i < 2; i++) {
      await page.locator(ready).first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.locator('body').innerText()).not.toMatch(ERROR_CODES);
      await page.locator('#lang-toggle').click();
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

it('lets an admin add an institution and set it, with one made from the picker, as a record’s owners', async () => {
  expect(await server.s.db.owner.count()).toBe(0);
  const page = await open('/institutions', admin);
  await page.locator('#institutions-empty').waitFor();
  await page.locator('#new-institution-zh').fill('国家数据局');
  await page.locator('#new-institution-en').fill('National Data Administration');
  await page.locator('#new-institution-kind').selectOption('REGULATOR');
  await page.locator('#new-institution-aliases').fill('NDA, 数据局');
  await page.locator('#add-institution button[type=submit]').click();
  const row = page.locator('#institutions-table tr[data-name="National Data Administration"]');
  await row.waitFor();
  expect(await row.locator('th').innerText()).toContain('国家数据局');
  expect(await row.innerText()).toContain('Regulator');
  expect(await row.innerText()).toContain('NDA, 数据局');
  expect(await row.locator('.member-count').innerText()).toBe('No members');
  expect(await row.locator('a.edit-members').getAttribute('href')).toBe('#/users');
  await checkPage(page, '#institutions-table');

  // The record's page: the typeahead finds the institution by an alias; an unknown name is created there.
  await page.goto(`${server.baseUrl}/admin/#/r/${code}?lang=en`);
  await page.locator('#owner-picker').waitFor();
  await page.locator('#owner-picker').fill('NDA');
  await page.locator('#add-owner').click();
  await page.locator('#owner-choice li', { hasText: 'National Data Administration' }).waitFor();
  await page.locator('#owner-picker').fill('Office of Pilots');
  await page.locator('#owner-picker').press('Enter');
  await page.locator('#create-owner').click();
  await page.locator('#owner-choice li', { hasText: 'Office of Pilots' }).waitFor();
  expect(await page.locator('#owner-choice .lead-badge').count()).toBe(1);

  // The keyboard moves the second up: it becomes the lead, and keeps the focus.
  await page.locator('#owner-up-1').focus();
  await page.keyboard.press('Enter');
  expect(await page.locator('#owner-choice li').first().innerText()).toContain('Office of Pilots');
  expect(await page.locator('#owner-choice li').first().locator('.lead-badge').count()).toBe(1);
  expect(await page.locator('#owner-down-0').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  await page.locator('#save-owners').click();
  await page.locator('#rec-owners li', { hasText: 'National Data Administration' }).waitFor();
  expect(await leadName()).toBe('Office of Pilots');
  expect(await audits('setOwners')).toBe(1);
  await checkPage(page, '#owner-choice');

  // Saved unchanged: nothing written, and the page says so.
  await page.locator('#save-owners').click();
  await page.locator('#steward-message', { hasText: 'Nothing changed' }).waitFor();
  expect(await audits('setOwners')).toBe(1);

  // Clearing a non-empty list asks first; declined, nothing is written.
  await page.locator('#owner-choice li button[aria-label^="Remove"]').first().click();
  await page.locator('#owner-choice li button[aria-label^="Remove"]').first().click();
  const dialog = page.waitForEvent('dialog');
  const click = page.locator('#save-owners').click();
  const asked = await dialog;
  expect(asked.message()).toBe('Remove every owner of this record?');
  await asked.dismiss();
  await click;
  expect(await audits('setOwners')).toBe(1);
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
}, 120_000);

it('lists members read-only, archives an institution out of the picker, and restores it', async () => {
  const nda = await server.s.db.owner.findUniqueOrThrow({ where: { name: 'National Data Administration' } });
  const join = 'mutation J($input: MembershipInput!) { addMembership(input: $input) { name } }';
  const input = { userName: analyst.name, ownerId: toGlobalId('Owner', nda.id) };
  expect((await server.s.exec(join, { input }, ADMIN_TOKEN)).errors).toBeUndefined();
  const page = await open('/institutions', admin);
  const row = page.locator('#institutions-table tr[data-name="National Data Administration"]');
  await row.waitFor();
  expect(await row.locator('.member-count').innerText()).toBe('1 member');
  expect(await row.locator('.members li').allInnerTexts()).toEqual([analyst.name]);
  expect(await row.locator('.members button, .members select').count()).toBe(0);
  page.once('dialog', (dialog) => void dialog.accept());
  await row.locator('.archive-institution').click();
  await page.locator('#institutions-table tr[data-name="National Data Administration"][data-archived=true]').waitFor();
  expect(await audits('archiveOwner')).toBe(1);
  await checkPage(page, '#institutions-table');

  // The record keeps it; the picker no longer offers it.
  await page.goto(`${server.baseUrl}/admin/#/r/${code}?lang=en`);
  await page.locator('#owner-picker').waitFor();
  expect(await page.locator('#rec-owners').innerText()).toContain('National Data Administration');
  const offered = () =>
    page.locator('#owner-options option').evaluateAll((os) => os.map((o) => o.getAttribute('value')));
  expect(await offered()).not.toContain('National Data Administration');

  await page.goto(`${server.baseUrl}/admin/#/institutions?lang=en`);
  await row.locator('.restore-institution').click();
  await page.locator('#institutions-table tr[data-name="National Data Administration"][data-archived=false]').waitFor();
  expect(await audits('restoreOwner')).toBe(1);
  expect(traffic.problems).toEqual([]);
}, 120_000);

it('gives an analyst no link to the page, and the page says who may use it', async () => {
  const page = await open('/institutions', analyst);
  await page.locator('#institutions-forbidden').waitFor();
  expect(await page.locator('#nav-institutions').isHidden()).toBe(true);
  // An analyst types only known names: no "Create …" for them.
  await page.goto(`${server.baseUrl}/admin/#/r/${code}?lang=en`);
  await page.locator('#owner-picker').fill('Unknown Bureau');
  await page.locator('#add-owner').click();
  await page.locator('#owner-unknown', { hasText: 'No institution is called' }).waitFor();
  expect(await page.locator('#create-owner').count()).toBe(0);
});
