import { seedCatalog } from '../../prisma/seed';
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import { ListDocument, LogDocument, OneDocument, SummaryDocument, ThemesDocument } from '../__generated__/core';

const s = useTestServer({ reset: true });

describe('reading the catalog', () => {
  it('finds the sandbox measures when searching 沙盒 in the seeded catalog', async () => {
    await seedCatalog(s.db);
    const res = await s.exec(ListDocument, { filter: { search: '沙盒' } });
    expect(res.errors).toBeUndefined();
    const codes = res.data!.recommendations.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c: string) => c.startsWith('GOV-SANDBOX-'))).toBe(true);
  });

  it('matches English text case-insensitively', async () => {
    const theme = await createTheme(s.db, { code: 'SANDBOX' });
    await createRecommendation(s.db, {
      code: 'GOV-SANDBOX-01',
      themeId: theme.id,
      titleEn: 'Regulatory Sandbox rules',
    });
    await createRecommendation(s.db, { themeId: theme.id, titleEn: 'Something else' });
    const res = await s.exec(ListDocument, { filter: { search: 'sandbox rules' } });
    expect(res.data!.recommendations.totalCount).toBe(1);
  });

  it('filters by status, theme and pillar together', async () => {
    const gov = await createTheme(s.db, { code: 'RISK', pillar: 'GOVERNANCE' });
    const dev = await createTheme(s.db, { code: 'FINANCE', pillar: 'DEVELOPMENT' });
    await createRecommendation(s.db, { code: 'GOV-RISK-01', themeId: gov.id, status: 'PLANNED' });
    await createRecommendation(s.db, { code: 'GOV-RISK-02', themeId: gov.id });
    await createRecommendation(s.db, { code: 'DEV-FINANCE-01', themeId: dev.id, status: 'PLANNED' });
    const res = await s.exec(ListDocument, { filter: { status: ['PLANNED'], pillar: 'GOVERNANCE', theme: ['RISK'] } });
    expect(res.data!.recommendations).toEqual({
      totalCount: 1,
      edges: [
        {
          cursor: expect.any(String),
          node: { code: 'GOV-RISK-01', pillar: 'GOVERNANCE', status: 'PLANNED', progress: 0, theme: { code: 'RISK' } },
        },
      ],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
  });

  it('pages through every record exactly once with first/after', async () => {
    const theme = await createTheme(s.db);
    for (let i = 0; i < 7; i++) await createRecommendation(s.db, { themeId: theme.id });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const res: any = await s.exec(ListDocument, { first: 3, after });
      const conn = res.data.recommendations;
      expect(conn.totalCount).toBe(7);
      seen.push(...conn.edges.map((e: { node: { code: string } }) => e.node.code));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect([...seen].sort()).toEqual(seen);
  });

  it('defaults first to 50 and rejects more than 200 with BAD_USER_INPUT', async () => {
    const theme = await createTheme(s.db);
    await s.db.recommendation.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        code: `GOV-BULK-${String(i).padStart(2, '0')}`,
        themeId: theme.id,
        titleZh: 't',
        titleEn: 't',
        summaryEn: 's',
        quote: 'q',
      })),
    });
    const page = await s.exec(ListDocument, {});
    expect(page.data!.recommendations.edges).toHaveLength(50);
    expect(page.data!.recommendations.pageInfo.hasNextPage).toBe(true);
    const tooMany = await s.exec(ListDocument, { first: 201 });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('rejects a forged cursor with BAD_USER_INPUT', async () => {
    expect(errorCode(await s.exec(ListDocument, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('returns one recommendation by code, and null for an unknown code', async () => {
    const theme = await createTheme(s.db, {
      code: 'LAW',
      nameZh: '健全法律伦理规则体系',
      nameEn: 'Legal and ethical rules',
    });
    await createRecommendation(s.db, {
      code: 'GOV-LAW-01',
      themeId: theme.id,
      quote: '加快建立健全覆盖算法、数据与应用的法律法规框架',
    });
    const res = await s.exec(OneDocument, { code: 'GOV-LAW-01' });
    expect(res.data!.recommendation).toMatchObject({
      code: 'GOV-LAW-01',
      pillar: 'GOVERNANCE',
      status: 'NOT_STARTED',
      progress: 0,
      version: 1,
      quote: '加快建立健全覆盖算法、数据与应用的法律法规框架',
      theme: { code: 'LAW', nameZh: '健全法律伦理规则体系', nameEn: 'Legal and ethical rules' },
      updates: [],
    });
    expect((await s.exec(OneDocument, { code: 'GOV-NOPE-99' })).data).toEqual({ recommendation: null });
  });

  it('lists themes in article order', async () => {
    await seedCatalog(s.db);
    const res = await s.exec(ThemesDocument);
    expect(res.data!.themes.map((t: { code: string }) => t.code)).toEqual([
      'DIGITAL',
      'ENTERPRISE',
      'EQUIPMENT',
      'FINANCE',
      'JOBS',
      'LAW',
      'SANDBOX',
      'RISK',
      'GLOBAL',
    ]);
  });
});

describe('logProgress', () => {
  it('appends an entry and applies status and progress in one step', async () => {
    const rec = await createRecommendation(s.db);
    const res = await s.exec(
      LogDocument,
      {
        input: {
          code: rec.code,
          note: 'Ministry published a draft',
          status: 'IN_PROGRESS',
          progress: 30,
          expectedVersion: 1,
        },
      },
      ADMIN_TOKEN,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.logProgress).toEqual({
      recommendation: { code: rec.code, status: 'IN_PROGRESS', progress: 30, version: 2 },
      update: {
        id: expect.anything(),
        note: 'Ministry published a draft',
        status: 'IN_PROGRESS',
        progress: 30,
        statusBefore: 'NOT_STARTED',
        progressBefore: 0,
      },
    });
    const one = await s.exec(OneDocument, { code: rec.code });
    expect(one.data!.recommendation!.updates).toEqual([
      {
        id: expect.anything(),
        note: 'Ministry published a draft',
        status: 'IN_PROGRESS',
        progress: 30,
        createdAt: expect.any(String),
      },
    ]);
  });

  it('lists the log newest first', async () => {
    const rec = await createRecommendation(s.db);
    for (const [note, progress] of [
      ['first', 10],
      ['second', 20],
      ['third', 30],
    ] as const) {
      await s.exec(
        LogDocument,
        { input: { code: rec.code, note, status: progress === 10 ? 'IN_PROGRESS' : undefined, progress } },
        ADMIN_TOKEN,
      );
    }
    const one = await s.exec(OneDocument, { code: rec.code });
    expect(one.data!.recommendation!.updates.map((u: { note: string }) => u.note)).toEqual([
      'third',
      'second',
      'first',
    ]);
  });

  it('fails with CONFLICT on a stale expectedVersion and writes nothing', async () => {
    const rec = await createRecommendation(s.db, { version: 3 });
    const res = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'late', progress: 10, status: 'IN_PROGRESS', expectedVersion: 2 } },
      ADMIN_TOKEN,
    );
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions).toEqual({ code: 'CONFLICT', currentVersion: 3 });
    expect(await s.db.progressUpdate.count()).toBe(0);
    expect(await s.db.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).toMatchObject({
      version: 3,
      progress: 0,
      status: 'NOT_STARTED',
    });
  });

  it('fails with UNAUTHENTICATED without a token and writes nothing', async () => {
    const rec = await createRecommendation(s.db);
    const res = await s.exec(
      LogDocument,
      { input: { code: rec.code, note: 'anonymous', progress: 10, status: 'IN_PROGRESS' } },
      null,
    );
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(await s.db.progressUpdate.count()).toBe(0);
  });

  it('fails with NOT_FOUND for an unknown code', async () => {
    const res = await s.exec(LogDocument, { input: { code: 'GOV-NONE-01', note: 'x' } }, ADMIN_TOKEN);
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('rejects progress outside 0-100 with BAD_USER_INPUT', async () => {
    const rec = await createRecommendation(s.db);
    for (const progress of [-1, 101]) {
      const res = await s.exec(
        LogDocument,
        { input: { code: rec.code, note: 'x', status: 'IN_PROGRESS', progress } },
        ADMIN_TOKEN,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
    expect(await s.db.progressUpdate.count()).toBe(0);
  });
});

describe('summary', () => {
  it('counts by status and averages progress', async () => {
    const theme = await createTheme(s.db);
    await createRecommendation(s.db, { themeId: theme.id, status: 'IN_PROGRESS', progress: 40 });
    await createRecommendation(s.db, { themeId: theme.id, status: 'IN_PROGRESS', progress: 20 });
    await createRecommendation(s.db, { themeId: theme.id });
    const res = await s.exec(SummaryDocument);
    expect(res.data!.summary).toEqual({
      total: 3,
      averageProgress: 20,
      byStatus: [
        { status: 'NOT_STARTED', count: 1 },
        { status: 'PLANNED', count: 0 },
        { status: 'IN_PROGRESS', count: 2 },
        { status: 'STALLED', count: 0 },
        { status: 'IMPLEMENTED', count: 0 },
        { status: 'ABANDONED', count: 0 },
      ],
    });
  });
});
