// A public site's worth of data, written with the factories: a document of a given kind with a theme, a measure
// with an owner, a target date, an indicator with values, a log entry with archived evidence, and a dotted action.
import type { Db } from '../../src/db/client';
import type { DocumentKind } from '../../src/generated/prisma/client';
import {
  createIndicator,
  createOwner,
  createProgressUpdate,
  createRecommendation,
  createTheme,
  linkOwner,
} from '../helpers/factories';

export interface Scene {
  slug: string;
  theme: string;
  code: string;
  action: string;
  note: string;
}

export async function publicScene(db: Db, tag: string, kind: DocumentKind = 'ARTICLE'): Promise<Scene> {
  const doc = await db.sourceDocument.create({
    data: {
      slug: `doc-${tag.toLowerCase() || 'sandbox'}`,
      titleZh: `政策文件${tag}`,
      titleEn: `Policy document ${tag}`.trim(),
      kind,
      author: '苗圩',
      publishedOn: new Date('2026-01-05'),
      text: '',
    },
  });
  const theme = await createTheme(db, {
    documentId: doc.id,
    code: `PUB${tag}`,
    nameZh: `沙盒监管${tag}`,
    nameEn: `Sandbox ${tag}`.trim(),
  });
  const code = `GOV-PUB${tag}-03`;
  const rec = await createRecommendation(db, {
    themeId: theme.id,
    code,
    titleZh: `构建沙盒监管模式${tag}`,
    titleEn: `Build a regulatory sandbox ${tag}`.trim(),
    summaryEn: `Pilot a sandbox for AI services ${tag}`.trim() + '.',
    summaryZh: `试点人工智能服务沙盒${tag}。`,
    quote: `构建沙盒监管模式，加快完善相关制度安排${tag}`,
    status: 'IN_PROGRESS',
    progress: 40,
    targetDate: new Date('2030-06-30'),
    lastProgressAt: new Date(),
  });
  await linkOwner(db, {
    recommendationId: rec.id,
    ownerId: (
      await createOwner(db, { name: `Cyberspace Administration of China ${tag}`.trim(), nameZh: `国家网信办${tag}` })
    ).id,
  });
  const note = `Sandbox rules published in pilot cities ${tag}`.trim() + '.';
  const entry = await createProgressUpdate(db, {
    recommendationId: rec.id,
    note,
    status: 'IN_PROGRESS',
    progress: 40,
    occurredOn: new Date('2026-11-20'),
    evidenceUrls: ['https://example.gov.cn/sandbox-rules'],
  });
  await db.evidence.create({
    data: {
      progressUpdateId: entry.id,
      position: 0,
      url: 'https://example.gov.cn/sandbox-rules',
      captureState: 'CAPTURED',
      title: `Sandbox rules ${tag}`,
      sha256: 'a'.repeat(64),
      capturedAt: new Date(),
    },
  });
  const ind = await createIndicator(db, rec.id);
  for (const [i, value] of [20, 55].entries()) {
    const u = await createProgressUpdate(db, { recommendationId: rec.id, note: `value ${i}` });
    await db.indicatorValue.create({
      data: {
        indicatorId: ind.id,
        periodStart: new Date(`2025-0${i + 1}-01`),
        periodEnd: new Date(`2025-0${i + 1}-28`),
        value,
        recordedByName: 'analyst',
        progressUpdateId: u.id,
      },
    });
  }
  const action = `${code}.1`;
  await createRecommendation(db, {
    themeId: theme.id,
    parentId: rec.id,
    code: action,
    titleZh: `发布沙盒规则${tag}`,
    titleEn: `Publish the sandbox rules ${tag}`.trim(),
    summaryEn: `The rules ${tag}.`,
    quote: '',
    progress: 50,
    status: 'IN_PROGRESS',
  });
  return { slug: doc.slug, theme: theme.code, code, action, note };
}
