// How an owner's name is compared (OwnerName.normalized): written once for the owners filter and for
// src/domain/catalog/ownerNames.ts, which stores names this way. The migration that created OwnerName does the same in SQL.

/** NFKC (full-width letters become plain), trimmed, one space, lower case. */
export const normalizeOwnerName = (name: string) => name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
