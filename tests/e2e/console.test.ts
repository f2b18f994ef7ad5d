// The analyst console in a real Chromium: search, a recommendation's page, logging progress as an
// analyst, the refusal a viewer gets, and the language switch.
import type { Browser, Page, Response } from 'playwright-core';
import { readCatalog } from '../../prisma/catalogFile';
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
import { signIn, type Credentials } from './consolePages';

let server: E2eServer;
let browser: Browser;
let people: Record<'analyst' | 'viewer', Awaited<ReturnType<typeof createUserWithPassword>>>;
const traffic = newTraffic();

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  people = {
    analyst: await createUserWithPassword(server.s.db, 'ANALYST', 'console-analyst'),
    viewer: await createUserWithPassword(server.s.db, 'VIEWER', 'console-viewer'),
  };
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

const rowCodes = (page: Page) =>
  page.locator('#catalog-table tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
const chipOf = (page: Page, code: string) =>
  page.locator(`#catalog-table tr[data-code="${code}"] [data-testid=status-chip]`);

const SET_OWNERS = /* GraphQL */ `
  mutation E2eOwners($input: SetOwnersInput!) {
    setOwners(input: $input) {
      version
    }
  }
`;
const SET_TARGET = /* GraphQL */ `
  mutation E2eTarget($input: SetTargetDateInput!) {
    setTargetDate(input: $input) {
      version
    }
  }
`;
const LOG = /* GraphQL */ `
  mutation E2eLog($input: LogProgressInput!) {
    logProgress(input: $input) {
      recommendation {
        version
      }
    }
  }
`;

/** Owners, a target date and a first PLANNED entry, through the API, so the page shows a real history. */
async function giveHistory(code: string): Promise<void> {
  const steps: [string, Record<string, unknown>][] = [
    [
      SET_OWNERS,
      {
        code,
        owners: [
          { name: 'Cyberspace Administration of China', kind: 'REGULATOR' },
          { name: 'Ministry of Science and Technology', kind: 'MINISTRY' },
        ],
      },
    ],
    [
      SET_TARGET,
      { code, targetDate: `${new Date().getUTCFullYear() + 1}-12-31`, reason: 'Set by the 2026 work plan.' },
    ],
    [
      LOG,
      {
        code,
        note: 'Sandbox pilot scheduled in the annual work plan.',
        status: 'PLANNED',
        progress: 10,
        occurredOn: isoDaysAgo(60),
      },
    ],
  ];
  for (const [mutation, input] of steps) {
    const result = await server.s.exec(mutation, { input }, people.analyst.token);
    expect(result.errors).toBeUndefined();
  }
}

/** Opens the console with a fresh browser profile, signed in as `who` (through the sign-in page) when given. */
async function openConsole(who?: Credentials): Promise<Page> {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/`);
  await page.locator('#catalog-table tr[data-code]').first().waitFor();
  if (who) {
    await signIn(page, who);
    await page.locator('#catalog-table tr[data-code]').first().waitFor();
  }
  return page;
}

/** Types 沙盒 into the search box and waits until the table lists only (and some) sandbox measures. */
async function searchSandbox(page: Page): Promise<string[]> {
  await page.locator('#search-input').fill('沙盒');
  // The table is replaced only when the filtered result arrives, so no other row means it has arrived.
  await page
    .locator('#catalog-table tr[data-code]:not([data-code^="GOV-SANDBOX-"])')
    .first()
    .waitFor({ state: 'detached' });
  await page.locator('#catalog-table tr[data-code^="GOV-SANDBOX-"]').first().waitFor();
  return rowCodes(page);
}

async function openRecommendation(page: Page, code: string): Promise<void> {
  await page.locator(`#catalog-table tr[data-code="${code}"] td.code a`).click();
  await page.locator('#rec-code', { hasText: code }).waitFor();
  await page.locator('#log-form').waitFor();
}

/** Fills and sends the log form; resolves to the mutation's response. */
async function logProgress(
  page: Page,
  entry: { note: string; status: string; progress: number; evidence: string; date: string },
): Promise<Response> {
  await page.locator('#note-input').fill(entry.note);
  await page.locator('#status-select').selectOption(entry.status);
  await page.locator('#progress-input').fill(String(entry.progress));
  await page.locator('#evidence-input').fill(entry.evidence);
  await page.locator('#occurred-input').fill(entry.date);
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('ConsoleLogProgress'),
    ),
    page.locator('#submit-log').click(),
  ]);
  return response;
}

