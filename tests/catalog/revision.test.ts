// A database seeded by catalog revision 1, with work logged on it, meets revision 2 (revision 3: revision3.test.ts).
import { seedCatalog } from '../../prisma/seed';
import { allRecords, readCatalogRevision, type CatalogRecord } from '../../prisma/catalogFile';
import { createPrismaClient } from '../../src/db/client';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import {
  ActiveRecordCountDocument,
  CatalogAuditDocument,
  CatalogDocumentTitleDocument,
  CurateRevisedRecordDocument,
  DateRevisedRecordDocument,
  LogOnRevisedRecordDocument,
  OwnRevisedRecordDocument,
  RevisedRecordDocument,
} from '../__generated__/catalogRevision';

const s = useTestServer({ reset: true });
// Revision 2 as it was released: later revisions are applied on top of it (revision3.test.ts).
const current = readCatalogRevision(2);
const previous = readCatalogRevision(1);
const upgrade = (db = s.db) => seedCatalog(db, current);
const CORRECTED = 'DEV-ENTERPRISE-02'; // "core chips" for 高端芯片
const SPLIT = 'DEV-FINANCE-04';

const recordIn = (catalog: typeof current, code: string) => allRecords(catalog).find((r) => r.code === code)!;
const FIELDS = ['titleZh', 'titleEn', 'summaryEn', 'quote', 'theme'] as const;
const changed = (a: CatalogRecord, b: CatalogRecord) => FIELDS.some((f) => a[f] !== b[f]);
const newCodes = allRecords(current)
  .filter((r) => !allRecords(previous).some((p) => p.code === r.code))
  .map((r) => r.code);

/** The previous revision, seeded, with progress, owners and a date on the corrected record, progress on the split one. */
async function workOnPreviousRevision() {
  expect(await seedCatalog(s.db, previous)).toMatchObject({ revision: 1, upgrade: null });
  const log = (code: string, expectedVersion: number, note: string, progress: number) =>
    s.exec(
      LogOnRevisedRecordDocument,
      { input: { code, expectedVersion, note, status: 'IN_PROGRESS', progress, occurredOn: '2026-11-02' } },
      ADMIN_TOKEN,
    );
  await log(CORRECTED, 1, 'Chip consortium formed', 30);
  const owners = [{ name: 'Ministry of Industry and Information Technology', kind: 'MINISTRY' as const }];
  await s.exec(OwnRevisedRecordDocument, { input: { code: CORRECTED, owners } }, ADMIN_TOKEN);
  await s.exec(
    DateRevisedRecordDocument,
    { input: { code: CORRECTED, targetDate: '2027-12-31', reason: 'Plan' } },
    ADMIN_TOKEN,
  );
  await log(SPLIT, 1, 'M&A rules drafted', 20);
  await log(SPLIT, 2, 'Exit-channel pilot', 40);
}

const record = async (code: string) => (await s.exec(RevisedRecordDocument, { code })).data!.recommendation!;

