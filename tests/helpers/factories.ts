// Factories: each test creates exactly the rows it asserts on.
import type { Db } from '../../src/db/client';
import type { Prisma, Role } from '../../src/generated/prisma/client';
import { newTokenSecret } from '../../src/domain/auth';

let seq = 0;
const next = () => ++seq;

export async function createDocument(db: Db, overrides: Partial<Prisma.SourceDocumentUncheckedCreateInput> = {}) {
  const n = next();
  return db.sourceDocument.create({
    data: { slug: `doc-${n}`, titleZh: `文件${n}`, titleEn: `Document ${n}`, ...overrides },
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
  return db.recommendation.create({
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
}

/** A user with a fresh token; returns the clear token for the Authorization header. */
export async function createUserWithToken(db: Db, role: Role, name = `${role.toLowerCase()}-${next()}`) {
  const user = await db.user.create({ data: { name, role } });
  const secret = newTokenSecret();
  await db.apiToken.create({ data: { userId: user.id, label: 'test', tokenHash: secret.hash, prefix: secret.prefix } });
  return { user, token: secret.token };
}
