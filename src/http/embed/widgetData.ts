// What a widget shows, read through the API itself as an anonymous reader: the same rules (status, health, roll-up,
// what an anonymous reader may see of the log) as /graphql, whoever's browser loads the iframe.
import { parse } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import type { AppContext } from '../../context';

export interface MeasureView {
  code: string;
  titleZh: string;
  titleEn: string;
  status: string;
  progress: number;
  health: string;
  targetDate: string | null;
  archived: boolean;
  theme: { code: string; nameZh: string; nameEn: string };
  document: { titleZh: string; titleEn: string };
  updates: { note: string; occurredOn: string; visibility: 'PUBLIC' | 'INTERNAL' }[];
}

export interface ThemeView {
  code: string;
  nameZh: string;
  nameEn: string;
  document: { titleZh: string; titleEn: string };
  total: number;
  averageProgress: number;
  byStatus: { status: string; count: number }[];
  measures: Pick<MeasureView, 'code' | 'titleZh' | 'titleEn' | 'status' | 'progress' | 'health'>[];
}

const MEASURE = parse(`query EmbedMeasure($code: String!) {
  recommendation(code: $code) {
    code titleZh titleEn status progress health targetDate archived
    theme { code nameZh nameEn }
    document { titleZh titleEn }
    updates(first: 1) { note occurredOn visibility }
  }
}`);

/** How many of a theme's measures a widget lists; the rest are on its public page. */
const LISTED = 30;
const THEME = parse(`query EmbedTheme($code: String!, $first: Int!) {
  themes { code nameZh nameEn document { titleZh titleEn } }
  summary(filter: { theme: [$code] }) { total averageProgress byStatus { status count } }
  recommendations(filter: { theme: [$code] }, first: $first) {
    edges { node { code titleZh titleEn status progress health } }
  }
}`);

/** A code the API refuses (malformed) or does not know names nothing to embed: null, which is a 404. */
const NOTHING = ['NOT_FOUND', 'BAD_USER_INPUT'];

async function run<T>(apollo: ApolloServer<AppContext>, ctx: AppContext, query: typeof MEASURE, vars: object) {
  const res = await apollo.executeOperation({ query, variables: { ...vars } }, { contextValue: ctx });
  if (res.body.kind !== 'single') throw new Error('embed query: an incremental answer');
  const errors = res.body.singleResult.errors ?? [];
  if (errors.length && errors.every((e) => NOTHING.includes(String(e.extensions?.code)))) return null;
  if (errors.length) throw new Error(`embed query failed: ${errors[0].message}`);
  return res.body.singleResult.data as T;
}

/** A live measure by code; null when there is none (or it is archived). */
export async function measureView(apollo: ApolloServer<AppContext>, ctx: AppContext, code: string) {
  const data = await run<{ recommendation: MeasureView | null }>(apollo, ctx, MEASURE, { code });
  return data?.recommendation && !data.recommendation.archived ? data.recommendation : null;
}

interface ThemeData {
  themes: Omit<ThemeView, 'total' | 'averageProgress' | 'byStatus' | 'measures'>[];
  summary: Pick<ThemeView, 'total' | 'averageProgress' | 'byStatus'>;
  recommendations: { edges: { node: ThemeView['measures'][number] }[] };
}

export async function themeView(apollo: ApolloServer<AppContext>, ctx: AppContext, code: string) {
  if (code.length > 64) return null;
  const data = await run<ThemeData>(apollo, ctx, THEME, { code, first: LISTED });
  const theme = data?.themes.find((t) => t.code === code);
  if (!data || !theme) return null;
  const measures = data.recommendations.edges.map((e) => e.node);
  return { ...theme, ...data.summary, measures } satisfies ThemeView;
}
