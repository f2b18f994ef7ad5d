// A record's actions in Chromium (issue 23): the tree under a measure with each roll-up's arithmetic in words, in
// English and in Chinese, and an action's page leading back to its parent and showing its inherited quote.
import type { Browser } from 'playwright-core';
import { ADMIN_TOKEN } from '../helpers/testServer';
import { createTheme } from '../helpers/factories';
import { newTraffic, openPage, screenshot, type E2eServer, startBrowserSession, stopBrowserSession } from './browser';

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();

async function ok(query: string) {
  const res = await server.s.exec(query, {}, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await createTheme(server.s.db, { code: 'SANDBOX', nameZh: '监管沙盒', nameEn: 'Regulatory sandbox' });
  await ok(
    `mutation { createRecommendation(input: { code: "GOV-SANDBOX-03", theme: "SANDBOX", titleZh: "构建沙盒监管模式", titleEn: "Build a sandbox model", summaryEn: "S.", quote: "构建沙盒监管模式" }) { code } }`,
  );
  const actions: [string, string, string][] = [
    ['GOV-SANDBOX-03', '试点区规则', 'Pilot zone rules'],
    ['GOV-SANDBOX-03', '准入评估', 'Entry assessment'],
    ['GOV-SANDBOX-03.1', '章程', 'Charter'],
    ['GOV-SANDBOX-03.1', '首批企业', 'First firms admitted'],
  ];
  for (const [parentCode, zh, en] of actions)
    await ok(
      `mutation { createRecommendation(input: { parentCode: "${parentCode}", titleZh: "${zh}", titleEn: "${en}" }) { code } }`,
    );
  await ok(`mutation { setRollup(input: { code: "GOV-SANDBOX-03.1", rule: MEAN }) { code } }`);
  await ok(
    `mutation { setRollup(input: { code: "GOV-SANDBOX-03", rule: WEIGHTED_MEAN, weights: [{ code: "GOV-SANDBOX-03.1", weight: 2 }] }) { code } }`,
  );
  await ok(
    `mutation { logProgress(input: { code: "GOV-SANDBOX-03.1.1", note: "Charter adopted", status: IN_PROGRESS, progress: 80 }) { update { id } } }`,
  );
  await ok(
    `mutation { logProgress(input: { code: "GOV-SANDBOX-03.2", note: "Criteria drafted", status: IN_PROGRESS, progress: 40 }) { update { id } } }`,
  );
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

it("shows a measure's actions with each roll-up's arithmetic in words, in both languages", async () => {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/r/GOV-SANDBOX-03?lang=en`);
  await page.locator('#rec-rollup').waitFor();
  // 03.1 = mean(80, 0) = 40; 03 = (40×2 + 40×1) / 3 = 40
  expect(await page.locator('#rec-rollup .rollup-arithmetic').textContent()).toBe(
    '40% = weighted mean of: GOV-SANDBOX-03.1 40% × 2, GOV-SANDBOX-03.2 40% × 1',
  );
  expect(await page.locator('#rec-actions > .action-tree > li > .action-head a').allTextContents()).toEqual([
    'GOV-SANDBOX-03.1',
    'GOV-SANDBOX-03.2',
  ]);
  expect(await page.locator('li[data-code="GOV-SANDBOX-03.1"] > .rollup .rollup-arithmetic').textContent()).toBe(
    '40% = mean of: GOV-SANDBOX-03.1.1 80%, GOV-SANDBOX-03.1.2 0%',
  );
  await page.locator('#actions-title').evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
  await screenshot(page, 'console-actions', true);
  await page.goto(`${server.baseUrl}/admin/#/r/GOV-SANDBOX-03?lang=zh`);
  await page.locator('#actions-title', { hasText: '子行动' }).waitFor();
  await page.locator('#actions-title').evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
  await screenshot(page, 'console-actions-zh', true);
  expect(await page.locator('#rec-rollup .rollup-arithmetic').textContent()).toBe(
    '40% = 加权平均：GOV-SANDBOX-03.1 40% × 2、GOV-SANDBOX-03.2 40% × 1',
  );
  await page.close();
});

it("leads from an action's page back to its parent, with the parent's quote", async () => {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/r/GOV-SANDBOX-03.1.2?lang=en`);
  await page.locator('#rec-parent').waitFor();
  expect(await page.locator('#rec-quote').textContent()).toBe('构建沙盒监管模式');
  await page.locator('#rec-parent a').click();
  await page.locator('#rec-code', { hasText: /^GOV-SANDBOX-03\.1$/ }).waitFor();
  expect(await page.locator('#rec-rollup .rollup-arithmetic').textContent()).toBe(
    '40% = mean of: GOV-SANDBOX-03.1.1 80%, GOV-SANDBOX-03.1.2 0%',
  );
  await page.close();
});
