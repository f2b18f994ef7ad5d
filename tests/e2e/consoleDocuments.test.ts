// The documents pages in Chromium (issue 24): the list with each document's measures and candidates to decide;
// an admin adds a document by pasting Markdown and by uploading a DOCX (POST /documents/upload, signed in by the
// session cookie); a document's curation queue shows the extraction's candidates, and an admin accepts one (the
// record exists and opens), merges one into a record of another document, rejects one with a reason, and runs the
// extraction again without any candidate duplicated; an analyst sees the queue without a curation control; axe
// finds nothing serious at 1280 and 400 px, in English and Chinese.
import type { Browser, Page } from 'playwright-core';
import { docx } from '../documents/files';
import { createRecommendation, createTheme, createUserWithPassword } from '../helpers/factories';
import { ADMIN_TOKEN } from '../helpers/testServer';
import {
  newTraffic,
  nonLocalUrls,
  openPage,
  screenshot,
  type E2eServer,
  startBrowserSession,
  stopBrowserSession,
} from './browser';
import { seriousViolations, signIn, type Credentials } from './consolePages';

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();
const people = {} as Record<'admin' | 'analyst', Credentials>;

const POLICY = [
  '## 治理体系',
  '',
  '**构建沙盒监管模式。**人工智能创新产品具有“黑箱”属性。未来，应加快完善相关制度安排，设定沙盒监管的准入、运行与退出规则，明确对企业技术安全性的要求。建立分级响应机制，对应不同风险等级事件采取不同的应对措施。',
  '',
  '**建立风险防控机制。**要压实人工智能企业的安全主体责任，推动企业健全风险防控机制。',
].join('\n');
/** The five candidates POLICY proposes, in text order (tests/documents/extractionSupport.ts, the same text). */
const CANDIDATES = [
  '应加快完善相关制度安排，设定沙盒监管的准入、运行与退出规则',
  '明确对企业技术安全性的要求',
  '建立分级响应机制，对应不同风险等级事件采取不同的应对措施',
  '要压实人工智能企业的安全主体责任',
  '推动企业健全风险防控机制',
];
const SLUG = 'governance-plan';
/** A record of another document, which the second candidate repeats. */
const EARLIER = 'GOV-SAFETY-01';

const ADD = /* GraphQL */ `
  mutation E2eAddDocument($input: AddSourceDocumentInput!) {
    addSourceDocument(input: $input) {
      id
    }
  }
`;
const EXTRACT = /* GraphQL */ `
  mutation E2eExtract($documentId: ID!) {
    extractCandidates(documentId: $documentId) {
      slug
    }
  }
`;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  people.admin = await createUserWithPassword(server.s.db, 'ADMIN', 'documents-admin');
  people.analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'documents-analyst');
  const earlierDoc = await server.s.db.sourceDocument.create({
    data: { slug: 'ai-safety-rules', titleZh: '人工智能安全规定', titleEn: 'AI safety rules', kind: 'REGULATION' },
  });
  const theme = await createTheme(server.s.db, {
    documentId: earlierDoc.id,
    code: 'SAFETY',
    nameZh: '安全',
    nameEn: 'Safety',
  });
  await createRecommendation(server.s.db, { themeId: theme.id, code: EARLIER, titleEn: 'Enterprise safety duty' });
  const added = await server.s.exec<{ addSourceDocument: { id: string } }>(
    ADD,
    {
      input: {
        titleZh: '治理规划',
        titleEn: 'Governance plan',
        slug: SLUG,
        kind: 'PLAN',
        publisher: '某部',
        publishedOn: '2025-03-01',
        language: 'zh',
        mediaType: 'text/markdown',
        content: POLICY,
        themes: [
          { code: 'PLANSANDBOX', nameZh: '构建沙盒监管模式', nameEn: 'Regulatory sandbox' },
          { code: 'PLANRISK', nameZh: '建立风险防控机制', nameEn: 'Risk prevention' },
        ],
      },
    },
    ADMIN_TOKEN,
  );
  expect(added.errors).toBeUndefined();
  // The test server runs no job worker: the extraction the add queued is run at once, as an admin can.
  const extracted = await server.s.exec(EXTRACT, { documentId: added.data!.addSourceDocument.id }, ADMIN_TOKEN);
  expect(extracted.errors).toBeUndefined();
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

