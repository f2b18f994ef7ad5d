// The widgets in a real browser: framed by a plain page from an origin in EMBED_ORIGINS (another port on
// 127.0.0.1), they render; framed by a page from any other origin, Chromium refuses them (frame-ancestors).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import {
  newTraffic,
  nonLocalUrls,
  openPage,
  screenshot,
  startBrowserSession,
  stopBrowserSession,
  type BrowserSession,
} from './browser';
import { ADMIN_TOKEN } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';

const LOG = `mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;

/** A plain page on its own port that frames two widgets of the tracker at `tracker()`. */
async function hostPage(tracker: () => string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((_req, res) => {
    const base = tracker();
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<style>body{font:16px/1.5 Georgia,"Noto Serif CJK SC",serif;margin:24px;max-width:940px;color:#222}
.frames{display:flex;gap:16px;flex-wrap:wrap}iframe{border:0}</style></head>
<body><h1>How the AI sandbox pilots are doing</h1>
<p>The tracker's widgets, embedded with the iframes its oEmbed endpoint hands out:</p>
<div class="frames">
<iframe src="${base}/embed/measure/GOV-SANDBOX-01" width="480" height="230" title="GOV-SANDBOX-01"></iframe>
<iframe src="${base}/embed/theme/SANDBOX?lang=zh" width="420" height="230" title="SANDBOX"></iframe>
</div></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const widgetFrame = (page: Page, path: string): Frame | undefined =>
  page.frames().find((f) => f !== page.mainFrame() && f.url().includes(path));

let session: BrowserSession;
let allowed: { server: http.Server; origin: string };
let refused: { server: http.Server; origin: string };
const traffic = newTraffic();

beforeAll(async () => {
  let trackerUrl = '';
  allowed = await hostPage(() => trackerUrl);
  refused = await hostPage(() => trackerUrl);
  session = await startBrowserSession({ env: { EMBED_ORIGINS: allowed.origin } });
  trackerUrl = session.server.baseUrl;
  const { s } = session.server;
  const theme = await createTheme(s.db, { code: 'SANDBOX', nameEn: 'Regulatory sandboxes', nameZh: '监管沙盒' });
  const rec = await createRecommendation(s.db, {
    code: 'GOV-SANDBOX-01',
    themeId: theme.id,
    titleEn: 'Build a regulatory sandbox model',
    titleZh: '构建沙盒监管模式',
    targetDate: new Date('2027-12-31'),
  });
  await createRecommendation(s.db, {
    code: 'GOV-SANDBOX-02',
    themeId: theme.id,
    titleEn: 'Improve the supporting rules',
    titleZh: '加快完善相关制度安排',
  });
  expect(rec.code).toBe('GOV-SANDBOX-01');
  const result = await s.exec(
    LOG,
    {
      input: {
        code: 'GOV-SANDBOX-01',
        note: 'Three provinces opened sandbox pilots',
        status: 'IN_PROGRESS',
        progress: 45,
        occurredOn: '2026-11-20',
      },
    },
    ADMIN_TOKEN,
  );
  expect(result.errors).toBeUndefined();
});

afterAll(async () => {
  await stopBrowserSession(session ?? {});
  for (const host of [allowed, refused]) await new Promise((r) => host?.server.close(r));
});

it('renders a widget inside a plain page from an allowed origin, with nothing loaded from elsewhere', async () => {
  const { context, page } = await openPage(session.browser, traffic, { width: 980, height: 380 });
  try {
    await page.goto(`${allowed.origin}/`);
    await page.waitForLoadState('load');
    const measure = widgetFrame(page, '/embed/measure/GOV-SANDBOX-01');
    const theme = widgetFrame(page, '/embed/theme/SANDBOX');
    expect(await measure?.locator('h1').textContent()).toBe('GOV-SANDBOX-01Build a regulatory sandbox model');
    expect(await measure?.locator('.note').textContent()).toContain('Three provinces opened sandbox pilots');
    expect(await theme?.locator('h1').textContent()).toBe('SANDBOX监管沙盒');
    expect(traffic.problems).toEqual([]);
    expect(nonLocalUrls(traffic.urls)).toEqual([]);
    await screenshot(page, 'embed-widget', true);
  } finally {
    await context.close();
  }
});

it("is refused by Chromium when the framing page's origin (another port) is not in EMBED_ORIGINS", async () => {
  const own = newTraffic();
  const { context, page } = await openPage(session.browser, own);
  try {
    await page.goto(`${refused.origin}/`);
    await page.waitForLoadState('load');
    // The frame is blocked: it never shows the widget, and the browser says which directive refused it.
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames).toHaveLength(2);
    // Chromium's own error page stands in for each: the widget's card is never shown.
    expect(frames.map((f) => f.url())).toEqual(['chrome-error://chromewebdata/', 'chrome-error://chromewebdata/']);
    for (const frame of frames) expect(await frame.locator('main.card').count()).toBe(0);
    const refusal = `"frame-ancestors ${allowed.origin}". The request has been blocked.`;
    expect(own.problems).toEqual([expect.stringContaining(refusal), expect.stringContaining(refusal)]);
  } finally {
    await context.close();
  }
});
