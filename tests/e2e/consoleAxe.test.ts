// axe-core on every view of the console (issue 26: "axe-core stays clean at 1280 px and at 400 px, on every
// view, in both languages"), in a real Chromium, as an admin, who sees them all: the catalog (charts open, and at
// 400 px the filter drawer open), a record with an indicator chart and an action tree, an action, an archived
// record, a record in the past, the audit trail, the review queue with a proposal, the report, Following, My
// account, Users, Institutions and the sign-in page; the sign-in page is also checked as an anonymous visitor
// sees it. Every view is also read for words meant for developers (API error codes), in both languages.
import type { Browser, Page } from 'playwright-core';
import { seedCatalog } from '../../prisma/seed';
import { createOwner, createUserWithPassword } from '../helpers/factories';
import { ADMIN_TOKEN } from '../helpers/testServer';
import {
  isoDaysAgo,
  newTraffic,
  nonLocalUrls,
  openPage,
  type E2eServer,
  startBrowserSession,
  stopBrowserSession,
} from './browser';
import { DEVELOPER_WORDS, seriousViolations, signIn } from './consolePages';

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();
const people = {} as Record<'admin' | 'analyst', Awaited<ReturnType<typeof createUserWithPassword>>>;
const [RECORD, PROPOSED, ARCHIVED] = ['GOV-SANDBOX-02', 'GOV-SANDBOX-01', 'GOV-RISK-01'];

async function ok(query: string, variables: Record<string, unknown> = {}, token = ADMIN_TOKEN) {
  const res = await server.s.exec(query, variables, token);
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  people.admin = await createUserWithPassword(server.s.db, 'ADMIN', 'axe-admin');
  people.analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'axe-analyst');
  const owner = await createOwner(server.s.db, { name: '国家数据局', nameEn: 'National Data Administration' });
  await server.s.db.membership.create({ data: { userId: people.analyst.user.id, ownerId: owner.id } });
  // A record with its history, an indicator with values, and actions under it.
  await ok(
    `mutation { logProgress(input: { code: "${RECORD}", note: "Pilot rules drafted.", status: IN_PROGRESS, progress: 40, occurredOn: "${isoDaysAgo(30)}" }) { update { id } } }`,
  );
  await ok(`mutation C($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`, {
    input: {
      recommendationCode: RECORD,
      code: 'PILOT-ZONES',
      nameZh: '试点区数量',
      nameEn: 'Pilot zones',
      unit: 'zones',
      direction: 'INCREASE',
      baseline: { value: 0, date: '2025-01-01', source: 'The article' },
      targets: [{ value: 10, dueDate: '2027-12-31' }],
    },
  });
  for (const [zh, en] of [
    ['试点区规则', 'Pilot zone rules'],
    ['准入评估', 'Entry assessment'],
  ])
    await ok(
      `mutation { createRecommendation(input: { parentCode: "${RECORD}", titleZh: "${zh}", titleEn: "${en}" }) { code } }`,
    );
  // A proposal waiting for review, an archived record, a followed record.
  await ok(
    `mutation { logProgress(input: { code: "${PROPOSED}", note: "Pilot running.", status: IN_PROGRESS, progress: 90 }) { update { id } } }`,
    {},
    people.analyst.token,
  );
  await ok(
    `mutation { logProgress(input: { code: "${PROPOSED}", note: "Rules in force.", status: IMPLEMENTED, progress: 100, evidenceUrls: ["https://example.gov.cn/rules"] }) { proposal { id } } }`,
    {},
    people.analyst.token,
  );
  await ok(`mutation { archiveRecommendation(code: "${ARCHIVED}") { archived } }`);
  await ok(
    `mutation { follow(input: { recommendationCode: "${RECORD}" }) { themes { code } } }`,
    {},
    people.admin.token,
  );
}, 180_000);

afterAll(() => stopBrowserSession({ server, browser }));

