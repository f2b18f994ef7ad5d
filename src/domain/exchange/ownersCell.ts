// A catalog sheet's owners cell, written by the export and read by the import: `Name (KIND); Name (KIND)`, the
// lead first. Names are free text, so within a name a ";" is written "\;" and a backslash "\\"; any other
// backslash is the name's own, as typed. The kind is the last "(KIND)" of each part, so a name may itself end
// in one ("Name (REGULATOR) (MINISTRY)"). Plain names read and write exactly as before the escapes existed.
import type { OwnerKind } from '../../generated/prisma/client';
import { badInput } from '../../errors';

export interface OwnerOfCell {
  name: string;
  kind: OwnerKind;
}

const SEPARATOR = '; ';
const escapeName = (name: string) => name.replace(/[\\;]/g, (c) => `\\${c}`);
const unescapeName = (name: string) => name.replace(/\\([\\;])/g, '$1');

export const encodeOwners = (owners: readonly OwnerOfCell[]): string =>
  owners.map((o) => `${escapeName(o.name)} (${o.kind})`).join(SEPARATOR);

/** The cell's parts, split at every ";" that is not escaped, still escaped. */
function splitParts(cell: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && (cell[i + 1] === '\\' || cell[i + 1] === ';')) {
      part += c + cell[++i];
    } else if (c === ';') {
      parts.push(part);
      part = '';
    } else part += c;
  }
  return [...parts, part];
}

/** The owners a cell names; an unknown KIND is left to the verb's validation, which names the accepted ones. */
export function decodeOwners(cell: string): OwnerOfCell[] {
  return splitParts(cell)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.+?)\s*\(([A-Z_]+)\)$/s.exec(part);
      if (!m)
        throw badInput(
          `owners: write each as "Name (KIND)", e.g. "Ministry of Science (MINISTRY)", and a ";" within a name as "\\;": "${part}" has no (KIND).`,
          { field: 'owners' },
        );
      return { name: unescapeName(m[1]), kind: m[2] as OwnerKind };
    });
}
