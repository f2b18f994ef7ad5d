// Curating the catalog (admins): create, edit, archive, restore, and whole new source documents.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme, createUserWithToken } from '../helpers/factories';
import {
  ArchiveRecommendationDocument,
  CreateRecommendationDocument,
  CreateSourceDocumentDocument,
  RecommendationsInDocumentDocument,
  LogDocument,
  RestoreRecommendationDocument,
  UpdateRecommendationDocument,
  VisibleRecommendationsDocument,
} from '../__generated__/curation';
import type { CreateSourceDocumentInput } from '../__generated__/schemaTypes';

const s = useTestServer({ reset: true });
let analyst: string;
beforeEach(async () => {
  analyst = (await createUserWithToken(s.db, 'ANALYST')).token;
});

const newRec = (theme: string, code = 'GOV-NEW-01', quote = '建立算法备案制度') => ({
  code,
  theme,
  titleZh: '建立算法备案制度',
  titleEn: 'Algorithm registry',
  summaryEn: 'Register algorithms.',
  quote,
});

describe('createRecommendation', () => {
  it('adds a recommendation to a theme, with owners and an initial target', async () => {
    await createTheme(s.db, { code: 'RISK', pillar: 'GOVERNANCE' });
    const res = await s.exec(
      CreateRecommendationDocument,
      { input: { ...newRec('RISK'), owners: [{ name: '国家网信办', kind: 'REGULATOR' }], targetDate: '2027-06-30' } },
      ADMIN_TOKEN,
    );
    expect(res).toEqual({
      data: {
        createRecommendation: {
          code: 'GOV-NEW-01',
          pillar: 'GOVERNANCE',
          titleZh: '建立算法备案制度',
          titleEn: 'Algorithm registry',
          summaryEn: 'Register algorithms.',
          quote: '建立算法备案制度',
          status: 'NOT_STARTED',
          progress: 0,
          version: 1,
          archived: false,
          targetDate: '2027-06-30',
          theme: { code: 'RISK' },
          owners: [{ name: '国家网信办', kind: 'REGULATOR' }],
          targetDateHistory: [
            { previousDate: null, newDate: '2027-06-30', reason: 'Initial target', actor: '(admin token)' },
          ],
        },
      },
    });
  });

  it('refuses a taken code with CONFLICT and an unknown theme with BAD_USER_INPUT', async () => {
    const theme = await createTheme(s.db, { code: 'RISK' });
    await createRecommendation(s.db, { code: 'GOV-NEW-01', themeId: theme.id });
    expect(errorCode(await s.exec(CreateRecommendationDocument, { input: newRec('RISK') }, ADMIN_TOKEN))).toBe(
      'CONFLICT',
    );
    expect(
      errorCode(await s.exec(CreateRecommendationDocument, { input: newRec('NOPE', 'GOV-NEW-02') }, ADMIN_TOKEN)),
    ).toBe('BAD_USER_INPUT');
    expect(await s.db.recommendation.count()).toBe(1);
  });
});

