// The names an owner answers to. "Cyberspace Administration of China", 国家网信办 and "CAC" can all be one
// institution: each name is a row of OwnerName, matched after normalising, and unique across owners, so
// naming an owner by any of them finds the same one.
import type { Prisma } from '../../generated/prisma/client';
import type { OwnerKind } from '../../generated/prisma/enums';
import { badInput } from '../../errors';
import { normalizeOwnerName } from '../../db/readModel/ownerName';

type Tx = Prisma.TransactionClient;

const HAN = /[\u3400-\u9fff]/u;

/** A name with Chinese characters is an owner's Chinese name; any other its English one. */
const nameColumnOf = (name: string): 'nameZh' | 'nameEn' => (HAN.test(name) ? 'nameZh' : 'nameEn');

/** The owner a name means, by any of its names or aliases; null when no owner answers to it. */
export async function ownerNamed(tx: Tx, name: string) {
  const row = await tx.ownerName.findUnique({
    where: { normalized: normalizeOwnerName(name) },
    include: { owner: true },
  });
  return row?.owner ?? (await tx.owner.findUnique({ where: { name } }));
}

/** Gives an owner these names; a name another owner answers to is refused, naming that owner. */
export async function addOwnerNames(
  tx: Tx,
  ownerId: number,
  names: { name: string; isAlias: boolean; field: string }[],
) {
  for (const n of names) {
    const normalized = normalizeOwnerName(n.name);
    const taken = await tx.ownerName.findUnique({ where: { normalized }, include: { owner: true } });
    if (taken && taken.ownerId !== ownerId)
      throw badInput(`${n.name} is already a name of the owner ${taken.owner.name}.`, { field: n.field });
    if (taken) await tx.ownerName.update({ where: { id: taken.id }, data: { name: n.name, isAlias: n.isAlias } });
    else await tx.ownerName.create({ data: { ownerId, name: n.name, normalized, isAlias: n.isAlias } });
  }
}

/** The owner named `name` by any of its names, or a new one with that name as its Chinese or English name. */
export async function findOrCreateOwner(tx: Tx, owner: { name: string; kind: OwnerKind }) {
  const found = await ownerNamed(tx, owner.name);
  if (found) return found;
  const created = await tx.owner.create({ data: { ...owner, [nameColumnOf(owner.name)]: owner.name } });
  await addOwnerNames(tx, created.id, [{ name: owner.name, isAlias: false, field: 'name' }]);
  return created;
}
