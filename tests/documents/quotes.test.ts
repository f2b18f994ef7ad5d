// The one quote rule on every document, and a revision that waits while it would break a quote.
import fs from 'node:fs';
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import {
  AddDocumentDocument,
  DocumentDocument,
  EditRecordDocument,
  NewRecordDocument,
  LegacyDocumentDocument,
  ReviseDocumentDocument,
  WithdrawRecordDocument,
} from '../__generated__/documents';
import { seedCatalog } from '../../prisma/seed';
import { articlePath, readCatalog, allRecords } from '../../prisma/catalogFile';
import { seededArticleText } from '../../src/domain/catalog/seededArticle';
import { findQuote, closestSpan, quoteLocator } from '../../src/domain/catalog/quoteCheck';
import { liveQuotesOf, overlappingRecord } from '../../src/domain/catalog/quotedText';
import { RestoreRecommendationDocument } from '../__generated__/curation';
import { documentTextOf } from '../../src/domain/documents/documentFile';
import { pdfWithText } from './files';

const s = useTestServer({ reset: true });

const TEXT = [
  '# 监管',
  '',
  '要加快建立人工智能沙盒监管制度，完善风险评估。',
  '',
  '# 合作',
  '',
  '积极参与全球治理。',
].join('\n');

async function documentWithRecord() {
  const added = await s.exec(
    AddDocumentDocument,
    { input: { titleZh: '计划', titleEn: 'Plan', content: TEXT, mediaType: 'text/markdown' } },
    ADMIN_TOKEN,
  );
  expect(added.errors).toBeUndefined();
  const theme = added.data!.addSourceDocument.themes[0].code;
  const input = {
    code: 'PLAN-01',
    theme,
    titleZh: '沙盒',
    titleEn: 'Sandbox',
    summaryEn: 'A sandbox.',
    quote: '建立人工智能沙盒监管制度',
  };
  const created = await s.exec(NewRecordDocument, { input }, ADMIN_TOKEN);
  expect(created.errors).toBeUndefined();
  return { theme };
}

describe('the quote rule', () => {
  it('keeps every catalog quote verbatim in the seeded article stored text', async () => {
    await seedCatalog(s.db);
    const doc = await s.db.sourceDocument.findFirstOrThrow();
    expect(doc.text).toBe(seededArticleText(fs.readFileSync(articlePath, 'utf8')).text);
    const missing = allRecords(readCatalog()).filter((r) => !findQuote(doc.text, r.quote));
    expect(missing.map((r) => r.code)).toEqual([]);
    const sections = doc.sections as { heading: string }[];
    expect(sections.map((x) => x.heading)).toEqual([
      '我国人工智能技术发展和应用取得举世瞩目成效',
      '推动科技创新和产业创新深度融合，促进我国人工智能高质量发展',
      '趋利避害建立健全人工智能治理体系',
    ]);
  });

  it('refuses an edited quote on createRecommendation and updateRecommendation, naming the closest span', async () => {
    const { theme } = await documentWithRecord();
    const input = {
      code: 'PLAN-02',
      theme,
      titleZh: '评估',
      titleEn: 'Risk',
      summaryEn: 'Risk.',
      quote: '完善风险测评',
    };
    const res = await s.exec(NewRecordDocument, { input }, ADMIN_TOKEN);
    expect({ code: errorCode(res), field: res.errors![0].extensions!.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'quote',
    });
    expect(res.errors![0].message).toBe(
      'The quote is not verbatim in document plan. The closest span its text contains is “完善风险评估”.',
    );
    const edit = await s.exec(
      EditRecordDocument,
      { input: { code: 'PLAN-01', quote: '建立人工智能监管沙盒制度', quoteChangeReason: 'typo' } },
      ADMIN_TOKEN,
    );
    expect(errorCode(edit)).toBe('BAD_USER_INPUT');
    expect(edit.errors![0].message).toContain('“建立人工智能沙盒监管制度”');
    expect(await s.db.recommendation.count()).toBe(1);
    expect(await s.db.quoteRevision.count()).toBe(0);
  });

  it('accepts a quote that differs from the text only in whitespace', async () => {
    const { theme } = await documentWithRecord();
    const input = {
      code: 'PLAN-02',
      theme,
      titleZh: '合作',
      titleEn: 'Cooperation',
      summaryEn: 'C.',
      quote: '积极参与 全球治理',
    };
    expect((await s.exec(NewRecordDocument, { input }, ADMIN_TOKEN)).errors).toBeUndefined();
  });

  it('names as closest span the stretch of text that a one-character edit came from', () => {
    expect(closestSpan('甲乙丙丁戊己庚辛壬癸', '丙丁戌己')).toBe('丙丁戊己');
  });
});

