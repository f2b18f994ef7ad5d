import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RecommendationRow, RecommendationPage } from '../../domain/recommendations';
import type { PageInfoData } from '../../domain/connection';
import type { NodeRow } from '../../domain/nodes';
import type { Theme as ThemeRow, SourceDocument as SourceDocumentRow, ProgressUpdate as ProgressUpdateRow, Owner as OwnerRow, TargetDateRevision as TargetDateRevisionRow, QuoteRevision as QuoteRevisionRow, User as UserRow, ApiToken as ApiTokenRow, AuditEntry as AuditEntryRow, Webhook as WebhookRow, WebhookAttempt as WebhookAttemptRow } from '../../generated/prisma/client';
import type { WebhookDeliveryRow } from '../../domain/webhooks/admin';
import type { SummaryData, ThemeFigures } from '../../domain/summary';
import type { AppContext } from '../../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string | number; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: Date; output: Date; }
  /** An instant, ISO 8601 with time zone (e.g. `2026-07-01T09:30:00Z`). */
  DateTime: { input: Date; output: Date; }
  /** Arbitrary JSON, used for the before/after values of audit entries. */
  JSON: { input: unknown; output: unknown; }
};

/** A token's metadata; the secret itself is never shown again after issue. */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first characters of the secret, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * One successful write: who, when, which operation and target, and the values before and after. Ids inside
 * `before` and `after` (such as `updateId` or `tokenId`) are raw database ids, as they were recorded: the trail
 * never changes. `toGlobalId`'s rule (base64url of `TypeName:id`) turns one into a global id.
 */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  actor: Scalars['String']['output'];
  actorRole?: Maybe<Role>;
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  operation: Scalars['String']['output'];
  targetId: Scalars['String']['output'];
  targetType: Scalars['String']['output'];
};

/** A page of the audit trail. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque; pass it as `after` to continue after this entry, or as `before` to page back from it. */
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type CreateRecommendationInput = {
  code: Scalars['String']['input'];
  owners?: InputMaybe<Array<OwnerInput>>;
  quote: Scalars['String']['input'];
  summaryEn: Scalars['String']['input'];
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  /** Theme code. */
  theme: Scalars['String']['input'];
  titleEn: Scalars['String']['input'];
  titleZh: Scalars['String']['input'];
};

