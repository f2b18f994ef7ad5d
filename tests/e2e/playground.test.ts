// The GraphiQL playground in a real Chromium: it loads from this server alone and runs operations
// through the UI, signed in by the console's session, or by a program's token typed into its headers editor,
// which is never saved.
import type { Browser, Page } from 'playwright-core';
import { seedCatalog } from '../../prisma/seed';
import { createUserWithPassword } from '../helpers/factories';
import {
  newTraffic,
  nonLocalUrls,
  openPage,
  screenshot,
  type E2eServer,
  startBrowserSession,
  stopBrowserSession,
} from './browser';
import { signIn } from './consolePages';

const WHO_AM_I = 'query WhoAmI { me { name role } }';

let server: E2eServer;
let browser: Browser;
let analyst: Awaited<ReturnType<typeof createUserWithPassword>>;
const traffic = newTraffic();

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'playground-analyst');
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

/** Opens the playground (in a fresh profile, or on `page`) and waits until GraphiQL has rendered its editors and run button. */
async function openPlayground(existing?: Page): Promise<Page> {
  const page = existing ?? (await openPage(browser, traffic)).page;
  const response = await page.goto(`${server.baseUrl}/playground`);
  expect(response?.url()).toBe(`${server.baseUrl}/playground/`);
  await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
  return page;
}

/** Clicks the run button and waits for the named operation's response and for `expected` in the result pane. */
async function run(page: Page, operationName: string, expected: string) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(operationName)),
    page.locator('.graphiql-execute-button').click(),
  ]);
  // The rendered lines only (Monaco also mirrors text into hidden elements). Read as text rather than through
  // a visibility locator: the result editor can stay "hidden" to Playwright while it lays out after a tab edit.
  // A function, not a string (the page's CSP forbids eval); typed by hand since the server's tsconfig has no DOM.
  await page.waitForFunction((text) => {
    type Doc = { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
    const { document } = globalThis as unknown as { document: Doc };
    return Array.from(document.querySelectorAll('.result-window .view-lines')).some((el) =>
      (el.textContent ?? '').includes(text),
    );
  }, expected);
  return response;
}

describe('the playground', () => {
  it('opens on the example tabs and shows the first one’s result, GOV-SANDBOX-01, in the result pane', async () => {
    const page = await openPlayground();
    const tabs = page.locator('.graphiql-tab-button');
    await expect(tabs.allTextContents()).resolves.toEqual([
      'SearchRecommendations',
      'RecommendationWithLog',
      'Dashboard',
      'LogProgress',
    ]);
    await tabs.first().click();
    const response = await run(page, 'SearchRecommendations', '"GOV-SANDBOX-01"');
    expect(response.status()).toBe(200);
    expect(await response.request().headerValue('authorization')).toBeNull();
    const codes = (await response.json()).data.recommendations.edges.map(
      (e: { node: { code: string } }) => e.node.code,
    );
    expect(codes).toEqual(['GOV-SANDBOX-01', 'GOV-SANDBOX-02', 'GOV-SANDBOX-03', 'GOV-SANDBOX-05', 'GOV-SANDBOX-06']);
    await screenshot(page, 'playground', true);
    await page.context().close();
  });

  /** Replaces the query editor's text with WHO_AM_I and waits until GraphiQL has taken its operation name. */
  async function typeWhoAmI(page: Page) {
    await page.locator('.graphiql-query-editor .monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(WHO_AM_I); // insertText, unlike typing, skips Monaco's bracket auto-closing
    // GraphiQL takes the operation name from the editor after a debounce; running before the tab is renamed
    // sends the new query with the old tab's operationName, which the server rightly refuses.
    await page.locator('.graphiql-tab-button', { hasText: 'WhoAmI' }).waitFor();
  }

  it('runs a query typed into the editor as the user signed in on the console, by the session cookie alone', async () => {
    const { page } = await openPage(browser, traffic);
    await page.goto(`${server.baseUrl}/admin/`);
    await signIn(page, analyst);
    await openPlayground(page);
    await typeWhoAmI(page);
    const response = await run(page, 'WhoAmI', '"ANALYST"');
    expect(await response.request().headerValue('authorization')).toBeNull();
    expect(await response.json()).toEqual({ data: { me: { name: analyst.name, role: 'ANALYST' } } });
    await screenshot(page, 'playground-session');
    await page.context().close();
  });

  it('sends a token typed into the headers editor, and keeps it nowhere in the browser', async () => {
    const page = await openPlayground();
    await typeWhoAmI(page);
    await page.getByRole('button', { name: 'Headers' }).click();
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(`{"Authorization": "Bearer ${analyst.token}"}`);
    const response = await run(page, 'WhoAmI', '"ANALYST"');
    expect(await response.request().headerValue('authorization')).toBe(`Bearer ${analyst.token}`);
    expect(await response.json()).toEqual({ data: { me: { name: analyst.name, role: 'ANALYST' } } });
    // GraphiQL saves each run in its history (localStorage): once it has this one, its header is not there.
    await page.waitForFunction(() => (localStorage.getItem('graphiql:queries') ?? '').includes('WhoAmI'));
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(analyst.token);
    await screenshot(page, 'playground-token');
    await page.context().close();
  });

  it('made every request to 127.0.0.1, with no CSP violation or uncaught error', () => {
    expect(traffic.urls.length).toBeGreaterThan(0);
    expect(nonLocalUrls(traffic.urls)).toEqual([]);
    expect(traffic.problems).toEqual([]);
  });
});
