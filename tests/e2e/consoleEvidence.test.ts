// A timeline entry's evidence in the console, in a real Chromium: the archived copy with its capture day and
// whether the link is still online, a blocked link said plainly, in both languages; the copy downloads.
import type { Browser } from 'playwright-core';
import { createRecommendation } from '../helpers/factories';
import { ADMIN_TOKEN } from '../helpers/testServer';
import { runJobs, startEvidenceSource, type EvidenceSource } from '../evidence/evidenceSource';
import { newTraffic, openPage, type E2eServer, startBrowserSession, stopBrowserSession } from './browser';

let server: E2eServer;
let browser: Browser;
let src: EvidenceSource;
const traffic = newTraffic();

const LOG = `mutation E2eEvidenceLog($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  src = await startEvidenceSource();
}, 120_000);
afterAll(async () => {
  await src?.close();
  await stopBrowserSession({ server, browser });
});

it('shows "archived copy · captured on … · still online" under a captured link and why others have no copy', async () => {
  src.serve('/notice.html', { type: 'text/html', body: '<title>Notice</title><script>alert(1)</script>' });
  const rec = await createRecommendation(server.s.db, { code: 'GOV-EVIDENCE-01' });
  // The third answers 404: an anonymous reader is told that generically, not the detail (admins only).
  const urls = [`${src.base}/notice.html`, 'http://169.254.169.254/latest/meta-data/', `${src.base}/gone.html`];
  const res = await server.s.exec(
    LOG,
    { input: { code: rec.code, note: 'Notice published', evidenceUrls: urls } },
    ADMIN_TOKEN,
  );
  expect(res.errors).toBeUndefined();
  await runJobs(server.s);
  const today = new Date().toISOString().slice(0, 10);

  const { context, page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/r/${rec.code}`);
  const items = page.locator('[data-testid=evidence-item]');
  await items.first().waitFor();
  expect(await items.allInnerTexts()).toEqual([
    `${urls[0]}\narchived copy · captured on ${today} · still online`,
    `${urls[1]}\nNo copy was kept: the archive may not fetch this address.`,
    `${urls[2]}\nNo copy was kept: the source answered with an error.`,
  ]);

  const download = page.waitForEvent('download');
  await page.locator('[data-testid=archived-copy]').click();
  expect((await download).suggestedFilename()).toMatch(/^evidence-\d+\.html$/);

  await page.locator('#lang-toggle').click();
  await page.locator('[data-testid=evidence-item]', { hasText: '存档副本' }).waitFor();
  expect(await items.allInnerTexts()).toEqual([
    `${urls[0]}\n存档副本 · 存档于 ${today} · 原链接仍可访问`,
    `${urls[1]}\n未保存副本：存档系统不可访问此地址。`,
    `${urls[2]}\n未保存副本：来源返回错误。`,
  ]);
  expect(traffic.problems).toEqual([]);
  await context.close();
});
