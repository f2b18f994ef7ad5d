// The GraphiQL playground in a real Chromium: it loads from this server alone and runs operations
// through the UI, with the token from the token box.
import type { Browser, Page } from 'playwright-core';
import { seedCatalog } from '../../prisma/seed';
import { createUserWithToken } from '../helpers/factories';
import {
  newTraffic,
  nonLocalUrls,
  openPage,
  screenshot,
  type E2eServer,
  startBrowserSession,
  stopBrowserSession,
} from './browser';

const WHO_AM_I = 'query WhoAmI { me { name role } }';

let server: E2eServer;
let browser: Browser;
let analyst: { token: string; name: string };
const traffic = newTraffic();

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  const created = await createUserWithToken(server.s.db, 'ANALYST', 'playground-analyst');
  analyst = { token: created.token, name: created.user.name };
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

/** Opens the playground and waits until GraphiQL has rendered its editors and run button. */
async function openPlayground(): Promise<Page> {
  const { page } = await openPage(browser, traffic);
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

  it('sends the token typed in the token box and runs a query typed into the editor', async () => {
    const page = await openPlayground();
    await page.locator('#token-input').fill(analyst.token);
    await page.locator('.graphiql-query-editor .monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(WHO_AM_I); // insertText, unlike typing, skips Monaco's bracket auto-closing
    // GraphiQL takes the operation name from the editor after a debounce; running before the tab is renamed
    // sends the new query with the old tab's operationName, which the server rightly refuses.
    await page.locator('.graphiql-tab-button', { hasText: 'WhoAmI' }).waitFor();
    const response = await run(page, 'WhoAmI', '"ANALYST"');
    expect(await response.request().headerValue('authorization')).toBe(`Bearer ${analyst.token}`);
    expect(await response.json()).toEqual({ data: { me: { name: analyst.name, role: 'ANALYST' } } });
    await screenshot(page, 'playground-token');
    await page.context().close();
  });

  it('made every request to 127.0.0.1, with no CSP violation or uncaught error', () => {
    expect(traffic.urls.length).toBeGreaterThan(0);
    expect(nonLocalUrls(traffic.urls)).toEqual([]);
    expect(traffic.problems).toEqual([]);
  });
});
