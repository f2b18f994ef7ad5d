// Accessibility and small screens, checked in a real Chromium: axe-core finds no serious or critical
// violation on the catalog, a recommendation, the form showing an error, and the playground; the filters
// and the progress form work by keyboard alone; at 400 px every catalog cell carries its label, and the
// playground shows the editor or the result with a switch between them.
import type { Browser, Page } from 'playwright-core';
import { seedCatalog } from '../../prisma/seed';
import { createUserWithPassword } from '../helpers/factories';
import {
  isoDaysAgo,
  newTraffic,
  nonLocalUrls,
  openPage,
  screenshot,
  type E2eServer,
  startBrowserSession,
  stopBrowserSession,
} from './browser';
import { giveKnownHistory, hashParts, rowCodes, seriousViolations, signIn, tabTo } from './consolePages';

let server: E2eServer;
let browser: Browser;
let analyst: Awaited<ReturnType<typeof createUserWithPassword>>;
const traffic = newTraffic();
const NARROW = { width: 400, height: 860 };

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'access-analyst');
  await giveKnownHistory(server, 'GOV-SANDBOX-02', analyst.token);
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

async function openConsole(hash: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await openPage(browser, traffic, viewport);
  await page.goto(`${server.baseUrl}/admin/${hash}`);
  return page;
}

const catalogReady = (page: Page) => page.locator('#catalog-results[data-state=ready]').waitFor();
const detailReady = (page: Page, code: string) => page.locator('#rec-code', { hasText: code }).waitFor();

