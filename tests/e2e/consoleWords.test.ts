// Plain words and one language, in a real Chromium (issue 26, items 3–5): the header follows the body's language
// on Back, Forward and a pasted link; no screen shows an API error code, a role code or "Version n", in either
// language; the audit trail reads as sentences, in Chinese without an operation or field name; and review
// signals: the waiting count on the review link, and a proposer's notice of decisions since they last looked.
import type { Browser, Page } from 'playwright-core';
import { seedCatalog } from '../../prisma/seed';
import { createUserWithPassword } from '../helpers/factories';
import { newTraffic, nonLocalUrls, openPage, type E2eServer, startBrowserSession, stopBrowserSession } from './browser';
import { DEVELOPER_WORDS, signIn, type Credentials } from './consolePages';

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();
type Person = Credentials & { token: string };
const people = {} as Record<'admin' | 'analyst' | 'other' | 'reviewer' | 'viewer', Person>;
const [APPROVED, PENDING, REJECTED, LOGGED] = ['GOV-SANDBOX-01', 'GOV-SANDBOX-02', 'GOV-SANDBOX-03', 'GOV-SANDBOX-05'];
const proposalIds: Record<string, string> = {};

const LOG = /* GraphQL */ `
  mutation E2eWordsLog($input: LogProgressInput!) {
    logProgress(input: $input) {
      proposal {
        id
      }
    }
  }
`;
const VERSION = /* GraphQL */ `
  query E2eWordsVersion($code: String!) {
    recommendation(code: $code) {
      version
    }
  }
`;
const APPROVE = /* GraphQL */ `
  mutation E2eWordsApprove($input: ApproveProposalInput!) {
    approveProposal(input: $input) {
      proposal {
        state
      }
    }
  }
`;
const REJECT = /* GraphQL */ `
  mutation E2eWordsReject($input: RejectProposalInput!) {
    rejectProposal(input: $input) {
      proposal {
        state
      }
    }
  }
`;

async function propose(code: string, by = people.analyst): Promise<string> {
  const started = { code, note: 'Pilot running.', status: 'IN_PROGRESS', progress: 90 };
  expect((await server.s.exec(LOG, { input: started }, by.token)).errors).toBeUndefined();
  const input = {
    code,
    note: 'Rules in force.',
    status: 'IMPLEMENTED',
    progress: 100,
    evidenceUrls: ['https://example.gov.cn/rules'],
  };
  const res = await server.s.exec(LOG, { input }, by.token);
  expect(res.errors).toBeUndefined();
  return (res.data as { logProgress: { proposal: { id: string } } }).logProgress.proposal.id;
}

async function approve(code: string): Promise<void> {
  const v = await server.s.exec(VERSION, { code }, people.reviewer.token);
  const expectedVersion = (v.data as { recommendation: { version: number } }).recommendation.version;
  const res = await server.s.exec(
    APPROVE,
    { input: { id: proposalIds[code], expectedVersion } },
    people.reviewer.token,
  );
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  people.admin = await createUserWithPassword(server.s.db, 'ADMIN', 'chen');
  people.analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'wang');
  people.reviewer = await createUserWithPassword(server.s.db, 'REVIEWER', 'zhao');
  people.viewer = await createUserWithPassword(server.s.db, 'VIEWER', 'sun');
  people.other = await createUserWithPassword(server.s.db, 'ANALYST', 'li');
  const logged = { code: LOGGED, note: 'Pilot running.', status: 'IN_PROGRESS', progress: 40 };
  expect((await server.s.exec(LOG, { input: logged }, people.analyst.token)).errors).toBeUndefined();
  for (const code of [APPROVED, PENDING, REJECTED]) proposalIds[code] = await propose(code);
  await approve(APPROVED);
  const reject = { id: proposalIds[REJECTED], reason: 'The rules are still a draft.' };
  expect((await server.s.exec(REJECT, { input: reject }, people.reviewer.token)).errors).toBeUndefined();
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

