// Global ids as the API documents them (schema.graphql, `Node.id`): base64url, no padding, of `TypeName:rawId`.
// Written here from the documented rule, not imported from src/, so that a change of format fails the tests.
export const globalId = (type: string, rawId: number | string): string =>
  Buffer.from(`${type}:${rawId}`, 'utf8').toString('base64url');

/** The database id inside a global id of `type`; throws for anything else. */
export function rawId(type: string, id: string): number {
  const m = new RegExp(`^${type}:(\\d+)$`).exec(Buffer.from(id, 'base64url').toString('utf8'));
  if (!m) throw new Error(`${id} is not a ${type} global id`);
  return Number(m[1]);
}
