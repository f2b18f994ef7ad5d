// The analyst's whole day in a real Chromium: views reopened from their URLs, back and forward, the past
// ("as of") on a record with a known history, target-date history, the audit trail for admins only, and a
// progress form that offers each role only the statuses it may choose.
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
import {
  AS_OF_DAYS,
  KNOWN_HISTORY,
  STATE_AS_OF,
  giveKnownHistory,
  hashParts,
  rowCodes,
  signIn,
  type Credentials,
  waitForCount,
} from './consolePages';

let server: E2eServer;
let browser: Browser;
const tokens = { analyst: '', admin: '' };
const people = {} as Record<'analyst' | 'admin', Credentials & { token: string }>;
const traffic = newTraffic();
const HISTORY_CODE = 'GOV-RISK-01';

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  people.analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'day-analyst');
  tokens.analyst = people.analyst.token;
  people.admin = await createUserWithPassword(server.s.db, 'ADMIN', 'day-admin');
  tokens.admin = people.admin.token;
  await giveKnownHistory(server, HISTORY_CODE, tokens.analyst);
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

/** Opens `hash` of the console in a fresh profile and waits for the view to have its data. */
async function open(hash: string, who?: Credentials): Promise<Page> {
  const { page } = await openPage(browser, traffic);
  if (who) {
    await page.goto(`${server.baseUrl}/admin/#/audit`); // a view that fetches nothing when anonymous
    await signIn(page, who);
  }
  await page.goto(`${server.baseUrl}/admin/${hash}`); // signed in: a fragment change, routed like a link
  return page;
}

/** The catalog has the answer to its latest request (its URL's state). */
const tableSettled = (page: Page) => page.locator('#catalog-results[data-state=ready]').waitFor();