describe('axe-core', () => {
  it('finds no serious or critical violation on the catalog, in English and in Chinese', async () => {
    const page = await openConsole('#/');
    await catalogReady(page);
    expect(await seriousViolations(page)).toEqual([]);
    // Chinese on a shorter list: the same markup, and axe's time grows with the page.
    await page.locator('#search-input').fill('沙盒');
    await page.locator('#lang-toggle').click();
    await page.locator('#view-title', { hasText: '建议目录' }).waitFor();
    await catalogReady(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds none on a recommendation’s page, today and as of a past date', async () => {
    const page = await openConsole('#/r/GOV-SANDBOX-02');
    await detailReady(page, 'GOV-SANDBOX-02');
    await page.locator('#target-history li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#detail-asof-input').fill(isoDaysAgo(60));
    await page.locator('#detail-asof-input').press('Enter');
    await page.locator('#past-form-note').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds none on the form showing an error', async () => {
    const page = await openConsole('#/r/GOV-SANDBOX-02');
    await detailReady(page, 'GOV-SANDBOX-02');
    await page.locator('#submit-log').click();
    await page.locator('#form-error .error-message').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds none on the playground', async () => {
    const { page } = await openPage(browser, traffic);
    await page.goto(`${server.baseUrl}/playground/`);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the keyboard alone', () => {
  it('filters the catalog: Tab to the status filter, arrow to a status, and the table and URL follow', async () => {
    const page = await openConsole('#/');
    await catalogReady(page);
    await tabTo(page, '#status-filter');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // All → Not started → Planned → In progress
    await catalogReady(page);
    await expect(page.locator('#status-filter').inputValue()).resolves.toBe('IN_PROGRESS');
    expect(hashParts(page.url()).params.status).toBe('IN_PROGRESS');
    await expect(rowCodes(page)).resolves.toEqual(['GOV-SANDBOX-02']);
    await tabTo(page, '#search-input');
    await page.keyboard.type('沙盒');
    await catalogReady(page);
    expect(hashParts(page.url()).params).toMatchObject({ status: 'IN_PROGRESS', search: '沙盒' });
    await tabTo(page, '#clear-filters');
    await page.keyboard.press('Enter');
    await catalogReady(page);
    await expect(page.locator('#status-filter').inputValue()).resolves.toBe('');
    expect((await rowCodes(page)).length).toBeGreaterThan(40);
    await page.context().close();
  });

  it('logs progress with keyboard alone: Tab through the form, choose a status, type, and Enter', async () => {
    const { page } = await openPage(browser, traffic);
    await page.goto(`${server.baseUrl}/admin/#/r/GOV-SANDBOX-03`);
    await signIn(page, analyst);
    await detailReady(page, 'GOV-SANDBOX-03');
    await page.locator('#status-select option[value=PLANNED]').waitFor({ state: 'attached' });
    await tabTo(page, '#note-input');
    await page.keyboard.type('Planned in the work plan (typed by keyboard).');
    await tabTo(page, '#status-select');
    await page.keyboard.press('ArrowDown'); // unchanged → Planned
    await expect(page.locator('#status-select').inputValue()).resolves.toBe('PLANNED');
    await tabTo(page, '#progress-input');
    await page.keyboard.type('15');
    await tabTo(page, '#occurred-input');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(isoDaysAgo(2));
    await tabTo(page, '#submit-log');
    await page.keyboard.press('Enter');
    await page.locator('#form-status', { hasText: 'Entry saved' }).waitFor();
    await expect(page.locator('#rec-status').getAttribute('data-status')).resolves.toBe('PLANNED');
    await expect(page.locator('#timeline li .entry-note').first().textContent()).resolves.toBe(
      'Planned in the work plan (typed by keyboard).',
    );
    await page.context().close();
  });
});

describe('at 400 px', () => {
  it('shows every catalog cell with its label, and no bare dash', async () => {
    const page = await openConsole('#/?search=沙盒', NARROW);
    await catalogReady(page);
    const cells = await page.locator('#catalog-table tr[data-code] td').evaluateAll((tds) =>
      tds.map((td) => {
        const view = td.ownerDocument.defaultView!;
        return { label: view.getComputedStyle(td, '::before').content, text: (td.textContent ?? '').trim() };
      }),
    );
    // Revision 3's five sandbox records (01, 02, 03 and the two halves of 04), seven cells each.
    expect(cells.length).toBe(5 * 7);
    for (const cell of cells) {
      expect(cell.label).toMatch(/^".+"$/);
      expect(cell.text).not.toBe('—');
    }
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(NARROW.width);
    // The picture starts at the table, so it shows the labelled rows.
    await page.evaluate(
      "window.scrollTo(0, document.querySelector('#catalog-table').getBoundingClientRect().top + window.scrollY - 8)",
    );
    await screenshot(page, 'console-400-catalog', true);
    await page.context().close();
  });

  it('keeps a recommendation’s page and its form usable', async () => {
    const page = await openConsole('#/r/GOV-SANDBOX-02', NARROW);
    await detailReady(page, 'GOV-SANDBOX-02');
    await page.locator('#target-history li').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(NARROW.width);
    const box = await page.locator('#note-input').boundingBox();
    expect(box!.width).toBeGreaterThan(250);
    await expect(page.locator('#submit-log').isVisible()).resolves.toBe(true);
    await screenshot(page, 'console-400-recommendation', true);
    await page.context().close();
  });

  it('shows the playground’s editor or its result, with a switch between them', async () => {
    const { page } = await openPage(browser, traffic, NARROW);
    await page.goto(`${server.baseUrl}/playground/`);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await expect(page.locator('.graphiql-editors').isVisible()).resolves.toBe(true);
    await expect(page.locator('.graphiql-response').isVisible()).resolves.toBe(false);
    await page.locator('#pane-result').click();
    await page.locator('.graphiql-editors').waitFor({ state: 'hidden' });
    await expect(page.locator('.graphiql-response').isVisible()).resolves.toBe(true);
    await expect(page.locator('#pane-result').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.locator('#pane-editor').click();
    await page.locator('.graphiql-editors').waitFor();
    await page.locator('.graphiql-execute-button').click(); // running shows the result
    await page.locator('.graphiql-response').waitFor();
    await screenshot(page, 'playground-400');
    await page.context().close();
  });
});

it('made every request to 127.0.0.1, with no CSP violation or uncaught error', () => {
  expect(traffic.urls.length).toBeGreaterThan(0);
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});
