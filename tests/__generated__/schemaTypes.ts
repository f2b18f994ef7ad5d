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
  /** Arbitrary JSON: the before/after values of audit entries, and a webhook's `filter`. */
  JSON: { input: unknown; output: unknown; }
};

/** Accepting a candidate: the record it becomes, quoting the candidate's text. */
export type AcceptCandidateInput = {
  /** The new record's code; the server gives one from the theme's code when omitted. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The candidate's global id. */
  id: Scalars['ID']['input'];
  /** An English summary. */
  summaryEn: Scalars['String']['input'];
  /** A Chinese summary; may be empty. */
  summaryZh?: InputMaybe<Scalars['String']['input']>;
  /** The theme's code: one of the candidate's document's themes. */
  theme: Scalars['String']['input'];
  /** Short title in English. */
  titleEn: Scalars['String']['input'];
  /** Short title in Chinese. */
  titleZh: Scalars['String']['input'];
};

/** A policy document and its content: exactly one of `content` and `uploadId`. */
export type AddSourceDocumentInput = {
  /** Its content as text, at most 1 MB: of `mediaType` `text/plain` (the default), `text/markdown` or `text/html`. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** What kind of document it is; `ARTICLE` when omitted. */
  kind?: InputMaybe<DocumentKind>;
  /** Its language (`zh`, `en`, …); guessed from the text when omitted. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The media type of `content`: `text/plain`, `text/markdown` or `text/html`. */
  mediaType?: InputMaybe<Scalars['String']['input']>;
  /** The day it was published. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who issued or published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Its short name, unique; derived from `titleEn` when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Its themes, in order; when omitted, one theme per top-level section (one for the whole text if it has no headings). */
  themes?: InputMaybe<Array<ThemeInput>>;
  /** Its title in English. */
  titleEn: Scalars['String']['input'];
  /** Its title in Chinese. */
  titleZh: Scalars['String']['input'];
  /** A PDF or DOCX sent to `POST /documents/upload` by the same caller, as it answered. */
  uploadId?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published (http or https). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A proposal to approve. */
export type ApproveProposalInput = {
  /** The record's version you reviewed; a stale one fails with CONFLICT and `extensions.currentVersion`. */
  expectedVersion: Scalars['Int']['input'];
  /** The proposal's global id. */
  id: Scalars['ID']['input'];
};

/** The indicator to archive. */
export type ArchiveIndicatorInput = {
  /** Its version as read; a stale one is CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The indicator's id. */
  id: Scalars['ID']['input'];
};

/** Where a candidate's curation stands. */
export type CandidateState =
  /** Accepted: it became a record (`Candidate.recommendation`). */
  | 'ACCEPTED'
  /** Merged into an existing record (`Candidate.recommendation`), which it is the same measure as. */
  | 'MERGED'
  /** Proposed, not yet decided. */
  | 'OPEN'
  /** Rejected, with a reason: not a measure to track. */
  | 'REJECTED';

/** The caller's password change. */
export type ChangePasswordInput = {
  /**
   * The password in use now. Left out only in a session the one-time sign-in link opened (`me { setsPasswordByLink }`),
   * for its first password change: BAD_USER_INPUT with `field: "currentPassword"` anywhere else.
   */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  /** The new password: at least 12 characters, not on the list of common passwords. */
  newPassword: Scalars['String']['input'];
};

/** A new indicator. */
export type CreateIndicatorInput = {
  /** Where it starts. */
  baseline: IndicatorBaselineInput;
  /** Its own short code (upper-case letters, digits and dashes), unique within the record; optional. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Which way it should move. */
  direction: IndicatorDirection;
  /** What its values are broken down by, if anything. */
  disaggregation?: InputMaybe<Scalars['String']['input']>;
  /** The greatest value the unit allows, if bounded. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** The least value the unit allows, if bounded. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Its name in English. */
  nameEn: Scalars['String']['input'];
  /** Its name in Chinese. */
  nameZh: Scalars['String']['input'];
  /** The recommendation it measures. */
  recommendationCode: Scalars['String']['input'];
  /** One or more targets. */
  targets: Array<IndicatorTargetInput>;
  /** The unit of its values. */
  unit: Scalars['String']['input'];
};

/** An owner to add: at least one of `nameZh` and `nameEn`. Every name must be free: no other owner may answer to it. */
export type CreateOwnerInput = {
  /** Other names it answers to. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What kind of body it is. */
  kind: OwnerKind;
  /** Its English name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Its Chinese name. */
  nameZh?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A new recommendation, or with `parentCode` an action under one. `theme`, `summaryEn` and `quote` are required
 * for a top-level record; an action takes its parent's theme and needs no quote (`Recommendation.quote` answers its
 * nearest ancestor's).
 */
export type CreateRecommendationInput = {
  /**
   * Its code, unique, e.g. `GOV-SANDBOX-03`. For an action, the parent's code plus `.n` (`GOV-SANDBOX-03.1`);
   * left out, the server gives the next free `n`. Required for a top-level record.
   */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Its responsible bodies, the first one the lead. */
  owners?: InputMaybe<Array<OwnerInput>>;
  /** The record this action belongs to, by code; left out for a top-level record. */
  parentCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * The verbatim text of its document it comes from: a span of the document's stored text (`SourceDocument.text`),
   * whitespace aside. An action has none of its own (leave it out).
   */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** An English summary (empty for an action when left out). */
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  /** A Chinese summary; empty when left out. */
  summaryZh?: InputMaybe<Scalars['String']['input']>;
  /** When it is due, if known. */
  targetDate?: InputMaybe<Scalars['Date']['input']>;
  /** Theme code (an action's is its parent's; when given it must be the same). */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** Short title in English. */
  titleEn: Scalars['String']['input'];
  /** Short title in Chinese. */
  titleZh: Scalars['String']['input'];
};

/** A later policy document, with its themes and recommendations (deprecated: `AddSourceDocumentInput`). */
export type CreateSourceDocumentInput = {
  /** Who wrote or issued it. */
  author?: InputMaybe<Scalars['String']['input']>;
  /** Its content as text (required: the quotes are checked against it), as in `AddSourceDocumentInput`. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** What kind of document it is; `ARTICLE` when omitted. */
  kind?: InputMaybe<DocumentKind>;
  /** The media type of `content`. */
  mediaType?: InputMaybe<Scalars['String']['input']>;
  /** The day it was published. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Who issued or published it. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Its recommendations, each in one of `themes`; each quote is checked against the document's text. */
  recommendations: Array<NewRecommendationInput>;
  /** Its short name, unique. */
  slug: Scalars['String']['input'];
  /** Its themes, in the document's order. */
  themes: Array<ThemeInput>;
  /** Its title in English. */
  titleEn: Scalars['String']['input'];
  /** Its title in Chinese. */
  titleZh: Scalars['String']['input'];
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A theme to add to a document. */
export type CreateThemeInput = {
  /** Its code, unique across documents, e.g. `SANDBOX`. */
  code: Scalars['String']['input'];
  /** The document's slug. */
  documentSlug: Scalars['String']['input'];
  /** Its name in English. */
  nameEn: Scalars['String']['input'];
  /** Its name in Chinese. */
  nameZh: Scalars['String']['input'];
  /** The pillar it belongs to, if any. */
  pillar?: InputMaybe<Pillar>;
  /** The section of the document it covers, as its heading reads. */
  sectionZh?: InputMaybe<Scalars['String']['input']>;
};

/** An account to create. */
export type CreateUserInput = {
  /** Its name, unique: 1 to 64 letters, digits, dots, dashes, underscores or @. */
  name: Scalars['String']['input'];
  /** What it may do. */
  role: Role;
};

/** An endpoint to register, and what it receives. */
export type CreateWebhookInput = {
  /** The events to deliver; at least one. */
  events: Array<WebhookEvent>;
  /** Only changes to recommendations matching this filter are delivered (archived ones included); none: all. */
  filter?: InputMaybe<RecommendationFilter>;
  /**
   * Whether deliveries carry an `INTERNAL` entry's note and evidence links (for an endpoint inside the
   * organisation). Without it, such an entry's `update.note` is `\"\"` and its `evidenceUrls` empty, as anonymous
   * readers see it.
   */
  includeInternal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where deliveries are POSTed: http(s), a host resolving to public addresses unless WEBHOOK_ALLOWLIST names it. */
  url: Scalars['String']['input'];
};

/** What kind of policy document a `SourceDocument` is. */
export type DocumentKind =
  /** An article or commentary. */
  | 'ARTICLE'
  /** A law. */
  | 'LAW'
  /** Anything else. */
  | 'OTHER'
  /** A plan, programme or action list. */
  | 'PLAN'
  /** A regulation or administrative rule. */
  | 'REGULATION'
  /** A speech. */
  | 'SPEECH';

/** Where a document revision stands. */
export type DocumentRevisionState =
  /** It became the document's text. */
  | 'APPLIED'
  /** Waiting: some live records' quotes would break against it. */
  | 'PENDING'
  /** A later revision replaced it before it applied. */
  | 'SUPERSEDED';

/** Whether the server has kept a copy of an evidence link (captured in the background after the entry is logged). */
export type EvidenceCaptureState =
  /** Not fetched: the link, or a redirect it gave, names a loopback, private, link-local or metadata address that EVIDENCE_ALLOWLIST does not name, or a host that does not resolve. */
  | 'BLOCKED'
  /** A copy is archived: see `archivedCopyUrl`. */
  | 'CAPTURED'
  /** Tried, but no copy was kept: see `failure` (an error status, a refused content type, too large, unreachable). */
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
  /** The source answered with an error status (see `httpStatus`; 5xx, 408 and 429 are retried a few times) or too many redirects. */
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

/** Where a document's candidate extraction stands. */
export type ExtractionState =
  /** The last run failed (`Extraction.failure` says why); its candidates are as they were before it. */
  | 'FAILED'
  /** Never run. */
  | 'NOT_STARTED'
  /** Waiting for the job worker. */
  | 'QUEUED'
  /** Running now. */
  | 'RUNNING'
  /** Done: its candidates are those the last run proposed, beside every decided one. */
  | 'SUCCEEDED';

/**
 * What to follow or unfollow: exactly one of a recommendation (by global id or by code) or a theme (by code);
 * none or several is BAD_USER_INPUT.
 */
export type FollowInput = {
  /** A recommendation's code. */
  recommendationCode?: InputMaybe<Scalars['String']['input']>;
  /** A recommendation's global id (`Recommendation.id`). */
  recommendationId?: InputMaybe<Scalars['ID']['input']>;
  /** A theme's code. */
  themeCode?: InputMaybe<Scalars['String']['input']>;
};

/** Computed from status, progress, target date and the time of the last log entry (or of creation); never typed by hand. */
export type Health =
  /**
   * Nothing logged for HEALTH_STALE_DAYS (default 90; counted from creation when nothing was ever logged), or the
   * target date is less than HEALTH_DUE_SOON_DAYS (default 30) away while progress is below
   * HEALTH_DUE_SOON_MIN_PROGRESS (default 50).
   */
  | 'AT_RISK'
  /** Implemented or abandoned: nothing left to track. */
  | 'DONE'
  /** Nothing alarming. */
  | 'ON_TRACK'
  /** Its target date is before today (UTC), and it is neither implemented nor abandoned. */
  | 'OVERDUE';

/** What became, or would become, of one row of the sheet. */
export type ImportAction =
  /** The row creates a record (catalog) or appends a log entry (progress). */
  | 'CREATE'
  /** The row has errors (see `errors`); nothing of the sheet is written. */
  | 'ERROR'
  /** A log row whose decisive status (`REVIEW_STATUSES`) opened a proposal for review instead of an entry; counted in `created`. */
  | 'PROPOSE'
  /** The row matches what the database already holds; nothing is written for it. */
  | 'UNCHANGED'
  /** The row changes an existing record. */
  | 'UPDATE';

/** A sheet to import, and whether to apply it. */
export type ImportSpreadsheetInput = {
  /**
   * The file itself: CSV text, or the XLSX workbook as base64. A string in a JSON body rather than a
   * multipart upload, so that /graphql keeps accepting only JSON (its CSRF protection) and a file needs no
   * second protocol; at most 700,000 characters.
   */
  content: Scalars['String']['input'];
  /** Check and report without writing (the default). Send false to apply. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** How `content` is encoded. */
  format: SpreadsheetFormat;
  /** Which sheet it is: the catalog, the progress log or the indicator values. */
  kind: SpreadsheetKind;
};

/** An indicator's starting point, as given. */
export type IndicatorBaselineInput = {
  /** The date it refers to. */
  date: Scalars['Date']['input'];
  /** Where it comes from. */
  source: Scalars['String']['input'];
  /** The value. */
  value: Scalars['Float']['input'];
};

/** Which way an indicator should move. */
export type IndicatorDirection =
  /** Lower is better: the target is below the baseline. */
  | 'DECREASE'
  /** Higher is better: the target is above the baseline. */
  | 'INCREASE'
  /** The value should stay near the target. */
  | 'MAINTAIN';

/**
 * Where an indicator stands, by the published formula (`Indicator.statusExplanation`; docs/methodology.md): the
 * latest value against the straight line from the baseline to each target, with INDICATOR_TOLERANCE.
 */
export type IndicatorStatus =
  /** The latest value meets the last target (MAINTAIN: is within the tolerance of it once it is due). */
  | 'ACHIEVED'
  /** No value counts yet. */
  | 'NO_DATA'
  /** The latest value falls short of the line by more than the allowance; its record's health is at least AT_RISK. */
  | 'OFF_TRACK'
  /** The latest value is on or beyond the line to the target, or short of it by no more than the allowance. */
  | 'ON_TRACK';

/** A target, as given. */
export type IndicatorTargetInput = {
  /** The date it is due; not before the baseline's date. */
  dueDate: Scalars['Date']['input'];
  /** The value. */
  value: Scalars['Float']['input'];
};

/** A token to issue. */
export type IssueTokenInput = {
  /** When it stops working, in the future; none: it does not expire. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What it is for, to tell tokens apart. */
  label: Scalars['String']['input'];
  /** Whether it only reads: every write made with it is FORBIDDEN with `reason: "READ_ONLY_TOKEN"`. */
  readOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** The account it acts for; none: the caller's own (only an admin issues for another account). */
  userName?: InputMaybe<Scalars['String']['input']>;
};

/** A language of the console and the catalog's texts. */
export type Language =
  /** English. */
  | 'EN'
  /** Chinese (简体中文). */
  | 'ZH';

/** Which way a link points, seen from the record that shows it. */
export type LinkDirection =
  /** This record is the link's `to`: the other implements it, supersedes it, … */
  | 'INCOMING'
  /** This record is the link's `from`: it implements, supersedes, is the same measure as or relates to the other. */
  | 'OUTGOING';

/** Two records and how they are linked, by code. */
export type LinkRecommendationsInput = {
  /** The record the link goes from (the one that implements or supersedes). */
  from: Scalars['String']['input'];
  /** How they are linked. */
  kind: RecommendationLinkKind;
  /** The record the link goes to. */
  to: Scalars['String']['input'];
};

/** One progress-log entry to append. */
export type LogProgressInput = {
  /** The recommendation's code. */
  code: Scalars['String']['input'];
  /**
   * The id of an earlier entry of the same recommendation that this entry corrects: its global id
   * (`ProgressUpdate.id`); the raw database id that earlier versions returned is still accepted, but deprecated.
   */
  correctsId?: InputMaybe<Scalars['ID']['input']>;
  /** http or https links to evidence, at most 20 (each at most 2,000 characters). Required to move to IMPLEMENTED. */
  evidenceUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** What happened: not blank, at most 10,000 characters. */
  note: Scalars['String']['input'];
  /** When it happened; defaults to today (UTC). Not before 1990-01-01, and not a date that has not yet begun in any time zone. */
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  /** The new progress, 0 to 100. */
  progress?: InputMaybe<Scalars['Int']['input']>;
  /** Why: required to move to ABANDONED (at most 2,000 characters), and added to the note. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The new status, if it changes. Must be an allowed move (see `transitions`). */
  status?: InputMaybe<RecommendationStatus>;
  /** `INTERNAL` keeps the note and evidence for signed-in readers; the status and progress change stay public. */
  visibility?: InputMaybe<Visibility>;
};

/** Texts a named reviewer has read and signs. */
export type MarkTextReviewedInput = {
  /** The recommendation's code. */
  code: Scalars['String']['input'];
  /** The version you read; when it is stale the call fails with CONFLICT (the text may have changed since you read it). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The texts reviewed, as they are now; at least one. */
  fields: Array<RecommendationTextField>;
};

/** A user and an institution: a membership to add or remove. */
export type MembershipInput = {
  /** The owner's global id (`Owner.id`). */
  ownerId: Scalars['ID']['input'];
  /** The account's name. */
  userName: Scalars['String']['input'];
};

/** Merging a candidate into an existing record: the same measure, said again. */
export type MergeCandidateInput = {
  /** The record's code. */
  code: Scalars['String']['input'];
  /** The candidate's global id. */
  id: Scalars['ID']['input'];
};

/** Two owners to merge: the source is merged into the target. */
export type MergeOwnersInput = {
  /** The global id of the owner merged away (it is kept, with `mergedInto` set). */
  sourceId: Scalars['ID']['input'];
  /** The global id of the owner kept. */
  targetId: Scalars['ID']['input'];
};

/** A recommendation of a new policy document. */
export type NewRecommendationInput = {
  /** Its code, unique. */
  code: Scalars['String']['input'];
  /** The verbatim Chinese text it comes from. */
  quote: Scalars['String']['input'];
  /** An English summary. */
  summaryEn: Scalars['String']['input'];
  /** A Chinese summary; empty when left out. */
  summaryZh?: InputMaybe<Scalars['String']['input']>;
  /** The code of its theme. */
  theme: Scalars['String']['input'];
  /** Short title in English. */
  titleEn: Scalars['String']['input'];
  /** Short title in Chinese. */
  titleZh: Scalars['String']['input'];
};

/** Which way an order runs. */
export type OrderDirection =
  /** Ascending: smallest, earliest or first in order (for RELEVANCE, best first). */
  | 'ASC'
  /** Descending: the reverse of ASC. */
  | 'DESC';

/** A responsible body, by name. */
export type OwnerInput = {
  /** Its kind, used when the name is unknown and a new owner is created. */
  kind: OwnerKind;
  /** Any name or alias of an owner (matched ignoring case, width and extra spaces); an unknown name creates one. */
  name: Scalars['String']['input'];
};

/** The kind of a responsible body. */
export type OwnerKind =
  /** An academic institution (学术机构). */
  | 'ACADEMIA'
  /** An enterprise (企业). */
  | 'ENTERPRISE'
  /** An industry body (行业组织). */
  | 'INDUSTRY_BODY'
  /** An international body (国际组织). */
  | 'INTERNATIONAL_BODY'
  /** A local government (地方政府). */
  | 'LOCAL_GOVERNMENT'
  /** A ministry (部委). */
  | 'MINISTRY'
  /** Any other kind of body (其他). */
  | 'OTHER'
  /** A regulator (监管机构). */
  | 'REGULATOR';

/** The two halves of the seeded article: governing AI, and developing it. Other documents' themes may have none. */
export type Pillar =
  /** Developing AI. */
  | 'DEVELOPMENT'
  /** Governing AI. */
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
  /**
   * Lists, counts, the dashboard, the report and exports show top-level records only, unless this is true: then
   * actions (records with a parent, at any depth) are listed beside them.
   */
  includeActions?: InputMaybe<Scalars['Boolean']['input']>;
  /** Archived recommendations are hidden unless this is true. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Owner names or aliases (matched ignoring case, width and extra spaces); a recommendation matches when any of its owners is named. */
  owner?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only recommendations of this pillar. */
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

/** How one record is linked to another. */
export type RecommendationLinkKind =
  /** The `from` record implements the `to` record (a regulation implementing a plan's measure). */
  | 'IMPLEMENTS'
  /** The two are related, without any of the above. */
  | 'RELATED'
  /** The two records are one measure, stated in two documents; `distinctMeasures` counts them once. */
  | 'SAME_MEASURE'
  /** The `from` record supersedes the `to` record. */
  | 'SUPERSEDES';

/** How a recommendation list is ordered. */
export type RecommendationOrder = {
  /** Ascending (the default) or descending. */
  direction?: InputMaybe<OrderDirection>;
  /** The field to order by. */
  field: RecommendationOrderField;
};

/** Fields a recommendation list can be ordered by. Ties are broken by id, so pages never overlap. */
export type RecommendationOrderField =
  /** The recommendation code, e.g. `GOV-SANDBOX-01`. */
  | 'CODE'
  /** The progress percentage. */
  | 'PROGRESS'
  /**
   * How well the filter's `search` matched, best first in `ASC` (the default): a record scores, for each word
   * of the search, 3 when it matched in the code or a title, 2 in the summary or quote, 1 in a theme or owner
   * name, 0 only in log notes; ties by id. Without a search every record ties. Cursors stay stable.
   */
  | 'RELEVANCE'
  /** The target date. */
  | 'TARGET_DATE'
  /** When the record last changed. */
  | 'UPDATED_AT';

/** Where a recommendation stands. Moves between statuses follow `transitions`. */
export type RecommendationStatus =
  /**
   * Given up. Moving here needs a reason; moving here or out of here needs an admin, or a reviewer's approval when
   * the move is a proposal (`REVIEW_STATUSES`).
   */
  | 'ABANDONED'
  /** Carried out; moving here needs progress 100 and at least one evidence link. */
  | 'IMPLEMENTED'
  /** Work is under way. */
  | 'IN_PROGRESS'
  /** Nothing has been done yet, and progress is 0; a new record starts here. */
  | 'NOT_STARTED'
  /** Work is decided or scheduled but has not begun. */
  | 'PLANNED'
  /** Work, planned or under way, has stopped moving. */
  | 'STALLED';

/** A bilingual text of a recommendation, as `markTextReviewed` names it. */
export type RecommendationTextField =
  /** `summaryEn`. */
  | 'SUMMARY_EN'
  /** `summaryZh`. */
  | 'SUMMARY_ZH'
  /** `titleEn`. */
  | 'TITLE_EN'
  /** `titleZh`. */
  | 'TITLE_ZH';

/** An indicator's value for a period. */
export type RecordIndicatorValueInput = {
  /** A value of this indicator that this one corrects; the corrected value then no longer counts. */
  correctsId?: InputMaybe<Scalars['ID']['input']>;
  /** Links that show it; each is captured like any log entry's evidence. */
  evidenceUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The indicator's version as read; a stale one is CONFLICT with `extensions.currentVersion`. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The indicator's id. */
  indicatorId: Scalars['ID']['input'];
  /** What to say about it; may be empty. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The last day of the period; not before `periodStart`. */
  periodEnd: Scalars['Date']['input'];
  /** The first day of the period. */
  periodStart: Scalars['Date']['input'];
  /** The value, within the unit's `min` and `max`. */
  value: Scalars['Float']['input'];
  /** `INTERNAL` keeps the note and evidence for signed-in readers; the value itself stays public. */
  visibility?: InputMaybe<Visibility>;
};

/** Rejecting a candidate: not a measure to track. */
export type RejectCandidateInput = {
  /** The candidate's global id. */
  id: Scalars['ID']['input'];
  /** Why, for whoever reads the queue next. */
  reason: Scalars['String']['input'];
};

/** A proposal to reject, and why. */
export type RejectProposalInput = {
  /** The proposal's global id. */
  id: Scalars['ID']['input'];
  /** Why; required, and shown to the proposer (at most 2,000 characters). */
  reason: Scalars['String']['input'];
};

/** A corrected text for a document: exactly one of `content` and `uploadId`. */
export type ReviseSourceDocumentInput = {
  /** The corrected content as text (see `AddSourceDocumentInput.content`). */
  content?: InputMaybe<Scalars['String']['input']>;
  /** The media type of `content`. */
  mediaType?: InputMaybe<Scalars['String']['input']>;
  /** The document's slug. */
  slug: Scalars['String']['input'];
  /** A PDF or DOCX sent to `POST /documents/upload`. */
  uploadId?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What an account may do: viewers read, analysts log progress and manage owners and deadlines, reviewers also
 * approve or reject other people's proposals, admins curate the catalog and manage users.
 */
export type Role =
  /** Everything: curates the catalog, manages users, tokens and webhooks, reads the audit trail. */
  | 'ADMIN'
  /** Logs progress and manages owners and target dates. */
  | 'ANALYST'
  /** An analyst who also decides proposals (`pendingReviews`, `approveProposal`, `rejectProposal`). */
  | 'REVIEWER'
  /** Reads, and follows recommendations and themes (`follow`, `myFeed`); writes nothing else. */
  | 'VIEWER';

/** How a parent's progress follows its children's (`setRollup`). */
export type RollupRule =
  /** No roll-up: progress is typed, as on any record. */
  | 'MANUAL'
  /** The plain mean of the counted children's progress, rounded to a whole number. */
  | 'MEAN'
  /** The least progress among the counted children. */
  | 'MIN'
  /** The mean weighted by each child's weight (1 when not set), rounded; a weight of 0 leaves the child out. */
  | 'WEIGHTED_MEAN';

/** A child's weight in a WEIGHTED_MEAN roll-up. */
export type RollupWeightInput = {
  /** The child's code. */
  code: Scalars['String']['input'];
  /** Its weight: 0 or more. */
  weight: Scalars['Float']['input'];
};

/** A field in which a search matched (`Recommendation.searchMatches`). */
export type SearchMatchField =
  /** The recommendation code. */
  | 'CODE'
  /** The note of a progress-log entry. */
  | 'LOG_NOTE'
  /** An owner's name or alias. */
  | 'OWNER'
  /** The quoted Chinese text. */
  | 'QUOTE'
  /** The English summary. */
  | 'SUMMARY'
  /** The theme's names. */
  | 'THEME'
  /** The Chinese or English title. */
  | 'TITLE';

/** The responsible bodies to give a recommendation. */
export type SetOwnersInput = {
  /** The recommendation's code. */
  code: Scalars['String']['input'];
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The new owners, the first one the lead; they replace the current ones. */
  owners: Array<OwnerInput>;
};

/** A password an admin sets for an account. */
export type SetPasswordInput = {
  /** The new password: at least 12 characters, not on the list of common passwords. */
  password: Scalars['String']['input'];
  /** The account's name. */
  userName: Scalars['String']['input'];
};

/** What `setPreferences` changes: at least one field; those left out or null stay as they are. */
export type SetPreferencesInput = {
  /** Whether the catalog's charts section is open. */
  chartsOpen?: InputMaybe<Scalars['Boolean']['input']>;
  /** The console's language. */
  language?: InputMaybe<Language>;
};

/** An account's new role. */
export type SetRoleInput = {
  /** What it may do from now on. */
  role: Role;
  /** The account's name. */
  userName: Scalars['String']['input'];
};

/** A parent's roll-up rule and its children's weights. */
export type SetRollupInput = {
  /** The parent's code. */
  code: Scalars['String']['input'];
  /** The version you read; a stale one fails with CONFLICT and `extensions.currentVersion`. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The rule. */
  rule: RollupRule;
  /** Weights of children by code (WEIGHTED_MEAN; a child left out weighs 1). Zero or more, never negative. */
  weights?: InputMaybe<Array<RollupWeightInput>>;
};

/** A new target date for a recommendation, with why. */
export type SetTargetDateInput = {
  /** The recommendation's code. */
  code: Scalars['String']['input'];
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why the date changes; kept in `targetDateHistory`. */
  reason: Scalars['String']['input'];
  /** The new target; null clears it. */
  targetDate?: InputMaybe<Scalars['Date']['input']>;
};

/** How an imported sheet is encoded. */
export type SpreadsheetFormat =
  /** RFC 4180 text, UTF-8 (a byte-order mark is allowed). */
  | 'CSV'
  /** An Office Open XML workbook, base64-encoded; its first worksheet is read. */
  | 'XLSX';

/** Which sheet an import reads. */
export type SpreadsheetKind =
  /** One row per recommendation (`GET /export/recommendations.csv`). */
  | 'CATALOG'
  /**
   * One row per indicator and period (`GET /export/indicator-values.csv`): each row goes through
   * `recordIndicatorValue`, a period already recorded with another value as a correction of it.
   */
  | 'INDICATOR_VALUES'
  /** One row per progress-log entry (`GET /export/progress.csv`). */
  | 'PROGRESS';

/** Where a bilingual text of a recommendation came from. */
export type TextOrigin =
  /** Written or changed since (by an edit, an import or a catalog revision) and not yet reviewed: show it as a draft. */
  | 'DRAFT'
  /** Marked reviewed by a named reviewer (`markTextReviewed`), who the audit trail records. */
  | 'REVIEWED'
  /** As the reviewed catalog first gave it. */
  | 'SOURCE';

/** A theme of a new policy document. */
export type ThemeInput = {
  /** Its code, unique, e.g. `SANDBOX`. */
  code: Scalars['String']['input'];
  /** Its name in English. */
  nameEn: Scalars['String']['input'];
  /** Its name in Chinese. */
  nameZh: Scalars['String']['input'];
  /** The pillar it belongs to, if any. */
  pillar?: InputMaybe<Pillar>;
  /** The document section it belongs to, as its heading reads. */
  sectionZh?: InputMaybe<Scalars['String']['input']>;
};

/** What to change of an indicator; a field left out stays as it is. */
export type UpdateIndicatorInput = {
  /** Where it starts. */
  baseline?: InputMaybe<IndicatorBaselineInput>;
  /** Which way it should move. */
  direction?: InputMaybe<IndicatorDirection>;
  /** What its values are broken down by. */
  disaggregation?: InputMaybe<Scalars['String']['input']>;
  /** Its version as read; a stale one is CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The indicator's id. */
  id: Scalars['ID']['input'];
  /** The greatest value the unit allows. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** The least value the unit allows. */
  min?: InputMaybe<Scalars['Float']['input']>;
  /** Its name in English. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Its name in Chinese. */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Its targets, all of them. */
  targets?: InputMaybe<Array<IndicatorTargetInput>>;
  /** The unit of its values. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** What to change of an owner; a field left out stays as it is. */
export type UpdateOwnerInput = {
  /** Its aliases: when given, they replace all the current ones. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The owner's global id. */
  id: Scalars['ID']['input'];
  /** Its new kind. */
  kind?: InputMaybe<OwnerKind>;
  /** Its new English name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Its new Chinese name. */
  nameZh?: InputMaybe<Scalars['String']['input']>;
};

/** What to change of a recommendation; a field left out stays as it is. */
export type UpdateRecommendationInput = {
  /** The recommendation's code (it does not change). */
  code: Scalars['String']['input'];
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** When given, replaces the responsible bodies (the first is the lead), as `setOwners` does. */
  owners?: InputMaybe<Array<OwnerInput>>;
  /** New quoted text; needs `quoteChangeReason`. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Required when `quote` changes. */
  quoteChangeReason?: InputMaybe<Scalars['String']['input']>;
  /** New English summary. */
  summaryEn?: InputMaybe<Scalars['String']['input']>;
  /** New Chinese summary. */
  summaryZh?: InputMaybe<Scalars['String']['input']>;
  /** The code of the theme to move it to. */
  theme?: InputMaybe<Scalars['String']['input']>;
  /** New English title. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** New Chinese title. */
  titleZh?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Who may read a log entry's note and evidence. An `INTERNAL` entry's status and progress change are public; to a
 * reader who is not signed in its `note` is `""` and it has no evidence.
 */
export type Visibility =
  /** Signed-in users only (`VIEWER` accounts included). */
  | 'INTERNAL'
  /** Everyone who may read the tracker. */
  | 'PUBLIC';

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
  /** `indicator.valueRecorded`: an indicator's value was recorded (`recordIndicatorValue`, or its approved proposal). */
  | 'INDICATOR_VALUE_RECORDED'
  /** `owners.changed`: `setOwners` replaced a recommendation's owners (owners edited by `updateRecommendation` are `recommendation.changed`). */
  | 'OWNERS_CHANGED'
  /** `progress.logged`: an entry was added to a recommendation's progress log (logProgress, a progress sheet, an approved proposal); an open proposal is none. */
  | 'PROGRESS_LOGGED'
  /** `recommendation.changed`: a recommendation was created, edited, archived or restored. */
  | 'RECOMMENDATION_CHANGED'
  /** `targetDate.changed`: a recommendation's target date was set, changed or cleared (`setTargetDate`). */
  | 'TARGET_DATE_CHANGED';