export type CreateSourceDocumentInput = {
  author?: InputMaybe<Scalars['String']['input']>;
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  recommendations: Array<NewRecommendationInput>;
  slug: Scalars['String']['input'];
  themes: Array<ThemeInput>;
  titleEn: Scalars['String']['input'];
  titleZh: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserInput = {
  name: Scalars['String']['input'];
  role: Role;
};

export type CreateWebhookInput = {
  /** The events to deliver; at least one. */
  events: Array<WebhookEvent>;
  /** Only changes to recommendations matching this filter are delivered (archived ones included); none: all. */
  filter?: InputMaybe<RecommendationFilter>;
  /** Where deliveries are POSTed: http(s), a host resolving to public addresses unless OUTBOUND_ALLOWLIST names it. */
  url: Scalars['String']['input'];
};

export type CreatedWebhook = {
  __typename?: 'CreatedWebhook';
  /** The signing secret (`whsec_` and base64), for standardwebhooks' `new Webhook(secret).verify`. Shown once: store it now. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

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

export type HealthCount = {
  __typename?: 'HealthCount';
  count: Scalars['Int']['output'];
  health: Health;
};

/** What became, or would become, of one row of the sheet. */
export type ImportAction =
  | 'CREATE'
  /** The row has errors (see `errors`); nothing of the sheet is written. */
  | 'ERROR'
  | 'UNCHANGED'
  | 'UPDATE';

export type ImportError = {
  __typename?: 'ImportError';
  /** The code the same refusal has from the API: BAD_USER_INPUT, CONFLICT (a stale version), FORBIDDEN, NOT_FOUND. */
  code: Scalars['String']['output'];
  /** The column at fault, when one is. */
  column?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The row's number as a spreadsheet shows it; null for the sheet as a whole (size, format, header). */
  row?: Maybe<Scalars['Int']['output']>;
};

export type ImportResult = {
  __typename?: 'ImportResult';
  /** True when the sheet was written: not a dry run, and no errors. */
  applied: Scalars['Boolean']['output'];
  /** Rows that create (or in a dry run would create) a record or a log entry. */
  created: Scalars['Int']['output'];
  dryRun: Scalars['Boolean']['output'];
  errors: Array<ImportError>;
  rows: Array<ImportRow>;
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type ImportRow = {
  __typename?: 'ImportRow';
  action: ImportAction;
  /** The recommendation the row is about. */
  code: Scalars['String']['output'];
  /** The row's number as a spreadsheet shows it (the title is row 1, the header row 2). */
  row: Scalars['Int']['output'];
};

export type ImportSpreadsheetInput = {
  /**
   * The file itself: CSV text, or the XLSX workbook as base64. A string in a JSON body rather than a
   * multipart upload, so that /graphql keeps accepting only JSON (its CSRF protection) and a file needs no
   * second protocol; at most 700,000 characters.
   */
  content: Scalars['String']['input'];
  /** Check and report without writing (the default). Send false to apply. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: SpreadsheetFormat;
  kind: SpreadsheetKind;
};

export type IssueTokenInput = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  label: Scalars['String']['input'];
  userName: Scalars['String']['input'];
};

export type IssuedToken = {
  __typename?: 'IssuedToken';
  apiToken: ApiToken;
  /** The secret. Shown once: store it now. */
  token: Scalars['String']['output'];
};

export type LogProgressInput = {
  code: Scalars['String']['input'];
  /**
   * The id of an earlier entry of the same recommendation that this entry corrects: its global id
   * (`ProgressUpdate.id`); the raw database id that earlier versions returned is still accepted, but deprecated.
   */
  correctsId?: InputMaybe<Scalars['ID']['input']>;
  /** http or https links to evidence. Required to move to IMPLEMENTED. */
  evidenceUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** What happened (at most 10,000 characters). */
  note: Scalars['String']['input'];
  /** When it happened; defaults to today (UTC), and may not be a date that has not yet begun in any time zone. */
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  /** The new progress, 0 to 100. */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** Required to move to ABANDONED. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The new status, if it changes. Must be an allowed move (see `transitions`). */
  status?: InputMaybe<RecommendationStatus>;
};

export type LogProgressPayload = {
  __typename?: 'LogProgressPayload';
  recommendation: Recommendation;
  update: ProgressUpdate;
};

export type MonthlyStatusCounts = {
  __typename?: 'MonthlyStatusCounts';
  counts: Array<StatusCount>;
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Hides a recommendation from lists unless `includeArchived` is set (admins). Nothing is deleted. */
  archiveRecommendation: Recommendation;
  /** Adds a recommendation to an existing theme (admins). */
  createRecommendation: Recommendation;
  /** Adds a later policy document with its themes and recommendations, all or nothing (admins). */
  createSourceDocument: SourceDocument;
  /** Creates an account (admins). */
  createUser: User;
  /**
   * Registers an endpoint that receives the chosen events, signed under the Standard Webhooks specification
   * (admins only). The `secret` it returns signs every delivery and is shown this once. The URL must be http(s)
   * and its host must resolve to public addresses only, unless OUTBOUND_ALLOWLIST names it; otherwise
   * BAD_USER_INPUT with `field: "url"`.
   */
  createWebhook: CreatedWebhook;
  /** Deletes a webhook and its deliveries' history (admins only); returns it as it was. */
  deleteWebhook: Webhook;
  /** Enables a webhook again after it was disabled: its failure count restarts and its waiting deliveries are sent (admins only). */
  enableWebhook: Webhook;
  /**
   * Reads a catalog or progress-log sheet in the shape `GET /export/…` writes (CSV text, or an XLSX workbook
   * as base64) and applies it through the same verbs as the API: lifecycle rules, evidence for IMPLEMENTED,
   * `version` as expectedVersion, roles and audit entries (each naming the import in `after.via`). A dry run
   * (the default) checks every row and writes nothing. Applying is all or nothing in one transaction: a sheet
   * with any error is answered with `applied: false` and its `errors`, not a GraphQL error, and writes nothing.
   * Analysts may import progress; a catalog sheet needs the role that updateRecommendation needs (admin).
   * Re-importing the same file changes nothing: catalog rows are keyed by `code`, log rows by `rowKey`.
   */
  importSpreadsheet: ImportResult;
  /** Issues an API token for an account (admins). The secret is returned once and only its hash is stored. */
  issueToken: IssuedToken;
  /**
   * Appends one entry to a recommendation's progress log and applies its status or progress change,
   * in one transaction. A refusal writes nothing, and its `extensions` say what to do:
   * - a stale `expectedVersion`: CONFLICT with `currentVersion`, the record's version now (reload, retry);
   * - an illegal status move: BAD_USER_INPUT with `allowedStatuses`, the statuses this record may move to,
   *   and `field: "status"`;
   * - any other bad input field: BAD_USER_INPUT with `field`, its dotted path from `input`
   *   (`"note"`, `"evidenceUrls.0"`, `"occurredOn"`).
   */
  logProgress: LogProgressPayload;
  /** Brings an archived recommendation back (admins). */
  restoreRecommendation: Recommendation;
  /**
   * Revokes a token at once (admins). `id` is the token's global id (`ApiToken.id`); the raw database id that
   * earlier versions returned is still accepted, but deprecated.
   */
  revokeToken: ApiToken;
  /** Replaces the responsible bodies of a recommendation (analysts and admins). */
  setOwners: Recommendation;
  /** Sets or clears the target date. Every change needs a reason and is kept in `targetDateHistory`. */
  setTargetDate: Recommendation;
  /** Edits a recommendation's text, theme or owners (admins). The quote changes only with `quoteChangeReason`. */
  updateRecommendation: Recommendation;
};


export type MutationArchiveRecommendationArgs = {
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateRecommendationArgs = {
  input: CreateRecommendationInput;
};


export type MutationCreateSourceDocumentArgs = {
  input: CreateSourceDocumentInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnableWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportSpreadsheetArgs = {
  input: ImportSpreadsheetInput;
};


export type MutationIssueTokenArgs = {
  input: IssueTokenInput;
};


export type MutationLogProgressArgs = {
  input: LogProgressInput;
};


export type MutationRestoreRecommendationArgs = {
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationRevokeTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetOwnersArgs = {
  input: SetOwnersInput;
};


export type MutationSetTargetDateArgs = {
  input: SetTargetDateInput;
};


export type MutationUpdateRecommendationArgs = {
  input: UpdateRecommendationInput;
};

export type NewRecommendationInput = {
  code: Scalars['String']['input'];
  quote: Scalars['String']['input'];
  summaryEn: Scalars['String']['input'];
  theme: Scalars['String']['input'];
  titleEn: Scalars['String']['input'];
  titleZh: Scalars['String']['input'];
};

/**
 * An object that can be refetched by its `id` with `node(id:)` or `nodes(ids:)` (Relay's Global Object
 * Identification). Implemented by every type with an `id`.
 */
export type Node = {
  /**
   * Opaque and unique across all types: base64url (no padding) of `TypeName:databaseId`, e.g.
   * `UmVjb21tZW5kYXRpb246MTI` for `Recommendation:12`. Store it as it is; do not build or parse it.
   */
  id: Scalars['ID']['output'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** A body responsible for carrying a recommendation out. */
export type Owner = Node & {
  __typename?: 'Owner';
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  kind: OwnerKind;
  name: Scalars['String']['output'];
};

export type OwnerInput = {
  kind: OwnerKind;
  name: Scalars['String']['input'];
};

/** The kind of a responsible body. */
export type OwnerKind =
  | 'ACADEMIA'
  | 'ENTERPRISE'
  | 'INDUSTRY_BODY'
  | 'INTERNATIONAL_BODY'
  | 'LOCAL_GOVERNMENT'
  | 'MINISTRY'
  | 'OTHER'
  | 'REGULATOR';

/**
 * Where a page of a connection stands in the whole list. Both flags are exact, in both directions: they say
 * whether any matching record lies after the page's last edge, or before its first edge (a cursor's own
 * record counts: after a page read with `after: X`, record X lies before it). Whichever of the two a page was
 * not read towards (`hasPreviousPage` with `first`, `hasNextPage` with `last`) is false when no cursor was
 * given on that side (the page starts, or ends, the list) and otherwise costs one more database read, made
 * only when it is selected.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The last edge's cursor; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether any matching record comes after this page's last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether any matching record comes before this page's first edge. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first edge's cursor; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The two halves of the article: governing AI, and developing it. */
export type Pillar =
  | 'DEVELOPMENT'
  | 'GOVERNANCE';

/** One entry of the append-only progress log. */
export type ProgressUpdate = Node & {
  __typename?: 'ProgressUpdate';
  /** Who logged it. */
  actor: Scalars['String']['output'];
  /** The entry this one corrects, if any. */
  corrects?: Maybe<ProgressUpdate>;
  /** When it was logged. */
  createdAt: Scalars['DateTime']['output'];
  /** Links to the evidence (http or https). */
  evidenceUrls: Array<Scalars['String']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** When it happened in the world; may be earlier than `createdAt`. */
  occurredOn: Scalars['Date']['output'];
  /** Progress after this entry. */
  progress: Scalars['Int']['output'];
  progressBefore: Scalars['Int']['output'];
  recommendation: Recommendation;
  /** Status after this entry. */
  status: RecommendationStatus;
  statusBefore: RecommendationStatus;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The audit trail of successful writes, newest first (admins only), as a connection: `first`/`after` or
   * `last`/`before` as for `recommendations` (at most 200; 50 when neither size is given).
   */
  auditLog: AuditEntryConnection;
  /** The policy documents the catalog quotes. */
  documents: Array<SourceDocument>;
  /** The account behind the request's token, or null when anonymous. */
  me?: Maybe<Viewer>;
  /**
   * The object with this global id, or null when there is none, the id is not one this API issued, or the
   * caller may not read it (accounts, tokens and audit entries need an admin, as `users` and `auditLog` do).
   */
  node?: Maybe<Node>;
  /**
   * The objects with these global ids, in the same order, each null where `node` would be null. At most 100
   * ids; read in one statement per type, however many there are.
   */
  nodes: Array<Maybe<Node>>;
  /** Every responsible body named on any recommendation. */
  owners: Array<Owner>;
  /** One recommendation by its code, or null when there is none. With `asOf`, its state on that date. */
  recommendation?: Maybe<Recommendation>;
  /**
   * Recommendations matching `filter`, as a connection (the GraphQL Cursor Connections specification).
   * Page forward with `first` (and `after`) or backward with `last` (and `before`), never `first` and `last`
   * together; either may be at most 200, and with neither a page holds the first 50. A page with `last` holds
   * the last records before `before` (or of the whole list), still in the list's order. Cursors belong to the
   * `orderBy` they were issued for. With `asOf`, status and progress are those reconstructed from the log for
   * that date, and the `status` filter matches that reconstructed status; the other criteria and the order use
   * current values.
   */
  recommendations: RecommendationConnection;
  /** The dashboard: counts, per-theme figures, a monthly series and the latest log entries. */
  summary: TrackerSummary;
  /** All themes, in the article's order. */
  themes: Array<Theme>;
  /** The lifecycle's allowed moves, the one table that `logProgress` enforces. */
  transitions: Array<StatusTransition>;
  /** All accounts (admins only). */
  users: Array<User>;
  /** The registered webhooks, with their state (admins only). */
  webhooks: Array<Webhook>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryRecommendationArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  code: Scalars['String']['input'];
};


export type QueryRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RecommendationOrder>;
};


export type QuerySummaryArgs = {
  filter?: InputMaybe<RecommendationFilter>;
};


export type QueryThemesArgs = {
  pillar?: InputMaybe<Pillar>;
};

export type QuoteRevision = {
  __typename?: 'QuoteRevision';
  actor: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  newQuote: Scalars['String']['output'];
  previousQuote: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/** One concrete measure the article recommends. */
export type Recommendation = Node & {
  __typename?: 'Recommendation';
  /**
   * The statuses `logProgress` would let the caller move this recommendation to next: the lifecycle's moves, less
   * those into or out of ABANDONED unless the caller is an admin.
   */
  allowedNextStatuses: Array<RecommendationStatus>;
  archived: Scalars['Boolean']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set when status and progress were reconstructed for a past date. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /** Stable human code, e.g. `GOV-SANDBOX-01`. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  document: SourceDocument;
  health: Health;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** When the last progress entry was logged. */
  lastProgressAt?: Maybe<Scalars['DateTime']['output']>;
  /** Responsible bodies. */
  owners: Array<Owner>;
  pillar: Pillar;
  /** 0 to 100. */
  progress: Scalars['Int']['output'];
  /** The verbatim Chinese text of the article that this recommendation comes from. */
  quote: Scalars['String']['output'];
  /** Every change of the quote with its reason, oldest first. */
  quoteHistory: Array<QuoteRevision>;
  status: RecommendationStatus;
  /** An English summary (the project's own translation). */
  summaryEn: Scalars['String']['output'];
  targetDate?: Maybe<Scalars['Date']['output']>;
  /** Every change of the target date with its reason, oldest first. */
  targetDateHistory: Array<TargetDateRevision>;
  theme: Theme;
  titleEn: Scalars['String']['output'];
  titleZh: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The progress log, newest first (at most 200). With `asOf`, only entries that had happened by then. */
  updates: Array<ProgressUpdate>;
  /** Rises by one on every change; pass it back as `expectedVersion` to detect concurrent edits. */
  version: Scalars['Int']['output'];
};


/** One concrete measure the article recommends. */
export type RecommendationUpdatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of recommendations. */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  edges: Array<RecommendationEdge>;
  pageInfo: PageInfo;
  /** How many recommendations match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** Opaque; pass it as `after` to continue after this item, or as `before` to page back from it. */
  cursor: Scalars['String']['output'];
  node: Recommendation;
};

/**
 * Narrows a recommendation list. All given criteria must hold. A criterion left out (or null) does not narrow;
 * a list criterion, once given, must contain the record's value, so an empty list matches nothing.
 */
export type RecommendationFilter = {
  /** Source document slug. */
  document?: InputMaybe<Scalars['String']['input']>;
  /** Healths, computed at the request's time. */
  health?: InputMaybe<Array<Health>>;
  /** Archived recommendations are hidden unless this is true. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Owner names; a recommendation matches when any of its owners is named. */
  owner?: InputMaybe<Array<Scalars['String']['input']>>;
  pillar?: InputMaybe<Pillar>;
  /** Matches Chinese or English text: code, titles, summary and quote. A Chinese substring such as `沙盒` works. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Statuses; with `asOf`, the status replayed for that date. */
  status?: InputMaybe<Array<RecommendationStatus>>;
  /** Only recommendations due before this day (those with no target date never match). */
  targetDateBefore?: InputMaybe<Scalars['Date']['input']>;
  /** Theme codes, e.g. `SANDBOX`. */
  theme?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only recommendations changed at or after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

export type RecommendationOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: RecommendationOrderField;
};

/** Fields a recommendation list can be ordered by. Ties are broken by id, so pages never overlap. */
export type RecommendationOrderField =
  | 'CODE'
  | 'PROGRESS'
  | 'TARGET_DATE'
  | 'UPDATED_AT';

/** Where a recommendation stands. Moves between statuses follow `transitions`. */
export type RecommendationStatus =
  | 'ABANDONED'
  | 'IMPLEMENTED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'PLANNED'
  | 'STALLED';

/** What an account may do: viewers read, analysts log progress and manage owners and deadlines, admins curate the catalog and manage users. */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'VIEWER';

export type SetOwnersInput = {
  code: Scalars['String']['input'];
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  owners: Array<OwnerInput>;
};

export type SetTargetDateInput = {
  code: Scalars['String']['input'];
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
  /** The new target; null clears it. */
  targetDate?: InputMaybe<Scalars['Date']['input']>;
};

/** A policy document that recommendations are quoted from. */
export type SourceDocument = Node & {
  __typename?: 'SourceDocument';
  author?: Maybe<Scalars['String']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  publishedOn?: Maybe<Scalars['Date']['output']>;
  slug: Scalars['String']['output'];
  themes: Array<Theme>;
  titleEn: Scalars['String']['output'];
  titleZh: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type SpreadsheetFormat =
  /** RFC 4180 text, UTF-8 (a byte-order mark is allowed). */
  | 'CSV'
  /** An Office Open XML workbook, base64-encoded; its first worksheet is read. */
  | 'XLSX';

/** Which sheet an import reads. */
export type SpreadsheetKind =
  /** One row per recommendation (`GET /export/recommendations.csv`). */
  | 'CATALOG'
  /** One row per progress-log entry (`GET /export/progress.csv`). */
  | 'PROGRESS';

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: RecommendationStatus;
};

export type StatusTransition = {
  __typename?: 'StatusTransition';
  from: RecommendationStatus;
  to: Array<RecommendationStatus>;
};

export type TargetDateRevision = {
  __typename?: 'TargetDateRevision';
  actor: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  newDate?: Maybe<Scalars['Date']['output']>;
  previousDate?: Maybe<Scalars['Date']['output']>;
  reason: Scalars['String']['output'];
};

/** A theme of the article, such as sandbox regulation, within one pillar. */
export type Theme = Node & {
  __typename?: 'Theme';
  code: Scalars['String']['output'];
  document: SourceDocument;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  pillar: Pillar;
  /** How many (non-archived) recommendations the theme has. */
  recommendationCount: Scalars['Int']['output'];
  /** The article section the theme belongs to, in Chinese. */
  sectionZh?: Maybe<Scalars['String']['output']>;
};

export type ThemeInput = {
  code: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  nameZh: Scalars['String']['input'];
  pillar: Pillar;
  sectionZh?: InputMaybe<Scalars['String']['input']>;
};

export type ThemeSummary = {
  __typename?: 'ThemeSummary';
  averageProgress: Scalars['Float']['output'];
  implemented: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  theme: Theme;
  total: Scalars['Int']['output'];
};

/** The dashboard over the recommendations matching the summary's filter. */
export type TrackerSummary = {
  __typename?: 'TrackerSummary';
  /** Mean progress, 0 when there are no recommendations. */
  averageProgress: Scalars['Float']['output'];
  byHealth: Array<HealthCount>;
  byStatus: Array<StatusCount>;
  byTheme: Array<ThemeSummary>;
  /** The latest log entries across the matching recommendations. */
  recentUpdates: Array<ProgressUpdate>;
  /** Status counts at the end of each month from `from` to `to` (at most 120 months), reconstructed from the log. */
  timeSeries: Array<MonthlyStatusCounts>;
  total: Scalars['Int']['output'];
};


/** The dashboard over the recommendations matching the summary's filter. */
export type TrackerSummaryRecentUpdatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The dashboard over the recommendations matching the summary's filter. */
export type TrackerSummaryTimeSeriesArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type UpdateRecommendationInput = {
  code: Scalars['String']['input'];
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** When given, replaces the responsible bodies (the first is the lead), as `setOwners` does. */
  owners?: InputMaybe<Array<OwnerInput>>;
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Required when `quote` changes. */
  quoteChangeReason?: InputMaybe<Scalars['String']['input']>;
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
  titleZh?: InputMaybe<Scalars['String']['input']>;
};

/** An account that tokens act for. */
export type User = Node & {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
  tokens: Array<ApiToken>;
};

/** The account making the request. */
export type Viewer = {
  __typename?: 'Viewer';
  name: Scalars['String']['output'];
  role: Role;
};

/** An endpoint that receives signed deliveries. Its secret is never shown again after creation. */
export type Webhook = Node & {
  __typename?: 'Webhook';
  /** Failed attempts in a row, over all its deliveries; a delivered attempt resets it. */
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Who registered it. */
  createdBy: Scalars['String']['output'];
  /** Its deliveries, newest first, as a connection (`first`/`after` or `last`/`before`; at most 200, 50 by default). */
  deliveries: WebhookDeliveryConnection;
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was disabled: the failed attempts in a row and the last one's error. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** False once it was disabled for failing (see `disabledReason`) until enableWebhook. */
  enabled: Scalars['Boolean']['output'];
  events: Array<WebhookEvent>;
  /** The RecommendationFilter it was registered with, or null for every recommendation. */
  filter?: Maybe<Scalars['JSON']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Its newest delivery, or null before the first. */
  lastDelivery?: Maybe<WebhookDelivery>;
  url: Scalars['String']['output'];
};


/** An endpoint that receives signed deliveries. Its secret is never shown again after creation. */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One POST of a delivery. */
export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  /** Why it failed (`HTTP 500`, `refused: …`, `the call took too long`), or null when delivered. */
  error?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status, or null when no answer came (refused address, network error, timeout). */
  responseStatus?: Maybe<Scalars['Int']['output']>;
};

/** One event for one webhook, and every attempt to deliver it. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  attemptCount: Scalars['Int']['output'];
  /** The attempts so far, oldest first. */
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  event: WebhookEvent;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The `webhook-id` header: the same on every attempt, so that a receiver can drop a repeat. */
  messageId: Scalars['String']['output'];
  /** When the next attempt is due; null when none is scheduled. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The exact JSON body every attempt sends: `{ type, timestamp, data }`. */
  payload: Scalars['String']['output'];
  status: WebhookDeliveryStatus;
};

/** A page of a webhook's deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque; pass it as `after` to continue after this delivery, or as `before` to page back from it. */
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** A receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed (WEBHOOK_MAX_ATTEMPTS); no more are made. */
  | 'FAILED'
  /** Not delivered yet: an attempt is due (`nextAttemptAt`), or its webhook is disabled and it waits for enableWebhook. */
  | 'PENDING';

/** What a webhook may subscribe to. A delivery's payload names it in `type`, as written after each value. */
export type WebhookEvent =
  /** `owners.changed`: a recommendation's owners were set. */
  | 'OWNERS_CHANGED'
  /** `progress.logged`: an entry was added to a recommendation's progress log (logProgress, a progress sheet). */
  | 'PROGRESS_LOGGED'
  /** `recommendation.changed`: a recommendation was created, edited, archived or restored. */
  | 'RECOMMENDATION_CHANGED'
  /** `targetDate.changed`: a recommendation's target date was set or changed. */
  | 'TARGET_DATE_CHANGED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiToken: ResolverTypeWrapper<ApiTokenRow>;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['AuditEntryEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateRecommendationInput: CreateRecommendationInput;
  CreateSourceDocumentInput: CreateSourceDocumentInput;
  CreateUserInput: CreateUserInput;
  CreateWebhookInput: CreateWebhookInput;
  CreatedWebhook: ResolverTypeWrapper<Omit<CreatedWebhook, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Health: Health;
  HealthCount: ResolverTypeWrapper<HealthCount>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportAction: ImportAction;
  ImportError: ResolverTypeWrapper<ImportError>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  ImportRow: ResolverTypeWrapper<ImportRow>;
  ImportSpreadsheetInput: ImportSpreadsheetInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssueTokenInput: IssueTokenInput;
  IssuedToken: ResolverTypeWrapper<Omit<IssuedToken, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LogProgressInput: LogProgressInput;
  LogProgressPayload: ResolverTypeWrapper<Omit<LogProgressPayload, 'recommendation' | 'update'> & { recommendation: ResolversTypes['Recommendation'], update: ResolversTypes['ProgressUpdate'] }>;
  MonthlyStatusCounts: ResolverTypeWrapper<MonthlyStatusCounts>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewRecommendationInput: NewRecommendationInput;
  Node: ResolverTypeWrapper<NodeRow>;
  OrderDirection: OrderDirection;
  Owner: ResolverTypeWrapper<OwnerRow>;
  OwnerInput: OwnerInput;
  OwnerKind: OwnerKind;
  PageInfo: ResolverTypeWrapper<PageInfoData>;
  Pillar: Pillar;
  ProgressUpdate: ResolverTypeWrapper<ProgressUpdateRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteRevision: ResolverTypeWrapper<QuoteRevisionRow>;
  Recommendation: ResolverTypeWrapper<RecommendationRow>;
  RecommendationConnection: ResolverTypeWrapper<RecommendationPage>;
  RecommendationEdge: ResolverTypeWrapper<Omit<RecommendationEdge, 'node'> & { node: ResolversTypes['Recommendation'] }>;
  RecommendationFilter: RecommendationFilter;
  RecommendationOrder: RecommendationOrder;
  RecommendationOrderField: RecommendationOrderField;
  RecommendationStatus: RecommendationStatus;
  Role: Role;
  SetOwnersInput: SetOwnersInput;
  SetTargetDateInput: SetTargetDateInput;
  SourceDocument: ResolverTypeWrapper<SourceDocumentRow>;
  SpreadsheetFormat: SpreadsheetFormat;
  SpreadsheetKind: SpreadsheetKind;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  StatusTransition: ResolverTypeWrapper<StatusTransition>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TargetDateRevision: ResolverTypeWrapper<TargetDateRevisionRow>;
  Theme: ResolverTypeWrapper<ThemeRow>;
  ThemeInput: ThemeInput;
  ThemeSummary: ResolverTypeWrapper<ThemeFigures>;
  TrackerSummary: ResolverTypeWrapper<SummaryData>;
  UpdateRecommendationInput: UpdateRecommendationInput;
  User: ResolverTypeWrapper<UserRow>;
  Viewer: ResolverTypeWrapper<Viewer>;
  Webhook: ResolverTypeWrapper<WebhookRow>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptRow>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEvent: WebhookEvent;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiToken: ApiTokenRow;
  AuditEntry: AuditEntryRow;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Boolean: Scalars['Boolean']['output'];
  CreateRecommendationInput: CreateRecommendationInput;
  CreateSourceDocumentInput: CreateSourceDocumentInput;
  CreateUserInput: CreateUserInput;
  CreateWebhookInput: CreateWebhookInput;
  CreatedWebhook: Omit<CreatedWebhook, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Float: Scalars['Float']['output'];
  HealthCount: HealthCount;
  ID: Scalars['ID']['output'];
  ImportError: ImportError;
  ImportResult: ImportResult;
  ImportRow: ImportRow;
  ImportSpreadsheetInput: ImportSpreadsheetInput;
  Int: Scalars['Int']['output'];
  IssueTokenInput: IssueTokenInput;
  IssuedToken: Omit<IssuedToken, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  JSON: Scalars['JSON']['output'];
  LogProgressInput: LogProgressInput;
  LogProgressPayload: Omit<LogProgressPayload, 'recommendation' | 'update'> & { recommendation: ResolversParentTypes['Recommendation'], update: ResolversParentTypes['ProgressUpdate'] };
  MonthlyStatusCounts: MonthlyStatusCounts;
  Mutation: Record<PropertyKey, never>;
  NewRecommendationInput: NewRecommendationInput;
  Node: NodeRow;
  Owner: OwnerRow;
  OwnerInput: OwnerInput;
  PageInfo: PageInfoData;
  ProgressUpdate: ProgressUpdateRow;
  Query: Record<PropertyKey, never>;
  QuoteRevision: QuoteRevisionRow;
  Recommendation: RecommendationRow;
  RecommendationConnection: RecommendationPage;
  RecommendationEdge: Omit<RecommendationEdge, 'node'> & { node: ResolversParentTypes['Recommendation'] };
  RecommendationFilter: RecommendationFilter;
  RecommendationOrder: RecommendationOrder;
  SetOwnersInput: SetOwnersInput;
  SetTargetDateInput: SetTargetDateInput;
  SourceDocument: SourceDocumentRow;
  StatusCount: StatusCount;
  StatusTransition: StatusTransition;
  String: Scalars['String']['output'];
  TargetDateRevision: TargetDateRevisionRow;
  Theme: ThemeRow;
  ThemeInput: ThemeInput;
  ThemeSummary: ThemeFigures;
  TrackerSummary: SummaryData;
  UpdateRecommendationInput: UpdateRecommendationInput;
  User: UserRow;
  Viewer: Viewer;
  Webhook: WebhookRow;
  WebhookAttempt: WebhookAttemptRow;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
}>;

export type ApiTokenResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type CreatedWebhookResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CreatedWebhook'] = ResolversParentTypes['CreatedWebhook']> = ResolversObject<{
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type HealthCountResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['HealthCount'] = ResolversParentTypes['HealthCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
}>;

export type ImportErrorResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportError'] = ResolversParentTypes['ImportError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportError']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRow']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportRowResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ImportRow'] = ResolversParentTypes['ImportRow']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ImportAction'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IssuedTokenResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['IssuedToken'] = ResolversParentTypes['IssuedToken']> = ResolversObject<{
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LogProgressPayloadResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['LogProgressPayload'] = ResolversParentTypes['LogProgressPayload']> = ResolversObject<{
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['ProgressUpdate'], ParentType, ContextType>;
}>;

export type MonthlyStatusCountsResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['MonthlyStatusCounts'] = ResolversParentTypes['MonthlyStatusCounts']> = ResolversObject<{
  counts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  archiveRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationArchiveRecommendationArgs, 'code'>>;
  createRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationCreateRecommendationArgs, 'input'>>;
  createSourceDocument?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType, RequireFields<MutationCreateSourceDocumentArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  createWebhook?: Resolver<ResolversTypes['CreatedWebhook'], ParentType, ContextType, RequireFields<MutationCreateWebhookArgs, 'input'>>;
  deleteWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  enableWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationEnableWebhookArgs, 'id'>>;
  importSpreadsheet?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportSpreadsheetArgs, 'input'>>;
  issueToken?: Resolver<ResolversTypes['IssuedToken'], ParentType, ContextType, RequireFields<MutationIssueTokenArgs, 'input'>>;
  logProgress?: Resolver<ResolversTypes['LogProgressPayload'], ParentType, ContextType, RequireFields<MutationLogProgressArgs, 'input'>>;
  restoreRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationRestoreRecommendationArgs, 'code'>>;
  revokeToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeTokenArgs, 'id'>>;
  setOwners?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationSetOwnersArgs, 'input'>>;
  setTargetDate?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationSetTargetDateArgs, 'input'>>;
  updateRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationUpdateRecommendationArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ApiToken' | 'AuditEntry' | 'Owner' | 'ProgressUpdate' | 'Recommendation' | 'SourceDocument' | 'Theme' | 'User' | 'Webhook' | 'WebhookDelivery', ParentType, ContextType>;
}>;

export type OwnerResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Owner'] = ResolversParentTypes['Owner']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OwnerKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProgressUpdateResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ProgressUpdate'] = ResolversParentTypes['ProgressUpdate']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  corrects?: Resolver<Maybe<ResolversTypes['ProgressUpdate']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidenceUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progressBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  statusBefore?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  documents?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  owners?: Resolver<Array<ResolversTypes['Owner']>, ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<QueryRecommendationArgs, 'code'>>;
  recommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, Partial<QueryRecommendationsArgs>>;
  summary?: Resolver<ResolversTypes['TrackerSummary'], ParentType, ContextType, Partial<QuerySummaryArgs>>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType, Partial<QueryThemesArgs>>;
  transitions?: Resolver<Array<ResolversTypes['StatusTransition']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  webhooks?: Resolver<Array<ResolversTypes['Webhook']>, ParentType, ContextType>;
}>;

export type QuoteRevisionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['QuoteRevision'] = ResolversParentTypes['QuoteRevision']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  newQuote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousQuote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecommendationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation']> = ResolversObject<{
  allowedNextStatuses?: Resolver<Array<ResolversTypes['RecommendationStatus']>, ParentType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastProgressAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Owner']>, ParentType, ContextType>;
  pillar?: Resolver<ResolversTypes['Pillar'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteHistory?: Resolver<Array<ResolversTypes['QuoteRevision']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  summaryEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  targetDateHistory?: Resolver<Array<ResolversTypes['TargetDateRevision']>, ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updates?: Resolver<Array<ResolversTypes['ProgressUpdate']>, ParentType, ContextType, RequireFields<RecommendationUpdatesArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecommendationConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecommendationConnection'] = ResolversParentTypes['RecommendationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecommendationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecommendationEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecommendationEdge'] = ResolversParentTypes['RecommendationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
}>;

export type SourceDocumentResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatusCountResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
}>;

export type StatusTransitionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['StatusTransition'] = ResolversParentTypes['StatusTransition']> = ResolversObject<{
  from?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['RecommendationStatus']>, ParentType, ContextType>;
}>;

export type TargetDateRevisionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TargetDateRevision'] = ResolversParentTypes['TargetDateRevision']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  newDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  previousDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ThemeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pillar?: Resolver<ResolversTypes['Pillar'], ParentType, ContextType>;
  recommendationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sectionZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ThemeSummaryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ThemeSummary'] = ResolversParentTypes['ThemeSummary']> = ResolversObject<{
  averageProgress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  implemented?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TrackerSummaryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TrackerSummary'] = ResolversParentTypes['TrackerSummary']> = ResolversObject<{
  averageProgress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  byHealth?: Resolver<Array<ResolversTypes['HealthCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  byTheme?: Resolver<Array<ResolversTypes['ThemeSummary']>, ParentType, ContextType>;
  recentUpdates?: Resolver<Array<ResolversTypes['ProgressUpdate']>, ParentType, ContextType, RequireFields<TrackerSummaryRecentUpdatesArgs, 'first'>>;
  timeSeries?: Resolver<Array<ResolversTypes['MonthlyStatusCounts']>, ParentType, ContextType, RequireFields<TrackerSummaryTimeSeriesArgs, 'from' | 'to'>>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type WebhookResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = ResolversObject<{
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookDeliveriesArgs>>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['WebhookEvent']>, ParentType, ContextType>;
  filter?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDelivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookAttemptResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responseStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['WebhookEvent'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AppContext> = ResolversObject<{
  ApiToken?: ApiTokenResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CreatedWebhook?: CreatedWebhookResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  HealthCount?: HealthCountResolvers<ContextType>;
  ImportError?: ImportErrorResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  ImportRow?: ImportRowResolvers<ContextType>;
  IssuedToken?: IssuedTokenResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LogProgressPayload?: LogProgressPayloadResolvers<ContextType>;
  MonthlyStatusCounts?: MonthlyStatusCountsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Owner?: OwnerResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProgressUpdate?: ProgressUpdateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteRevision?: QuoteRevisionResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationConnection?: RecommendationConnectionResolvers<ContextType>;
  RecommendationEdge?: RecommendationEdgeResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  StatusTransition?: StatusTransitionResolvers<ContextType>;
  TargetDateRevision?: TargetDateRevisionResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  ThemeSummary?: ThemeSummaryResolvers<ContextType>;
  TrackerSummary?: TrackerSummaryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
}>;

