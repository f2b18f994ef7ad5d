// Global object ids (Relay's Global Object Identification): base64url, without padding, of `TypeName:rawId`,
// e.g. `Recommendation:12` -> `UmVjb21tZW5kYXRpb246MTI`. Clients treat them as opaque; the type inside makes
// them unique across types, and lets `node(id:)` find the row. The compiled queries write the same bytes in
// SQL (compiledQuery/pageSql.ts).
const NODE_TYPES = [
  'Recommendation',
  'Theme',
  'SourceDocument',
  'ProgressUpdate',
  'Owner',
  'User',
  'ApiToken',
  'AuditEntry',
  'Webhook',
  'WebhookDelivery',
  'Proposal',
  'Indicator',
  'IndicatorValue',
  'Candidate',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];
/** Types whose ids are opaque like a node's, but which `node(id:)` does not fetch (a browser session, a passkey). */
export type IdType = NodeType | 'Session' | 'Passkey';

const KNOWN: ReadonlySet<string> = new Set(NODE_TYPES);
const MAX_ROW_ID = 2_147_483_647;

export const toGlobalId = (type: IdType, id: number): string =>
  Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

/** The type name and row id inside an id in its one canonical spelling, or null. */
function decode(id: string): { type: string; id: number } | null {
  if (id.length > 64 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const m = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(Buffer.from(id, 'base64url').toString('utf8'));
  if (!m) return null;
  const rowId = Number(m[2]);
  // Only the one canonical spelling: base64url decoding ignores stray trailing bits.
  return rowId <= MAX_ROW_ID && Buffer.from(`${m[1]}:${rowId}`, 'utf8').toString('base64url') === id
    ? { type: m[1], id: rowId }
    : null;
}

/**
 * The type and row id inside a global id, or null for anything else: not base64url, another spelling of the
 * same bytes, an unknown type, or a row id that no row can have. Never throws: `node(id:)` answers null.
 */
export function fromGlobalId(id: string): { type: NodeType; id: number } | null {
  const decoded = decode(id);
  return decoded && KNOWN.has(decoded.type) ? { type: decoded.type as NodeType, id: decoded.id } : null;
}

/**
 * The row id behind an id given as input: the global id of `type`, or, for clients migrating from the raw
 * ids this API used to return, the raw row id in decimal (deprecated). The two never overlap: a string of
 * digits decodes to bytes that do not start with a letter, so it is never a global id. Null when neither.
 */
export function rowIdOf(type: IdType, id: string): number | null {
  if (/^[0-9]{1,10}$/.test(id)) return rawRowId(id);
  const global = decode(id);
  return global?.type === type ? global.id : null;
}

/**
 * A raw row id in decimal (a path segment such as /evidence/<id>/archived), or null for anything no row can
 * have: not digits, zero, or beyond PostgreSQL's integer, which the database would refuse with an error.
 */
export function rawRowId(text: string): number | null {
  if (!/^[0-9]{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_ROW_ID ? n : null;
}
