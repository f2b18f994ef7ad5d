// Factories: each test creates exactly the rows it asserts on.
import type { Db } from '../../src/db/client';
import type { Prisma, Role } from '../../src/generated/prisma/client';
import { newTokenSecret } from '../../src/domain/access/auth';

let seq = 0;
const next = () => ++seq;

/**
 * A factory document's text: quotes are checked against it (catalog/quoteCheck.ts), so it holds the quotes tests
 * write through the API; each factory record's own quote is appended to its document's text as it is created.
 */
const FACTORY_TEXT = '引文。新引文。新的引文。原文。建立算法备案制度。第二版原文。第三版原文。';

async function createDocument(db: Db, overrides: Partial<Prisma.SourceDocumentUncheckedCreateInput> = {}) {
  const n = next();
  return db.sourceDocument.create({
    data: { slug: `doc-${n}`, titleZh: `文件${n}`, titleEn: `Document ${n}`, text: FACTORY_TEXT, ...overrides },
  });
}

export async function createTheme(db: Db, overrides: Partial<Prisma.ThemeUncheckedCreateInput> = {}) {
  const documentId = overrides.documentId ?? (await createDocument(db)).id;
  const n = next();
  return db.theme.create({
    data: {
      code: `THEME${n}`,
      pillar: 'GOVERNANCE',
      nameZh: `主题${n}`,
      nameEn: `Theme ${n}`,
      sortOrder: n,
      ...overrides,
      documentId,
    },
  });
}

export async function createRecommendation(db: Db, overrides: Partial<Prisma.RecommendationUncheckedCreateInput> = {}) {
  const themeId = overrides.themeId ?? (await createTheme(db)).id;
  const n = next();
  const rec = await db.recommendation.create({
    data: {
      code: `GOV-TEST-${String(n).padStart(3, '0')}`,
      titleZh: `建议${n}`,
      titleEn: `Recommendation ${n}`,
      summaryEn: `Summary of recommendation ${n}.`,
      quote: `引文${n}`,
      ...overrides,
      themeId,
    },
  });
  // The record's quote is in its document's text, as the quote rule keeps it for records written through the API.
  await db.$executeRaw`UPDATE "SourceDocument" d SET text = d.text || ${`\n\n${rec.quote}`}
    FROM "Theme" t WHERE t.id = ${themeId} AND d.id = t."documentId" AND strpos(d.text, ${rec.quote}) = 0`;
  return rec;
}

/**
 * A log entry written straight to the table, as a past logProgress left it. It does not touch the
 * recommendation (status, progress, lastProgressAt): pass those to createRecommendation when a test needs them.
 */
export async function createProgressUpdate(db: Db, overrides: Partial<Prisma.ProgressUpdateUncheckedCreateInput> = {}) {
  const recommendationId = overrides.recommendationId ?? (await createRecommendation(db)).id;
  const n = next();
  return db.progressUpdate.create({
    data: {
      note: `Log entry ${n}`,
      statusBefore: 'NOT_STARTED',
      status: 'IN_PROGRESS',
      progressBefore: 0,
      progress: 10,
      evidenceUrls: [],
      occurredOn: new Date(Date.UTC(2026, 0, 1)),
      actorName: 'analyst',
      ...overrides,
      recommendationId,
    },
  });
}

export async function createOwner(db: Db, overrides: Partial<Prisma.OwnerUncheckedCreateInput> = {}) {
  const n = next();
  return db.owner.create({ data: { name: `Owner ${n}`, kind: 'MINISTRY', ...overrides } });
}

/** Names an owner responsible for a recommendation, creating either when its id is not given. */
export async function linkOwner(db: Db, overrides: Partial<Prisma.RecommendationOwnerUncheckedCreateInput> = {}) {
  const recommendationId = overrides.recommendationId ?? (await createRecommendation(db)).id;
  const ownerId = overrides.ownerId ?? (await createOwner(db)).id;
  return db.recommendationOwner.create({ data: { isLead: false, ...overrides, recommendationId, ownerId } });
}

/** A user with a fresh token; returns the clear token for the Authorization header. */
export async function createUserWithToken(db: Db, role: Role, name = `${role.toLowerCase()}-${next()}`) {
  const user = await db.user.create({ data: { name, role } });
  const secret = newTokenSecret();
  await db.apiToken.create({ data: { userId: user.id, label: 'test', tokenHash: secret.hash, prefix: secret.prefix } });
  return { user, token: secret.token };
}