describe('no two live records of a document overlap', () => {
  const overlapOf = (res: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) => ({
    code: errorCode(res as never),
    field: res.errors?.[0]?.extensions?.field,
    names: res.errors?.[0]?.message.includes('PLAN-01'),
  });
  const refused = { code: 'BAD_USER_INPUT', field: 'quote', names: true };

  it('refuses an overlapping quote on create, update and restore, naming the record, changing nothing', async () => {
    const { theme } = await documentWithRecord();
    const input = { code: 'PLAN-02', theme, titleZh: '制度', titleEn: 'Rules', summaryEn: 'R.' };
    // The quote runs into PLAN-01's ("建立人工智能沙盒监管制度") from before it.
    const create = await s.exec(NewRecordDocument, { input: { ...input, quote: '要加快建立人工智能' } }, ADMIN_TOKEN);
    expect(overlapOf(create)).toEqual(refused);
    expect(create.errors![0].message).toContain('“建立人工智能沙盒监管制度”');
    const ok = await s.exec(NewRecordDocument, { input: { ...input, quote: '完善风险评估' } }, ADMIN_TOKEN);
    expect(ok.errors).toBeUndefined();
    const edit = await s.exec(
      EditRecordDocument,
      { input: { code: 'PLAN-02', quote: '监管制度，完善风险评估', quoteChangeReason: 'wider' } },
      ADMIN_TOKEN,
    );
    expect(overlapOf(edit)).toEqual(refused);
    // Its own quote is no clash: PLAN-01 may narrow its quote inside itself.
    const narrow = await s.exec(
      EditRecordDocument,
      { input: { code: 'PLAN-01', quote: '人工智能沙盒监管制度', quoteChangeReason: 'narrower' } },
      ADMIN_TOKEN,
    );
    expect(narrow.errors).toBeUndefined();
    // Archived, PLAN-01 is no clash; restored, it would be one again.
    expect((await s.exec(WithdrawRecordDocument, { code: 'PLAN-01' }, ADMIN_TOKEN)).errors).toBeUndefined();
    const over = await s.exec(
      EditRecordDocument,
      { input: { code: 'PLAN-02', quote: '沙盒监管制度，完善风险评估', quoteChangeReason: 'wider' } },
      ADMIN_TOKEN,
    );
    expect(over.errors).toBeUndefined();
    const restore = await s.exec(RestoreRecommendationDocument, { code: 'PLAN-01' }, ADMIN_TOKEN);
    expect({ code: errorCode(restore), field: restore.errors?.[0]?.extensions?.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'quote',
    });
    expect(restore.errors![0].message).toContain('PLAN-02');
    expect(await s.db.recommendation.count({ where: { archivedAt: null } })).toBe(1);
  });

  it('refuses two records of one import (createSourceDocument) that overlap each other', async () => {
    const themes = [{ code: 'OLD', nameZh: '旧', nameEn: 'Old', pillar: 'GOVERNANCE' as const }];
    const rec = { theme: 'OLD', titleZh: '甲', titleEn: 'A', summaryEn: 'A.' };
    const recommendations = [
      { ...rec, code: 'OLD-01', quote: '建立沙盒' },
      { ...rec, code: 'OLD-02', quote: '沙盒制度' },
    ];
    const input = {
      slug: 'old-way',
      titleZh: '旧',
      titleEn: 'Old way',
      themes,
      recommendations,
      content: '要建立沙盒制度。',
    };
    const res = await s.exec(LegacyDocumentDocument, { input }, ADMIN_TOKEN);
    expect({ code: errorCode(res), field: res.errors?.[0]?.extensions?.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'recommendations.1.quote',
    });
    expect(res.errors![0].message).toContain('OLD-01');
    expect(await s.db.sourceDocument.count()).toBe(0);
  });

  it('holds for every document of the seeded catalog: each live record quotes a span no other one touches', async () => {
    await seedCatalog(s.db);
    const docs = await s.db.sourceDocument.findMany();
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      const live = await liveQuotesOf(s.db, doc.id);
      expect(live.length).toBeGreaterThan(0);
      const locate = quoteLocator(doc.text);
      const clashes = live.flatMap((r) => {
        const span = locate(r.quote);
        if (!span) return [`${r.code}: not verbatim`];
        const other = overlappingRecord(
          doc.text,
          span,
          live.filter((o) => o.id !== r.id),
        );
        return other ? [`${r.code} / ${other.code}`] : [];
      });
      expect({ [doc.slug]: clashes }).toEqual({ [doc.slug]: [] });
    }
  });
});