describe('the console’s state in the URL', () => {
  it('reopens a filtered, sorted, searched view in Chinese, as of a date, from its URL alone', async () => {
    const asOf = isoDaysAgo(20);
    const page = await open('#/');
    await page.locator('#catalog-table tr[data-code]').first().waitFor();
    await page.locator('#search-input').fill('风险');
    await page.locator('#pillar-filter').selectOption('GOVERNANCE');
    await page.locator('#sort-select').selectOption('progress-desc');
    await page.locator('#asof-input').fill(asOf);
    await page.locator('#asof-input').press('Enter');
    await page.locator('#lang-toggle').click();
    await page.locator('#view-title', { hasText: '建议目录' }).waitFor();
    await tableSettled(page);
    const url = page.url();
    expect(hashParts(url)).toEqual({
      path: '/',
      params: { search: '风险', pillar: 'GOVERNANCE', sort: 'progress-desc', asOf, lang: 'zh' },
    });
    const codes = await rowCodes(page);
    expect(codes[0]).toBe(HISTORY_CODE); // the only one with progress: first when sorted by progress
    await expect(
      page.locator(`tr[data-code="${HISTORY_CODE}"] [data-testid=status-chip]`).getAttribute('data-status'),
    ).resolves.toBe('IN_PROGRESS');
    await page.context().close();

    const copy = await open(new URL(url).hash);
    await copy.locator('#view-title', { hasText: '建议目录' }).waitFor();
    await tableSettled(copy);
    await expect(rowCodes(copy)).resolves.toEqual(codes);
    await expect(copy.locator('#search-input').inputValue()).resolves.toBe('风险');
    await expect(copy.locator('#pillar-filter').inputValue()).resolves.toBe('GOVERNANCE');
    await expect(copy.locator('#sort-select').inputValue()).resolves.toBe('progress-desc');
    await expect(copy.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(copy.locator('#asof-input').inputValue()).resolves.toBe(asOf);
    // Data in the user's language: the Chinese title first, the English one after it.
    const rec = await server.s.db.recommendation.findUniqueOrThrow({ where: { code: HISTORY_CODE } });
    const title = copy.locator(`tr[data-code="${HISTORY_CODE}"] td.title`);
    await expect(title.locator('a').textContent()).resolves.toBe(rec.titleZh);
    await expect(title.locator('.secondary-text').textContent()).resolves.toBe(rec.titleEn);
    await expect(copy.locator('[data-testid=past-banner]').textContent()).resolves.toContain(`截至 ${asOf}`);
    await copy.context().close();
  });

  it('goes back and forward through filter changes and into a recommendation and out again', async () => {
    const page = await open('#/');
    await tableSettled(page);
    const all = (await rowCodes(page)).length;
    await page.locator('#status-filter').selectOption('IN_PROGRESS');
    await page
      .locator('#catalog-table tr[data-code]:not([data-code="GOV-RISK-01"])')
      .first()
      .waitFor({ state: 'detached' });
    await expect(rowCodes(page)).resolves.toEqual([HISTORY_CODE]);
    await page.locator(`#catalog-table tr[data-code="${HISTORY_CODE}"] td.code a`).click();
    await page.locator('#rec-code', { hasText: HISTORY_CODE }).waitFor();
    expect(hashParts(page.url()).path).toBe(`/r/${HISTORY_CODE}`);

    await page.goBack();
    await page.locator('#status-filter').waitFor();
    await tableSettled(page);
    await expect(page.locator('#status-filter').inputValue()).resolves.toBe('IN_PROGRESS');
    await expect(rowCodes(page)).resolves.toEqual([HISTORY_CODE]);
    await page.goBack();
    await waitForCount(page, '#catalog-table tr[data-code]', all);
    await expect(page.locator('#status-filter').inputValue()).resolves.toBe('');
    await page.goForward();
    await waitForCount(page, '#catalog-table tr[data-code]', 1);
    await page.goForward();
    await page.locator('#rec-code', { hasText: HISTORY_CODE }).waitFor();
    await page.context().close();
  });
});

describe('empty states', () => {
  it('says what to do when nothing matches, with a button that clears the filters, and draws no empty chart', async () => {
    const page = await open('#/?search=no-such-measure-anywhere');
    await page.locator('#catalog-empty').waitFor();
    await expect(page.locator('#catalog-empty').textContent()).resolves.toContain('Clear the filters');
    await expect(page.locator('[data-testid=monthly-chart], [data-testid=theme-chart]').count()).resolves.toBe(0);
    await page.locator('#empty-clear').click();
    await page.locator('#catalog-table tr[data-code]').first().waitFor();
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('');
    await page.context().close();
  });
});

describe('the past', () => {
  it('shows a recommendation with a known history as it stood on three dates, and says it is the past', async () => {
    for (const day of AS_OF_DAYS) {
      const asOf = isoDaysAgo(day.daysAgo);
      const page = await open(`#/r/${HISTORY_CODE}?asOf=${asOf}`);
      await page.locator('#rec-code', { hasText: HISTORY_CODE }).waitFor();
      const expected = (await server.s.exec(STATE_AS_OF, { code: HISTORY_CODE, asOf })).data!.recommendation;
      expect(expected).toMatchObject({ status: day.status, progress: day.progress });
      await expect(page.locator('#rec-status').getAttribute('data-status')).resolves.toBe(day.status);
      await expect(page.locator('#rec-progress [role=progressbar]').getAttribute('aria-valuenow')).resolves.toBe(
        String(day.progress),
      );
      await expect(page.locator('#rec-health').getAttribute('data-health')).resolves.toBe(expected.health);
      await expect(page.locator('[data-testid=past-banner]').textContent()).resolves.toContain(
        `Showing the past: as of ${asOf}.`,
      );
      const logged = KNOWN_HISTORY.filter((e) => e.daysAgo >= day.daysAgo).length;
      await expect(page.locator('#timeline li').count()).resolves.toBe(logged);
      await expect(page.locator('#log-form').isVisible()).resolves.toBe(false);
      await expect(page.locator('#past-form-note').isVisible()).resolves.toBe(true);
      if (day.daysAgo === 20) await screenshot(page, 'console-as-of', true);
      await page.context().close();
    }
  });

  it('shows the catalog as of a past date, with that day’s status, and returns to today', async () => {
    const asOf = isoDaysAgo(60);
    const page = await open(`#/?search=${HISTORY_CODE}`);
    await tableSettled(page);
    const chip = page.locator(`#catalog-table tr[data-code="${HISTORY_CODE}"] [data-testid=status-chip]`);
    await expect(chip.getAttribute('data-status')).resolves.toBe('IN_PROGRESS');
    await page.locator('#asof-input').fill(asOf);
    await page.locator('#asof-input').press('Enter');
    await page.locator(`#catalog-table tr[data-code="${HISTORY_CODE}"] [data-status=PLANNED]`).waitFor();
    await expect(page.locator('#view-title').textContent()).resolves.toBe(`Catalog as of ${asOf}`);
    await expect(page.locator('[data-testid=past-banner]').isVisible()).resolves.toBe(true);
    expect(hashParts(page.url()).params).toMatchObject({ search: HISTORY_CODE, asOf });
    await page.locator('#asof-input-today').click();
    await page.locator(`#catalog-table tr[data-code="${HISTORY_CODE}"] [data-status=IN_PROGRESS]`).waitFor();
    await expect(page.locator('[data-testid=past-banner]').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('lists each target-date revision with its reason and who made it', async () => {
    const page = await open(`#/r/${HISTORY_CODE}`);
    await page.locator('#target-history li').first().waitFor();
    const year = new Date().getUTCFullYear();
    const revisions = await page
      .locator('#target-history li')
      .evaluateAll((items) =>
        items.map((li) => [
          li.querySelector('.revision-dates')!.textContent!.replace(/\s+/g, ' '),
          li.querySelector('.revision-reason')!.textContent,
          li.querySelector('.revision-meta')!.textContent!.replace(/ on .*/, ''),
        ]),
      );
    expect(revisions).toEqual([
      [`Not set → changed to ${year + 1}-06-30`, 'Set by the annual work plan.', 'By day-analyst'],
      [
        `${year + 1}-06-30 → changed to ${year + 1}-12-31`,
        'Pilot cities added; the plan moved the date.',
        'By day-analyst',
      ],
    ]);
    await page.context().close();
  });
});

describe('the audit trail', () => {
  it('shows an admin who did what, before and after, filtered by target, a page at a time', async () => {
    const page = await open('#/audit', people.admin);
    await page.locator('#nav-audit').waitFor();
    await page.locator('#audit-table tbody tr').first().waitFor();
    await page.locator('#audit-target').fill(HISTORY_CODE);
    await page.locator('#audit-target').press('Enter');
    await waitForCount(page, '#audit-table tbody tr', 5);
    const ops = await page
      .locator('#audit-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-operation'), r.querySelector('.audit-actor')!.textContent]),
      );
    expect(ops).toEqual([
      ['logProgress', 'day-analyst (analyst)'],
      ['logProgress', 'day-analyst (analyst)'],
      ['logProgress', 'day-analyst (analyst)'],
      ['setTargetDate', 'day-analyst (analyst)'],
      ['setTargetDate', 'day-analyst (analyst)'],
    ]);
    const newest = await page
      .locator('#audit-table tbody tr')
      .first()
      .locator('.diff div')
      .evaluateAll((rows) => rows.map((r) => ['dt', 'del', 'ins'].map((tag) => r.querySelector(tag)!.textContent)));
    const oldest = await page
      .locator('#audit-table tbody tr')
      .last()
      .locator('.diff div')
      .evaluateAll((rows) => rows.map((r) => ['dt', 'del', 'ins'].map((tag) => r.querySelector(tag)!.textContent)));
    expect(oldest[0]).toEqual(['Target date', '—', `${new Date().getUTCFullYear() + 1}-06-30`]);
    expect(newest).toEqual(
      // Fields by name in words; the version stays in the API's trail, not on the screen.
      expect.arrayContaining([['Progress', '40', '70']]),
    );
    expect(hashParts(page.url())).toEqual({ path: '/audit', params: { id: HISTORY_CODE, lang: 'en' } });
    await screenshot(page, 'console-audit');
    await page.context().close();
  });

  it('pages through more entries than fit on one page, older and back to newer', async () => {
    for (let i = 0; i < 21; i++) {
      const input = {
        code: 'GOV-LAW-01',
        note: `Entry ${i}`,
        status: 'IN_PROGRESS',
        progress: i + 1,
        occurredOn: isoDaysAgo(30),
      };
      const res = await server.s.exec(
        /* GraphQL */ `
          mutation E2eManyLogs($input: LogProgressInput!) {
            logProgress(input: $input) {
              recommendation {
                version
              }
            }
          }
        `,
        { input },
        tokens.analyst,
      );
      expect(res.errors).toBeUndefined();
    }
    const page = await open('#/audit?id=GOV-LAW-01', people.admin);
    await waitForCount(page, '#audit-table tbody tr', 20);
    await expect(page.locator('#audit-newer').isVisible()).resolves.toBe(false);
    await page.locator('#audit-older').click();
    await waitForCount(page, '#audit-table tbody tr', 1);
    expect(hashParts(page.url()).params.after).toBeTruthy();
    await page.locator('#audit-newer').click();
    await waitForCount(page, '#audit-table tbody tr', 20);
    await page.context().close();
  });

  it('is absent for an analyst: no link, and the address alone shows no entry', async () => {
    const page = await open('#/', people.analyst);
    await tableSettled(page);
    await expect(page.locator('#nav-audit').isVisible()).resolves.toBe(false);
    await page.goto(`${server.baseUrl}/admin/#/audit`);
    await page.locator('#audit-forbidden').waitFor();
    await expect(page.locator('#audit-table').count()).resolves.toBe(0);
    await page.context().close();
  });
});

describe('the progress form', () => {
  const options = (page: Page) =>
    page.locator('#status-select option').evaluateAll((opts) => opts.map((o) => o.getAttribute('value')));

  it('offers an analyst the lifecycle’s moves, abandoning and implementing only for review, and an admin all at once', async () => {
    const analyst = await open(`#/r/${HISTORY_CODE}`, people.analyst);
    await analyst.locator('#status-select option[value=STALLED]').waitFor({ state: 'attached' });
    await expect(options(analyst)).resolves.toEqual(['', 'STALLED', 'IMPLEMENTED', 'ABANDONED']);
    await expect(analyst.locator('#status-select option[value=ABANDONED]').textContent()).resolves.toBe(
      'Abandoned (needs review)',
    );
    await analyst.context().close();
    const admin = await open(`#/r/${HISTORY_CODE}`, people.admin);
    await admin.locator('#status-select option[value=ABANDONED]').waitFor({ state: 'attached' });
    await expect(options(admin)).resolves.toEqual(['', 'STALLED', 'IMPLEMENTED', 'ABANDONED']);
    await admin.context().close();
  });

  it('marks the evidence required when Implemented is chosen, and refuses to send without a link', async () => {
    const page = await open(`#/r/${HISTORY_CODE}`, people.analyst);
    await page.locator('#status-select option[value=IMPLEMENTED]').waitFor({ state: 'attached' });
    await expect(page.locator('#evidence-input').getAttribute('aria-required')).resolves.toBe('false');
    await page.locator('#status-select').selectOption('IMPLEMENTED');
    await expect(page.locator('#evidence-input').getAttribute('aria-required')).resolves.toBe('true');
    await expect(page.locator('label[for=evidence-input]').textContent()).resolves.toContain('(required)');
    await expect(page.locator('#progress-input').inputValue()).resolves.toBe('100');
    await page.locator('#note-input').fill('Rules in force.');
    await page.locator('#submit-log').click();
    await page.locator('#form-error', { hasText: 'Implemented needs at least one evidence link.' }).waitFor();
    await expect(page.locator('#evidence-input').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#evidence-input').evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(
      true,
    );
    await page.context().close();
  });
});

it('made every request to 127.0.0.1, with no CSP violation or uncaught error', () => {
  expect(traffic.urls.length).toBeGreaterThan(0);
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});
