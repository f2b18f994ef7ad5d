// A record's indicators in Chromium (issue 23): each drawn as an SVG with one point per value that counts and the
// trajectory to its targets, its status in words and a table for screen readers; the form records a value and the
// chart follows; an analyst's value that meets a target is proposed, not recorded; a refusal is a sentence; the
// catalog's figures count indicators by status; axe finds nothing serious.
import type { Browser, Page } from 'playwright-core';
import { createRecommendation, createTheme, createUserWithPassword } from '../helpers/factories';
import { ADMIN_TOKEN } from '../helpers/testServer';
import {
  newTraffic,
  nonLocalUrls,
  openPage,
  screenshot,
  type E2eServer,
  startBrowserSession,
  stopBrowserSession,
} from './browser';
import { seriousViolations, signIn, waitForCount, type Credentials } from './consolePages';

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();
const people = {} as Record<'admin' | 'analyst', Credentials>;
let code = '';

const CREATE = `mutation Create($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`;
const RECORD = `mutation Record($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { value { id } } }`;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  const theme = await createTheme(server.s.db, { code: 'MFG', nameZh: '制造', nameEn: 'Manufacturing' });
  code = (await createRecommendation(server.s.db, { themeId: theme.id, code: 'DEV-MFG-01' })).code;
  people.admin = await createUserWithPassword(server.s.db, 'ADMIN', 'indicator-admin');
  people.analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'indicator-analyst');
  const created = await server.s.exec<{ createIndicator: { id: string } }>(
    CREATE,
    {
      input: {
        recommendationCode: code,
        code: 'SMART-FACTORIES',
        nameZh: '智能工厂',
        nameEn: 'Smart factories',
        unit: 'factories',
        min: 0,
        max: 1000,
        direction: 'INCREASE',
        baseline: { value: 0, date: '2025-01-01', source: 'The article' },
        targets: [
          { value: 100, dueDate: '2025-04-11' },
          { value: 200, dueDate: '2025-12-31' },
        ],
      },
    },
    ADMIN_TOKEN,
  );
  expect(created.errors).toBeUndefined();
  const indicatorId = created.data!.createIndicator.id;
  for (const [periodStart, periodEnd, value] of [
    ['2025-01-01', '2025-01-31', 20],
    ['2025-02-01', '2025-02-28', 45],
  ] as const) {
    const res = await server.s.exec(RECORD, { input: { indicatorId, periodStart, periodEnd, value } }, ADMIN_TOKEN);
    expect(res.errors).toBeUndefined();
  }
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

const CHART = '.indicator[data-code="SMART-FACTORIES"] svg.indicator-chart';

async function openRecord(who: Credentials): Promise<Page> {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/r/${code}?lang=en`);
  await page.locator('#rec-code', { hasText: code }).waitFor();
  await signIn(page, who);
  await page.locator(CHART).waitFor();
  return page;
}

async function fillValue(page: Page, start: string, end: string, value: string) {
  await page.locator('#indicator-1-start').fill(start);
  await page.locator('#indicator-1-end').fill(end);
  await page.locator('#indicator-1-value').fill(value);
  await page.locator('#indicator-1-note').fill('From the ministry bulletin');
  await page.locator('#indicator-1-evidence').fill('https://example.org/bulletin');
  await page.locator('.indicator button.record-value').click();
}

it('draws each value and the trajectory to the targets, with the status and a text equivalent', async () => {
  const page = await openRecord(people.admin);
  expect(await page.locator(`${CHART} .value-point`).count()).toBe(2);
  expect(await page.locator(`${CHART} .target-point`).count()).toBe(2);
  // The trajectory: baseline, then each target.
  const line = await page.locator(`${CHART} polyline.trajectory`).getAttribute('points');
  expect(line!.trim().split(/\s+/)).toHaveLength(3);
  expect(await page.locator('.indicator [data-indicator-status]').textContent()).toMatch(/^Status: (On|Off) track$/);
  expect(await page.locator(`${CHART}`).getAttribute('aria-hidden')).toBe('true');
  const rows = await page.locator('.indicator table.indicator-table tbody tr').allTextContents();
  expect(rows).toEqual([
    'Baseline2025-01-010 factories',
    'Target2025-04-11100 factories',
    'Target2025-12-31200 factories',
    'Recorded value2025-01-01 – 2025-01-3120 factories',
    'Recorded value2025-02-01 – 2025-02-2845 factories',
  ]);
  expect(await page.locator('.indicator-summary').textContent()).toContain('chart of 2 values');
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

it('records a value through the form, and the chart gains its point', async () => {
  const page = await openRecord(people.admin);
  await fillValue(page, '2025-03-01', '2025-03-31', '70');
  await page.locator('#indicator-1-status', { hasText: 'Value recorded.' }).waitFor();
  await waitForCount(page, `${CHART} .value-point`, 3);
  expect(await page.locator(`${CHART} .value-point`).last().getAttribute('data-value')).toBe('70');
  const stored = await server.s.db.indicatorValue.findMany({ where: { value: 70 } });
  expect(stored).toHaveLength(1);
  await page
    .locator('#indicators-title')
    .evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
  await screenshot(page, 'console-indicators', true);
  expect(stored[0]).toMatchObject({
    note: 'From the ministry bulletin',
    evidenceUrls: ['https://example.org/bulletin'],
  });
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

it("refuses a value outside the unit's range with a sentence, not a code, and records nothing", async () => {
  const page = await openRecord(people.admin);
  const before = await server.s.db.indicatorValue.count();
  await fillValue(page, '2025-05-01', '2025-05-31', '5000');
  const error = page.locator('#indicator-1-error');
  await error.locator('.error-message').waitFor();
  const text = (await error.textContent())!;
  expect(text).toMatch(/^The value was not recorded: .*outside the range/);
  expect(text).not.toMatch(/BAD_USER_INPUT|[A-Z]{3,}_[A-Z]+/);
  expect(await page.locator('#indicator-1-value').getAttribute('aria-invalid')).toBe('true');
  expect(await server.s.db.indicatorValue.count()).toBe(before);
  await page.close();
});

it("shows an analyst's value that meets a target as proposed, and leaves the chart as it was", async () => {
  const page = await openRecord(people.analyst);
  const points = await page.locator(`${CHART} .value-point`).count();
  await fillValue(page, '2025-04-01', '2025-04-11', '100');
  await page.locator('#indicator-1-status', { hasText: 'proposed' }).waitFor();
  expect(await page.locator('#indicator-1-status').textContent()).toMatch(/^Value proposed: /);
  expect(await page.locator(`${CHART} .value-point`).count()).toBe(points);
  expect(await server.s.db.proposal.count({ where: { state: 'OPEN' } })).toBe(1);
  await page.close();
});

it('counts indicators by status among the catalog figures, in both languages', async () => {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/?lang=en`);
  const figure = page.locator('[data-testid=summary-indicators]');
  await figure.waitFor();
  expect(await figure.textContent()).toMatch(/^1 · on track \d · off track \d · achieved 0 · no data 0$/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto(`${server.baseUrl}/admin/#/?lang=zh`);
  await page.locator('[data-testid=summary-indicators]', { hasText: '1 个' }).waitFor();
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
  await page.close();
});
