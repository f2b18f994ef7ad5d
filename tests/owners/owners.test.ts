// Owners as institutions: one owner however it is named, and merging two that turn out to be one.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { toGlobalId } from '../../src/domain/globalId';
import {
  AddInstitutionDocument,
  ByOwnerDocument,
  DateTargetDocument,
  InstitutionsDocument,
  MergeInstitutionsDocument,
  NameOwnersDocument,
  OwnedRecordDocument,
  RenameInstitutionDocument,
} from '../__generated__/owners';

const s = useTestServer({ reset: true });
let analyst: string;
beforeEach(async () => {
  analyst = (await createUserWithToken(s.db, 'ANALYST')).token;
});

const CAC = {
  nameZh: '国家互联网信息办公室',
  nameEn: 'Cyberspace Administration of China',
  kind: 'REGULATOR' as const,
  aliases: ['国家网信办', 'CAC'],
};
// Owners are institutions, and admins' to create and change; analysts name them on records.
const addCac = async () => (await s.exec(AddInstitutionDocument, { input: CAC }, ADMIN_TOKEN)).data!.createOwner;
const name = (code: string, ...names: string[]) =>
  s.exec(
    NameOwnersDocument,
    { input: { code, owners: names.map((n) => ({ name: n, kind: 'OTHER' as const })) } },
    analyst,
  );
const ownerNamesOf = async (code: string) =>
  (await s.exec(OwnedRecordDocument, { code })).data!.recommendation!.owners.map((o) => o.name);

describe('an owner with Chinese and English names and aliases', () => {
  it('is one owner whichever of its names, in whatever case or width, a record is given', async () => {
    expect(await addCac()).toEqual({ id: expect.any(String), name: CAC.nameEn, ...CAC });
    const [a, b, c] = [
      await createRecommendation(s.db),
      await createRecommendation(s.db),
      await createRecommendation(s.db),
    ];
    await name(a.code, '国家网信办');
    await name(b.code, '  cyberspace   administration of CHINA ');
    await name(c.code, 'ＣＡＣ');
    expect([await ownerNamesOf(a.code), await ownerNamesOf(b.code), await ownerNamesOf(c.code)]).toEqual([
      [CAC.nameEn],
      [CAC.nameEn],
      [CAC.nameEn],
    ]);
    expect((await s.exec(InstitutionsDocument, {})).data!.owners).toHaveLength(1);
  });

  it('refuses two names of the same owner in one list, and writes nothing', async () => {
    await addCac();
    const rec = await createRecommendation(s.db);
    const res = await name(rec.code, '国家网信办', 'Cyberspace Administration of China');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]).toMatchObject({
      message: `Cyberspace Administration of China and 国家网信办 are the same owner (${CAC.nameEn}).`,
      extensions: { field: 'owners.1.name' },
    });
    expect(await ownerNamesOf(rec.code)).toEqual([]);
  });

  it('is found by the owners filter under any of its names', async () => {
    await addCac();
    const rec = await createRecommendation(s.db);
    await name(rec.code, 'CAC');
    for (const filterName of ['国家互联网信息办公室', '国家网信办', 'cac', CAC.nameEn]) {
      expect((await s.exec(ByOwnerDocument, { owner: [filterName] })).data!.recommendations.edges).toEqual([
        { node: { code: rec.code, owners: [{ name: CAC.nameEn, nameZh: CAC.nameZh }] } },
      ]);
    }
  });

  it('refuses a name another owner already answers to, naming that owner', async () => {
    await addCac();
    const res = await s.exec(
      AddInstitutionDocument,
      { input: { nameEn: 'Internet Office', kind: 'REGULATOR', aliases: ['国家网信办'] } },
      ADMIN_TOKEN,
    );
    expect(res.errors![0]).toMatchObject({
      message: `国家网信办 is already a name of the owner ${CAC.nameEn}.`,
      extensions: { code: 'BAD_USER_INPUT', field: 'aliases.0' },
    });
    expect((await s.exec(InstitutionsDocument, {})).data!.owners.map((o) => o.name)).toEqual([CAC.nameEn]);
  });

  it('takes a name that setOwners met first as its Chinese or English name, and can be given the other later', async () => {
    const rec = await createRecommendation(s.db);
    await name(rec.code, '工业和信息化部');
    const [owner] = (await s.exec(InstitutionsDocument, {})).data!.owners;
    expect(owner).toEqual({
      name: '工业和信息化部',
      nameZh: '工业和信息化部',
      nameEn: null,
      aliases: [],
      mergedInto: null,
    });
    const id = (await s.db.owner.findFirstOrThrow()).id;
    const res = await s.exec(
      RenameInstitutionDocument,
      {
        input: {
          id: toGlobalId('Owner', id),
          nameEn: 'Ministry of Industry and Information Technology',
          aliases: ['MIIT'],
        },
      },
      ADMIN_TOKEN,
    );
    expect(res.data!.updateOwner).toEqual({
      name: 'Ministry of Industry and Information Technology',
      nameZh: '工业和信息化部',
      nameEn: 'Ministry of Industry and Information Technology',
      kind: 'OTHER',
      aliases: ['MIIT'],
    });
    expect(await ownerNamesOf(rec.code)).toEqual(['Ministry of Industry and Information Technology']);
  });
});