describe('updateRecommendation', () => {
  it('edits titles, summary, theme and owners, and bumps the version', async () => {
    const from = await createTheme(s.db, { code: 'RISK' });
    await createTheme(s.db, { code: 'LAW' });
    const rec = await createRecommendation(s.db, { themeId: from.id, quote: '原文' });
    const res = await s.exec(
      UpdateRecommendationDocument,
      {
        input: {
          code: rec.code,
          expectedVersion: 1,
          theme: 'LAW',
          titleZh: '新标题',
          titleEn: 'New title',
          summaryEn: 'New summary.',
          owners: [{ name: '科技部', kind: 'MINISTRY' }],
        },
      },
      ADMIN_TOKEN,
    );
    expect(res.data!.updateRecommendation).toEqual({
      code: rec.code,
      titleZh: '新标题',
      titleEn: 'New title',
      summaryEn: 'New summary.',
      quote: '原文',
      version: 2,
      theme: { code: 'LAW' },
      owners: [{ name: '科技部', kind: 'MINISTRY' }],
      quoteHistory: [],
    });
  });

  it('changes the quote only with a reason, and keeps every change in quoteHistory', async () => {
    const rec = await createRecommendation(s.db, { quote: '第一版原文' });
    const refused = await s.exec(
      UpdateRecommendationDocument,
      { input: { code: rec.code, quote: '第二版原文' } },
      ADMIN_TOKEN,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toBe('Changing the quote requires quoteChangeReason.');
    expect((await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).quote).toBe('第一版原文');

    await s.exec(
      UpdateRecommendationDocument,
      { input: { code: rec.code, quote: '第二版原文', quoteChangeReason: 'Typo in the transcription' } },
      ADMIN_TOKEN,
    );
    const res = await s.exec(
      UpdateRecommendationDocument,
      { input: { code: rec.code, quote: '第三版原文', quoteChangeReason: 'Matched the printed edition' } },
      ADMIN_TOKEN,
    );
    expect(res.data!.updateRecommendation).toMatchObject({
      quote: '第三版原文',
      version: 3,
      quoteHistory: [
        {
          previousQuote: '第一版原文',
          newQuote: '第二版原文',
          reason: 'Typo in the transcription',
          actor: '(admin token)',
        },
        {
          previousQuote: '第二版原文',
          newQuote: '第三版原文',
          reason: 'Matched the printed edition',
          actor: '(admin token)',
        },
      ],
    });
  });

  it('fails with CONFLICT on a stale expectedVersion and changes nothing', async () => {
    const rec = await createRecommendation(s.db, { version: 5, titleEn: 'Old' });
    const res = await s.exec(
      UpdateRecommendationDocument,
      { input: { code: rec.code, expectedVersion: 4, titleEn: 'New' } },
      ADMIN_TOKEN,
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions).toEqual({ code: 'CONFLICT', currentVersion: 5 });
    expect(await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).toMatchObject({
      version: 5,
      titleEn: 'Old',
    });
  });
});

describe('archive and restore', () => {
  it('hides an archived recommendation from lists, counts and the dashboard unless includeArchived is set', async () => {
    const theme = await createTheme(s.db, { code: 'RISK' });
    const rec = await createRecommendation(s.db, { code: 'GOV-RISK-01', themeId: theme.id });
    await createRecommendation(s.db, { code: 'GOV-RISK-02', themeId: theme.id });
    const archived = await s.exec(ArchiveRecommendationDocument, { code: rec.code, expectedVersion: 1 }, ADMIN_TOKEN);
    expect(archived.data!.archiveRecommendation).toEqual({
      code: rec.code,
      version: 2,
      archived: true,
      archivedAt: expect.any(String),
    });
    expect((await s.exec(VisibleRecommendationsDocument, { code: rec.code })).data).toEqual({
      recommendations: { totalCount: 1, edges: [{ node: { code: 'GOV-RISK-02', archived: false } }] },
      recommendation: { code: rec.code, archived: true },
      themes: [{ code: 'RISK', recommendationCount: 1 }],
      summary: { total: 1 },
    });
    const all = await s.exec(VisibleRecommendationsDocument, { code: rec.code, includeArchived: true });
    expect(all.data!.recommendations).toEqual({
      totalCount: 2,
      edges: [{ node: { code: 'GOV-RISK-01', archived: true } }, { node: { code: 'GOV-RISK-02', archived: false } }],
    });
  });

  it('brings a restored recommendation back, bumping the version again', async () => {
    const rec = await createRecommendation(s.db);
    await s.exec(ArchiveRecommendationDocument, { code: rec.code }, ADMIN_TOKEN);
    const restored = await s.exec(RestoreRecommendationDocument, { code: rec.code, expectedVersion: 2 }, ADMIN_TOKEN);
    expect(restored.data!.restoreRecommendation).toEqual({
      code: rec.code,
      version: 3,
      archived: false,
      archivedAt: null,
    });
    expect((await s.exec(VisibleRecommendationsDocument, { code: rec.code })).data!.recommendations.totalCount).toBe(1);
  });

  it('honour expectedVersion (CONFLICT) and refuse archiving twice or restoring a live record', async () => {
    const rec = await createRecommendation(s.db, { version: 3 });
    expect(
      errorCode(await s.exec(ArchiveRecommendationDocument, { code: rec.code, expectedVersion: 2 }, ADMIN_TOKEN)),
    ).toBe('CONFLICT');
    expect(errorCode(await s.exec(RestoreRecommendationDocument, { code: rec.code }, ADMIN_TOKEN))).toBe(
      'BAD_USER_INPUT',
    );
    await s.exec(ArchiveRecommendationDocument, { code: rec.code, expectedVersion: 3 }, ADMIN_TOKEN);
    expect(errorCode(await s.exec(ArchiveRecommendationDocument, { code: rec.code }, ADMIN_TOKEN))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(await s.exec(RestoreRecommendationDocument, { code: rec.code, expectedVersion: 3 }, ADMIN_TOKEN)),
    ).toBe('CONFLICT');
    expect(await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).toMatchObject({
      version: 4,
      archivedAt: expect.any(Date),
    });
  });

  it('refuses progress on an archived recommendation', async () => {
    const rec = await createRecommendation(s.db);
    await s.exec(ArchiveRecommendationDocument, { code: rec.code }, ADMIN_TOKEN);
    expect(
      errorCode(await s.exec(LogDocument, { input: { code: rec.code, note: 'late', status: 'PLANNED' } }, analyst)),
    ).toBe('BAD_USER_INPUT');
    expect(await s.db.progressUpdate.count()).toBe(0);
  });
});

describe('createSourceDocument', () => {
  const document = (recommendations: ReturnType<typeof newRec>[]): CreateSourceDocumentInput => ({
    slug: 'ai-plan-2027',
    titleZh: '人工智能发展规划',
    titleEn: 'AI Development Plan',
    author: 'State Council',
    url: 'https://www.gov.cn/plan.html',
    publishedOn: '2026-10-01',
    themes: [
      { code: 'COMPUTE', pillar: 'DEVELOPMENT', nameZh: '算力', nameEn: 'Compute' },
      { code: 'AUDIT', pillar: 'GOVERNANCE', nameZh: '审计', nameEn: 'Audit' },
    ],
    recommendations,
    // The text the records quote (createSourceDocument checks each quote against it, and that no two overlap).
    content: '# 算力\n\n建立算法备案制度。开展算法安全审计。完善审计规则。',
    mediaType: 'text/markdown',
  });

  it('adds a document with its themes and recommendations', async () => {
    const res = await s.exec(
      CreateSourceDocumentDocument,
      {
        input: document([
          newRec('COMPUTE', 'DEV-COMPUTE-01'),
          newRec('AUDIT', 'GOV-AUDIT-01', '开展算法安全审计'),
          newRec('AUDIT', 'GOV-AUDIT-02', '完善审计规则'),
        ]),
      },
      ADMIN_TOKEN,
    );
    expect(res).toEqual({
      data: {
        createSourceDocument: {
          slug: 'ai-plan-2027',
          titleZh: '人工智能发展规划',
          titleEn: 'AI Development Plan',
          author: 'State Council',
          url: 'https://www.gov.cn/plan.html',
          publishedOn: '2026-10-01',
          themes: [
            { code: 'COMPUTE', pillar: 'DEVELOPMENT', nameEn: 'Compute', recommendationCount: 1 },
            { code: 'AUDIT', pillar: 'GOVERNANCE', nameEn: 'Audit', recommendationCount: 2 },
          ],
        },
      },
    });
    expect((await s.exec(RecommendationsInDocumentDocument, { slug: 'ai-plan-2027' })).data).toEqual({
      documents: [{ slug: 'ai-plan-2027' }],
      recommendations: {
        edges: [
          {
            node: {
              code: 'DEV-COMPUTE-01',
              pillar: 'DEVELOPMENT',
              theme: { code: 'COMPUTE' },
              document: { slug: 'ai-plan-2027' },
            },
          },
          {
            node: {
              code: 'GOV-AUDIT-01',
              pillar: 'GOVERNANCE',
              theme: { code: 'AUDIT' },
              document: { slug: 'ai-plan-2027' },
            },
          },
          {
            node: {
              code: 'GOV-AUDIT-02',
              pillar: 'GOVERNANCE',
              theme: { code: 'AUDIT' },
              document: { slug: 'ai-plan-2027' },
            },
          },
        ],
      },
    });
  });

  it.each([
    'javascript:alert(1)',
    'mailto:office@example.gov.cn',
    'ftp://files.example.org/plan.pdf',
    '/relative/plan.html',
  ])('refuses the document URL %s with BAD_USER_INPUT', async (url) => {
    const res = await s.exec(
      CreateSourceDocumentDocument,
      { input: { ...document([newRec('COMPUTE', 'DEV-COMPUTE-01')]), url } },
      ADMIN_TOKEN,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await s.db.sourceDocument.count()).toBe(0);
  });

  it.each<[string, () => Promise<unknown>, ReturnType<typeof newRec>[], string]>([
    [
      'a recommendation code already in use',
      async () => createRecommendation(s.db, { code: 'GOV-AUDIT-02' }),
      [newRec('COMPUTE', 'DEV-COMPUTE-01'), newRec('AUDIT', 'GOV-AUDIT-02'), newRec('AUDIT', 'GOV-AUDIT-03')],
      'CONFLICT',
    ],
    [
      'a theme code already in use',
      async () => createTheme(s.db, { code: 'AUDIT' }),
      [newRec('COMPUTE', 'DEV-COMPUTE-01')],
      'CONFLICT',
    ],
    [
      'a recommendation naming a theme the document does not define',
      async () => undefined,
      [newRec('COMPUTE', 'DEV-COMPUTE-01'), newRec('ELSEWHERE', 'GOV-X-01'), newRec('AUDIT', 'GOV-AUDIT-01')],
      'BAD_USER_INPUT',
    ],
  ])('writes nothing at all when it meets %s midway', async (_name, arrange, recommendations, code) => {
    await arrange();
    const before = {
      documents: await s.db.sourceDocument.count(),
      themes: await s.db.theme.count(),
      recs: await s.db.recommendation.count(),
    };
    expect(
      errorCode(await s.exec(CreateSourceDocumentDocument, { input: document(recommendations) }, ADMIN_TOKEN)),
    ).toBe(code);
    expect({
      documents: await s.db.sourceDocument.count(),
      themes: await s.db.theme.count(),
      recs: await s.db.recommendation.count(),
    }).toEqual(before);
    expect(await s.db.sourceDocument.findUnique({ where: { slug: 'ai-plan-2027' } })).toBeNull();
  });
});

describe('curation is for admins', () => {
  it('answers FORBIDDEN to an analyst for every curation mutation, and writes nothing', async () => {
    const theme = await createTheme(s.db, { code: 'RISK' });
    const rec = await createRecommendation(s.db, { themeId: theme.id });
    const attempts = [
      s.exec(CreateRecommendationDocument, { input: newRec('RISK') }, analyst),
      s.exec(UpdateRecommendationDocument, { input: { code: rec.code, titleEn: 'x' } }, analyst),
      s.exec(ArchiveRecommendationDocument, { code: rec.code }, analyst),
      s.exec(RestoreRecommendationDocument, { code: rec.code }, analyst),
      s.exec(
        CreateSourceDocumentDocument,
        {
          input: {
            slug: 'x-doc',
            titleZh: '文',
            titleEn: 'Doc',
            themes: [],
            recommendations: [newRec('RISK', 'GOV-X-01')],
          },
        },
        analyst,
      ),
    ];
    expect((await Promise.all(attempts)).map(errorCode)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect([await s.db.recommendation.count(), await s.db.sourceDocument.count()]).toEqual([1, 1]);
    expect(await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).toMatchObject({
      version: 1,
      archivedAt: null,
    });
  });
});