/** Each view, and what shows once it has drawn its data. */
const VIEWS: [string, string, string][] = [
  // The catalog searched, so that axe reads a page of rows, not all of them (consoleAccess.test.ts reads them all).
  ['the catalog', '#/?search=沙盒', '#catalog-results[data-state=ready] #catalog-table'],
  ['a record with an indicator and actions', `#/r/${RECORD}`, '#rec-actions .action-tree'],
  ['an action', `#/r/${RECORD}.1`, '#rec-code'],
  ['an archived record', `#/r/${ARCHIVED}`, '#rec-code'],
  ['a record in the past', `#/r/${RECORD}?asOf=${isoDaysAgo(60)}`, '#past-form-note'],
  [
    'the catalog in the past',
    `#/?search=沙盒&asOf=${isoDaysAgo(60)}`,
    '#catalog-results[data-state=ready] #catalog-table',
  ],
  ['the audit trail', '#/audit', '#audit-table tbody tr'],
  ['the review queue', '#/reviews', `.reviews-view [data-code="${PROPOSED}"], .reviews-view tr, .reviews-view li`],
  ['the report', '#/report', '[data-testid=report][data-ready=true]'],
  ['Following', '#/following', '#followed-recommendations'],
  ['My account', '#/account', '#account-sessions'],
  ['Users', '#/users', '#users-table'],
  ['Institutions', '#/institutions', '#institutions-table'],
  ['the sign-in page', '#/sign-in', '#view-title'],
];

const WIDTHS = [1280, 400] as const;
const LANGS = ['en', 'zh'] as const;

/** The view has drawn and has nothing left loading. */
async function settled(page: Page, ready: string): Promise<void> {
  await page.locator('#view-title').waitFor();
  await page.locator(ready).first().waitFor();
  await page.waitForFunction(() => {
    const text = (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText;
    return !text.includes('Loading…') && !text.includes('加载中…');
  });
}

const withLang = (hash: string, lang: string) => `${hash}${hash.includes('?') ? '&' : '?'}lang=${lang}`;

/** The parts that open on request: the charts, and at 400 px the filter drawer. */
async function openEverything(page: Page): Promise<void> {
  const charts = page.locator('#catalog-charts');
  if ((await charts.count()) && !(await charts.evaluate((d) => d.hasAttribute('open'))))
    await page.locator('#catalog-charts > summary').click();
  const toggle = page.locator('#filters-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

describe.each(WIDTHS)('at %i px', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = (await openPage(browser, traffic, { width, height: 900 })).page;
    await page.goto(`${server.baseUrl}/admin/#/audit?lang=en`); // fetches nothing while anonymous
    await signIn(page, people.admin);
  }, 60_000);
  afterAll(() => page.context().close());

  describe.each(LANGS)('in %s', (lang) => {
    // Each with 3 minutes: axe over the seeded catalog's long table takes tens of seconds on a shared 2-core machine.
    it.each(VIEWS)(
      'finds no serious violation on %s',
      async (_name, hash, ready) => {
        await page.goto(`${server.baseUrl}/admin/${withLang(hash, lang)}`);
        await settled(page, ready);
        await openEverything(page);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
        expect(await seriousViolations(page)).toEqual([]);
        // Nor, on any view, a word meant for developers (an API error code, a role code, "Version n").
        expect(DEVELOPER_WORDS.exec(await page.locator('body').innerText())?.[0] ?? null).toBeNull();
      },
      180_000,
    );
  });

  it.each(LANGS)('finds no serious violation on the sign-in page an anonymous visitor sees, in %s', async (lang) => {
    const anonymous = (await openPage(browser, traffic, { width, height: 900 })).page;
    await anonymous.goto(`${server.baseUrl}/admin/#/sign-in?lang=${lang}`);
    await settled(anonymous, '#signin-name');
    expect(await seriousViolations(anonymous)).toEqual([]);
    await anonymous.context().close();
  });
});

it('loaded nothing from another origin and raised no page error', () => {
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});
