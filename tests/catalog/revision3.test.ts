// A database seeded at catalog revision 2, with work logged on records that revision 3 splits and retitles,
// meets revision 3 (the current file): the same pattern as revision.test.ts for revision 2.
import { seedCatalog } from '../../prisma/seed';
import { allRecords, readCatalog, readCatalogRevision, type CatalogRecord } from '../../prisma/catalogFile';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createUserWithToken } from '../helpers/factories';
import {
  ActiveRecordCountDocument,
  CatalogAuditDocument,
  CatalogThemesDocument,
  DateRevisedRecordDocument,
  LogOnRevisedRecordDocument,
  MarkRevisedTextReviewedDocument,
  OwnRevisedRecordDocument,
  RevisedRecordDocument,
} from '../__generated__/catalogRevision';

const s = useTestServer({ reset: true });
const current = readCatalog();
const previous = readCatalogRevision(2);
const RETITLED = 'DEV-FINANCE-03'; // 对人工智能企业 back in its Chinese title
const SPLIT = 'GOV-SANDBOX-04'; // regulators' capacity | intelligent toolkits
const SPLIT_OF_SPLIT = 'DEV-FINANCE-07'; // revision 2's successor of DEV-FINANCE-04

const recordIn = (catalog: typeof current, code: string) => allRecords(catalog).find((r) => r.code === code)!;
const FIELDS = ['titleZh', 'titleEn', 'summaryEn', 'summaryZh', 'quote', 'theme'] as const;
const changed = (a: CatalogRecord, b: CatalogRecord) => FIELDS.some((f) => (a[f] ?? '') !== (b[f] ?? ''));
const newCodes = allRecords(current)
  .filter((r) => !allRecords(previous).some((p) => p.code === r.code))
  .map((r) => r.code);
const origins = (r: CatalogRecord) => ({
  titleZh: r.textOrigin?.titleZh ?? 'SOURCE',
  titleEn: r.textOrigin?.titleEn ?? 'SOURCE',
  summaryZh: r.textOrigin?.summaryZh ?? 'SOURCE',
  summaryEn: r.textOrigin?.summaryEn ?? 'SOURCE',
});

async function workOnRevision2() {
  expect(await seedCatalog(s.db, previous)).toMatchObject({ revision: 2, upgrade: null });
  const log = (code: string, expectedVersion: number, note: string, progress: number) =>
    s.exec(
      LogOnRevisedRecordDocument,
      { input: { code, expectedVersion, note, status: 'IN_PROGRESS', progress, occurredOn: '2026-12-02' } },
      ADMIN_TOKEN,
    );
  await log(RETITLED, 1, 'Listing rules consulted', 25);
  const owners = [{ name: 'China Securities Regulatory Commission', kind: 'REGULATOR' as const }];
  await s.exec(OwnRevisedRecordDocument, { input: { code: RETITLED, owners } }, ADMIN_TOKEN);
  await s.exec(
    DateRevisedRecordDocument,
    { input: { code: RETITLED, targetDate: '2027-06-30', reason: 'Plan' } },
    ADMIN_TOKEN,
  );
  await log(SPLIT, 1, 'Toolkit tender', 20);
  await log(SPLIT_OF_SPLIT, 1, 'Exit-channel pilot', 30);
}

const record = async (code: string) => (await s.exec(RevisedRecordDocument, { code })).data!.recommendation!;