describe('reviseSourceDocument', () => {
  it('stays pending while a quote would break, then becomes the text once the record is fixed', async () => {
    await documentWithRecord();
    const revised = TEXT.replace('建立人工智能沙盒监管制度', '建立人工智能监管沙盒制度');
    const res = await s.exec(
      ReviseDocumentDocument,
      { input: { slug: 'plan', content: revised, mediaType: 'text/markdown' } },
      ADMIN_TOKEN,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reviseSourceDocument.revision).toEqual({
      state: 'PENDING',
      brokenQuotes: [
        {
          recommendation: { code: 'PLAN-01' },
          quote: '建立人工智能沙盒监管制度',
          closestSpan: '建立人工智能监管沙盒制度',
        },
      ],
    });
    expect(res.data!.reviseSourceDocument.document.revision).toBe(1);
    // An edit that keeps the old quote changes nothing; the revision waits.
    const title = await s.exec(
      EditRecordDocument,
      { input: { code: 'PLAN-01', titleEn: 'Sandbox rules' } },
      ADMIN_TOKEN,
    );
    expect(title.errors).toBeUndefined();
    let doc = (await s.exec(DocumentDocument, { slug: 'plan' })).data!.document!;
    expect(doc.revision).toBe(1);
    expect(doc.pendingRevision).toEqual({ state: 'PENDING', brokenQuotes: [{ recommendation: { code: 'PLAN-01' } }] });
    // Fixed against the revision: it becomes the text in the same write.
    const fix = { code: 'PLAN-01', quote: '建立人工智能监管沙盒制度', quoteChangeReason: 'corrected text' };
    expect((await s.exec(EditRecordDocument, { input: fix }, ADMIN_TOKEN)).errors).toBeUndefined();
    doc = (await s.exec(DocumentDocument, { slug: 'plan' })).data!.document!;
    expect({ revision: doc.revision, pending: doc.pendingRevision, quoted: doc.text.includes('监管沙盒制度') }).toEqual(
      {
        revision: 2,
        pending: null,
        quoted: true,
      },
    );
    const audit = await s.db.auditEntry.findMany({ where: { targetType: 'SourceDocument' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.operation)).toEqual([
      'addSourceDocument',
      'reviseSourceDocument',
      'applySourceDocumentRevision',
    ]);
  });

  it('applies once the breaking record is withdrawn, and at once when nothing breaks', async () => {
    await documentWithRecord();
    const revised = TEXT.replace('沙盒', '试验区');
    await s.exec(
      ReviseDocumentDocument,
      { input: { slug: 'plan', content: revised, mediaType: 'text/markdown' } },
      ADMIN_TOKEN,
    );
    expect((await s.exec(WithdrawRecordDocument, { code: 'PLAN-01' }, ADMIN_TOKEN)).errors).toBeUndefined();
    expect((await s.db.sourceDocument.findFirstOrThrow()).revision).toBe(2);
    const again = await s.exec(
      ReviseDocumentDocument,
      { input: { slug: 'plan', content: `${revised}\n\n新增一段。`, mediaType: 'text/markdown' } },
      ADMIN_TOKEN,
    );
    expect(again.data!.reviseSourceDocument.revision).toEqual({ state: 'APPLIED', brokenQuotes: [] });
  });
});

describe('the parsing budget', () => {
  it('refuses a document whose parsing goes past its budget', async () => {
    const pdf = await pdfWithText([['Text.']]);
    const refused = documentTextOf({ mediaType: 'application/pdf', bytes: pdf }, 'uploadId', {
      budgetMs: 1,
      maxHeapMb: 64,
    });
    await expect(refused).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Reading the document took over 0.001 s: it is refused.',
    });
  });
});