describe('a new catalog revision on a running database', () => {
  it('updates what the revision corrected and keeps every log entry, status, owner and date', async () => {
    await workOnPreviousRevision();
    const before = await record(CORRECTED);
    const result = await upgrade();
    const next = recordIn(current, CORRECTED);
    expect(await record(CORRECTED)).toEqual({
      ...before,
      titleEn: next.titleEn,
      summaryEn: next.summaryEn,
      version: before.version + 1,
    });
    expect(result).toEqual({
      documentsCreated: 0,
      themesCreated: 0,
      recommendationsCreated: newCodes.length,
      revision: 2,
      upgrade: {
        from: 1,
        to: 2,
        edited: allRecords(current)
          .filter((r) => !newCodes.includes(r.code) && changed(recordIn(previous, r.code), r))
          .map((r) => r.code),
        archived: (current.withdrawn ?? []).map((w) => w.code),
        created: newCodes,
        keptLocalEdits: [],
      },
    });
    expect((await s.exec(CatalogDocumentTitleDocument)).data!.documents).toEqual([
      { titleEn: current.document.titleEn },
    ]);
    expect((await s.exec(ActiveRecordCountDocument)).data!.recommendations.totalCount).toBe(
      current.recommendations.length,
    );
  });

  it('keeps a split record, archived with its log, and makes its code resolve to its successors', async () => {
    await workOnPreviousRevision();
    const before = await record(SPLIT);
    await upgrade();
    const successors = current.recommendations.filter((r) => r.splitFrom === SPLIT);
    expect(successors.length).toBe(2);
    expect(await record(SPLIT)).toEqual({
      ...before,
      quote: recordIn(current, SPLIT).quote,
      quoteHistory: [
        {
          previousQuote: before.quote,
          newQuote: recordIn(current, SPLIT).quote,
          reason: 'Catalog revision 2',
          actor: 'catalog',
        },
      ],
      archived: true,
      version: before.version + 2,
      successors: successors.map((r) => ({
        code: r.code,
        titleEn: r.titleEn,
        quote: r.quote,
        status: 'NOT_STARTED',
        archived: false,
        splitFrom: { code: SPLIT },
        updates: [],
        successors: [],
      })),
    });
    expect(before.updates.map((u) => u.note)).toEqual(['Exit-channel pilot', 'M&A rules drafted']);
  });

  it('records each change as an audit entry by the catalog', async () => {
    await workOnPreviousRevision();
    await upgrade();
    const entries = async (targetId: string) =>
      (await s.exec(CatalogAuditDocument, { targetId }, ADMIN_TOKEN))
        .data!.auditLog.edges.map((e) => e.node)
        .filter((n) => n.actor === 'catalog');
    const [prev, next] = [recordIn(previous, CORRECTED), recordIn(current, CORRECTED)];
    expect(await entries(CORRECTED)).toEqual([
      {
        actor: 'catalog',
        operation: 'updateRecommendation',
        targetType: 'Recommendation',
        targetId: CORRECTED,
        before: { titleEn: prev.titleEn, summaryEn: prev.summaryEn },
        after: { titleEn: next.titleEn, summaryEn: next.summaryEn, via: 'catalog revision 2' },
      },
    ]);
    expect((await entries(SPLIT)).map((e) => [e.operation, (e.after as { reason?: string }).reason])).toEqual([
      ['archiveRecommendation', current.withdrawn!.find((w) => w.code === SPLIT)!.reason],
      ['updateRecommendation', undefined],
    ]);
  });

  it('leaves a field a curator edited after the previous revision as they set it, and reports it unless it matches', async () => {
    await workOnPreviousRevision();
    const code = 'DEV-FINANCE-02';
    await s.exec(CurateRevisedRecordDocument, { input: { code, titleEn: 'Our own wording' } }, ADMIN_TOKEN);
    // A curator who already wrote what the revision brings is neither overridden nor reported.
    const early = 'GOV-GLOBAL-01';
    const titleEn = recordIn(current, early).titleEn;
    await s.exec(CurateRevisedRecordDocument, { input: { code: early, titleEn } }, ADMIN_TOKEN);
    const result = await upgrade();
    expect(result.upgrade?.keptLocalEdits).toEqual([`${code}.titleEn`]);
    expect(result.upgrade?.edited).not.toContain(early);
    expect([(await record(code)).titleEn, (await record(early)).titleEn]).toEqual(['Our own wording', titleEn]);
  });

  it('applies a revision once when two servers start on the database at the same time', async () => {
    await seedCatalog(s.db, previous);
    const [a, b] = [createPrismaClient(s.url), createPrismaClient(s.url)];
    try {
      const results = await Promise.all([upgrade(a), upgrade(b)]);
      expect(results.map((r) => [r.revision, r.upgrade === null])).toEqual(
        expect.arrayContaining([
          [2, true],
          [2, false],
        ]),
      );
    } finally {
      await Promise.all([a.$disconnect(), b.$disconnect()]);
    }
    expect(await upgrade()).toMatchObject({ recommendationsCreated: 0, upgrade: null });
  });

  it('seeds a fresh database at the current revision: withdrawn records archived, splits linked, nothing audited', async () => {
    expect(await upgrade()).toEqual({
      documentsCreated: 1,
      themesCreated: current.themes.length,
      recommendationsCreated: allRecords(current).length,
      revision: 2,
      upgrade: null,
    });
    expect((await record(SPLIT)).successors.map((r) => r.code)).toEqual(
      current.recommendations.filter((r) => r.splitFrom === SPLIT).map((r) => r.code),
    );
    expect((await record(SPLIT)).archived).toBe(true);
    expect((await s.exec(ActiveRecordCountDocument)).data!.recommendations.totalCount).toBe(
      current.recommendations.length,
    );
    expect((await s.exec(CatalogAuditDocument, {}, ADMIN_TOKEN)).data!.auditLog.totalCount).toBe(0);
  });
});
