// Seeds the reviewed catalog (prisma/catalog/catalog.json). Additive: it inserts what is missing and never
// touches analysts' progress, owners or dates. When the file's revision is newer than the one the database
// holds, catalogRevision.ts applies what the revision changed as audited edits by the catalog.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createPrismaClient, type Db } from '../src/db/client';
import { contentHashOf } from '../src/domain/catalog/documentText';
import { seededArticleText } from '../src/domain/catalog/seededArticle';
import type { Prisma } from '../src/generated/prisma/client';
import { applyCatalogRevision, originsOf, type RevisionResult } from './catalogRevision';
import { snapshotOf, storedTargets, type Definition } from '../src/domain/indicators/definition';
import {
  allRecords,
  articlePath,
  ORIGIN_FIELDS,
  readCatalog,
  readCatalogRevision,
  revisionOf,
  type CatalogFile,
} from './catalogFile';

export interface SeedResult {
  documentsCreated: number;
  themesCreated: number;
  recommendationsCreated: number;
  /** The catalog revision the database holds now. */
  revision: number;
  /** Set when this run brought an existing database from an older revision. */
  upgrade: RevisionResult | null;
}

// Two servers starting on one database take turns here, so a revision is applied once.
const SEED_LOCK = 7_023_244_187;

export async function seedCatalog(
  db: Db,
  catalog: CatalogFile = readCatalog(),
  readRevision: (revision: number) => CatalogFile = readCatalogRevision,
): Promise<SeedResult> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      const docBefore = await tx.sourceDocument.findUnique({ where: { slug: catalog.document.slug } });
      const state = await tx.catalogState.findUnique({ where: { documentSlug: catalog.document.slug } });
      // A database seeded before revisions existed holds revision 1, the only one there was.
      const held = state?.revision ?? (docBefore ? 1 : null);
      const created = await insertMissing(tx, catalog, docBefore?.id);
      await insertMissingIndicators(tx, catalog);
      const revision = revisionOf(catalog);
      const upgrade =
        held !== null && held < revision
          ? await applyCatalogRevision(tx, readRevision(held), catalog, created.codes)
          : null;
      if (held === null || held < revision) {
        await tx.catalogState.upsert({
          where: { documentSlug: catalog.document.slug },
          create: { documentSlug: catalog.document.slug, revision },
          update: { revision, appliedAt: new Date() },
        });
      }
      return {
        documentsCreated: docBefore ? 0 : 1,
        themesCreated: created.themes,
        recommendationsCreated: created.codes.length,
        revision: Math.max(held ?? 0, revision),
        upgrade,
      };
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}

/** Inserts the document, themes and records that are missing (withdrawn ones archived, successors linked). */
async function insertMissing(tx: Prisma.TransactionClient, catalog: CatalogFile, docId: number | undefined) {
  const doc =
    docId ??
    (await tx.sourceDocument.create({ data: { ...catalog.document, language: catalog.document.language ?? 'zh' } })).id;
  await storeArticleText(tx, doc);
  const themes = await tx.theme.createMany({
    data: catalog.themes.map((t) => ({ ...t, documentId: doc })),
    skipDuplicates: true,
  });
  const themeIds = new Map((await tx.theme.findMany()).map((t) => [t.code, t.id]));
  const records = allRecords(catalog);
  const existing = new Set(
    (await tx.recommendation.findMany({ where: { code: { in: records.map((r) => r.code) } } })).map((r) => r.code),
  );
  const missing = records.filter((r) => !existing.has(r.code));
  const now = new Date();
  await tx.recommendation.createMany({
    data: missing.map((r) => {
      const { theme, code, titleZh, titleEn, summaryEn, summaryZh = '', quote, withdrawnIn } = r;
      const themeId = themeIds.get(theme);
      if (themeId === undefined) throw new Error(`Catalog record ${code} names unknown theme ${theme}`);
      const origins = originsOf(r, [...ORIGIN_FIELDS]);
      return {
        code,
        titleZh,
        titleEn,
        summaryEn,
        summaryZh,
        quote,
        themeId,
        ...origins,
        archivedAt: withdrawnIn ? now : null,
      };
    }),
  });
  for (const r of missing.filter((m) => m.splitFrom)) {
    const from = await tx.recommendation.findUniqueOrThrow({ where: { code: r.splitFrom } });
    await tx.recommendation.update({ where: { code: r.code }, data: { splitFromId: from.id } });
  }
  return { themes: themes.count, codes: missing.map((m) => m.code) };
}

/**
 * Inserts the catalog's indicators that are missing, by record and indicator code, each with its first revision.
 * With no value yet its status is NO_DATA whatever the tolerance; the first write computes it with INDICATOR_TOLERANCE.
 */
async function insertMissingIndicators(tx: Prisma.TransactionClient, catalog: CatalogFile) {
  for (const r of catalog.recommendations) {
    if (!r.indicators?.length) continue;
    const rec = await tx.recommendation.findUniqueOrThrow({ where: { code: r.code } });
    for (const i of r.indicators) {
      if (await tx.indicator.findFirst({ where: { recommendationId: rec.id, code: i.code } })) continue;
      const def: Definition = {
        code: i.code,
        nameZh: i.nameZh,
        nameEn: i.nameEn,
        unit: i.unit,
        min: i.min ?? null,
        max: i.max ?? null,
        direction: i.direction,
        disaggregation: null,
        baseline: { ...i.baseline, date: new Date(`${i.baseline.date}T00:00:00Z`) },
        targets: i.targets.map((t) => ({ value: t.value, dueDate: new Date(`${t.dueDate}T00:00:00Z`) })),
      };
      const ind = await tx.indicator.create({
        data: {
          recommendationId: rec.id,
          code: def.code,
          nameZh: def.nameZh,
          nameEn: def.nameEn,
          unit: def.unit,
          min: def.min,
          max: def.max,
          direction: def.direction,
          baselineValue: def.baseline.value,
          baselineDate: def.baseline.date,
          baselineSource: def.baseline.source,
          targets: storedTargets(def.targets),
        },
      });
      await tx.indicatorRevision.create({
        data: {
          indicatorId: ind.id,
          version: 1,
          definition: snapshotOf(def),
          tolerance: SEED_TOLERANCE,
          status: 'NO_DATA',
        },
      });
    }
  }
}

/** INDICATOR_TOLERANCE's default: a seeded indicator's first revision (no value yet, so it decides nothing). */
const SEED_TOLERANCE = 0.1;

/**
 * The article's stored text, sections and hash, and its source file in the evidence archive: written once, on a
 * database seeded before documents kept their text too. A text that records quote is changed only by a revision.
 */
async function storeArticleText(tx: Prisma.TransactionClient, docId: number) {
  const row = await tx.sourceDocument.findUniqueOrThrow({ where: { id: docId }, select: { text: true } });
  if (row.text) return;
  const file = fs.readFileSync(articlePath);
  const { text, sections, emphasis } = seededArticleText(file.toString('utf8'));
  const sha256 = createHash('sha256').update(file).digest('hex');
  const contentType = 'text/markdown; charset=utf-8';
  await tx.evidenceArchive.createMany({
    data: [{ sha256, contentType, sizeBytes: file.length, bytes: new Uint8Array(file) }],
    skipDuplicates: true,
  });
  await tx.sourceDocument.update({
    where: { id: docId },
    data: {
      text,
      sections: [...sections],
      emphasis: [...emphasis],
      contentHash: contentHashOf(text),
      mediaType: 'text/markdown',
      originalSha256: sha256,
    },
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
