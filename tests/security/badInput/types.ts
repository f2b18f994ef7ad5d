// The shape of one hostile request and what must come of it.
export interface BadRequest {
  /** A JSON body (sent as application/json), or raw bytes/text sent exactly as given. */
  body: unknown;
  raw?: boolean;
  headers?: Record<string, string>;
  /** Bearer token; defaults to the bootstrap ADMIN_TOKEN so that authorization never hides a validation gap. */
  token?: string | null;
}

export interface BadCase extends BadRequest {
  name: string;
  status: number;
  /** errors[0].extensions.code, or null when the request must succeed (and still change nothing). */
  code: string | null;
}

/** A hostile string in a text field: it must be stored exactly as sent, and nothing else may change. */
export interface StoredCase extends BadRequest {
  name: string;
  payload: string;
  /** SELECT returning one text column `v`: some row must contain the payload verbatim. */
  readBack: string;
  /** The tables this mutation may write; any other table changing fails the case. */
  writes: string[];
}

export const gql = (query: string, variables?: Record<string, unknown>) => ({ query, variables });
