// Seeds the reviewed catalog (prisma/catalog/catalog.json). Idempotent and additive: it inserts what is
// missing and never touches an existing recommendation, so analysts' progress and curators' edits survive.
import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient, type Db } from '../src/db/client';
import { projectRoot } from '../src/projectRoot';
import type { Pillar } from '../src/generated/prisma/client';

interface CatalogFile {
  document: {
    slug: string;
    titleZh: string;
    titleEn: string;
    author?: string;
    authorRoleZh?: string;
    language?: string;
  };
  themes: { code: string; pillar: Pillar; sortOrder: number; nameZh: string; nameEn: string; sectionZh?: string }[];
  recommendations: {
    code: string;
    theme: string;
    titleZh: string;
    titleEn: string;
    summaryEn: string;
    quote: string;
  }[];
}

export const catalogPath = path.join(projectRoot, 'prisma', 'catalog', 'catalog.json');

export function readCatalog(file = catalogPath): CatalogFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CatalogFile;
}

export interface SeedResult {
  documentsCreated: number;
  themesCreated: number;
  recommendationsCreated: number;
}

export async function seedCatalog(db: Db, catalog: CatalogFile = readCatalog()): Promise<SeedResult> {
  return db.$transaction(async (tx) => {
    const docBefore = await tx.sourceDocument.findUnique({ where: { slug: catalog.document.slug } });
    const doc =
      docBefore ??
      (await tx.sourceDocument.create({ data: { ...catalog.document, language: catalog.document.language ?? 'zh' } }));
    const themes = await tx.theme.createMany({
      data: catalog.themes.map((t) => ({ ...t, documentId: doc.id })),
      skipDuplicates: true,
    });
    const themeIds = new Map(
      (await tx.theme.findMany({ where: { code: { in: catalog.themes.map((t) => t.code) } } })).map((t) => [
        t.code,
        t.id,
      ]),
    );
    const recs = await tx.recommendation.createMany({
      data: catalog.recommendations.map(({ theme, ...r }) => {
        const themeId = themeIds.get(theme);
        if (themeId === undefined) throw new Error(`Catalog record ${r.code} names unknown theme ${theme}`);
        return { ...r, themeId };
      }),
      skipDuplicates: true,
    });
    return { documentsCreated: docBefore ? 0 : 1, themesCreated: themes.count, recommendationsCreated: recs.count };
  });
}

// `npm run seed` runs this file directly against DATABASE_URL.
if (require.main === module) {
  void (async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is required to seed');
    const db = createPrismaClient(url);
    console.log(JSON.stringify(await seedCatalog(db)));
    await db.$disconnect();
  })();
}
