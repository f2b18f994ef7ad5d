// SCOPED_EDITING through the console, in Chromium: an analyst of institution A is offered the log form and the
// owners and target-date form on A's record, and neither on B's, where a line says why (Recommendation.viewerCan,
// which asks the writes' own rules). A write forced through the page anyway (the hidden form shown and sent) is
// refused by the server, and the page says so in a sentence; nothing is written.
import type { Browser, Page } from 'playwright-core';
import { createOwner, createRecommendation, createUserWithPassword, linkOwner } from '../helpers/factories';
import { newTraffic, nonLocalUrls, openPage, type E2eServer, startBrowserSession, stopBrowserSession } from './browser';
import { seriousViolations, signIn } from './consolePages';

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();
let analyst: Awaited<ReturnType<typeof createUserWithPassword>>;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession({ env: { SCOPED_EDITING: 'true' } }));
  const db = server.s.db;
  const a = await createOwner(db, { name: 'Ministry A', nameEn: 'Ministry A' });
  const b = await createOwner(db, { name: 'Regulator B', nameEn: 'Regulator B' });
  const recA = await createRecommendation(db, { code: 'GOV-A-01', status: 'IN_PROGRESS', progress: 50 });
  const recB = await createRecommendation(db, { code: 'GOV-B-01', status: 'IN_PROGRESS', progress: 50 });
  await linkOwner(db, { recommendationId: recA.id, ownerId: a.id, isLead: true });
  await linkOwner(db, { recommendationId: recB.id, ownerId: b.id, isLead: true });
  analyst = await createUserWithPassword(db, 'ANALYST', 'scoped-analyst');
  await db.membership.create({ data: { userId: analyst.user.id, ownerId: a.id } });
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

async function openRecord(page: Page, code: string) {
  await page.goto(`${server.baseUrl}/admin/#/r/${code}`);
  await page.locator('#rec-code', { hasText: code }).waitFor();
  await page.locator('#me-status[data-state=signed-in]').waitFor();
}

it('offers the analyst of A the forms on A’s record and none on B’s, and refuses a forced write in words', async () => {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/`);
  await page.locator('#catalog-table tr[data-code]').first().waitFor();
  await signIn(page, analyst);

  await openRecord(page, 'GOV-A-01');
  await page.locator('#log-form').waitFor();
  await page.locator('#owner-picker').waitFor();
  expect(await page.locator('#steward-title').isVisible()).toBe(true);
  expect(await page.locator('#scope-note').isVisible()).toBe(false);
  // The form works on A's record.
  await page.locator('#note-input').fill('Pilot rules published');
  await page.locator('#progress-input').fill('60');
  await page.locator('#submit-log').click();
  await page.locator('#form-status:not(:empty)').waitFor();

  await openRecord(page, 'GOV-B-01');
  await page.locator('#scope-note:not([hidden])').waitFor();
  expect(await page.locator('#scope-note').textContent()).toBe(
    'None of this record’s owners is one of your institutions: only their members and admins log progress on it or change its owners and target date.',
  );
  expect(await page.locator('#log-form').isVisible()).toBe(false);
  expect(await page.locator('#owner-picker').count()).toBe(0);
  expect(
    await page
      .locator('.steward')
      .isVisible()
      .catch(() => false),
  ).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);

  // Forced: the hidden form shown again and sent. The server refuses; the page gives its sentence for the refusal,
  // with the server's words after it (web/admin/errorText.ts), and no code.
  await page.locator('#log-form').evaluate((form) => {
    for (let el: typeof form | null = form; el; el = el.parentElement as typeof form | null) el.hidden = false;
  });
  await page.locator('#note-input').fill('Not ours to log');
  await page.locator('#submit-log').click();
  await page.locator('#form-error:not(:empty)').waitFor();
  expect(await page.locator('#form-error .error-message').textContent()).toBe(
    'Your account may not do this. ' +
      "(GOV-B-01's owners (Regulator B) include none of your institutions: only their members and admins write on it)",
  );
  const updates = await server.s.db.progressUpdate.findMany({ select: { note: true } });
  expect(updates).toEqual([{ note: 'Pilot rules published' }]);
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
  await page.context().close();
});
