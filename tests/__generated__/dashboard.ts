/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Computed from status, progress, target date and the date of the last log entry; never typed by hand. */
export type Health =
  /** No log entry for a long time, or the target is near while progress is low. */
  | 'AT_RISK'
  /** Implemented or abandoned: nothing left to track. */
  | 'DONE'
  /** Nothing alarming. */
  | 'ON_TRACK'
  /** Past its target date and not implemented. */
  | 'OVERDUE';

export type LogProgressInput = {
  code: string;
  /**
   * The id of an earlier entry of the same recommendation that this entry corrects: its global id
   * (`ProgressUpdate.id`); the raw database id that earlier versions returned is still accepted, but deprecated.
   */
  correctsId?: string | null | undefined;
  /** http or https links to evidence. Required to move to IMPLEMENTED. */
  evidenceUrls?: Array<string> | null | undefined;
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: number | null | undefined;
  /** What happened (at most 10,000 characters). */
  note: string;
  /** When it happened; defaults to today (UTC), and may not be a date that has not yet begun in any time zone. */
  occurredOn?: string | null | undefined;
  /** The new progress, 0 to 100. */
  progress?: number | null | undefined;
  /** Required to move to ABANDONED. */
  reason?: string | null | undefined;
  /** The new status, if it changes. Must be an allowed move (see `transitions`). */
  status?: RecommendationStatus | null | undefined;
};

/** The two halves of the article: governing AI, and developing it. */
export type Pillar =
  | 'DEVELOPMENT'
  | 'GOVERNANCE';

/**
 * Narrows a recommendation list. All given criteria must hold. A criterion left out (or null) does not narrow;
 * a list criterion, once given, must contain the record's value, so an empty list matches nothing.
 */
export type RecommendationFilter = {
  /** Source document slug. */
  document?: string | null | undefined;
  /** Healths, computed at the request's time. */
  health?: Array<Health> | null | undefined;
  /** Archived recommendations are hidden unless this is true. */
  includeArchived?: boolean | null | undefined;
  /** Owner names; a recommendation matches when any of its owners is named. */
  owner?: Array<string> | null | undefined;
  pillar?: Pillar | null | undefined;
  /** Matches Chinese or English text: code, titles, summary and quote. A Chinese substring such as `沙盒` works. */
  search?: string | null | undefined;
  /** Statuses; with `asOf`, the status replayed for that date. */
  status?: Array<RecommendationStatus> | null | undefined;
  /** Only recommendations due before this day (those with no target date never match). */
  targetDateBefore?: string | null | undefined;
  /** Theme codes, e.g. `SANDBOX`. */
  theme?: Array<string> | null | undefined;
  /** Only recommendations changed at or after this instant. */
  updatedSince?: string | null | undefined;
};

/** Where a recommendation stands. Moves between statuses follow `transitions`. */
export type RecommendationStatus =
  | 'ABANDONED'
  | 'IMPLEMENTED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'PLANNED'
  | 'STALLED';

export type LogMutationVariables = Exact<{
  input: LogProgressInput;
}>;


export type LogMutation = { logProgress: { update: { id: string } } };

export type SummaryQueryVariables = Exact<{
  filter?: RecommendationFilter | null | undefined;
  from: string;
  to: string;
  recent?: number | null | undefined;
}>;


export type SummaryQuery = { summary: { total: number, averageProgress: number, byStatus: Array<{ status: RecommendationStatus, count: number }>, byHealth: Array<{ health: Health, count: number }>, byTheme: Array<{ total: number, implemented: number, averageProgress: number, overdue: number, theme: { code: string } }>, timeSeries: Array<{ month: string, counts: Array<{ status: RecommendationStatus, count: number }> }>, recentUpdates: Array<{ note: string, occurredOn: string, recommendation: { code: string } }> } };

export type SeriesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SeriesQuery = { summary: { timeSeries: Array<{ month: string }> } };


export const LogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Log"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LogMutation, LogMutationVariables>;
export const SummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Summary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"implemented"}},{"kind":"Field","name":{"kind":"Name","value":"averageProgress"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recentUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SummaryQuery, SummaryQueryVariables>;
export const SeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Series"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]}}]} as unknown as DocumentNode<SeriesQuery, SeriesQueryVariables>;