describe('catalog revision 3 on a database at revision 2', () => {
  it('retitles a record in both languages, adds its Chinese summary as a draft, and keeps its log, owners and date', async () => {
    await workOnRevision2();
    const before = await record(RETITLED);
    const result = await seedCatalog(s.db);
    const next = recordIn(current, RETITLED);
    expect(await record(RETITLED)).toEqual({
      ...before,
      titleZh: next.titleZh,
      titleEn: next.titleEn,
      summaryEn: next.summaryEn,
      summaryZh: next.summaryZh,
      textOrigin: { titleZh: 'DRAFT', titleEn: 'DRAFT', summaryZh: 'DRAFT', summaryEn: 'DRAFT' },
      version: before.version + 1,
    });
    expect(before.updates.map((u) => u.note)).toEqual(['Listing rules consulted']);
    expect(result).toEqual({
      documentsCreated: 0,
      themesCreated: 0,
      recommendationsCreated: newCodes.length,
      revision: 3,
      upgrade: {
        from: 2,
        to: 3,
        edited: allRecords(current)
          .filter((r) => !newCodes.includes(r.code) && changed(recordIn(previous, r.code), r))
          .map((r) => r.code),
        archived: (current.withdrawn ?? []).filter((w) => w.withdrawnIn === 3).map((w) => w.code),
        created: newCodes,
        keptLocalEdits: [],
      },
    });
    expect((await s.exec(ActiveRecordCountDocument)).data!.recommendations.totalCount).toBe(
      current.recommendations.length,
    );
    expect((await s.exec(CatalogThemesDocument)).data!.themes).toEqual(
      current.themes.map((t) => ({ code: t.code, nameEn: t.nameEn })),
    );
  });

  it('archives a split record with its log and links successors that each quote one of its measures', async () => {
    await workOnRevision2();
    const before = await record(SPLIT);
    await seedCatalog(s.db);
    const successors = current.recommendations.filter((r) => r.splitFrom === SPLIT);
    expect(await record(SPLIT)).toEqual({
      ...before,
      archived: true,
      version: before.version + 1,
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
    expect(before.updates.map((u) => u.note)).toEqual(['Toolkit tender']);
    expect((await record(successors[0].code)).textOrigin).toEqual(origins(successors[0]));
  });

  it('splits a split record again: following successors from DEV-FINANCE-04 reaches both generations', async () => {
    await workOnRevision2();
    await seedCatalog(s.db);
    const first = await record('DEV-FINANCE-04');
    expect(first.successors.map((r) => [r.code, r.archived, r.successors])).toEqual([
      [
        'DEV-FINANCE-07',
        true,
        [
          { code: 'DEV-FINANCE-09', archived: false },
          { code: 'DEV-FINANCE-10', archived: false },
        ],
      ],
      ['DEV-FINANCE-08', false, []],
    ]);
    expect((await record(SPLIT_OF_SPLIT)).updates.map((u) => u.note)).toEqual(['Exit-channel pilot']);
  });

  it('audits each change by the catalog: theme names, edits, archives and new records', async () => {
    await workOnRevision2();
    await seedCatalog(s.db);
    const log = (await s.exec(CatalogAuditDocument, {}, ADMIN_TOKEN)).data!.auditLog.edges.map((e) => e.node);
    const byCatalog = log.filter((n) => n.actor === 'catalog');
    const count = (op: string) => byCatalog.filter((n) => n.operation === op).length;
    const renamed = current.themes.filter((t) => previous.themes.find((p) => p.code === t.code)!.nameEn !== t.nameEn);
    expect({
      updateTheme: count('updateTheme'),
      archiveRecommendation: count('archiveRecommendation'),
      createRecommendation: count('createRecommendation'),
    }).toEqual({
      updateTheme: renamed.length,
      archiveRecommendation: (current.withdrawn ?? []).filter((w) => w.withdrawnIn === 3).length,
      createRecommendation: newCodes.length,
    });
    expect(byCatalog.find((n) => n.operation === 'updateTheme' && n.targetId === 'SANDBOX')).toEqual({
      actor: 'catalog',
      operation: 'updateTheme',
      targetType: 'Theme',
      targetId: 'SANDBOX',
      before: { nameEn: 'Sandbox regulation' },
      after: { nameEn: current.themes.find((t) => t.code === 'SANDBOX')!.nameEn, via: 'catalog revision 3' },
    });
  });

  it('seeds a fresh database at revision 3 with every live record summarised in Chinese and its drafts marked', async () => {
    expect(await seedCatalog(s.db)).toMatchObject({ revision: 3, recommendationsCreated: allRecords(current).length });
    for (const r of current.recommendations) {
      const row = await record(r.code);
      expect({ [r.code]: [row.summaryZh, row.textOrigin] }).toEqual({ [r.code]: [r.summaryZh, origins(r)] });
    }
  });
});

describe('markTextReviewed', () => {
  it('marks drafts reviewed for a named admin, audited with who, and refuses the bootstrap token', async () => {
    await seedCatalog(s.db);
    const code = 'DEV-FINANCE-09';
    const input = { code, fields: ['TITLE_EN' as const, 'SUMMARY_ZH' as const] };
    const refused = await s.exec(MarkRevisedTextReviewedDocument, { input }, ADMIN_TOKEN);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const { user, token } = await createUserWithToken(s.db, 'ADMIN', 'reviewer-li');
    const res = await s.exec(MarkRevisedTextReviewedDocument, { input }, token);
    expect(res.data!.markTextReviewed).toEqual({
      version: 2,
      textOrigin: { titleZh: 'DRAFT', titleEn: 'REVIEWED', summaryZh: 'REVIEWED', summaryEn: 'DRAFT' },
    });
    const audit = (await s.exec(CatalogAuditDocument, { targetId: code }, ADMIN_TOKEN)).data!.auditLog.edges;
    expect(audit[0].node).toEqual({
      actor: user.name,
      operation: 'markTextReviewed',
      targetType: 'Recommendation',
      targetId: code,
      before: { titleEn: 'DRAFT', summaryZh: 'DRAFT' },
      after: { titleEn: 'REVIEWED', summaryZh: 'REVIEWED' },
    });
  });
});