describe('mergeOwners', () => {
  it('moves every link to the owner kept, keeps the lead and every revision, and keeps the merged owner as history', async () => {
    const cac = await addCac();
    const [both, onlyOld] = [await createRecommendation(s.db), await createRecommendation(s.db)];
    await name(both.code, '网信办', 'CAC'); // two owners before anyone noticed they are one
    await name(onlyOld.code, '网信办');
    await s.exec(
      DateTargetDocument,
      { input: { code: both.code, targetDate: '2027-06-30', reason: 'Work plan' } },
      analyst,
    );
    const before = (await s.exec(OwnedRecordDocument, { code: both.code })).data!.recommendation!;
    const old = await s.db.owner.findUniqueOrThrow({ where: { name: '网信办' } });
    const input = { sourceId: toGlobalId('Owner', old.id), targetId: cac.id };

    expect(errorCode(await s.exec(MergeInstitutionsDocument, { input }, analyst))).toBe('FORBIDDEN');
    const res = await s.exec(MergeInstitutionsDocument, { input }, ADMIN_TOKEN);

    expect(res.data!.mergeOwners).toEqual({ name: CAC.nameEn, aliases: [...CAC.aliases, '网信办'] });
    expect((await s.exec(OwnedRecordDocument, { code: both.code })).data!.recommendation).toEqual({
      ...before,
      version: before.version + 1,
      owners: [{ name: CAC.nameEn }],
    });
    const kept = await s.db.owner.findUniqueOrThrow({ where: { name: CAC.nameEn } });
    expect(await s.db.recommendationOwner.findMany({ where: { recommendationId: both.id } })).toEqual([
      { recommendationId: both.id, ownerId: kept.id, isLead: true },
    ]);
    expect(await ownerNamesOf(onlyOld.code)).toEqual([CAC.nameEn]);
    expect((await s.exec(InstitutionsDocument, {})).data!.owners.map((o) => o.name)).toEqual([CAC.nameEn]);
    expect(
      (await s.exec(InstitutionsDocument, { includeMerged: true })).data!.owners.find((o) => o.nameZh === '网信办'),
    ).toEqual({
      name: `网信办 (merged into ${CAC.nameEn})`,
      nameZh: '网信办',
      nameEn: null,
      aliases: [],
      mergedInto: { name: CAC.nameEn },
    });
    // Its old name now names the owner kept.
    const third = await createRecommendation(s.db);
    await name(third.code, '网信办');
    expect(await ownerNamesOf(third.code)).toEqual([CAC.nameEn]);
  });

  it('refuses to merge an owner into itself or one already merged, and writes nothing', async () => {
    const cac = await addCac();
    const self = await s.exec(
      MergeInstitutionsDocument,
      { input: { sourceId: cac.id, targetId: cac.id } },
      ADMIN_TOKEN,
    );
    expect(self.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'targetId' } });
    const other = (
      await s.exec(AddInstitutionDocument, { input: { nameEn: 'Other body', kind: 'OTHER' } }, ADMIN_TOKEN)
    ).data!.createOwner;
    await s.exec(MergeInstitutionsDocument, { input: { sourceId: other.id, targetId: cac.id } }, ADMIN_TOKEN);
    const again = await s.exec(
      MergeInstitutionsDocument,
      { input: { sourceId: other.id, targetId: cac.id } },
      ADMIN_TOKEN,
    );
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'sourceId' } });
    expect(await s.db.auditEntry.count({ where: { operation: 'mergeOwners' } })).toBe(1);
  });
});