/** A fresh browser context, signed in as `who` (or anonymous), on `hash`. */
async function open(hash: string, who?: Person): Promise<Page> {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/audit?lang=en`); // fetches nothing while anonymous
  if (who)
    await signIn(page, who).catch(async (e) => {
      throw new Error(`${String(e)}\n${await page.locator('body').innerText()}\n${page.url()}`);
    });
  await page.goto(`${server.baseUrl}/admin/${hash}`);
  return page;
}

/** The view has drawn and has nothing left loading. */
async function settled(page: Page): Promise<void> {
  await page.locator('#view-title').waitFor();
  await page.waitForFunction(() => {
    const text = (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText;
    return !text.includes('Loading…') && !text.includes('加载中…');
  });
}

const bodyText = (page: Page) => page.locator('body').innerText();

describe('one language state', () => {
  it('redraws the header in the body’s language after a pasted link, Back and Forward', async () => {
    const page = await open(`#/?lang=en`, people.analyst);
    await page.locator('#catalog-table').waitFor();
    await expect(page.locator('.brand strong').textContent()).resolves.toBe('AI governance tracker');

    // A pasted link in the other language: body and header in Chinese.
    await page.goto(`${server.baseUrl}/admin/#/r/${LOGGED}?lang=zh`);
    await page.locator('#rec-status').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.locator('.brand strong').textContent()).resolves.toBe('人工智能治理建议追踪');
    await expect(page.locator('#lang-toggle').textContent()).resolves.toBe('English');
    await expect(page.locator('#me-status').textContent()).resolves.toContain('分析员');

    // Back: the catalog in English, and the header with it.
    await page.goBack();
    await page.locator('#catalog-table').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('#view-title').textContent()).resolves.not.toMatch(/[\u4e00-\u9fff]/);
    await expect(page.locator('.brand strong').textContent()).resolves.toBe('AI governance tracker');
    await expect(page.locator('#lang-toggle').textContent()).resolves.toBe('中文');
    await expect(page.locator('#me-status').textContent()).resolves.toContain('analyst');

    // Forward: Chinese again, header included.
    await page.goForward();
    await page.locator('#rec-status').waitFor();
    await expect(page.locator('.brand strong').textContent()).resolves.toBe('人工智能治理建议追踪');
    await expect(page.locator('#lang-toggle').textContent()).resolves.toBe('English');
    await page.context().close();
  });
});

