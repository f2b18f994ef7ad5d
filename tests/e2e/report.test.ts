// The printable status report in a real Chromium: as of a chosen date, printed to an A4 PDF whose text holds
// every listed record's code and its latest entry by that date, in either language.
import type { Browser } from 'playwright-core';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { seedCatalog } from '../../prisma/seed';
import { ADMIN_TOKEN } from '../helpers/testServer';
import {
  ARTIFACTS,
  newTraffic,
  nonLocalUrls,
  openPage,
  screenshot,
  type E2eServer,
  startBrowserSession,
  stopBrowserSession,
} from './browser';

const LOG = `mutation ReportLog($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;
const CODES = `query ReportCodes { recommendations(first: 200) { edges { node { code } } } }`;

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  const log = (input: object) => server.s.exec(LOG, { input }, ADMIN_TOKEN);
  await log({
    code: 'GOV-SANDBOX-01',
    note: 'Sandbox pilot rules published',
    status: 'PLANNED',
    progress: 15,
    occurredOn: '2026-09-10',
  });
  const steward = await server.s.exec(
    `mutation ReportSteward($owners: SetOwnersInput!, $target: SetTargetDateInput!) {
      setOwners(input: $owners) { version }
      setTargetDate(input: $target) { version }
    }`,
    {
      owners: {
        code: 'GOV-SANDBOX-02',
        owners: [{ name: 'National Development and Reform Commission', kind: 'MINISTRY' }],
      },
      target: { code: 'GOV-SANDBOX-02', targetDate: '2027-06-30', reason: 'Set by the work plan.' },
    },
    ADMIN_TOKEN,
  );
  expect(steward.errors).toBeUndefined();
  await log({
    code: 'GOV-SANDBOX-01',
    note: 'Later pilot expanded',
    status: 'IN_PROGRESS',
    progress: 45,
    occurredOn: '2026-11-05',
  });
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

async function printPdf(
  lang: 'en' | 'zh',
  date: string,
  format: 'A4' | 'Letter',
): Promise<{ pages: number; text: string }> {
  const { context, page } = await openPage(browser, traffic);
  try {
    await page.addInitScript((l) => localStorage.setItem('tracker.lang', l), lang);
    await page.goto(`${server.baseUrl}/admin/#/report/${date}`);
    await page.locator('[data-testid=report][data-ready=true]').waitFor({ timeout: 30_000 });
    if (format === 'A4') await screenshot(page, `console-report-${lang}`, lang === 'en');
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `report-${lang}-${format}.pdf`);
    fs.writeFileSync(file, pdf);
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(__dirname, 'pdfText.mjs'),
      file,
      '--json',
    ]);
    return JSON.parse(stdout) as { pages: number; text: string };
  } finally {
    await context.close();
  }
}

const printReport = async (lang: 'en' | 'zh', date: string) => (await printPdf(lang, date, 'A4')).text;

it('prints the report as of a past date to a PDF holding every record code and the entry of that date', async () => {
  const text = await printReport('en', '2026-10-01');
  const codes = (await server.s.exec(CODES)).data!.recommendations.edges.map(
    (e: { node: { code: string } }) => e.node.code,
  );
  expect(codes.length).toBeGreaterThan(10);
  const flat = text.replace(/\s+/g, ' ');
  expect(codes.filter((c: string) => !flat.includes(c))).toEqual([]);
  expect(flat).toContain('As of 2026-10-01');
  expect(flat).toContain('Sandbox pilot rules published');
  expect(flat).not.toContain('Later pilot expanded');
  expect(flat).not.toContain('Print / save as PDF');
});

it('prints the same report in Chinese', async () => {
  const text = (await printReport('zh', '2026-12-01')).replace(/\s+/g, ' ');
  expect(text).toContain('GOV-SANDBOX-01');
  expect(text).toContain('Later pilot expanded');
  expect(text).toContain('2026-12-01');
});

