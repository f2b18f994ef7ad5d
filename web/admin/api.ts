// The console's only data source: POST /graphql, the same public API as any other client. The browser's
// session cookie signs requests in; being same-origin JSON, they pass the server's Origin check for cookies.
import { plainError } from './errorText';
import { app, SIGNED_OUT_EVENT } from './state';
import {
  ConsoleCatalogDocument,
  ConsoleLogProgressDocument,
  ConsoleMeDocument,
  ConsoleOwnersDocument,
  ConsoleRecommendationDocument,
  ConsoleCreateOwnerDocument,
  ConsoleSetOwnersDocument,
  ConsoleSetTargetDateDocument,
  ConsoleThemesDocument,
  type ConsoleCatalogQuery,
  type ConsoleCatalogQueryVariables,
  type ConsoleLogProgressMutationVariables,
  type ConsoleOwnersQuery,
  type ConsoleRecommendationQuery,
  type ConsoleCreateOwnerMutationVariables,
  type ConsoleSetOwnersMutationVariables,
  type ConsoleSetTargetDateMutationVariables,
  type ConsoleThemesQuery,
  type ConsoleMeQuery,
  type TypedDocumentString,
} from './__generated__/operations';

// The shapes the views read, named: each is a slice of a generated operation result (web/admin/operations/),
// so a schema change that breaks a view fails the type-check.
export type Theme = ConsoleThemesQuery['themes'][number];
export type Viewer = NonNullable<ConsoleMeQuery['me']>;
export type RecommendationRow = ConsoleCatalogQuery['recommendations']['edges'][number]['node'];
export type Summary = NonNullable<ConsoleCatalogQuery['summary']>;
export type RecommendationDetail = NonNullable<ConsoleRecommendationQuery['recommendation']>;
export type ProgressUpdate = RecommendationDetail['updates'][number];
/** An evidence link as the server archived it (ProgressUpdate.evidence). */
export type Evidence = ProgressUpdate['evidence'][number];
/** A decisive entry sent for review (a second pair of eyes), open or decided. */
export type ProposalEntry = RecommendationDetail['proposals'][number];
export type TargetDateRevision = RecommendationDetail['targetDateHistory'][number];
/** An owner as the owners list gives it: an institution with its names. */
export type Institution = ConsoleOwnersQuery['owners'][number];

const ENDPOINT = '/graphql';

/**
 * A refusal: `message` is what a reader sees, a plain sentence in the current language (GraphQL errors go
 * through errorText.ts's plainError in gql); `code` and (FORBIDDEN's) `reason` are for the program.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly reason?: string,
    /** The input field a BAD_USER_INPUT names (extensions.field), for a form to mark. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Any failure as an ApiError: a network error or a bug becomes code ERROR, in plain words. */
export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError(plainError('ERROR', ''), 'ERROR');

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string; reason?: string; field?: string } }[];
}

/** Posts a generated document (web/admin/__generated__/operations.ts) and returns its typed result. */
export async function gql<T, V>(document: TypedDocumentString<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
      },
      credentials: 'same-origin',
      body: JSON.stringify({ query, variables, operationName: /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(plainError('NETWORK_ERROR', ''), 'NETWORK_ERROR');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    const code = response.status === 401 ? 'UNAUTHENTICATED' : `HTTP_${response.status}`;
    throw new ApiError(plainError(code, ''), code);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'ERROR';
    // The session ended elsewhere (signed out in another tab, ended from another browser, expired): the shell
    // asks again who is signed in, so that the header stops claiming an account the server no longer sees.
    if (code === 'UNAUTHENTICATED' && app.me) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    throw new ApiError(plainError(code, first.message ?? ''), code, first.extensions?.reason, first.extensions?.field);
  }
  if (!body.data) throw new ApiError(plainError('ERROR', ''), `HTTP_${response.status}`);
  return body.data;
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

export const fetchThemes = async (): Promise<Theme[]> => (await gql(ConsoleThemesDocument, {})).themes;

export const fetchMe = async (): Promise<Viewer | null> => (await gql(ConsoleMeDocument, {})).me;

type Filter = NonNullable<ConsoleCatalogQueryVariables['filter']>;

export interface CatalogRequest {
  filter: Filter;
  /** The summary's filter: without `status` as of a past date (the summary knows only today's status). */
  summaryFilter: Filter;
  range: { from: string; to: string };
  orderBy: NonNullable<ConsoleCatalogQueryVariables['orderBy']>;
  asOf: string | null;
}

/** Every matching recommendation (following pages, at most 10 × 200) and the summary for the same filter. */
export async function fetchCatalog(request: CatalogRequest, signal?: AbortSignal) {
  const { range, ...rest } = request;
  const rows: RecommendationRow[] = [];
  let after: string | null = null;
  let summary: Summary | null | undefined;
  let totalCount = 0;
  for (let page = 0; page < 10; page++) {
    const data: ConsoleCatalogQuery = await gql(
      ConsoleCatalogDocument,
      { ...rest, after, ...range, withSummary: page === 0 },
      signal,
    );
    if (page === 0) summary = data.summary;
    totalCount = data.recommendations.totalCount;
    rows.push(...data.recommendations.edges.map((edge) => edge.node));
    if (!data.recommendations.pageInfo.hasNextPage) break;
    after = data.recommendations.pageInfo.endCursor;
  }
  return { rows, totalCount, summary: summary! };
}

export const fetchRecommendation = async (
  code: string,
  asOf: string | null,
  signal?: AbortSignal,
): Promise<RecommendationDetail | null> =>
  (await gql(ConsoleRecommendationDocument, { code, asOf }, signal)).recommendation;

export type LogProgressInput = ConsoleLogProgressMutationVariables['input'];

export const logProgress = (input: LogProgressInput) => gql(ConsoleLogProgressDocument, { input });

export const fetchInstitutions = async (): Promise<Institution[]> => (await gql(ConsoleOwnersDocument, {})).owners;

/** An institution made from the owners picker (admins): one name, kind OTHER; the Institutions page refines it. */
export const createOwner = (input: ConsoleCreateOwnerMutationVariables['input']) =>
  gql(ConsoleCreateOwnerDocument, { input });

export const setOwners = (input: ConsoleSetOwnersMutationVariables['input']) =>
  gql(ConsoleSetOwnersDocument, { input });

export const setTargetDate = (input: ConsoleSetTargetDateMutationVariables['input']) =>
  gql(ConsoleSetTargetDateDocument, { input });