describe('plain words', () => {
  const VIEWS = [
    '#/',
    `#/r/${LOGGED}`,
    `#/r/${APPROVED}`,
    '#/audit',
    '#/reviews',
    '#/users',
    '#/account',
    '#/following',
    '#/report',
  ];

  it.each(['en', 'zh'])('shows no API code, role code or version number on the main views (%s)', async (lang) => {
    const page = await open(`#/?lang=${lang}`, people.admin);
    for (const view of VIEWS) {
      await page.goto(`${server.baseUrl}/admin/${view}${view.includes('?') ? '&' : '?'}lang=${lang}`);
      await settled(page);
      const text = await bodyText(page);
      expect({ view, found: DEVELOPER_WORDS.exec(text)?.[0] ?? null }).toEqual({ view, found: null });
    }
    await page.context().close();
  });

  it.each([
    ['en', 'The server did not accept this input.', 'Your account may not do this.'],
    ['zh', '服务器未接受这项输入，请检查后重试。', '您的账户无权进行此操作。'],
  ])('words a refused input and a forbidden write as sentences (%s)', async (lang, invalid, forbidden) => {
    // A validation error from the server.
    const page = await open(`#/r/${LOGGED}?lang=${lang}`, people.analyst);
    await page.locator('#rec-status').waitFor();
    // What the form's own checks let through and the server refuses: an evidence link that is not an address.
    await page.locator('#note-input').fill('Pilot extended.');
    await page.locator('#evidence-input').fill('not a link');
    await page.locator('#submit-log').click();
    await page.locator('#form-error .error-message[data-code=BAD_USER_INPUT]').waitFor();
    const refused = await page.locator('#form-error').innerText();
    expect(refused).toContain(invalid);
    expect(refused).not.toMatch(DEVELOPER_WORDS);
    await page.context().close();

    // A forbidden write: a viewer sends an entry.
    const viewer = await open(`#/r/${LOGGED}?lang=${lang}`, people.viewer);
    await viewer.locator('#rec-status').waitFor();
    await viewer.locator('#note-input').fill('A viewer tries to write.');
    await viewer.locator('#submit-log').click();
    await viewer.locator('#form-error .error-message[data-code=FORBIDDEN]').waitFor();
    const denied = await viewer.locator('#form-error').innerText();
    expect(denied).toContain(forbidden);
    expect(denied).not.toMatch(DEVELOPER_WORDS);
    await viewer.context().close();
  });

  it('reads the audit trail in Chinese as sentences with links, without an operation or field name', async () => {
    const page = await open('#/audit?lang=zh', people.admin);
    await page.locator('#audit-table tbody tr').first().waitFor();
    const table = await page.locator('#audit-table').innerText();
    // camelCase identifiers (approveProposal, updateId, logProgress), JSON, and English type names.
    expect(table).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/);
    expect(table).not.toMatch(/[{}"]|JSON|Recommendation|ADMIN|ANALYST|REVIEWER/);
    expect(table).toContain(`zhao：批准提议（建议 ${APPROVED}）。`);
    expect(table).toContain(`wang：记录进展（建议 ${LOGGED}）。`);
    expect(table).toContain('审核员');
    await page.locator(`#audit-table a[href^="#/r/${APPROVED}"]`).first().click();
    await page.locator('#rec-status').waitFor();

    await page.goto(`${server.baseUrl}/admin/#/audit?lang=en`);
    await page.locator('#audit-table tbody tr').first().waitFor();
    await expect(page.locator('#audit-table').innerText()).resolves.toContain(
      `Proposal approved: recommendation ${APPROVED}, by zhao.`,
    );
    await page.context().close();
  });
});

describe('review signals', () => {
  it('counts the proposals waiting on the review link', async () => {
    const page = await open('#/?lang=en', people.reviewer);
    await page.locator('#nav-reviews-count[data-count="1"]').waitFor();
    await expect(page.locator('#nav-reviews').innerText()).resolves.toContain('1');

    // Another proposal: the count follows on the next redraw, and again once the queue decides it.
    const OTHER = 'GOV-SANDBOX-06';
    await propose(OTHER, people.other);
    await page.locator('#nav-reviews').click();
    await page.locator('#nav-reviews-count[data-count="2"]').waitFor();
    const card = page.locator(`[data-testid=proposal][data-code=${OTHER}]`);
    await card.locator('[data-testid=approve-proposal]').click();
    await card.locator('[data-testid=confirm-approve]').click();
    await page.locator('#nav-reviews-count[data-count="1"]').waitFor();
    await page.context().close();
  });

  it('tells the proposer of decisions since they last looked, once', async () => {
    const page = await open('#/?lang=en', people.analyst);
    const notice = page.locator('#decision-notice');
    await notice.locator('li').nth(1).waitFor();
    await expect(notice.locator('li').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(new RegExp(`^${APPROVED} .*: approved by zhao; the record is now Implemented\\.$`)),
      expect.stringMatching(new RegExp(`^${REJECTED} .*: rejected by zhao\\. Reason: The rules are still a draft\\.$`)),
    ]);
    await expect(notice.locator(`a[href^="#/r/${REJECTED}"]`).count()).resolves.toBe(1);
    await page.locator('#decisions-seen').click();
    await expect(notice.isHidden()).resolves.toBe(true);
    await page.reload();
    await page.locator('#catalog-table').waitFor();
    await page.locator('#me-status[data-state=signed-in]').waitFor();
    await expect(notice.isHidden()).resolves.toBe(true);

    // A later decision, and only it, is news; in Chinese too.
    await approve(PENDING);
    await page.goto(`${server.baseUrl}/admin/#/?lang=zh`);
    await page.reload();
    await notice.locator('li').first().waitFor();
    await expect(notice.locator('li').allInnerTexts()).resolves.toEqual([
      expect.stringMatching(new RegExp(`^${PENDING} .*：zhao 已批准，记录现为已落实。$`)),
    ]);
    await page.context().close();
  });
});

it('made every request to 127.0.0.1, with no CSP violation or uncaught error', () => {
  expect(traffic.urls.length).toBeGreaterThan(0);
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});
