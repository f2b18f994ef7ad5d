import { allRecords, readCatalog } from '../../prisma/catalogFile';
import { seedCatalog } from '../../prisma/seed';
import { createTestDatabase, resetDatabase, type TestDatabase } from '../helpers/database';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});
beforeEach(async () => {
  await resetDatabase(t.db);
});

const snapshot = (t: TestDatabase) =>
  Promise.all([
    t.db.sourceDocument.findMany({ orderBy: { id: 'asc' } }),
    t.db.theme.findMany({ orderBy: { id: 'asc' } }),
    t.db.recommendation.findMany({ orderBy: { id: 'asc' } }),
  ]);

describe('seeding the catalog', () => {
  it('loads every record of the reviewed catalog file, each under its theme', async () => {
    const catalog = readCatalog();
    const result = await seedCatalog(t.db);
    expect(result).toEqual({
      documentsCreated: 1,
      themesCreated: 9,
      recommendationsCreated: allRecords(catalog).length,
      revision: catalog.revision,
      upgrade: null,
    });
    const rows = await t.db.recommendation.findMany({ include: { theme: true }, where: { archivedAt: null } });
    expect(rows.map((r) => [r.code, r.theme.code, r.quote]).sort()).toEqual(
      catalog.recommendations.map((r) => [r.code, r.theme, r.quote]).sort(),
    );
    expect(rows.every((r) => r.status === 'NOT_STARTED' && r.progress === 0 && r.version === 1)).toBe(true);
  });

  it('changes nothing when run twice', async () => {
    const catalog = readCatalog();
    await seedCatalog(t.db);
    const before = await snapshot(t);
    expect(await seedCatalog(t.db)).toEqual({
      documentsCreated: 0,
      themesCreated: 0,
      recommendationsCreated: 0,
      revision: catalog.revision,
      upgrade: null,
    });
    expect(await snapshot(t)).toEqual(before);
  });

  it('never overwrites progress or edits made after the first seed of the same revision', async () => {
    await seedCatalog(t.db);
    const code = 'GOV-SANDBOX-01';
    await t.db.recommendation.update({
      where: { code },
      data: { status: 'IN_PROGRESS', progress: 40, version: 5, titleEn: 'Edited by a curator' },
    });
    await seedCatalog(t.db);
    expect(await t.db.recommendation.findUniqueOrThrow({ where: { code } })).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 40,
      version: 5,
      titleEn: 'Edited by a curator',
    });
  });

  it('adds records that are new in the catalog file without touching the rest', async () => {
    const catalog = readCatalog();
    const first = { ...catalog, recommendations: catalog.recommendations.slice(0, 10) };
    await seedCatalog(t.db, first);
    const result = await seedCatalog(t.db, catalog);
    expect(result.recommendationsCreated).toBe(catalog.recommendations.length - 10);
  });
});
