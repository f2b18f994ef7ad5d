/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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


export type LogMutation = { logProgress: { recommendation: { code: string, status: RecommendationStatus, progress: number, version: number, allowedNextStatuses: Array<RecommendationStatus> }, update: { note: string, statusBefore: RecommendationStatus, status: RecommendationStatus, progressBefore: number, progress: number, evidenceUrls: Array<string> } } };

export type TransitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TransitionsQuery = { transitions: Array<{ from: RecommendationStatus, to: Array<RecommendationStatus> }> };

export type AllowedNextQueryVariables = Exact<{
  code: string;
}>;


export type AllowedNextQuery = { recommendation: { status: RecommendationStatus, allowedNextStatuses: Array<RecommendationStatus> } | null };


export const LogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Log"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStatuses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressBefore"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceUrls"}}]}}]}}]}}]} as unknown as DocumentNode<LogMutation, LogMutationVariables>;
export const TransitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<TransitionsQuery, TransitionsQueryVariables>;
export const AllowedNextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllowedNext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNextStatuses"}}]}}]}}]} as unknown as DocumentNode<AllowedNextQuery, AllowedNextQueryVariables>;