describe('the analyst console', () => {
  it('finds only the GOV-SANDBOX measures when searching 沙盒', async () => {
    const page = await openConsole();
    const all = await rowCodes(page);
    expect(all.length).toBeGreaterThan(40);
    const found = await searchSandbox(page);
    expect(found).toEqual(['GOV-SANDBOX-01', 'GOV-SANDBOX-02', 'GOV-SANDBOX-03', 'GOV-SANDBOX-05', 'GOV-SANDBOX-06']);
    await expect(
      page.locator('tbody.theme-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('data-theme'))),
    ).resolves.toEqual(['SANDBOX']);
    await screenshot(page, 'console-search');
    await page.context().close();
  });

  it('logs progress with evidence as an analyst: the timeline gains the entry and the catalog shows the new status', async () => {
    await giveHistory('GOV-SANDBOX-02');
    const page = await openConsole(people.analyst);
    await searchSandbox(page);
    await expect(chipOf(page, 'GOV-SANDBOX-02').getAttribute('data-status')).resolves.toBe('PLANNED');
    await openRecommendation(page, 'GOV-SANDBOX-02');
    await expect(page.locator('#timeline li').count()).resolves.toBe(1);
    const versionBefore = Number(await page.locator('#rec-version').getAttribute('data-version'));
    const date = isoDaysAgo(3);
    await logProgress(page, {
      note: 'Draft sandbox rules published for public comment.',
      status: 'IN_PROGRESS',
      progress: 30,
      evidence: 'https://example.org/sandbox-draft',
      date,
    });

    await page.locator('#form-status', { hasText: 'Entry saved' }).waitFor();
    await expect(page.locator('#form-error').textContent()).resolves.toBe('');
    await expect(page.locator('#timeline li').count()).resolves.toBe(2);
    const newest = page.locator('#timeline li').first();
    await expect(newest.getAttribute('data-status')).resolves.toBe('IN_PROGRESS');
    await expect(newest.locator('time').getAttribute('datetime')).resolves.toBe(date);
    await expect(newest.locator('.entry-note').textContent()).resolves.toBe(
      'Draft sandbox rules published for public comment.',
    );
    await expect(newest.locator('.evidence a').getAttribute('href')).resolves.toBe('https://example.org/sandbox-draft');
    await expect(page.locator('#rec-status').getAttribute('data-status')).resolves.toBe('IN_PROGRESS');
    await expect(page.locator('#rec-version').getAttribute('data-version')).resolves.toBe(String(versionBefore + 1));
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'console-recommendation', true);
    // The same page in Chinese, for the README's second picture; then back to English for the steps below.
    await page.locator('#lang-toggle').click();
    await page.locator('#lang-toggle', { hasText: 'English' }).waitFor();
    await expect(page.locator('#timeline li').count()).resolves.toBe(2);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'console-recommendation-zh', true);
    await page.locator('#lang-toggle').click();
    await page.locator('#lang-toggle', { hasText: '中文' }).waitFor();

    await page.locator('a.back').click();
    await page.locator('#catalog-table tr[data-code="GOV-SANDBOX-02"] [data-status=IN_PROGRESS]').waitFor();
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('沙盒');
    await expect(rowCodes(page)).resolves.toEqual([
      'GOV-SANDBOX-01',
      'GOV-SANDBOX-02',
      'GOV-SANDBOX-03',
      'GOV-SANDBOX-05',
      'GOV-SANDBOX-06',
    ]);
    await expect(chipOf(page, 'GOV-SANDBOX-01').getAttribute('data-status')).resolves.toBe('NOT_STARTED');
    // Search box at the top, so the picture shows the query, the figures and the updated row.
    await page.evaluate(
      "window.scrollTo(0, document.querySelector('form.filters').getBoundingClientRect().top + window.scrollY - 8)",
    );
    await screenshot(page, 'console-catalog', true);
    await page.locator('#lang-toggle').click();
    await page.locator('#view-title', { hasText: '建议目录' }).waitFor();
    await page.locator('#catalog-table tr[data-code="GOV-SANDBOX-02"] [data-status=IN_PROGRESS]').waitFor();
    await page.evaluate(
      "window.scrollTo(0, document.querySelector('form.filters').getBoundingClientRect().top + window.scrollY - 8)",
    );
    await screenshot(page, 'console-catalog-zh', true);
    await page.context().close();
  });

  it('shows a viewer the FORBIDDEN refusal and writes nothing', async () => {
    const page = await openConsole(people.viewer);
    await searchSandbox(page);
    await openRecommendation(page, 'GOV-SANDBOX-03');
    const entry = {
      note: 'A viewer tries to write.',
      status: 'IN_PROGRESS',
      progress: 30,
      evidence: 'https://example.org/viewer',
      date: isoDaysAgo(3),
    };
    const response = await logProgress(page, entry);
    expect((await response.json()).errors[0].extensions.code).toBe('FORBIDDEN');

    // The refusal in words; its code stays for programs (data-code), never on the screen.
    await page.locator('#form-error .error-message[data-code=FORBIDDEN]').waitFor();
    await expect(page.locator('#form-error').textContent()).resolves.toContain('Your account may not do this.');
    await expect(page.locator('#form-error').textContent()).resolves.not.toContain('FORBIDDEN');
    await expect(page.locator('#form-status').textContent()).resolves.toBe('');
    await expect(page.locator('#timeline li').count()).resolves.toBe(0);
    await expect(page.locator('#rec-status').getAttribute('data-status')).resolves.toBe('NOT_STARTED');
    await screenshot(page, 'console-viewer-refused');

    const rec = await server.s.db.recommendation.findUniqueOrThrow({
      where: { code: 'GOV-SANDBOX-03' },
      include: { updates: true },
    });
    expect(rec).toMatchObject({ status: 'NOT_STARTED', progress: 0, version: 1, updates: [] });
    await page.context().close();
  });

  it('switches the labels between English and Chinese, and remembers the choice', async () => {
    const page = await openConsole();
    await expect(page.locator('#view-title').textContent()).resolves.toBe('Catalog');
    await expect(page.locator('label[for=search-input] span').textContent()).resolves.toBe('Search');
    await page.locator('#lang-toggle').click();
    await page.locator('#view-title', { hasText: '建议目录' }).waitFor();
    await expect(page.locator('label[for=search-input] span').textContent()).resolves.toBe('搜索');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await screenshot(page, 'console-zh');
    await page.reload();
    await page.locator('#view-title', { hasText: '建议目录' }).waitFor();
    await page.locator('#lang-toggle').click();
    await page.locator('#view-title', { hasText: 'Catalog' }).waitFor();
    await page.context().close();
  });

  it('marks a draft title or summary with a labelled badge, and shows the summary in the console language', async () => {
    // Revision 3 retitled GOV-SANDBOX-03 in English and summarised it anew: drafts; its Chinese title is SOURCE.
    const record = readCatalog().recommendations.find((r) => r.code === 'GOV-SANDBOX-03')!;
    const page = await openConsole(people.viewer);
    await searchSandbox(page);
    await openRecommendation(page, 'GOV-SANDBOX-03');
    const badges = (where: string) =>
      page.locator(`${where} .draft-badge`).evaluateAll((els) =>
        els.map((el) => ({
          field: el.getAttribute('data-draft'),
          shown: el.querySelector('[aria-hidden=true]')?.textContent,
          label: el.querySelector('.visually-hidden')?.textContent,
        })),
      );
    await expect(page.locator('#rec-summary').getAttribute('data-field')).resolves.toBe('summaryEn');
    await expect(page.locator('#rec-summary p').textContent()).resolves.toBe(record.summaryEn);
    await expect(badges('#view-title')).resolves.toEqual([
      { field: 'titleEn', shown: 'draft', label: 'English title: a draft, not yet reviewed' },
    ]);
    await expect(badges('.subtitle')).resolves.toEqual([]);
    await expect(badges('#rec-summary')).resolves.toEqual([
      { field: 'summaryEn', shown: 'draft', label: 'Summary (English): a draft, not yet reviewed' },
    ]);
    await expect(page.locator('#view-title .draft-badge').isVisible()).resolves.toBe(true);

    await page.locator('#lang-toggle').click();
    await page.locator('#rec-summary[data-field=summaryZh]').waitFor();
    await expect(page.locator('#rec-summary p').textContent()).resolves.toBe(record.summaryZh);
    await expect(page.locator('#rec-summary p').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(badges('#view-title')).resolves.toEqual([]);
    await expect(badges('.subtitle')).resolves.toEqual([
      { field: 'titleEn', shown: '草稿', label: '英文标题：草稿，尚未审定' },
    ]);
    await expect(badges('#rec-summary')).resolves.toEqual([
      { field: 'summaryZh', shown: '草稿', label: '中文摘要：草稿，尚未审定' },
    ]);
    await page.context().close();
  });

  it('made every request to 127.0.0.1, with no CSP violation or uncaught error', () => {
    expect(traffic.urls.length).toBeGreaterThan(0);
    expect(nonLocalUrls(traffic.urls)).toEqual([]);
    expect(traffic.problems).toEqual([]);
  });
});
