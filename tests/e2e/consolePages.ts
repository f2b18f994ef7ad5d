// What the console's browser tests share: writes through the API that give a record a known history, and
// the steps to open and read the console's views.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { isoDaysAgo, type E2eServer } from './browser';

const LOG = /* GraphQL */ `
  mutation E2eDayLog($input: LogProgressInput!) {
    logProgress(input: $input) {
      recommendation {
        version
      }
    }
  }
`;
const SET_TARGET = /* GraphQL */ `
  mutation E2eDayTarget($input: SetTargetDateInput!) {
    setTargetDate(input: $input) {
      version
    }
  }
`;
export const STATE_AS_OF = /* GraphQL */ `
  query E2eDayStateAsOf($code: String!, $asOf: Date) {
    recommendation(code: $code, asOf: $asOf) {
      status
      progress
      health
    }
  }
`;

/** Three dated entries and two target dates, so the record's past differs on each of three days. */
export const KNOWN_HISTORY = [
  { daysAgo: 90, status: 'PLANNED', progress: 10, note: 'Pilot scheduled in the work plan.' },
  { daysAgo: 45, status: 'IN_PROGRESS', progress: 40, note: 'Pilot rules drafted.' },
  { daysAgo: 10, status: 'IN_PROGRESS', progress: 70, note: 'Pilot running in three cities.' },
];
/** Days between the entries, and their expected state. */
export const AS_OF_DAYS = [
  { daysAgo: 100, status: 'NOT_STARTED', progress: 0 },
  { daysAgo: 60, status: 'PLANNED', progress: 10 },
  { daysAgo: 20, status: 'IN_PROGRESS', progress: 40 },
];

export async function giveKnownHistory(server: E2eServer, code: string, token: string): Promise<void> {
  const year = new Date().getUTCFullYear();
  const targets = [
    { targetDate: `${year + 1}-06-30`, reason: 'Set by the annual work plan.' },
    { targetDate: `${year + 1}-12-31`, reason: 'Pilot cities added; the plan moved the date.' },
  ];
  for (const input of targets) {
    const res = await server.s.exec(SET_TARGET, { input: { code, ...input } }, token);
    expect(res.errors).toBeUndefined();
  }
  for (const e of KNOWN_HISTORY) {
    const input = { code, note: e.note, status: e.status, progress: e.progress, occurredOn: isoDaysAgo(e.daysAgo) };
    const res = await server.s.exec(LOG, { input }, token);
    expect(res.errors).toBeUndefined();
  }
}

/** A name and password to sign in with (tests/helpers/factories.ts createUserWithPassword). */
export interface Credentials {
  name: string;
  password: string;
}

/**
 * Signs in as a person does: "Sign in" in the header, name and password on the sign-in page, then back on the
 * page it was on, with the header saying who is signed in.
 */
export async function signIn(page: Page, who: Credentials): Promise<void> {
  await page.locator('#sign-in-link').click();
  await page.locator('#signin-name').fill(who.name);
  await page.locator('#signin-password').fill(who.password);
  await page.locator('#signin-submit').click();
  // Signed in, or the page says why not (which then fails the test with its words).
  await page
    .locator('#me-status[data-state=signed-in], #me-status[data-state=error], #signin-error:not(:empty)')
    .first()
    .waitFor();
  const refused =
    (await page
      .locator('#signin-error')
      .textContent({ timeout: 1000 })
      .catch(() => '')) ?? '';
  if (refused) throw new Error(`the sign-in page refused ${who.name}: ${refused}`);
  await page.locator('#me-status[data-state=signed-in]').waitFor({ timeout: 1000 });
  await page.waitForURL((url) => !url.hash.startsWith('#/sign-in'));
}

export const rowCodes = (page: Page) =>
  page.locator('#catalog-table tr[data-code]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));

/** The URL's hash as parameters (and its path), to compare without caring about order. */
export function hashParts(url: string): { path: string; params: Record<string, string> } {
  const hash = new URL(url).hash.replace(/^#/, '');
  const [path, query = ''] = hash.split('?', 2);
  return { path, params: Object.fromEntries(new URLSearchParams(query)) };
}

/** Presses Tab until `selector` has the focus (at most 80 presses): the keyboard's way to a control. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await page.locator(selector).evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** An API error code, a role code in brackets, a "Version n", or a raw JSON object: none belongs on a screen. */
export const DEVELOPER_WORDS =
  /\b(BAD_USER_INPUT|UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|CONFLICT|INTERNAL_SERVER_ERROR|GRAPHQL_VALIDATION_FAILED|RATE_LIMITED)\b|\((ADMIN|ANALYST|REVIEWER|VIEWER)\)|\bVersion \d|版本 \d|\{"/;

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Waits until exactly `count` elements match (a function, not a string: the page's CSP forbids eval). */
export async function waitForCount(page: Page, selector: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([sel, n]) => {
      const { document } = globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } };
      return document.querySelectorAll(sel).length === n;
    },
    [selector, count] as const,
  );
}
