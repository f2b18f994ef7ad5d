// Factories: each test creates exactly the rows it asserts on.
import { hash } from '@node-rs/argon2';
import type { Db } from '../../src/db/client';
import type { Prisma, Role } from '../../src/generated/prisma/client';
import { newTokenSecret } from '../../src/domain/access/auth';
import { writeRevision } from '../../src/domain/indicators/indicators';
import { loadConfig } from '../../src/config';

let seq = 0;
const next = () => ++seq;

/**
 * A factory document's text: quotes are checked against it (catalog/quoteCheck.ts), so it holds the quotes tests
 * write through the API; each factory record's own quote is appended to its document's text as it is created.
 */
const FACTORY_TEXT =
  '引文。新引文。新的引文。原文。建立算法备案制度。第二版原文。第三版原文。构建沙盒监管模式，加快完善相关制度安排。';

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
  await quoteInDocument(db, themeId, rec.quote);
  return rec;
}

/** Appends `quote` to the text of theme `themeId`'s document unless it is there, so that a record may quote it. */
export async function quoteInDocument(db: Db, themeId: number, quote: string) {
  await db.$executeRaw`UPDATE "SourceDocument" d SET text = d.text || ${`\n\n${quote}`}
    FROM "Theme" t WHERE t.id = ${themeId} AND d.id = t."documentId" AND strpos(d.text, ${quote}) = 0`;
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
export async function createUserWithToken(
  db: Db,
  role: Role,
  name = `${role.toLowerCase()}-${next()}`,
  passwordHash: string | null = null,
) {
  const user = await db.user.create({ data: { name, role, passwordHash } });
  const secret = newTokenSecret();
  await db.apiToken.create({ data: { userId: user.id, label: 'test', tokenHash: secret.hash, prefix: secret.prefix } });
  return { user, token: secret.token };
}

/** The password every account from createUserWithPassword signs in with (long enough, not a common one). */
const TEST_PASSWORD = 'correct horse battery staple 7';

/**
 * An account a person signs in to with a password, as the console does (POST /auth/password), and with an API
 * token too, for the calls a test makes through the API to set the scene.
 */
export async function createUserWithPassword(db: Db, role: Role, name = `${role.toLowerCase()}-${next()}`) {
  const created = await createUserWithToken(db, role, name, await hash(TEST_PASSWORD));
  return { ...created, name, password: TEST_PASSWORD };
}

/**
 * An indicator on record `recommendationId`, with its first revision: baseline 0 on 2025-01-01, target 100 on
 * 2025-04-11 (a line of one a day), unit `factories`, at least 0. The revision (its snapshot, its status, the
 * tolerance: INDICATOR_TOLERANCE's default) is the domain's writeRevision's, as every indicator write's is, so that
 * the factory cannot drift from the rule.
 */
export async function createIndicator(
  db: Db,
  recommendationId: number,
  overrides: Partial<Prisma.IndicatorUncheckedCreateInput> = {},
) {
  const ind = await db.indicator.create({
    data: {
      recommendationId,
      nameZh: '智能工厂',
      nameEn: 'Smart factories',
      unit: 'factories',
      min: 0,
      direction: 'INCREASE',
      baselineValue: 0,
      baselineDate: new Date('2025-01-01'),
      baselineSource: 'test',
      targets: [{ value: 100, dueDate: '2025-04-11' }],
      ...overrides,
    },
  });
  return writeRevision(db, ind.id, loadConfig({ NODE_ENV: 'test' }).indicatorTolerance, new Date());
}
