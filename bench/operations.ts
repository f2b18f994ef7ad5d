// The measured operations, spelled once for each contender, and the normalisers that reduce every
// contender's answer to the same shape so they can be compared before timing.
import { isDeepStrictEqual } from 'node:util';

export const PAGE = 50;
export const LOG_ENTRIES = 3;

/** L on our server: a page ordered by code, theme, and the latest log entries (occurredOn DESC, id DESC). */
export const OURS_L = `query L {
  recommendations(first: ${PAGE}, orderBy: { field: CODE, direction: ASC }) {
    edges { node { code titleEn status progress theme { code nameEn } updates(first: ${LOG_ENTRIES}) { note status progress occurredOn } } }
  }
}`;

/**
 * L on PostGraphile (amber preset names; `id` becomes `rowId`). The catalog's withdrawn records are archived in
 * the dataset, and lists leave archived records out: a condition on the column says the same (null means IS NULL;
 * the dataset's smart tag on the column lets the preset offer it, bench/database.ts).
 */
export const POSTGRAPHILE_L = `query L {
  allRecommendations(orderBy: CODE_ASC, first: ${PAGE}, condition: { archivedAt: null }) {
    nodes {
      code titleEn status progress themeByThemeId { code nameEn }
      progressUpdatesByRecommendationId(orderBy: [OCCURRED_ON_DESC, ROW_ID_DESC], first: ${LOG_ENTRIES}) { nodes { note status progress occurredOn } }
    }
  }
}`;

export const OURS_S = `query S {
  summary {
    total averageProgress
    byStatus { status count }
    byHealth { health count }
    byTheme { theme { code } total implemented averageProgress overdue }
  }
}`;

export const OURS_W = `mutation W($input: LogProgressInput!) {
  logProgress(input: $input) { update { id note } recommendation { code version } }
}`;

export interface LRow {
  code: string;
  titleEn: string;
  status: string;
  progress: number;
  theme: { code: string; nameEn: string };
  updates: { note: string; status: string; progress: number; occurredOn: string }[];
}

interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string }[];
}

function dataOf<T>(body: string): T {
  const parsed = JSON.parse(body) as GraphQLBody<T>;
  if (parsed.errors?.length) throw new Error(`GraphQL errors: ${parsed.errors.map((e) => e.message).join('; ')}`);
  if (!parsed.data) throw new Error('no data in the response');
  return parsed.data;
}

type OursL = { recommendations: { edges: { node: LRow }[] } };
type PostGraphileL = {
  allRecommendations: {
    nodes: (Omit<LRow, 'theme' | 'updates'> & {
      themeByThemeId: LRow['theme'];
      progressUpdatesByRecommendationId: { nodes: LRow['updates'] };
    })[];
  };
};

/** Ours and the floor answer in the same shape. */
export const normaliseOursL = (body: string): LRow[] => dataOf<OursL>(body).recommendations.edges.map((e) => e.node);

export const normalisePostGraphileL = (body: string): LRow[] =>
  dataOf<PostGraphileL>(body).allRecommendations.nodes.map(
    ({ themeByThemeId, progressUpdatesByRecommendationId, ...r }) => ({
      ...r,
      theme: themeByThemeId,
      updates: progressUpdatesByRecommendationId.nodes,
    }),
  );

export const normaliseS = (body: string): unknown => dataOf<{ summary: unknown }>(body).summary;

/** Describes the first difference between two normalised answers, or returns null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items against ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} against ${JSON.stringify(b)?.slice(0, 200)}`;
}

// Issue 12's operations. Q1 and Q2 are a page of the search results, ordered by code; H is one record with
// its 50 latest log entries. The words are chosen from the generator's vocabulary (dataset/generate.ts), so
// both searches match at every size: 沙盒 is in the Chinese titles, "regulatory sandbox" in the English ones.
export const SEARCHES = { Q1: '沙盒', Q2: 'regulatory sandbox' } as const;
export const HISTORY = 50;

export const oursSearch = (search: string) => `query Q {
  recommendations(first: ${PAGE}, orderBy: { field: CODE, direction: ASC }, filter: { search: ${JSON.stringify(search)} }) {
    edges { node { code titleZh titleEn status progress } }
  }
}`;

export const oursHistory = (code: string) => `query H {
  recommendation(code: ${JSON.stringify(code)}) {
    code titleEn status progress updates(first: ${HISTORY}) { note status progress occurredOn }
  }
}`;

/** PostGraphile's amber preset has no text search or substring filter (that is the connection-filter plugin), so no Q1/Q2. */
// Prisma makes `code` unique with an index, not a constraint, so PostGraphile has no recommendationByCode:
// a condition on the column, which it offers for every column, says the same.
export const postgraphileHistory = (code: string) => `query H {
  allRecommendations(condition: { code: ${JSON.stringify(code)} }, first: 1) {
    nodes {
      code titleEn status progress
      progressUpdatesByRecommendationId(orderBy: [OCCURRED_ON_DESC, ROW_ID_DESC], first: ${HISTORY}) { nodes { note status progress occurredOn } }
    }
  }
}`;

export type SearchRow = Pick<LRow, 'code' | 'titleEn' | 'status' | 'progress'> & { titleZh: string };
export type HistoryRow = Pick<LRow, 'code' | 'titleEn' | 'status' | 'progress' | 'updates'>;

export const normaliseSearch = (body: string): SearchRow[] =>
  dataOf<{ recommendations: { edges: { node: SearchRow }[] } }>(body).recommendations.edges.map((e) => e.node);

export const normaliseOursHistory = (body: string): HistoryRow | null =>
  dataOf<{ recommendation: HistoryRow | null }>(body).recommendation;

export const normalisePostGraphileHistory = (body: string): HistoryRow | null => {
  type Node = Omit<HistoryRow, 'updates'> & { progressUpdatesByRecommendationId: { nodes: LRow['updates'] } };
  const r = dataOf<{ allRecommendations: { nodes: Node[] } }>(body).allRecommendations.nodes[0];
  if (!r) return null;
  const { progressUpdatesByRecommendationId, ...rest } = r;
  return { ...rest, updates: progressUpdatesByRecommendationId.nodes };
};

// Issue 28's new reads. I: one record with its indicators and each one's first INDICATOR_VALUES values.
export const INDICATOR_VALUES = 20;

export const oursIndicators = (code: string) => `query I {
  recommendation(code: ${JSON.stringify(code)}) {
    code indicators { code nameEn unit direction values(first: ${INDICATOR_VALUES}) { totalCount edges { node { periodStart periodEnd value } } } }
  }
}`;

export interface IndicatorsRow {
  code: string;
  indicators: {
    code: string | null;
    nameEn: string;
    unit: string;
    direction: string;
    values: { totalCount: number; edges: { node: { periodStart: string; periodEnd: string; value: number } }[] };
  }[];
}

export const normaliseIndicators = (body: string): IndicatorsRow | null =>
  dataOf<{ recommendation: IndicatorsRow | null }>(body).recommendation;