it('prints revision 3’s catalog on at most 5 A4 pages, each numbered, with contents, owners and target dates', async () => {
  const { pages, text } = await printPdf('en', '2026-12-01', 'A4');
  const flat = text.replace(/\s+/g, ' ');
  expect(pages).toBeLessThanOrEqual(5);
  for (let n = 1; n <= pages; n++) expect(flat).toContain(`${n} / ${pages}`);
  expect(flat).toContain('Contents');
  const themes = (await server.s.exec(`query ReportThemes { themes { nameEn } }`)).data!.themes as { nameEn: string }[];
  expect(themes.length).toBeGreaterThan(3);
  // Each theme twice at least: its contents line and its table's heading.
  for (const th of themes) expect(flat.split(th.nameEn).length - 1).toBeGreaterThanOrEqual(2);
  expect(flat).toContain('Owners: National Development and Reform Commission');
  expect(flat).toContain('Target: 2027-06-30');
});

it('prints on Letter paper as well, numbered, within 5 pages', async () => {
  const { pages, text } = await printPdf('zh', '2026-12-01', 'Letter');
  expect(pages).toBeLessThanOrEqual(5);
  expect(text.replace(/\s+/g, ' ')).toContain(`${pages} / ${pages}`);
});

it('fits a 400 px phone: no sideways scroll, and no figure over another', async () => {
  const { context, page } = await openPage(browser, traffic, { width: 400, height: 860 });
  try {
    await page.goto(`${server.baseUrl}/admin/#/report/2026-12-01`);
    await page.locator('[data-testid=report][data-ready=true]').waitFor({ timeout: 30_000 });
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(400);
    const boxes = await page.locator('.report-figure').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart).toBe(true);
      }
    await screenshot(page, 'console-400-report');
  } finally {
    await context.close();
  }
});

it("downloads the report date's catalog, and the catalog's filtered list, from the Export buttons", async () => {
  const { context, page } = await openPage(browser, traffic);
  try {
    await page.goto(`${server.baseUrl}/admin/#/report/2026-10-01`);
    await page.locator('[data-testid=report][data-ready=true]').waitFor({ timeout: 30_000 });
    const fromReport = page.locator('[data-testid=report] [data-testid=export-menu]');
    await fromReport.locator('summary').click();
    const [report] = await Promise.all([
      page.waitForEvent('download'),
      fromReport.locator('[data-testid=export-progress-csv]').click(),
    ]);
    expect(report.suggestedFilename()).toBe('progress-log_asof-2026-10-01.csv');
    const log = fs.readFileSync((await report.path())!, 'utf8');
    // The header is the first line (after the byte-order mark spreadsheets read): no comment or title row above it.
    expect(log.split('\r\n')[0]).toMatch(/^\uFEFF?"rowKey","code","occurredOn",/);
    expect(log).toContain('Sandbox pilot rules published');
    expect(log).not.toContain('Later pilot expanded');

    await page.goto(`${server.baseUrl}/admin/#/`);
    await page.locator('[data-testid=search-input]').fill('沙盒');
    await page.locator('#catalog-table tr[data-code="GOV-SANDBOX-01"]').waitFor();
    const fromShell = page.locator('header [data-testid=export-menu]');
    await fromShell.locator('summary').click();
    const [catalog] = await Promise.all([
      page.waitForEvent('download'),
      fromShell.locator('[data-testid=export-recommendations-csv]').click(),
    ]);
    expect(catalog.suggestedFilename()).toMatch(/^catalog_asof-\d{4}-\d{2}-\d{2}_search=沙盒\.csv$/);
    const rows = fs
      .readFileSync((await catalog.path())!, 'utf8')
      .trim()
      .split('\r\n');
    // The header first (no title row), then the records, their text cells quoted.
    expect(rows[0]).toMatch(/^"code","pillar",/);
    expect(rows.slice(1).every((r) => r.startsWith('"GOV-SANDBOX-'))).toBe(true);
    expect(rows.length).toBeGreaterThan(2);
  } finally {
    await context.close();
  }
});

it('made no request beyond 127.0.0.1 and met no page error', () => {
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});