async function open(hash: string, who: Credentials | null, viewport?: { width: number; height: number }) {
  const { page } = await openPage(browser, traffic, viewport);
  await page.goto(`${server.baseUrl}/admin/${hash}`);
  await page.locator('#view-title').waitFor();
  if (who) await signIn(page, who);
  return page;
}

async function openQueue(who: Credentials | null, query = 'lang=en'): Promise<Page> {
  const page = await open(`#/documents/${SLUG}?${query}`, who);
  await page.locator('#document-coverage').waitFor();
  return page;
}

const candidateRows = () =>
  server.s.db.candidate.findMany({
    where: { document: { slug: SLUG } },
    orderBy: { start: 'asc' },
    select: { id: true, quote: true, state: true, rejectionReason: true, recommendationId: true },
  });

/** Opens candidate n's accept, merge or reject form. */
async function disclose(page: Page, n: number, action: 'Accept' | 'Merge' | 'Reject') {
  const label =
    action === 'Accept'
      ? `Accept candidate ${n} as a new record`
      : action === 'Merge'
        ? `Merge candidate ${n} into an existing record`
        : `Reject candidate ${n}`;
  await page.locator(`summary[aria-label="${label}"]`).click();
}

it('lists every document with its kind, language, measures and candidates to decide', async () => {
  const page = await open('#/documents?lang=en', null);
  const row = page.locator(`#documents-table tr[data-slug="${SLUG}"]`);
  await row.waitFor();
  expect((await row.locator('th a').getAttribute('href'))!).toBe(`#/documents/${SLUG}?lang=en`);
  expect(await row.locator('td').allTextContents()).toEqual(['Plan', 'Chinese', '0', '5']);
  // Nobody signed in: no form, a sentence that says who adds documents.
  await page.locator('#documents-admins-only').waitFor();
  expect(await page.locator('#add-document').count()).toBe(0);
  await page.locator('#nav-documents').click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

it('adds a document pasted as Markdown, and another uploaded as a DOCX, as an admin signed in by the cookie', async () => {
  const page = await open('#/documents?lang=en', people.admin);
  await page.locator('#add-document').waitFor();
  // A refusal before sending: a sentence, the field marked.
  await page.locator('#doc-add').click();
  expect(await page.locator('#doc-add-error').textContent()).toBe('Give the title in both languages.');
  expect(await page.locator('#doc-title-zh').getAttribute('aria-invalid')).toBe('true');
  await page.locator('#doc-title-zh').fill('算法治理要点');
  await page.locator('#doc-title-en').fill('Algorithm governance points');
  await page.locator('#doc-kind').selectOption('ARTICLE');
  await page.locator('#doc-format').selectOption('text/markdown');
  await page.locator('#doc-content').fill('## 算法\n\n要建立算法备案制度，推动算法透明。');
  // Fixing the marked field clears the refusal.
  expect(await page.locator('#doc-add-error').textContent()).toBe('');
  expect(await page.locator('#doc-title-zh').getAttribute('aria-invalid')).toBeNull();
  // Tall enough for the list and the whole form in one picture.
  await page.setViewportSize({ width: 1280, height: 1150 });
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await screenshot(page, 'console-documents', true);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('#doc-add').click();
  await page.locator('#documents-status', { hasText: '“Algorithm governance points” added.' }).waitFor();
  await page.locator('#documents-table tr[data-slug="algorithm-governance-points"]').waitFor();

  const file = await docx([{ heading: 'Oversight' }, { text: 'Regulators shall publish an annual oversight report.' }]);
  await page.locator('#doc-title-zh').fill('监管报告');
  await page.locator('#doc-title-en').fill('Oversight report');
  await page.locator('#doc-format').selectOption('file');
  expect(await page.locator('#doc-content').isVisible()).toBe(false);
  await page.locator('#doc-file').setInputFiles({
    name: 'oversight.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: file,
  });
  await page.locator('#doc-add').click();
  await page.locator('#documents-status:has-text("added"), #doc-add-error:not(:empty)').first().waitFor();
  expect(await page.locator('#doc-add-error').textContent()).toBe('');
  await page.locator('#documents-status', { hasText: '“Oversight report” added.' }).waitFor();
  const stored = await server.s.db.sourceDocument.findUniqueOrThrow({ where: { slug: 'oversight-report' } });
  expect(stored).toMatchObject({
    titleZh: '监管报告',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extractionState: 'QUEUED',
  });
  expect(stored.text).toContain('Regulators shall publish an annual oversight report.');
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

it("shows the queue's candidates with their text, section, suggestion, confidence and reason", async () => {
  const page = await openQueue(people.admin);
  expect(await page.locator('#document-coverage').textContent()).toBe('0 of 5 candidates decided; 0 records.');
  expect(await page.locator('.candidate blockquote').allTextContents()).toEqual(CANDIDATES);
  const first = page.locator('.candidate').first();
  expect(await first.locator('h3').textContent()).toBe('Candidate 1 To decide');
  expect(await first.locator('.candidate-meta').textContent()).toMatch(
    /^Section: 治理体系Suggested title: .+Confidence: \d+%Why it was proposed \(the rules’ words\): .+/,
  );
  expect(await page.locator('#extraction-state').getAttribute('data-state')).toBe('SUCCEEDED');
  expect(await page.locator('#document-meta').textContent()).toContain('Revision 1 of its text is in force.');
  await disclose(page, 1, 'Accept');
  await page.locator('#queue-title').evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
  await screenshot(page, 'console-document-queue', true);
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

it('accepts a candidate as a new record, whose page then opens from the measures', async () => {
  const page = await openQueue(people.admin);
  await disclose(page, 1, 'Accept');
  // What the mutation needs is asked for: a missing summary is a sentence, and nothing is sent.
  await page.locator('#cand-1-title-en').fill('Sandbox rules');
  await page.locator('.candidate').first().locator('button.accept-candidate').click();
  expect(await page.locator('#document-error').textContent()).toBe('Give both titles, an English summary and a theme.');
  expect(await page.locator('#cand-1-summary-en').getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('#cand-1-title-zh').inputValue()).not.toBe(''); // the suggested title, to start from
  await page.locator('#cand-1-title-zh').fill('沙盒监管规则');
  await page.locator('#cand-1-summary-en').fill('Set entry, operation and exit rules for the regulatory sandbox.');
  await page.locator('#cand-1-theme').selectOption('PLANSANDBOX');
  await page.locator('#cand-1-code').fill('GOV-PLAN-01');
  await page.locator('.candidate').first().locator('button.accept-candidate').click();
  await page.locator('#document-status', { hasText: 'Candidate 1 accepted: record GOV-PLAN-01 created.' }).waitFor();
  expect(await page.locator('#document-coverage').textContent()).toBe('1 of 5 candidates decided; 1 record.');
  const rows = await candidateRows();
  expect(rows[0]).toMatchObject({ state: 'ACCEPTED', quote: CANDIDATES[0] });
  const record = await server.s.db.recommendation.findUniqueOrThrow({ where: { code: 'GOV-PLAN-01' } });
  expect(record).toMatchObject({ quote: CANDIDATES[0], titleEn: 'Sandbox rules', titleZh: '沙盒监管规则' });
  await page.locator('#document-measures a[href="#/r/GOV-PLAN-01"]').click();
  await page.locator('#rec-code', { hasText: 'GOV-PLAN-01' }).waitFor();
  await page.close();
});

it('merges a candidate into a record of another document', async () => {
  const page = await openQueue(people.admin);
  await disclose(page, 2, 'Merge');
  await page.locator('#cand-2-merge-value').fill(EARLIER.toLowerCase());
  await page.locator('.candidate[data-state=OPEN]').first().locator('button.merge-candidate').click();
  await page.locator('#document-status', { hasText: `Candidate 2 merged into ${EARLIER}.` }).waitFor();
  const earlier = await server.s.db.recommendation.findUniqueOrThrow({ where: { code: EARLIER } });
  expect((await candidateRows())[1]).toMatchObject({ state: 'MERGED', recommendationId: earlier.id });
  // A code that names no record: the server's refusal, in a sentence without its code.
  await disclose(page, 3, 'Merge');
  await page.locator('#cand-3-merge-value').fill('GOV-NOWHERE-09');
  await page.locator('.candidate[data-state=OPEN]').first().locator('button.merge-candidate').click();
  const alert = page.locator('#document-error');
  await alert.filter({ hasText: 'Not saved' }).waitFor();
  expect(await alert.textContent()).toMatch(/^Not saved: The server did not accept this input\. \(No live record/);
  expect(await alert.textContent()).not.toMatch(/BAD_USER_INPUT/);
  expect((await candidateRows())[2].state).toBe('OPEN');
  await page.close();
});

it('rejects a candidate with a reason, and shows it among every candidate', async () => {
  const page = await openQueue(people.admin);
  await disclose(page, 3, 'Reject');
  await page.locator('.candidate[data-state=OPEN]').first().locator('button.reject-candidate').click();
  expect(await page.locator('#document-error').textContent()).toBe('Give a reason for rejecting it.');
  await page.locator('#cand-3-reject-value').fill('A response mechanism already tracked elsewhere.');
  await page.locator('.candidate[data-state=OPEN]').first().locator('button.reject-candidate').click();
  await page.locator('#document-status', { hasText: 'Candidate 3 rejected.' }).waitFor();
  // The decided candidate's form is gone: the queue's heading has the focus, not the page's body.
  expect(await page.locator('#queue-title').evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
  expect((await candidateRows())[2]).toMatchObject({
    state: 'REJECTED',
    rejectionReason: 'A response mechanism already tracked elsewhere.',
  });
  // Open ones by default; every one when asked, and the address says so.
  expect(await page.locator('.candidate').count()).toBe(2);
  await page.locator('#queue-show').selectOption('all');
  expect(page.url()).toMatch(/#\/documents\/governance-plan\?show=all&lang=en$/);
  expect(await page.locator('.candidate').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual([
    'ACCEPTED',
    'MERGED',
    'REJECTED',
    'OPEN',
    'OPEN',
  ]);
  expect(await page.locator('.candidate[data-state=REJECTED] .candidate-decision').textContent()).toBe(
    'Rejected: A response mechanism already tracked elsewhere.',
  );
  expect(await page.locator('.candidate[data-state=MERGED] .candidate-decision a').getAttribute('href')).toBe(
    `#/r/${EARLIER}`,
  );
  await page.close();
});

it('runs the extraction again without duplicating a candidate or undoing a decision', async () => {
  const before = await candidateRows();
  const page = await openQueue(people.admin);
  await page.locator('#run-extraction').click();
  await page
    .locator('#document-status', { hasText: 'The extraction ran: 2 candidates wait for a decision.' })
    .waitFor();
  expect(await candidateRows()).toEqual(before);
  expect(await page.locator('#document-coverage').textContent()).toBe('3 of 5 candidates decided; 1 record.');
  await page.close();
});

it('shows an analyst the queue without a curation control, and the list without the form', async () => {
  const page = await openQueue(people.analyst, 'show=all&lang=en');
  await page.locator('#queue-read-only').waitFor();
  expect(await page.locator('.candidate').count()).toBe(5);
  expect(await page.locator('.candidate-actions, #run-extraction, .candidate form').count()).toBe(0);
  await page.locator('#nav-documents').click();
  await page.locator('#documents-admins-only').waitFor();
  expect(await page.locator('#add-document').count()).toBe(0);
  await page.close();
});

it.each([
  [1280, 'console-document-1280'],
  [400, 'console-400-document'],
])(
  'is clean for axe in English and Chinese at %i px, with the forms open',
  async (width, shot) => {
    const { page } = await openPage(browser, traffic, { width, height: 800 });
    await page.goto(`${server.baseUrl}/admin/#/documents/${SLUG}?lang=en`);
    await page.locator('#document-coverage').waitFor();
    await signIn(page, people.admin);
    for (const lang of ['en', 'zh']) {
      await page.goto(`${server.baseUrl}/admin/#/documents/${SLUG}?lang=${lang}`);
      await page
        .locator(`html[lang=${lang === 'zh' ? 'zh-CN' : 'en'}] .candidate-actions`)
        .first()
        .waitFor();
      for (const summary of await page.locator('.candidate-actions summary').all()) await summary.click();
      expect(await seriousViolations(page)).toEqual([]);
      if (lang === 'zh') {
        expect(await page.locator('#document-coverage').textContent()).toBe('5 个候选条目中已决定 3 个；共 1 条记录。');
        expect(await page.locator('#nav-documents').textContent()).toBe('文件');
      }
      if (width === 400 && lang === 'en') {
        await page
          .locator('#queue-title')
          .evaluate((el) => (el as unknown as { scrollIntoView(): void }).scrollIntoView());
        await screenshot(page, shot, true);
      }
      await page.goto(`${server.baseUrl}/admin/#/documents?lang=${lang}`);
      await page.locator('#add-document').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.close();
    expect(nonLocalUrls(traffic.urls)).toEqual([]);
    expect(traffic.problems).toEqual([]);
  },
  180_000,
);
