// Marking a log entry internal from the console (issue 27, decisions: Visibility), in a real Chromium: the form's
// "Internal note" box sends visibility INTERNAL; the timeline marks the entry; a signed-in reader reads its note,
// and an anonymous visitor sees the change with the mark but never the note's words.
import type { Browser } from 'playwright-core';
import { createRecommendation, createUserWithPassword } from '../helpers/factories';
import { ADMIN_TOKEN } from '../helpers/testServer';
import { newTraffic, nonLocalUrls, openPage, type E2eServer, startBrowserSession, stopBrowserSession } from './browser';
import { seriousViolations, signIn } from './consolePages';

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
}, 120_000);
afterAll(() => stopBrowserSession({ server, browser }));

const ENTRIES = `query E2eInternalEntries($code: String!) {
  recommendation(code: $code) { updates(first: 5) { note visibility status } }
}`;

it('sends a note marked Internal as INTERNAL, marks it in the timeline, and shows its words to signed-in readers only', async () => {
  const rec = await createRecommendation(server.s.db, { code: 'GOV-INTERNAL-01' });
  const analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'internal-analyst');
  const word = `quokka${Date.now()}`;

  const { context, page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/r/${rec.code}`);
  await signIn(page, analyst);
  await page.locator('#note-input').fill(`Briefing with the ministry: ${word}.`);
  await page.locator('#status-select').selectOption('PLANNED');
  await page.locator('#internal-input').check();
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator('#submit-log').click();
  await page.locator('[data-testid=internal-chip]').waitFor();
  expect(await page.locator('.entry-note').first().textContent()).toContain(word);
  // The form is ready for the next entry, which is public unless marked again.
  expect(await page.locator('#internal-input').isChecked()).toBe(false);
  await context.close();

  const signedIn = await server.s.exec(ENTRIES, { code: rec.code }, ADMIN_TOKEN);
  expect(signedIn.data?.recommendation).toEqual({
    updates: [{ note: `Briefing with the ministry: ${word}.`, visibility: 'INTERNAL', status: 'PLANNED' }],
  });
  const anonymous = await server.s.exec(ENTRIES, { code: rec.code });
  expect(anonymous.data?.recommendation).toEqual({
    updates: [{ note: '', visibility: 'INTERNAL', status: 'PLANNED' }],
  });

  const reader = await openPage(browser, traffic);
  await reader.page.goto(`${server.baseUrl}/admin/#/r/${rec.code}`);
  await reader.page.locator('[data-testid=internal-chip]').waitFor();
  expect(await reader.page.locator('[data-testid=timeline-status]').last().textContent()).toBeTruthy();
  expect(await reader.page.locator('body').innerText()).not.toContain(word);
  await reader.context.close();
});

it('made every request to 127.0.0.1, with no CSP violation or uncaught error', () => {
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});
