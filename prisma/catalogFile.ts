// The reviewed catalog file (prisma/catalog/catalog.json) and the revisions before it (prisma/catalog/revisions/).
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/projectRoot';
import type { Pillar } from '../src/generated/prisma/client';

/** The bilingual texts whose origin is tracked (Recommendation.textOrigin). */
export const ORIGIN_FIELDS = ['titleZh', 'titleEn', 'summaryZh', 'summaryEn'] as const;
export type OriginField = (typeof ORIGIN_FIELDS)[number];

export interface CatalogRecord {
  code: string;
  theme: string;
  titleZh: string;
  titleEn: string;
  summaryEn: string;
  /** For a Chinese policy reader; absent before revision 3 (and on records withdrawn before it). */
  summaryZh?: string;
  quote: string;
  /** The withdrawn record this one replaces, when a revision split it. */
  splitFrom?: string;
  /** How a record whose precision was in doubt is tracked, and why it stayed a measure. */
  trackingNote?: string;
  /** Texts that are not yet as the reviewed source has them; a field left out is SOURCE. */
  textOrigin?: Partial<Record<OriginField, 'DRAFT' | 'REVIEWED'>>;
  /**
   * The quantities the article states that this measure tracks: each a baseline or a target, its `source` the
   * article's words verbatim (tests/indicators/seededIndicators.test.ts). A baseline the article gives with no
   * target has none (its status is NO_DATA until someone sets one).
   */
  indicators?: CatalogIndicator[];
}

/** An indicator of a catalog record (seeded once, by its code, where missing; never edited afterwards). */
interface CatalogIndicator {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  min?: number;
  max?: number;
  direction: 'INCREASE' | 'DECREASE' | 'MAINTAIN';
  baseline: { value: number; date: string; source: string };
  targets: { value: number; dueDate: string }[];
}

/** A record the catalog no longer lists as a measure: kept, archived, with why and since which revision. */
export interface WithdrawnRecord extends CatalogRecord {
  withdrawnIn: number;
  reason: string;
}

export interface CatalogFile {
  /** Absent in the files written before revisions existed: those are revision 1. */
  revision?: number;
  document: {
    slug: string;
    titleZh: string;
    titleEn: string;
    author?: string;
    authorRoleZh?: string;
    language?: string;
  };
  themes: { code: string; pillar: Pillar; sortOrder: number; nameZh: string; nameEn: string; sectionZh?: string }[];
  recommendations: CatalogRecord[];
  withdrawn?: WithdrawnRecord[];
}

const catalogDir = path.join(projectRoot, 'prisma', 'catalog');
export const catalogPath = path.join(catalogDir, 'catalog.json');

/** The seeded article as the catalog's quotes were taken from it: a print-layout extraction, in Markdown. */
export const articlePath = path.join(catalogDir, 'source-article.zh.txt');

export function readCatalog(file = catalogPath): CatalogFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CatalogFile;
}

/** An earlier revision, as prisma/catalog/revisions/<n>.json keeps it (the current one is catalog.json). */
export const readCatalogRevision = (revision: number) =>
  readCatalog(path.join(catalogDir, 'revisions', `${revision}.json`));

export const revisionOf = (catalog: CatalogFile) => catalog.revision ?? 1;

/** Every record the file knows, active ones first; withdrawn ones are kept so that their codes still resolve. */
export const allRecords = (catalog: CatalogFile): (CatalogRecord & Partial<WithdrawnRecord>)[] => [
  ...catalog.recommendations,
  ...(catalog.withdrawn ?? []),
];
