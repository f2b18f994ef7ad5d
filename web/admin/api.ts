// The console's only data source: POST /graphql, the same public API as any other client.
import { authHeader } from '../shared/token';
import { t } from './i18n';
import type {
  Institution,
  OwnerKind,
  RecommendationDetail,
  RecommendationFilter,
  RecommendationRow,
  Status,
  Summary,
  Theme,
  Viewer,
} from './types';

const ENDPOINT = '/graphql';

/** A GraphQL error as the server sent it: errors[0].message and errors[0].extensions.code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        ...authHeader(),
      },
      body: JSON.stringify({ query, variables, operationName: /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(t('networkError'), 'NETWORK_ERROR');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(
      `HTTP ${response.status} ${response.statusText}`.trim(),
      response.status === 401 ? 'UNAUTHENTICATED' : `HTTP_${response.status}`,
    );
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message ?? 'Unknown error', first.extensions?.code ?? 'ERROR');
  if (!body.data) throw new ApiError(`HTTP ${response.status}: no data`, `HTTP_${response.status}`);
  return body.data;
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

const THEMES = /* GraphQL */ `
  query ConsoleThemes {
    themes {
      code
      pillar
      nameZh
      nameEn
    }
  }
`;

const ME = /* GraphQL */ `
  query ConsoleMe {
    me {
      name
      role
    }
  }
`;

const CATALOG = /* GraphQL */ `
  query ConsoleCatalog(
    $filter: RecommendationFilter
    $summaryFilter: RecommendationFilter
    $after: String
    $from: Date!
    $to: Date!
    $withSummary: Boolean!
    $orderBy: RecommendationOrder
    $asOf: Date
  ) {
    recommendations(filter: $filter, first: 200, after: $after, orderBy: $orderBy, asOf: $asOf) {
      totalCount
      edges {
        node {
          code
          pillar
          titleZh
          titleEn
          status
          progress
          health
          targetDate
          theme {
            code
          }
          owners {
            name
            kind
          }
          searchMatches {
            field
            excerpt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    summary(filter: $summaryFilter) @include(if: $withSummary) {
      total
      averageProgress
      byStatus {
        status
        count
      }
      byHealth {
        health
        count
      }
      byTheme {
        theme {
          code
        }
        total
        implemented
        averageProgress
        overdue
      }
      timeSeries(from: $from, to: $to) {
        month
        counts {
          status
          count
        }
      }
    }
  }
`;

const RECOMMENDATION = /* GraphQL */ `
  query ConsoleRecommendation($code: String!, $asOf: Date) {
    recommendation(code: $code, asOf: $asOf) {
      code
      pillar
      titleZh
      titleEn
      summaryEn
      quote
      status
      progress
      version
      health
      allowedNextStatuses
      statusesNeedingReview
      openProposal {
        id
        status
        proposer
      }
      targetDate
      targetDateHistory {
        previousDate
        newDate
        reason
        actor
        createdAt
      }
      asOf
      lastProgressAt
      archived
      successors {
        code
        titleZh
        titleEn
      }
      splitFrom {
        code
      }
      theme {
        code
        pillar
        nameZh
        nameEn
      }
      document {
        titleZh
        titleEn
      }
      owners {
        name
        kind
      }
      updates(first: 50) {
        id
        note
        status
        progress
        statusBefore
        progressBefore
        evidenceUrls
        occurredOn
        actor
        createdAt
        corrects {
          id
          occurredOn
        }
        evidence {
          url
          captureState
          capturedAt
          failure
          failureReason
          archivedCopyUrl
          linkState
          checkedAt
        }
        proposal {
          reviewer
        }
      }
      proposals {
        id
        state
        status
        progress
        proposer
        reviewer
        rejectionReason
        note
        createdAt
        decidedAt
      }
    }
  }
`;

const LOG_PROGRESS = /* GraphQL */ `
  mutation ConsoleLogProgress($input: LogProgressInput!) {
    logProgress(input: $input) {
      recommendation {
        code
        status
        progress
        version
      }
      update {
        id
      }
      proposal {
        id
      }
    }
  }
`;

export const fetchThemes = async (): Promise<Theme[]> => (await gql<{ themes: Theme[] }>(THEMES)).themes;

export const fetchMe = async (): Promise<Viewer | null> => (await gql<{ me: Viewer | null }>(ME)).me;

interface CatalogPage {
  recommendations: {
    totalCount: number;
    edges: { node: RecommendationRow }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  summary?: Summary;
}

export interface CatalogRequest {
  filter: RecommendationFilter;
  /** The summary's filter: without `status` as of a past date (the summary knows only today's status). */
  summaryFilter: RecommendationFilter;
  range: { from: string; to: string };
  orderBy: { field: string; direction: 'ASC' | 'DESC' };
  asOf: string | null;
}

/** Every matching recommendation (following pages, at most 10 × 200) and the summary for the same filter. */
export async function fetchCatalog(request: CatalogRequest, signal?: AbortSignal) {
  const { range, ...rest } = request;
  const rows: RecommendationRow[] = [];
  let after: string | null = null;
  let summary: Summary | undefined;
  let totalCount = 0;
  for (let page = 0; page < 10; page++) {
    const data: CatalogPage = await gql<CatalogPage>(
      CATALOG,
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
  (await gql<{ recommendation: RecommendationDetail | null }>(RECOMMENDATION, { code, asOf }, signal)).recommendation;

export interface LogProgressInput {
  code: string;
  note: string;
  expectedVersion: number;
  status?: Status;
  progress?: number;
  occurredOn?: string;
  evidenceUrls?: string[];
  reason?: string;
}

export const logProgress = (input: LogProgressInput) =>
  gql<{
    logProgress: {
      recommendation: { version: number; status: Status; progress: number };
      proposal: { id: string } | null;
    };
  }>(LOG_PROGRESS, {
    input,
  });

const OWNERS = /* GraphQL */ `
  query ConsoleOwners {
    owners {
      name
      nameZh
      nameEn
      kind
    }
  }
`;

const SET_OWNERS = /* GraphQL */ `
  mutation ConsoleSetOwners($input: SetOwnersInput!) {
    setOwners(input: $input) {
      version
    }
  }
`;

const SET_TARGET_DATE = /* GraphQL */ `
  mutation ConsoleSetTargetDate($input: SetTargetDateInput!) {
    setTargetDate(input: $input) {
      version
    }
  }
`;

export const fetchInstitutions = async (): Promise<Institution[]> =>
  (await gql<{ owners: Institution[] }>(OWNERS)).owners;

export const setOwners = (input: {
  code: string;
  expectedVersion: number;
  owners: { name: string; kind: OwnerKind }[];
}) => gql(SET_OWNERS, { input });

export const setTargetDate = (input: {
  code: string;
  expectedVersion: number;
  targetDate: string | null;
  reason: string;
}) => gql(SET_TARGET_DATE, { input });
