export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with time zone (e.g. `2026-07-01T09:30:00Z`). */
  DateTime: { input: string; output: string; }
  /** Arbitrary JSON, used for the before/after values of audit entries. */
  JSON: { input: unknown; output: unknown; }
};

export type ApproveProposalInput = {
  /** The record's version you reviewed; a stale one fails with CONFLICT and `extensions.currentVersion`. */
  expectedVersion: Scalars['Int']['input'];
  /** The proposal's global id. */
  id: Scalars['ID']['input'];
};

/** An owner to add: at least one of `nameZh` and `nameEn`. Every name must be free: no other owner may answer to it. */
export type CreateOwnerInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: OwnerKind;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
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
  /** Where deliveries are POSTed: http(s), a host resolving to public addresses unless WEBHOOK_ALLOWLIST names it. */
  url: Scalars['String']['input'];
};

/** Whether the server has kept a copy of an evidence link (captured in the background after the entry is logged). */
export type EvidenceCaptureState =
  /** Never fetched: the link points at a loopback, private, link-local or metadata address that EVIDENCE_ALLOWLIST does not name. */
  | 'BLOCKED'
  /** A copy is archived: see `archivedCopyUrl`. */
  | 'CAPTURED'
  /** Fetched, but no copy was kept: see `failure` (an error status, a refused content type, too large, unreachable). */
  | 'FAILED'
  /** Not attempted yet. */
  | 'PENDING';

/**
 * Why a capture was BLOCKED or FAILED, in words any reader may see. The detail (which address a name resolved
 * to, the raw network error) can map the server's network, so it goes to the server log and to admins only
 * (`Evidence.failureReason`), as webhook registration keeps it to itself.
 */
export type EvidenceFailure =
  /** Never fetched: the link, or a redirect it gave, names an address the server does not call (loopback, private, link-local, metadata), or a host that does not resolve. */
  | 'BLOCKED_ADDRESS'
  /** The source answered with an error status (see `httpStatus`; 5xx and 429 are retried a few times) or too many redirects. */
  | 'HTTP_ERROR'
  /** The source did not answer within EVIDENCE_TIMEOUT_MS (retried a few times), or reading its answer took longer than the capture's budget. */
  | 'TIMEOUT'
  /** The answer was larger than EVIDENCE_MAX_BYTES, or would take the archive past EVIDENCE_STORAGE_MAX_BYTES, or too large to read. */
  | 'TOO_LARGE'
  /** The source could not be reached: the connection was refused, reset or otherwise failed (retried a few times). */
  | 'UNREACHABLE'
  /** The answer's content type is not one the archive keeps (documents and raster images; never SVG or scripts). */
  | 'UNSUPPORTED_TYPE';

/** What the last check of a captured link found (the periodic link check, and the capture itself). */
export type EvidenceLinkState =
  /** It answers with different bytes than the archived copy. */
  | 'CHANGED'
  /** It answers 404 or 410, or cannot be reached. */
  | 'MISSING'
  /** It answers with the same bytes as the archived copy. */
  | 'ONLINE'
  /** Not checked yet. */
  | 'UNCHECKED';

/**
 * What to follow or unfollow: exactly one of a recommendation (by global id or by code) or a theme (by code);
 * none or several is BAD_USER_INPUT.
 */
export type FollowInput = {
  recommendationCode?: InputMaybe<Scalars['String']['input']>;
  /** A recommendation's global id (`Recommendation.id`). */
  recommendationId?: InputMaybe<Scalars['ID']['input']>;
  themeCode?: InputMaybe<Scalars['String']['input']>;
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

/** What became, or would become, of one row of the sheet. */
export type ImportAction =
  | 'CREATE'
  /** The row has errors (see `errors`); nothing of the sheet is written. */
  | 'ERROR'
  /** A log row whose decisive status (`REVIEW_STATUSES`) opened a proposal for review instead of an entry; counted in `created`. */
  | 'PROPOSE'
  | 'UNCHANGED'
  | 'UPDATE';

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

/** Two owners to merge: the source is merged into the target. */
export type MergeOwnersInput = {
  sourceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
};

export type NewRecommendationInput = {
  code: Scalars['String']['input'];
  quote: Scalars['String']['input'];
  summaryEn: Scalars['String']['input'];
  theme: Scalars['String']['input'];
  titleEn: Scalars['String']['input'];
  titleZh: Scalars['String']['input'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type OwnerInput = {
  kind: OwnerKind;
  /** Any name or alias of an owner (matched ignoring case, width and extra spaces); an unknown name creates one. */
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

/** The two halves of the article: governing AI, and developing it. */
export type Pillar =
  | 'DEVELOPMENT'
  | 'GOVERNANCE';

/** Where a proposal stands. */
export type ProposalState =
  /** Applied: `Proposal.update` is the log entry it became. */
  | 'APPROVED'
  /** Waiting for a reviewer or an admin. */
  | 'OPEN'
  /** Turned down with a reason; the record stayed as it was. */
  | 'REJECTED';

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
  /**
   * Words, each of which must match somewhere in the record, in any order: code, titles, summary, quote, theme
   * and owner names, and the notes of the progress log. Case, full-width forms, hyphens and punctuation are
   * ignored, and so are spaces between Chinese characters; Chinese matches as a substring (`沙盒`), a Latin
   * word as the start of a word (`regulat` finds "regulation"; one or two letters, such as `AI`, a whole
   * word). Reviewed synonyms count as the same word (沙箱 = 沙盒, AI = 人工智能, open-source = 开源). At most
   * 200 characters and 16 words; a search with nothing left after normalisation (blank, only punctuation)
   * does not narrow.
   */
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
  /**
   * How well the filter's `search` matched, best first in `ASC` (the default): a record scores, for each word
   * of the search, 3 when it matched in the code or a title, 2 in the summary or quote, 1 in a theme or owner
   * name, 0 only in log notes; ties by id. Without a search every record ties. Cursors stay stable.
   */
  | 'RELEVANCE'
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

export type RejectProposalInput = {
  /** The proposal's global id. */
  id: Scalars['ID']['input'];
  /** Why; required, and shown to the proposer (at most 2,000 characters). */
  reason: Scalars['String']['input'];
};

/**
 * What an account may do: viewers read, analysts log progress and manage owners and deadlines, reviewers also
 * approve or reject other people's proposals, admins curate the catalog and manage users.
 */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  /** An analyst who also decides proposals (`pendingReviews`, `approveProposal`, `rejectProposal`). */
  | 'REVIEWER'
  | 'VIEWER';

/** A field in which a search matched (`Recommendation.searchMatches`). */
export type SearchMatchField =
  | 'CODE'
  | 'LOG_NOTE'
  | 'OWNER'
  | 'QUOTE'
  | 'SUMMARY'
  | 'THEME'
  | 'TITLE';

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

export type ThemeInput = {
  code: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  nameZh: Scalars['String']['input'];
  pillar: Pillar;
  sectionZh?: InputMaybe<Scalars['String']['input']>;
};

/** What to change of an owner; a field left out stays as it is. */
export type UpdateOwnerInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The owner's global id. */
  id: Scalars['ID']['input'];
  kind?: InputMaybe<OwnerKind>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
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
  /** `progress.logged`: an entry was added to a recommendation's progress log (logProgress, a progress sheet, an approved proposal); an open proposal is none. */
  | 'PROGRESS_LOGGED'
  /** `recommendation.changed`: a recommendation was created, edited, archived or restored. */
  | 'RECOMMENDATION_CHANGED'
  /** `targetDate.changed`: a recommendation's target date was set or changed. */
  | 'TARGET_DATE_CHANGED';
