// Archiving an institution (archiveOwner, restoreOwner), and an owner list saved unchanged writing nothing.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createOwner, createRecommendation, createUserWithToken, linkOwner } from '../helpers/factories';
import { toGlobalId } from '../../src/domain/globalId';
import {
  ArchiveInstitutionDocument,
  KeepOwnersDocument,
  PickableInstitutionsDocument,
  RestoreInstitutionDocument,
} from '../__generated__/ownerArchive';

const s = useTestServer({ reset: true });
let analyst: string;
beforeEach(async () => {
  analyst = (await createUserWithToken(s.db, 'ANALYST')).token;
});

const audits = (operation: string) => s.db.auditEntry.count({ where: { operation } });
const setOwners = (code: string, names: string[], token = analyst) =>
  s.exec(
    KeepOwnersDocument,
    { input: { code, owners: names.map((name) => ({ name, kind: 'OTHER' as const })) } },
    token,
  );

describe('archiving an owner', () => {
  it('takes it out of the picker and refuses it as a new owner, while its records keep it', async () => {
    const [kept, other] = [
      await createOwner(s.db, { name: 'Ministry A' }),
      await createOwner(s.db, { name: 'Office B' }),
    ];
    const [owned, fresh] = [await createRecommendation(s.db), await createRecommendation(s.db)];
    await linkOwner(s.db, { recommendationId: owned.id, ownerId: kept.id, isLead: true });

    const archived = await s.exec(ArchiveInstitutionDocument, { id: toGlobalId('Owner', kept.id) }, ADMIN_TOKEN);
    expect(archived.data!.archiveOwner).toEqual({ name: 'Ministry A', archivedAt: expect.any(String) });
    expect((await s.exec(PickableInstitutionsDocument, {})).data!.owners.map((o) => o.name)).toEqual(['Office B']);
    const all = (await s.exec(PickableInstitutionsDocument, { includeArchived: true })).data!.owners;
    expect(all.map((o) => o.name)).toEqual(['Ministry A', 'Office B']);

    const refused = await setOwners(fresh.code, ['Ministry A']);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.field).toBe('owners.0.name');
    expect(await s.db.recommendationOwner.count({ where: { recommendationId: fresh.id } })).toBe(0);
    // The record that had it keeps it, and may add another beside it.
    const added = await setOwners(owned.code, ['Ministry A', 'Office B']);
    expect(added.data!.setOwners.owners.map((o) => o.name).sort()).toEqual(['Ministry A', 'Office B']);
    expect(other.id).toBeGreaterThan(0);

    // Archiving twice changes nothing; restoring offers it again.
    await s.exec(ArchiveInstitutionDocument, { id: toGlobalId('Owner', kept.id) }, ADMIN_TOKEN);
    expect(await audits('archiveOwner')).toBe(1);
    const restored = await s.exec(RestoreInstitutionDocument, { id: toGlobalId('Owner', kept.id) }, ADMIN_TOKEN);
    expect(restored.data!.restoreOwner.archivedAt).toBeNull();
    expect(await audits('restoreOwner')).toBe(1);
    expect(errorCode(await setOwners(fresh.code, ['Ministry A']))).toBeUndefined();
  });

  it("is admins' to do; an unknown owner is NOT_FOUND", async () => {
    const owner = await createOwner(s.db);
    const denied = await s.exec(ArchiveInstitutionDocument, { id: toGlobalId('Owner', owner.id) }, analyst);
    expect(errorCode(denied)).toBe('FORBIDDEN');
    expect(errorCode(await s.exec(ArchiveInstitutionDocument, { id: toGlobalId('Owner', 999999) }, ADMIN_TOKEN))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await s.exec(RestoreInstitutionDocument, { id: toGlobalId('Owner', 999999) }, ADMIN_TOKEN))).toBe(
      'NOT_FOUND',
    );
    expect(await s.db.owner.count({ where: { archivedAt: { not: null } } })).toBe(0);
  });
});

describe('saving an owner list', () => {
  it('unchanged (same owners, same lead) writes no version and no audit entry', async () => {
    await createOwner(s.db, { name: 'Ministry A' });
    await createOwner(s.db, { name: 'Office B' });
    const rec = await createRecommendation(s.db);
    const first = await setOwners(rec.code, ['Ministry A', 'Office B']);
    const version = first.data!.setOwners.version;
    expect(await audits('setOwners')).toBe(1);

    const again = await setOwners(rec.code, ['Ministry A', 'Office B']);
    expect(again.data!.setOwners.version).toBe(version);
    expect(await audits('setOwners')).toBe(1);

    // Another lead is a change; so is clearing the list.
    expect((await setOwners(rec.code, ['Office B', 'Ministry A'])).data!.setOwners.version).toBe(version + 1);
    expect((await setOwners(rec.code, [])).data!.setOwners.version).toBe(version + 2);
    expect(await audits('setOwners')).toBe(3);
    // An empty list saved on a record with none: nothing to write either.
    expect((await setOwners(rec.code, [])).data!.setOwners.version).toBe(version + 2);
    expect(await audits('setOwners')).toBe(3);
  });
});
