// The console as a daily tool (issue 26), in a real Chromium: the past agrees with itself (the as-of chart and
// the figures), content comes first (results right under the filters, charts on request, "No target"), and an
// archived record says why, when and by whom, links its successors and offers admins Restore, never the log form.
import type { Browser, Page } from 'playwright-core';
import { seedCatalog } from '../../prisma/seed';
import { createUserWithPassword } from '../helpers/factories';
import {
  isoDaysAgo,
  newTraffic,
  nonLocalUrls,
  openPage,
  type E2eServer,
  startBrowserSession,
  stopBrowserSession,
} from './browser';
import { seriousViolations, signIn, type Credentials } from './consolePages';

let server: E2eServer;
let browser: Browser;
const people = {} as Record<'admin', Credentials & { token: string }>;
const traffic = newTraffic();
const MOVED = 'GOV-SANDBOX-01';
const ARCHIVED = 'GOV-RISK-01';
const NARROW = { width: 400, height: 860 };

const LOG = `mutation SignalsLog($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;
const ARCHIVE = `mutation SignalsArchive($code: String!) { archiveRecommendation(code: $code) { archived } }`;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  people.admin = await createUserWithPassword(server.s.db, 'ADMIN', 'signals-admin');
  // A change made today: as of yesterday, nothing of it may show, in the chart either.
  const input = {
    code: MOVED,
    note: 'Working group formed.',
    status: 'IN_PROGRESS',
    progress: 30,
    occurredOn: isoDaysAgo(0),
  };
  expect((await server.s.exec(LOG, { input }, people.admin.token)).errors).toBeUndefined();
  expect((await server.s.exec(ARCHIVE, { code: ARCHIVED }, people.admin.token)).errors).toBeUndefined();
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

async function open(hash: string, viewport?: { width: number; height: number }, who?: Credentials): Promise<Page> {
  const { page } = await openPage(browser, traffic, viewport);
  if (who) {
    await page.goto(`${server.baseUrl}/admin/#/audit`); // a view that fetches nothing when anonymous
    await signIn(page, who);
  }
  await page.goto(`${server.baseUrl}/admin/${hash}`);
  return page;
}

const catalogReady = (page: Page) => page.locator('#catalog-results[data-state=ready]').waitFor();

/** Status counts of the table's rows, and of the chart's column for `month`. */
async function tableAndChart(page: Page, month: string) {
  const table = await page
    .locator('#catalog-table tr[data-code] [data-testid=status-chip]')
    .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-status')));
  const tableCounts: Record<string, number> = {};
  for (const s of table) tableCounts[s!] = (tableCounts[s!] ?? 0) + 1;
  const chart = await page
    .locator(`[data-testid=monthly-chart] rect[data-month="${month}"]`)
    .evaluateAll((rects) => rects.map((r) => [r.getAttribute('data-status'), Number(r.getAttribute('data-count'))]));
  return { tableCounts, chartCounts: Object.fromEntries(chart) as Record<string, number> };
}

describe('the past agrees with itself', () => {
  it('draws the as-of month of the chart from that day’s statuses, as the figures and the table', async () => {
    const day = isoDaysAgo(1);
    const page = await open(`#/?asOf=${day}`);
    await catalogReady(page);
    await page.locator('#catalog-charts > summary').click();
    await page.locator('[data-testid=monthly-chart]').waitFor();
    const { tableCounts, chartCounts } = await tableAndChart(page, day.slice(0, 7));
    expect(chartCounts).toEqual(tableCounts);
    await expect(
      page.locator(`#catalog-table tr[data-code=${MOVED}] [data-testid=status-chip]`).getAttribute('data-status'),
    ).resolves.toBe('NOT_STARTED');
    // Today, the same month counts today's change.
    await page.locator('#asof-input-today').click();
    await catalogReady(page);
    const now = await tableAndChart(page, isoDaysAgo(0).slice(0, 7));
    expect(now.chartCounts).toEqual(now.tableCounts);
    await expect(
      page.locator(`#catalog-table tr[data-code=${MOVED}] [data-testid=status-chip]`).getAttribute('data-status'),
    ).resolves.toBe('IN_PROGRESS');
    await page.context().close();
  });
});

