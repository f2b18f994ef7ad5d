// Opaque keyset cursors: the order field's value plus the id. Paging by key, not offset, means rows
// inserted while a client pages can neither shift an item onto two pages nor push one off both.
import { badInput } from '../errors';

export interface CursorKey {
  v: string | number | null;
  id: number;
  /** The order the cursor was issued for, so that it is not reused under another one. */
  o?: string;
}

export const encodeCursor = (key: CursorKey) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

export function decodeCursor(cursor: string): CursorKey {
  try {
    if (cursor.length > 512) throw new Error('too long');
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorKey;
    const vOk = key.v === null || typeof key.v === 'string' || typeof key.v === 'number';
    if (!vOk || !Number.isSafeInteger(key.id) || (key.o !== undefined && typeof key.o !== 'string'))
      throw new Error('shape');
    return key;
  } catch {
    throw badInput('Invalid cursor: pass an endCursor or cursor value returned by this API.');
  }
}
