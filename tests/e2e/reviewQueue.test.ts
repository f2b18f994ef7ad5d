// A second pair of eyes in a real Chromium: an analyst's Implemented is sent for review from the progress
// form; a reviewer finds it in the review queue (#/reviews), rejects it only with a reason, and approves the
// next one, which the record then shows. The queue is absent for an analyst.
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
import { signIn, type Credentials } from './consolePages';

let server: E2eServer;
let browser: Browser;
const tokens = { analyst: '', reviewer: '' };
const people = {} as Record<'analyst' | 'reviewer', Credentials & { token: string }>;
const traffic = newTraffic();
const CODE = 'GOV-SANDBOX-01';

const STATE = /* GraphQL */ `
  query E2eReviewState($code: String!) {
    recommendation(code: $code) {
      status
      progress
      openProposal {
        id
      }
    }
  }
`;
const LOG = /* GraphQL */ `
  mutation E2eReviewLog($input: LogProgressInput!) {
    logProgress(input: $input) {
      proposal {
        id
      }
    }
  }
`;
const implement = { code: CODE, note: 'Sandbox rules in force.', status: 'IMPLEMENTED', progress: 100 };

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  people.analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'li');
  tokens.analyst = people.analyst.token;
  people.reviewer = await createUserWithPassword(server.s.db, 'REVIEWER', 'zhang');
  tokens.reviewer = people.reviewer.token;
  const started = { code: CODE, note: 'Pilot running.', status: 'IN_PROGRESS', progress: 90 };
  expect((await server.s.exec(LOG, { input: started }, tokens.analyst)).errors).toBeUndefined();
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

async function open(hash: string, who: Credentials): Promise<Page> {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/#/audit`); // a view that fetches nothing when anonymous
  await signIn(page, who);
  await page.goto(`${server.baseUrl}/admin/${hash}`);
  return page;
}

// A reviewer's view: proposals are their proposer's, reviewers' and admins' only.
const state = async () => (await server.s.exec(STATE, { code: CODE }, tokens.reviewer)).data!.recommendation;

it('sends an analyst’s Implemented for review from the form, and the record stays as it was', async () => {
  const page = await open(`#/r/${CODE}`, people.analyst);
  await page.locator('#status-select option[value=IMPLEMENTED]').waitFor({ state: 'attached' });
  await expect(page.locator('#status-select option[value=IMPLEMENTED]').textContent()).resolves.toBe(
    'Implemented (needs review)',
  );
  await expect(page.locator('#nav-reviews').isHidden()).resolves.toBe(true);
  await page.locator('#status-select').selectOption('IMPLEMENTED');
  await page.locator('#note-input').fill('Sandbox rules in force.');
  await page.locator('#evidence-input').fill('https://example.gov.cn/sandbox-rules');
  await page.locator('#submit-log').click();
  await page.locator('#form-status', { hasText: 'Sent for review' }).waitFor();
  await page.locator('#form-hint', { hasText: 'is awaiting review' }).waitFor();
  expect(await state()).toEqual({ status: 'IN_PROGRESS', progress: 90, openProposal: { id: expect.any(String) } });
  // The pending proposal reads as proposed, never as the record's own status.
  await page
    .locator('#proposal-history [data-proposed-status=IMPLEMENTED]', { hasText: 'Proposed: Implemented' })
    .waitFor();
  await expect(page.locator('#rec-status').getAttribute('data-status')).resolves.toBe('IN_PROGRESS');
  await expect(page.locator('.chip[data-status=IMPLEMENTED]').count()).resolves.toBe(0);
  await page.context().close();
});

it('lets a reviewer reject a proposal only with a reason, then approve the next one', async () => {
  const page = await open('#/reviews', people.reviewer);
  const card = page.locator(`[data-testid=proposal][data-code=${CODE}]`);
  await card.waitFor();
  await expect(card.textContent()).resolves.toContain('Proposed by li');
  await expect(card.locator('a[href="https://example.gov.cn/sandbox-rules"]').count()).resolves.toBe(1);
  await screenshot(page, 'console-review-queue');
  await card.locator('[data-testid=reject-proposal]').click();
  await page.locator('#reviews-error', { hasText: 'Give a reason before rejecting.' }).waitFor();
  await card.locator('[data-testid=reject-reason]').fill('The rules are still a draft.');
  await card.locator('[data-testid=reject-proposal]').click();
  await page.locator('#reviews-empty').waitFor();
  expect(await state()).toEqual({ status: 'IN_PROGRESS', progress: 90, openProposal: null });

  const input = { ...implement, evidenceUrls: ['https://example.gov.cn/sandbox-rules-final'] };
  expect((await server.s.exec(LOG, { input }, tokens.analyst)).errors).toBeUndefined();
  await page.reload();
  await expect(card.locator('.chip[data-status=IMPLEMENTED]').count()).resolves.toBe(0);
  await card.locator('[data-testid=approve-proposal]').click();
  // A confirmation first, naming what will change; nothing is written until it is confirmed.
  const confirm = card.locator('[data-testid=confirm-approve-box]');
  await expect(confirm.textContent()).resolves.toContain(
    `Approve? ${CODE} changes from In progress to Implemented, progress 100%.`,
  );
  expect(await state()).toEqual({ status: 'IN_PROGRESS', progress: 90, openProposal: { id: expect.any(String) } });
  await confirm.locator('[data-testid=confirm-approve]').click();
  await page.locator('#reviews-status', { hasText: `Approved: ${CODE} is now Implemented.` }).waitFor();
  expect(await state()).toEqual({ status: 'IMPLEMENTED', progress: 100, openProposal: null });
  await page.context().close();
});

it('shows on the record’s page both proposals, the rejection’s reason, and who approved the entry', async () => {
  const page = await open(`#/r/${CODE}`, people.analyst);
  await page.locator('#proposal-history li').nth(1).waitFor();
  const states = await page
    .locator('#proposal-history li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-state')));
  expect(states).toEqual(['APPROVED', 'REJECTED']);
  await expect(page.locator('[data-testid=rejection-reason]').textContent()).resolves.toBe(
    'The rules are still a draft.',
  );
  await page.locator('#timeline .entry-meta', { hasText: 'approved by zhang' }).waitFor();
  await page.context().close();
});

it('shows an analyst who opens the queue’s address that it is for reviewers', async () => {
  const page = await open('#/reviews', people.analyst);
  await page.locator('#reviews-forbidden').waitFor();
  await page.context().close();
});

it('made every request to 127.0.0.1, with no CSP violation or uncaught error', () => {
  expect(traffic.urls.length).toBeGreaterThan(0);
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});