describe('content first', () => {
  it('puts the first result row in the first viewport at 1280 px, with the charts closed until asked for', async () => {
    const page = await open('#/?search=风险');
    await catalogReady(page);
    const first = await page.locator('#catalog-table tr[data-code]').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(800);
    await expect(page.locator('[data-testid=monthly-chart]').isVisible()).resolves.toBe(false);
    await page.locator('#catalog-charts > summary').click();
    await expect(page.locator('[data-testid=monthly-chart]').isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('puts the first result row within the first 1,000 px at 400 px, with no sideways scroll', async () => {
    const page = await open('#/?search=风险', NARROW);
    await catalogReady(page);
    const top = await page
      .locator('#catalog-table tr[data-code]')
      .first()
      .evaluate((tr) => tr.getBoundingClientRect().top + tr.ownerDocument.documentElement.scrollTop);
    expect(top).toBeLessThanOrEqual(1000);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(NARROW.width);
    // The other filters wait behind one button.
    await expect(page.locator('#status-filter').isVisible()).resolves.toBe(false);
    await page.locator('#filters-toggle').click();
    await expect(page.locator('#filters-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#status-filter').isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('says "No target" rather than "On track" for a record with no target date', async () => {
    const page = await open('#/?search=风险');
    await catalogReady(page);
    const rows = await page.locator('#catalog-table tr[data-code]').evaluateAll((trs) =>
      trs.map((tr) => ({
        date: tr.querySelector('td.date')!.textContent,
        health: tr.querySelector('td[data-label] .badge')!.textContent,
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows.filter((x) => x.date === 'Not set')) expect(r.health).not.toBe('On track');
    expect(rows.some((r) => r.health === 'No target')).toBe(true);
    await page.context().close();
  });
});

describe('an archived record', () => {
  it('offers no log form, and says why it was archived and which records replaced it', async () => {
    const page = await open('#/r/DEV-FINANCE-04');
    await page.locator('#archived-panel').waitFor();
    await expect(page.locator('#archived-why').textContent()).resolves.toContain('split it into');
    expect(await page.locator('#archived-successors a').allTextContents()).toEqual([
      'DEV-FINANCE-07',
      'DEV-FINANCE-08',
    ]);
    await expect(page.locator('#note-input').isVisible()).resolves.toBe(false);
    await expect(page.locator('#restore-record').count()).resolves.toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('tells an admin when and by whom, and offers Restore instead of the log form', async () => {
    const page = await open(`#/r/${ARCHIVED}`, undefined, people.admin);
    await page.locator('#archived-panel').waitFor();
    await expect(page.locator('#archived-when').textContent()).resolves.toMatch(
      /^Archived on \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/,
    );
    await page.locator('#archived-by', { hasText: `Archived by ${people.admin.name}.` }).waitFor();
    await expect(page.locator('#note-input').isVisible()).resolves.toBe(false);
    await expect(page.locator('#steward-title').isVisible()).resolves.toBe(false);
    await page.locator('#restore-record').click();
    await page.locator('#note-input').waitFor({ state: 'visible' });
    await expect(page.locator('#archived-panel').count()).resolves.toBe(0);
    await page.context().close();
  });
});

/** How many lines each matching element's first text takes (a code or date broken inside itself takes two). */
const linesOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
      const text = walker.nextNode();
      const range = el.ownerDocument.createRange();
      if (text) range.selectNodeContents(text);
      return { text: text?.textContent ?? '', lines: text ? range.getClientRects().length : 0 };
    }),
  );

describe('smaller breaks', () => {
  it('names the report and the following page in the window title', async () => {
    const page = await open('#/report/2026-12-01');
    await page.locator('[data-testid=report][data-ready=true]').waitFor();
    expect(await page.title()).toMatch(/^Status report on the AI-governance recommendations · /);
    await page.goto(`${server.baseUrl}/admin/#/following`);
    await page.locator('.following-view #view-title').waitFor();
    expect(await page.title()).toMatch(/^Following · /);
    await page.context().close();
  });

  it('closes the Export menu on Escape and on a click outside it', async () => {
    const page = await open('#/');
    await catalogReady(page);
    const menu = page.locator('header [data-testid=export-menu]');
    await menu.locator('summary').click();
    await expect(menu.getAttribute('open')).resolves.toBe('');
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('open')).resolves.toBeNull();
    await menu.locator('summary').click();
    await page.mouse.click(1200, 780); // the table, far from the menu
    await expect(menu.getAttribute('open')).resolves.toBeNull();
    await page.context().close();
  });

  it('clears "Entry saved" once the next entry is typed', async () => {
    const page = await open('#/r/GOV-SANDBOX-03', undefined, people.admin);
    await page.locator('#note-input').fill('Pilot cities chosen.');
    await page.locator('#submit-log').click();
    await page.locator('#form-status', { hasText: 'Entry saved' }).waitFor();
    await page.locator('#note-input').fill('N');
    await expect(page.locator('#form-status').textContent()).resolves.toBe('');
    await page.context().close();
  });

  it('filters the audit trail by owner', async () => {
    const page = await open('#/audit', undefined, people.admin);
    await page.locator('#audit-type option[value=Owner]').waitFor({ state: 'attached' });
    await page.locator('#audit-type').selectOption('Owner');
    await page.waitForURL((url) => url.hash.includes('type=Owner'));
    await page.context().close();
  });

  it('keeps codes, dates and headings whole, in Chinese, at 400 px and in the report', async () => {
    const page = await open('#/?search=沙盒&lang=zh', NARROW);
    await catalogReady(page);
    const cells = await linesOf(page, '#catalog-table td.code a, #catalog-table td.date');
    expect(cells.length).toBeGreaterThan(4);
    expect(cells.filter((c) => c.lines !== 1)).toEqual([]);
    // The report on a phone: codes and the latest entries' dates whole; on a wide screen, its headings.
    await page.goto(`${server.baseUrl}/admin/#/report/2026-12-01`);
    await page.locator('[data-testid=report][data-ready=true]').waitFor();
    const codes = await linesOf(page, '.report-code, .report-latest time');
    expect(codes.length).toBeGreaterThan(4);
    expect(codes.filter((c) => c.lines !== 1)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    const heads = await linesOf(page, '.report-table th');
    expect(heads.length).toBeGreaterThan(3);
    expect(heads.filter((c) => c.lines !== 1)).toEqual([]);
    await page.context().close();
  });
});

it('made every request to 127.0.0.1, with no CSP violation or uncaught error', () => {
  expect(traffic.urls.length).toBeGreaterThan(0);
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});
