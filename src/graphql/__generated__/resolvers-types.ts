import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RecommendationRow, RecommendationPage } from '../../domain/catalog/recommendations';
import type { PageInfoData } from '../../domain/paging/connection';
import type { NodeRow } from '../../domain/registry/nodes';
import type { Theme as ThemeRow, SourceDocument as SourceDocumentRow, DocumentRevision as DocumentRevisionRow, ProgressUpdate as ProgressUpdateRow, Owner as OwnerRow, TargetDateRevision as TargetDateRevisionRow, QuoteRevision as QuoteRevisionRow, User as UserRow, ApiToken as ApiTokenRow, Session as SessionRow, Passkey as PasskeyRow, AuditEntry as AuditEntryRow, Webhook as WebhookRow, WebhookAttempt as WebhookAttemptRow, Proposal as ProposalRow, Candidate as CandidateRow, Evidence as EvidenceRow, IndicatorValue as IndicatorValueRow } from '../../generated/prisma/client';
import type { Section } from '../../domain/catalog/documentText';
import type { BrokenQuoteView } from '../../domain/catalog/quotedText';
import type { LinkView } from '../../domain/catalog/links';
import type { WebhookDeliveryRow } from '../../domain/webhooks/admin';
import type { CandidatePage } from '../../domain/documents/extraction/candidates';
import type { SummaryData, ThemeFigures } from '../../domain/catalog/summary';
import type { ChangeRow } from '../../db/changeEvents';
import type { ChangePage } from '../../domain/live/changes';
import type { FollowingOf, ViewerRow } from '../../domain/live/follows';
import type { PreferencesRow } from '../../domain/access/preferences';
import type { IndicatorView, StatusExplanation, IndicatorValuePage, ProposedValue } from '../../domain/indicators/indicators';
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

/** A token's metadata; the secret itself is never shown again after issue. */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** When it was issued. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops working; null when it does not expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** What the token is for, as given when it was issued. */
  label: Scalars['String']['output'];
  /** When it last authenticated a request (recorded at most once a minute); null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The first characters of the secret, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  /** Whether it only reads: every write made with it is FORBIDDEN with `reason: "READ_ONLY_TOKEN"`. */
  readOnly: Scalars['Boolean']['output'];
  /** When it was revoked; null while it is not. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
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

/**
 * One successful write: who, when, which operation and target, and the values before and after. Ids inside
 * `before` and `after` (such as `updateId` or `tokenId`) are raw database ids, as they were recorded: the trail
 * never changes. `toGlobalId`'s rule (base64url of `TypeName:id`) turns one into a global id.
 */
export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  /** Who made the write, by name: an account, `(admin token)`, or a command-line script. */
  actor: Scalars['String']['output'];
  /** The role they acted with; null when none was recorded. */
  actorRole?: Maybe<Role>;
  /** The values after the write, as recorded; null when there are none. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The values before the write, as recorded; null when there were none. */
  before?: Maybe<Scalars['JSON']['output']>;
  /** When the write was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The write, as the API names it, e.g. `logProgress`. */
  operation: Scalars['String']['output'];
  /** The entry as a sentence in English, from the operation table's labels: what was done, to what, by whom. */
  summaryEn: Scalars['String']['output'];
  /** The entry as a sentence in Chinese, from the operation table's labels (no operation or field names). */
  summaryZh: Scalars['String']['output'];
  /** Which one, e.g. a recommendation's code. */
  targetId: Scalars['String']['output'];
  /** The kind of thing written, e.g. `Recommendation`. */
  targetType: Scalars['String']['output'];
};

/** A page of the audit trail. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The page's entries, each with its cursor. */
  edges: Array<AuditEntryEdge>;
  /** Where the page stands in the whole trail. */
  pageInfo: PageInfo;
  /** How many entries match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One audit entry of a page, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque; pass it as `after` to continue after this entry, or as `before` to page back from it. */
  cursor: Scalars['String']['output'];
  /** The audit entry. */
  node: AuditEntry;
};

/** A record's quote that a pending revision's text does not contain. */
export type BrokenQuote = {
  __typename?: 'BrokenQuote';
  /** The span of the revision's text most like the quote. */
  closestSpan: Scalars['String']['output'];
  /** Its quote as it stands. */
  quote: Scalars['String']['output'];
  /** The record. */
  recommendation: Recommendation;
};

/**
 * A measure proposed from a document's stored text by the extraction (directive clauses; the rules are
 * src/domain/documents/extraction/rules.json), for an admin to accept, merge or reject.
 */
export type Candidate = Node & {
  __typename?: 'Candidate';
  /** How sure the rules are that it is a measure, from 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The document it was proposed from. */
  document: SourceDocument;
  /** Where the quote ends in `SourceDocument.text`, in UTF-16 code units, exclusive. */
  end: Scalars['Int']['output'];
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Verbatim: the document's text from `start` to `end`. */
  quote: Scalars['String']['output'];
  /** Why it was proposed: the rules that matched, in words. */
  reason: Scalars['String']['output'];
  /** The record it became (ACCEPTED) or was merged into (MERGED); null otherwise. */
  recommendation?: Maybe<Recommendation>;
  /** Why it was rejected; null unless REJECTED. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** The heading of the document section it is in; null outside any. */
  sectionHeading?: Maybe<Scalars['String']['output']>;
  /** Where the quote starts in `SourceDocument.text`, in UTF-16 code units. */
  start: Scalars['Int']['output'];
  /** Where its curation stands. */
  state: CandidateState;
  /** The document's theme it seems to belong to (named as its paragraph's bold lead or its section), if any. */
  suggestedTheme?: Maybe<Theme>;
  /** A short title in the document's language, to start from when accepting it. */
  suggestedTitle: Scalars['String']['output'];
};

/** A page of a document's candidates (Relay). */
export type CandidateConnection = {
  __typename?: 'CandidateConnection';
  /** The page's candidates, each with its cursor. */
  edges: Array<CandidateEdge>;
  /** Where the page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many candidates match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One candidate of a page, with its cursor. */
export type CandidateEdge = {
  __typename?: 'CandidateEdge';
  /** Opaque; pass it as `after` to continue after this candidate. */
  cursor: Scalars['String']['output'];
  /** The candidate. */
  node: Candidate;
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

/** One change to a recommendation, as the change feed (`changes`, `myFeed`, the Atom feeds) lists it. */
export type Change = {
  __typename?: 'Change';
  /** Who made it, as the audit trail names them. */
  actorName: Scalars['String']['output'];
  /** When the change was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque; pass it as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  /**
   * What changed: `logProgress` for every entry added to the log (a direct one, or a proposal's when approved),
   * otherwise the write as the audit trail names it: `setOwners`, `setTargetDate`, `createRecommendation`,
   * `updateRecommendation`, `archiveRecommendation`, `restoreRecommendation`, `rejectProposal`: the change kind
   * the server's table of writes gives each write that changes a recommendation. Opening a proposal changes nothing
   * on the record and is no change.
   */
  kind: Scalars['String']['output'];
  /** The log entry, when `kind` is `logProgress`. */
  progressUpdate?: Maybe<ProgressUpdate>;
  /** The recommendation that changed, as it is now. */
  recommendation: Recommendation;
  /** What happened, in English (one line). */
  summaryEn: Scalars['String']['output'];
  /** What happened, in Chinese (one line). */
  summaryZh: Scalars['String']['output'];
};

/** A page of the change feed. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The page's changes, each with its cursor. */
  edges: Array<ChangeEdge>;
  /** Where the page stands in the feed. */
  pageInfo: PageInfo;
};

/** One change of a page, with its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Opaque; pass it as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: Change;
};

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

/** A webhook just registered, with its signing secret, shown this once. */
export type CreatedWebhook = {
  __typename?: 'CreatedWebhook';
  /** The signing secret (`whsec_` and base64), for standardwebhooks' `new Webhook(secret).verify`. Shown once: store it now. */
  secret: Scalars['String']['output'];
  /** The webhook, as `webhooks` lists it. */
  webhook: Webhook;
};

/** A document's curation in three figures, as in "31 of 34 candidates decided; 28 records". */
export type DocumentCoverage = {
  __typename?: 'DocumentCoverage';
  /** Candidates proposed from its text, in every state. */
  candidates: Scalars['Int']['output'];
  /** Of those, the accepted, merged and rejected ones. */
  decided: Scalars['Int']['output'];
  /** Its live top-level records (archived ones and actions aside). */
  records: Scalars['Int']['output'];
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

/** A corrected text for a document (`reviseSourceDocument`). */
export type DocumentRevision = {
  __typename?: 'DocumentRevision';
  /** When it became the document's text; null until then. */
  appliedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The live records whose quotes are not verbatim in this text: fix each against it (`updateRecommendation`) or withdraw it (`archiveRecommendation`). Empty unless pending. */
  brokenQuotes: Array<BrokenQuote>;
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  state: DocumentRevisionState;
  /** The corrected text, normalised as `SourceDocument.text` is. */
  text: Scalars['String']['output'];
};

/** Where a document revision stands. */
export type DocumentRevisionState =
  /** It became the document's text. */
  | 'APPLIED'
  /** Waiting: some live records' quotes would break against it. */
  | 'PENDING'
  /** A later revision replaced it before it applied. */
  | 'SUPERSEDED';

/** A section of a document's text, as one of its headings opens it. */
export type DocumentSection = {
  __typename?: 'DocumentSection';
  /** Where the section ends (exclusive): the next heading of the same or a higher level, or the text's end. */
  end: Scalars['Int']['output'];
  /** The heading, as the text has it. */
  heading: Scalars['String']['output'];
  /** Where the heading starts in `SourceDocument.text` (UTF-16 code units). */
  start: Scalars['Int']['output'];
};

/** One evidence link of a progress entry and the server's archived copy of it. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Path of the archived copy on this server (relative to its origin; served as a download under a sandboxing CSP); null until captured. */
  archivedCopyUrl?: Maybe<Scalars['String']['output']>;
  /** Whether a copy was kept, and if not why (see `failure`). */
  captureState: EvidenceCaptureState;
  /** When the copy was taken. */
  capturedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the link was last checked. */
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The archived copy's content type, as the source sent it. */
  contentType?: Maybe<Scalars['String']['output']>;
  /** Why the capture was blocked or failed, generically; null unless `captureState` is BLOCKED or FAILED. */
  failure?: Maybe<EvidenceFailure>;
  /**
   * The detail behind `failure`, as the server logged it (e.g. which address a name resolved to, or the
   * network error). Admins only: null for every other reader, since it can tell what the server's network
   * resolves and reaches.
   */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Where the capture ended after redirects. */
  finalUrl?: Maybe<Scalars['String']['output']>;
  /** The HTTP status the capture received. */
  httpStatus?: Maybe<Scalars['Int']['output']>;
  /** Whether the link still answers with the archived bytes (see `checkedAt`). */
  linkState: EvidenceLinkState;
  /** SHA-256 (hex) of the archived bytes, exactly as served by the source. */
  sha256?: Maybe<Scalars['String']['output']>;
  /** Size of the archived copy in bytes. */
  sizeBytes?: Maybe<Scalars['Int']['output']>;
  /** The HTML page's title or the PDF's, when it has one. */
  title?: Maybe<Scalars['String']['output']>;
  /** The link as logged. */
  url: Scalars['String']['output'];
};

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

/** A document's candidate extraction: its state, when it last succeeded, and why it failed. */
export type Extraction = {
  __typename?: 'Extraction';
  /** When a run last succeeded; null before the first. */
  extractedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last run failed, in words an admin can act on; null unless FAILED. */
  failure?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  state: ExtractionState;
};

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

/** An account's watch list, each list in the order it was followed. */
export type Following = {
  __typename?: 'Following';
  /** The recommendations followed. */
  recommendations: Array<Recommendation>;
  /** The themes followed: every recommendation of each is in the feed. */
  themes: Array<Theme>;
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

/** How many recommendations are in one health. */
export type HealthCount = {
  __typename?: 'HealthCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The health. */
  health: Health;
};

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

/** One thing wrong with the imported sheet. */
export type ImportError = {
  __typename?: 'ImportError';
  /** The code the same refusal has from the API: BAD_USER_INPUT, CONFLICT (a stale version), FORBIDDEN, NOT_FOUND. */
  code: Scalars['String']['output'];
  /** The column at fault, when one is. */
  column?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person can act on. */
  message: Scalars['String']['output'];
  /** The row's number as a spreadsheet shows it; null for the sheet as a whole (size, format, header). */
  row?: Maybe<Scalars['Int']['output']>;
};

/** What an import did, or would do in a dry run. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** True when the sheet was written: not a dry run, and no errors. */
  applied: Scalars['Boolean']['output'];
  /** Rows that create (or in a dry run would create) a record, a log entry or a proposal (`PROPOSE`). */
  created: Scalars['Int']['output'];
  /** Whether this was a dry run, which writes nothing. */
  dryRun: Scalars['Boolean']['output'];
  /** Everything wrong with the sheet; when any, nothing is written. */
  errors: Array<ImportError>;
  /** What became, or would become, of each row. */
  rows: Array<ImportRow>;
  /** Rows that match what the database already holds. */
  unchanged: Scalars['Int']['output'];
  /** Rows that change (or in a dry run would change) an existing record. */
  updated: Scalars['Int']['output'];
};

/** One row of the imported sheet and what became, or would become, of it. */
export type ImportRow = {
  __typename?: 'ImportRow';
  /** What the row does, or would do in a dry run. */
  action: ImportAction;
  /** The recommendation the row is about. */
  code: Scalars['String']['output'];
  /**
   * The row's number as a spreadsheet shows it: the header is row 1, so the first record is row 2 (in an older
   * export that begins with a `# …` title line, the header is row 2).
   */
  row: Scalars['Int']['output'];
};

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

/** A measurable quantity of a recommendation: a baseline, targets, and values per period. */
export type Indicator = Node & {
  __typename?: 'Indicator';
  /** Whether it is archived (as of the record's `asOf`). */
  archived: Scalars['Boolean']['output'];
  /** Where it started. */
  baseline: IndicatorBaseline;
  /** Its own short code, unique within its recommendation, if it has one. */
  code?: Maybe<Scalars['String']['output']>;
  /** Which way it should move. */
  direction: IndicatorDirection;
  /** What its values are broken down by, if anything (a region, a sector). */
  disaggregation?: Maybe<Scalars['String']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The value `status` reads: the one with the latest period end among values not corrected. */
  latestValue?: Maybe<IndicatorValue>;
  /** The greatest value the unit allows, if bounded (100 for a percentage). */
  max?: Maybe<Scalars['Float']['output']>;
  /** The least value the unit allows, if bounded. */
  min?: Maybe<Scalars['Float']['output']>;
  /** Its name in English. */
  nameEn: Scalars['String']['output'];
  /** Its name in Chinese. */
  nameZh: Scalars['String']['output'];
  /** The recommendation it measures. */
  recommendation: Recommendation;
  /** Where it stands (as of the record's `asOf`, when it has one). */
  status: IndicatorStatus;
  /** The formula, its version and the inputs behind `status`, as of the same date. */
  statusExplanation: IndicatorStatusExplanation;
  /** Where it should be, and by when, in due-date order. */
  targets: Array<IndicatorTarget>;
  /** The unit its values are in (`%`, `factories`, `billion yuan`). */
  unit: Scalars['String']['output'];
  /** Its values, latest period first (as of the record's `asOf`), corrected ones included. */
  values: IndicatorValueConnection;
  /** Increments with every write to it; pass it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};


/** A measurable quantity of a recommendation: a baseline, targets, and values per period. */
export type IndicatorValuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An indicator's starting point. */
export type IndicatorBaseline = {
  __typename?: 'IndicatorBaseline';
  /** The date it refers to. */
  date: Scalars['Date']['output'];
  /** Where it comes from: a verbatim quote of the article where the catalog seeded it. */
  source: Scalars['String']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
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

/** How `Indicator.status` was computed: reproducible from these inputs alone. */
export type IndicatorStatusExplanation = {
  __typename?: 'IndicatorStatusExplanation';
  /** How far short of the line a value may fall and still be ON_TRACK: tolerance × |target − baseline|. */
  allowance?: Maybe<Scalars['Float']['output']>;
  /** The date it is as of: the record's `asOf`, or now. */
  asOf: Scalars['DateTime']['output'];
  /** The baseline date. */
  baselineDate: Scalars['Date']['output'];
  /** The baseline value. */
  baselineValue: Scalars['Float']['output'];
  /** The line's value at that period end. */
  expectedValue?: Maybe<Scalars['Float']['output']>;
  /** The formula in words. */
  formula: Scalars['String']['output'];
  /** The latest value's period end. */
  latestPeriodEnd?: Maybe<Scalars['Date']['output']>;
  /** The latest value, if any. */
  latestValue?: Maybe<Scalars['Float']['output']>;
  /** The status it gives. */
  status: IndicatorStatus;
  /** That target's due date. */
  targetDueDate?: Maybe<Scalars['Date']['output']>;
  /** The target the line runs to at the latest value's period end (the last target once every one is due). */
  targetValue?: Maybe<Scalars['Float']['output']>;
  /** The tolerance it used: INDICATOR_TOLERANCE when the indicator was last written before `asOf`. */
  tolerance: Scalars['Float']['output'];
  /** The formula's version; a change to the formula gets a new one. */
  version: Scalars['String']['output'];
};

/** A value an indicator should reach by a date. */
export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
  /** The date it is due. */
  dueDate: Scalars['Date']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
};

/** A target, as given. */
export type IndicatorTargetInput = {
  /** The date it is due; not before the baseline's date. */
  dueDate: Scalars['Date']['input'];
  /** The value. */
  value: Scalars['Float']['input'];
};

/** One value of an indicator for a period. Corrections append: `corrects` names the value one replaces. */
export type IndicatorValue = Node & {
  __typename?: 'IndicatorValue';
  /** On an `indicatorValueRecorded` event: the change's cursor. Null everywhere else. */
  changeCursor?: Maybe<Scalars['String']['output']>;
  /** Whether a later value corrects it: it then no longer counts. */
  corrected: Scalars['Boolean']['output'];
  /** The value this one corrects, if any. */
  corrects?: Maybe<IndicatorValue>;
  /** Its evidence links; none for an `INTERNAL` value read by a reader who is not signed in. */
  evidenceUrls: Array<Scalars['String']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The indicator. */
  indicator: Indicator;
  /** The log entry it is. */
  logEntry: ProgressUpdate;
  /** What the recorder wrote about it; `""` for an `INTERNAL` value read by a reader who is not signed in. */
  note: Scalars['String']['output'];
  /** The last day of the period. */
  periodEnd: Scalars['Date']['output'];
  /** The first day of the period. */
  periodStart: Scalars['Date']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (the proposer, for an approved proposal). */
  recordedBy: Scalars['String']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
  /** Who may read its note and evidence (as its `logEntry`'s). */
  visibility: Visibility;
};

/** A page of indicator values. */
export type IndicatorValueConnection = {
  __typename?: 'IndicatorValueConnection';
  /** The values of this page. */
  edges: Array<IndicatorValueEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** All values of the indicator (as of the record's `asOf`). */
  totalCount: Scalars['Int']['output'];
};

/** One value and its cursor. */
export type IndicatorValueEdge = {
  __typename?: 'IndicatorValueEdge';
  /** Opaque; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The value. */
  node: IndicatorValue;
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

/** A token just issued: its secret, shown this once, and its metadata. */
export type IssuedToken = {
  __typename?: 'IssuedToken';
  /** The token's metadata, as `User.tokens` lists it. */
  apiToken: ApiToken;
  /** The secret. Shown once: store it now. */
  token: Scalars['String']['output'];
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

/** What `logProgress` did. */
export type LogProgressPayload = {
  __typename?: 'LogProgressPayload';
  /** The proposal the entry became, when its status needs a second person (`REVIEW_STATUSES`); null when it applied at once. */
  proposal?: Maybe<Proposal>;
  /** The record after the call (unchanged when the entry went to review). */
  recommendation: Recommendation;
  /** The entry appended to the log; null when the entry went to review instead (see `proposal`). */
  update?: Maybe<ProgressUpdate>;
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

/** Status counts at the end of one month. */
export type MonthlyStatusCounts = {
  __typename?: 'MonthlyStatusCounts';
  /** How many recommendations were in each status at the end of the month. */
  counts: Array<StatusCount>;
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
};

/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an open candidate (admins): a new top-level record in one of the candidate's document's themes, whose
   * quote is the candidate's text, checked against the document's stored text by the one quote rule.
   */
  acceptCandidate: Candidate;
  /**
   * Adds a user to an institution, an owner (admins). Under SCOPED_EDITING, analysts and reviewers write only on
   * records their institutions own. Adding a membership the user has changes nothing. An unknown user or owner is
   * NOT_FOUND; an owner merged into another is BAD_USER_INPUT with `field: "ownerId"` (name the one kept).
   */
  addMembership: User;
  /**
   * Adds a policy document from its content (admins): text, Markdown or HTML in `content`, or a PDF or DOCX sent
   * first to `POST /documents/upload` (`uploadId`). The server keeps its normalised text, sections and content hash
   * (the same text twice is refused with CONFLICT), and the original in the evidence store (not HTML's markup).
   */
  addSourceDocument: SourceDocument;
  /**
   * Approves an open proposal (reviewers and admins, never its proposer: FORBIDDEN) and applies it as
   * `logProgress` would have: one log entry in the proposer's name, linked to the proposal, from the record as
   * it is now, under the lifecycle's rules. `expectedVersion` is the record's version the reviewer saw; a stale
   * one is CONFLICT with `extensions.currentVersion` and changes nothing. A proposal already decided is CONFLICT.
   * Under REVIEW_ACROSS_INSTITUTIONS a reviewer may not decide a proposal on a record one of their institutions
   * owns (FORBIDDEN with `reason: "OWN_INSTITUTION"`); otherwise, under SCOPED_EDITING, only on such a record
   * (FORBIDDEN with `reason: "NOT_YOUR_INSTITUTION"`). Both hold for `rejectProposal` too.
   */
  approveProposal: ProposalDecisionPayload;
  /** Archives an indicator (admins): it leaves `Recommendation.indicators` from then on; its values stay. */
  archiveIndicator: Indicator;
  /**
   * Archives an owner (admins): it is no longer listed by `owners` nor accepted as a new owner of a record
   * (BAD_USER_INPUT), while the records it owns keep it. Archiving an archived owner changes nothing; an unknown
   * owner is NOT_FOUND. Audited.
   */
  archiveOwner: Owner;
  /** Hides a recommendation from lists unless `includeArchived` is set (admins). Nothing is deleted. */
  archiveRecommendation: Recommendation;
  /**
   * Changes the caller's own password, given the current one (which a session the one-time sign-in link opened
   * may leave out, once: `me { setsPasswordByLink }`). A wrong current password is `BAD_USER_INPUT`
   * with `field: "currentPassword"` and counts as a failed sign-in toward the throttle (`TOO_MANY_REQUESTS`
   * once it is reached). The caller's other sessions end; the one making the change stays.
   */
  changePassword: Viewer;
  /**
   * Adds an indicator to a recommendation (admins): its names, unit and bounds, direction, baseline and one or more
   * targets. A target dated before the baseline is BAD_USER_INPUT (`field: "targets.<n>.dueDate"`).
   */
  createIndicator: Indicator;
  /** Adds an owner, an institution with its Chinese and English names and aliases (admins: owners are institutions). */
  createOwner: Owner;
  /**
   * Adds a recommendation to an existing theme (admins), or, with `parentCode`, an action under a record: its code is
   * the parent's plus `.n` when left out (`GOV-SANDBOX-03.1`), and it takes the parent's theme and quote.
   */
  createRecommendation: Recommendation;
  /** Adds a later policy document with its themes and recommendations, all or nothing (admins), through `addSourceDocument`'s service; its records' quotes are checked against `content`. Deprecated: use `addSourceDocument`, then `createRecommendation`. */
  createSourceDocument: SourceDocument;
  /** Adds a theme to a document, after its last one (admins). */
  createTheme: Theme;
  /** Creates an account (admins). */
  createUser: User;
  /**
   * Registers an endpoint that receives the chosen events, signed under the Standard Webhooks specification
   * (admins only). The `secret` it returns signs every delivery and is shown this once. The URL must be http(s),
   * without a user name or password, and its host must resolve to public addresses only, unless
   * WEBHOOK_ALLOWLIST names it; otherwise BAD_USER_INPUT with `field: "url"`.
   */
  createWebhook: CreatedWebhook;
  /** Deletes a webhook and its deliveries' history (admins only); returns it as it was. */
  deleteWebhook: Webhook;
  /**
   * Disables an account (admins): it can no longer sign in, its sessions end, its tokens and cookies
   * authenticate nobody, and its open subscriptions close with 4403. Nothing it wrote changes. The last active
   * admin cannot be disabled (FORBIDDEN with `reason: "LAST_ADMIN"`). An unknown account is NOT_FOUND; disabling a
   * disabled one changes nothing.
   */
  disableUser: User;
  /**
   * Enables a disabled account again (admins): it may sign in again, and its unrevoked, unexpired tokens work
   * again. Its sessions ended when it was disabled. An unknown account is NOT_FOUND.
   */
  enableUser: User;
  /** Enables a webhook again after it was disabled: its failure count restarts and its waiting deliveries are sent (admins only). */
  enableWebhook: Webhook;
  /**
   * Ends one of the caller's own browser sessions (`me { sessions }`), at once: its cookie no longer signs
   * anyone in, and its open subscriptions close with 4403. Another user's session, or one already over, is
   * `NOT_FOUND`.
   */
  endSession: Viewer;
  /**
   * Ends every browser session of an account (admins), closing their subscriptions; its API tokens are left as
   * they are.
   */
  endSessions: User;
  /**
   * Runs the candidate extraction on a document's text again, at once (admins). Candidates already decided stay as
   * they are and are never proposed again, nor is a span a live record already quotes; open candidates the run
   * proposes again keep their ids, and those it no longer proposes are removed. A failure marks the document's
   * `extraction` FAILED, with its reason, and changes no candidate.
   */
  extractCandidates: SourceDocument;
  /**
   * Follows a recommendation or a theme (any signed-in user; UNAUTHENTICATED otherwise): its changes then
   * appear in `myFeed`. Following what is already followed changes nothing. An unknown target is NOT_FOUND.
   */
  follow: Following;
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
  /**
   * Issues an API token, for a program. Without `userName` it acts for the caller, which any signed-in account may
   * do; for another account it needs an admin (FORBIDDEN otherwise), and `ADMIN_TOKEN`, which has no account, must
   * name one. The secret is returned once and only its hash is stored. A `readOnly` token reads, and every write
   * made with it is FORBIDDEN with `reason: "READ_ONLY_TOKEN"`. An unknown or disabled account is NOT_FOUND or
   * BAD_USER_INPUT (`field: "userName"`).
   */
  issueToken: IssuedToken;
  /** Links two records (admins), e.g. one measure in two documents; answers the `from` record. */
  linkRecommendations: Recommendation;
  /**
   * Appends one entry to a recommendation's progress log and applies its status or progress change,
   * in one transaction. A move into a status of `REVIEW_STATUSES` (default IMPLEMENTED and ABANDONED) by anyone
   * but an admin appends nothing and changes nothing: it opens a proposal (`proposal` in the payload) for a
   * reviewer or an admin to decide. A refusal writes nothing, and its `extensions` say what to do:
   * - a stale `expectedVersion`: CONFLICT with `currentVersion`, the record's version now (reload, retry);
   * - an illegal status move: BAD_USER_INPUT with `allowedStatuses`, the statuses this record may move to,
   *   and `field: "status"`;
   * - any other bad input field: BAD_USER_INPUT with `field`, its dotted path from `input`
   *   (`"note"`, `"evidenceUrls.0"`, `"occurredOn"`);
   * - under SCOPED_EDITING, an analyst's or reviewer's entry (or proposal) on a record none of whose owners is one
   *   of their institutions (`memberships`), or that has no owner: FORBIDDEN with `reason: "NOT_YOUR_INSTITUTION"`.
   */
  logProgress: LogProgressPayload;
  /**
   * Marks texts of a recommendation as reviewed (`TextOrigin.REVIEWED`), as they are now (admins with an account of
   * their own: the bootstrap ADMIN_TOKEN is not a named reviewer and gets FORBIDDEN). The audit trail records who.
   */
  markTextReviewed: Recommendation;
  /**
   * Merges an open candidate into an existing record (admins): the candidate's span of its document is the same
   * measure as the record, and stays linked to it (`Candidate.recommendation`).
   */
  mergeCandidate: Candidate;
  /**
   * Merges two owners that are one institution (admins): every link of `sourceId` moves to `targetId` (a record
   * that had both keeps one, the lead if either was), the source's names become the target's aliases, and the
   * source is kept with `mergedInto` set, so history still resolves. Audited; answers the target.
   */
  mergeOwners: Owner;
  /**
   * Records an indicator's value for a period (analysts and admins). It is a log entry of the indicator's
   * recommendation like any other: audited, on the change feed, Atom, the subscriptions and the webhooks
   * (`INDICATOR_VALUE_RECORDED`), its evidence links captured. A value that meets a target the indicator had not
   * met yet is only proposed when REVIEW_STATUSES is not empty and the caller is not an admin (`proposal`). Refused
   * with BAD_USER_INPUT and its `field`: a value outside the unit's `min`/`max`, a period that ends before it starts
   * or overlaps a value already recorded (a corrected value does not count). `expectedVersion` is the indicator's
   * version; a stale one is CONFLICT with `extensions.currentVersion`.
   */
  recordIndicatorValue: RecordIndicatorValuePayload;
  /** Rejects an open candidate, with a reason (admins): a re-run never proposes it again. */
  rejectCandidate: Candidate;
  /**
   * Rejects an open proposal with a reason (reviewers and admins, never its proposer: FORBIDDEN). The record
   * stays as it was; the proposal, with its reason, goes back to its proposer (`myProposals`).
   */
  rejectProposal: ProposalDecisionPayload;
  /** Removes a user from an institution (admins). Removing one the user does not belong to changes nothing; an unknown user or owner is NOT_FOUND. */
  removeMembership: User;
  /**
   * Removes one of the caller's own passkeys (`me { passkeys }`): it no longer signs anyone in. Another user's
   * passkey, or one already removed, is `NOT_FOUND`; `ADMIN_TOKEN`, which has no account, is `FORBIDDEN`.
   */
  removePasskey: Viewer;
  /** Restores an archived owner (admins), offered again as an owner. Restoring one not archived changes nothing; unknown: NOT_FOUND. */
  restoreOwner: Owner;
  /** Brings an archived recommendation back (admins). */
  restoreRecommendation: Recommendation;
  /**
   * Sends a corrected text for a document (admins). It becomes the text at once when no live record's quote
   * breaks against it; otherwise it waits, pending, until each broken quote is fixed against it or withdrawn.
   */
  reviseSourceDocument: ReviseSourceDocumentPayload;
  /**
   * Revokes a token at once: one's own (`me { tokens }`), or any as an admin; another's token is NOT_FOUND to a
   * non-admin. Its open subscriptions close with 4403. `id` is the token's global id (`ApiToken.id`); the raw
   * database id that earlier versions returned is still accepted, but deprecated.
   */
  revokeToken: ApiToken;
  /**
   * Replaces the responsible bodies of a recommendation (analysts and admins). The same owners with the same lead
   * change nothing: no new version and no audit entry. An archived owner cannot be added (BAD_USER_INPUT), though
   * one the record already has may stay. Under SCOPED_EDITING an analyst
   * or reviewer sets the owners only of a record one of their institutions owns, and keeps one of them among
   * the new owners: FORBIDDEN with `reason: "NOT_YOUR_INSTITUTION"` otherwise.
   */
  setOwners: Recommendation;
  /**
   * Sets an account's password (admins), for signing in at `POST /auth/password`. Every session of the account
   * ends. The password must be at least 12 characters and not on the list of common passwords
   * (`BAD_USER_INPUT` with `field: "password"` otherwise).
   */
  setPassword: User;
  /**
   * Sets the caller's console preferences (any signed-in user; UNAUTHENTICATED otherwise), kept on the server so
   * that they follow the account to any browser. A field left out or null is left as it was; an input that sets
   * nothing is BAD_USER_INPUT. Setting what is already set changes nothing and writes no audit entry.
   */
  setPreferences: Viewer;
  /**
   * Changes an account's role (admins). Its open subscriptions close with 4403, and its next request acts with
   * the new role. The last active admin cannot be demoted (FORBIDDEN with `reason: "LAST_ADMIN"`). An unknown
   * account is NOT_FOUND. Setting the role it has changes nothing.
   */
  setRole: User;
  /**
   * Chooses how a record's progress follows its children's (admins): `MEAN`, `WEIGHTED_MEAN`, `MIN` or `MANUAL`
   * (typed, as on any record). Each call is a new version of the rule, audited, and kept so that `asOf` shows a
   * past roll-up as it was. Refused with BAD_USER_INPUT and `field`: a record without children, a weight that is
   * negative or not a number, a weight naming the record itself or one of its ancestors (a cycle), or a record
   * that is not its child; a stale `expectedVersion` is CONFLICT with `currentVersion`.
   */
  setRollup: Recommendation;
  /**
   * Sets or clears the target date. Every change needs a reason and is kept in `targetDateHistory`. Under
   * SCOPED_EDITING, only on a record one of the caller's institutions owns (admins: any), else FORBIDDEN with
   * `reason: "NOT_YOUR_INSTITUTION"`.
   */
  setTargetDate: Recommendation;
  /** Stops following a recommendation or a theme. Unfollowing what is not followed changes nothing. */
  unfollow: Following;
  /** Removes a link between two records (admins); answers the `from` record. */
  unlinkRecommendations: Recommendation;
  /**
   * Changes an indicator's definition (admins). Its status is computed again from the new definition; the old one
   * stays in its revisions, so a past status reproduces as it was. A stale `expectedVersion` is CONFLICT.
   */
  updateIndicator: Indicator;
  /** Changes an owner's names, kind or aliases (admins); `aliases`, when given, replaces them all. */
  updateOwner: Owner;
  /** Edits a recommendation's text, theme or owners (admins). The quote changes only with `quoteChangeReason`. */
  updateRecommendation: Recommendation;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationAcceptCandidateArgs = {
  input: AcceptCandidateInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationAddMembershipArgs = {
  input: MembershipInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationAddSourceDocumentArgs = {
  input: AddSourceDocumentInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationApproveProposalArgs = {
  input: ApproveProposalInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationArchiveIndicatorArgs = {
  input: ArchiveIndicatorInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationArchiveOwnerArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationArchiveRecommendationArgs = {
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationCreateOwnerArgs = {
  input: CreateOwnerInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationCreateRecommendationArgs = {
  input: CreateRecommendationInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationCreateSourceDocumentArgs = {
  input: CreateSourceDocumentInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationCreateThemeArgs = {
  input: CreateThemeInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationDisableUserArgs = {
  userName: Scalars['String']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationEnableUserArgs = {
  userName: Scalars['String']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationEnableWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationEndSessionArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationEndSessionsArgs = {
  userName: Scalars['String']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationExtractCandidatesArgs = {
  documentId: Scalars['ID']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationFollowArgs = {
  input: FollowInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationImportSpreadsheetArgs = {
  input: ImportSpreadsheetInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationIssueTokenArgs = {
  input: IssueTokenInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationLinkRecommendationsArgs = {
  input: LinkRecommendationsInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationLogProgressArgs = {
  input: LogProgressInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationMarkTextReviewedArgs = {
  input: MarkTextReviewedInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationMergeCandidateArgs = {
  input: MergeCandidateInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationMergeOwnersArgs = {
  input: MergeOwnersInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationRecordIndicatorValueArgs = {
  input: RecordIndicatorValueInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationRejectCandidateArgs = {
  input: RejectCandidateInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationRejectProposalArgs = {
  input: RejectProposalInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationRemoveMembershipArgs = {
  input: MembershipInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationRemovePasskeyArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationRestoreOwnerArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationRestoreRecommendationArgs = {
  code: Scalars['String']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationReviseSourceDocumentArgs = {
  input: ReviseSourceDocumentInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationRevokeTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationSetOwnersArgs = {
  input: SetOwnersInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationSetPasswordArgs = {
  input: SetPasswordInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationSetPreferencesArgs = {
  input: SetPreferencesInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationSetRoleArgs = {
  input: SetRoleInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationSetRollupArgs = {
  input: SetRollupInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationSetTargetDateArgs = {
  input: SetTargetDateInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationUnfollowArgs = {
  input: FollowInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationUnlinkRecommendationsArgs = {
  input: LinkRecommendationsInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationUpdateIndicatorArgs = {
  input: UpdateIndicatorInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationUpdateOwnerArgs = {
  input: UpdateOwnerInput;
};


/** Every write. Each needs a token whose role may make it (a viewer may only follow and unfollow); what it changes is recorded in the audit trail in the same transaction. */
export type MutationUpdateRecommendationArgs = {
  input: UpdateRecommendationInput;
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

/** Which way an order runs. */
export type OrderDirection =
  /** Ascending: smallest, earliest or first in order (for RELEVANCE, best first). */
  | 'ASC'
  /** Descending: the reverse of ASC. */
  | 'DESC';

/** A body responsible for carrying a recommendation out: an institution, known by any of its names. */
export type Owner = Node & {
  __typename?: 'Owner';
  /** Other names it answers to (国家网信办, CAC); a merged owner's names become aliases of the one kept. */
  aliases: Array<Scalars['String']['output']>;
  /** When an admin archived it (`archiveOwner`); null while it is offered as an owner. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** What kind of body it is. */
  kind: OwnerKind;
  /** Set when an admin merged this owner into another (`mergeOwners`): the owner its links and names moved to. */
  mergedInto?: Maybe<Owner>;
  /** The name it is shown by: its English name when it has one, else its Chinese one; a merged owner's ends in `(merged into …)`. */
  name: Scalars['String']['output'];
  /** Its English name, e.g. Cyberspace Administration of China. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Its Chinese name, e.g. 国家互联网信息办公室. */
  nameZh?: Maybe<Scalars['String']['output']>;
};

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

/**
 * A passkey (a WebAuthn credential) that signs its account in. Only its public key is kept; the private key never
 * leaves the authenticator (a phone, a laptop, a security key).
 */
export type Passkey = {
  __typename?: 'Passkey';
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque id, for `removePasskey`. */
  id: Scalars['ID']['output'];
  /** When it last signed in; null when it never has. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name given when it was added (`Passkey 1`, `Passkey 2`… when none was). */
  name: Scalars['String']['output'];
};

/** The two halves of the seeded article: governing AI, and developing it. Other documents' themes may have none. */
export type Pillar =
  /** Developing AI. */
  | 'DEVELOPMENT'
  /** Governing AI. */
  | 'GOVERNANCE';

/**
 * A signed-in account's console preferences, kept per account name (so `ADMIN_TOKEN`'s `admin` has them too). An
 * anonymous visitor's console keeps its own in the browser.
 */
export type Preferences = {
  __typename?: 'Preferences';
  /** Whether the catalog's charts section is open; null until chosen (the console starts it closed). */
  chartsOpen?: Maybe<Scalars['Boolean']['output']>;
  /** The console's language; null until chosen. A `lang` in the console's address still wins for that page. */
  language?: Maybe<Language>;
};

/** One entry of the append-only progress log. */
export type ProgressUpdate = Node & {
  __typename?: 'ProgressUpdate';
  /** Who logged it. */
  actor: Scalars['String']['output'];
  /** On a `progressLogged` event: the change's cursor (see `Recommendation.changeCursor`). Null everywhere else. */
  changeCursor?: Maybe<Scalars['String']['output']>;
  /** The entry this one corrects, if any. */
  corrects?: Maybe<ProgressUpdate>;
  /** When it was logged. */
  createdAt: Scalars['DateTime']['output'];
  /** The evidence links as records, in the order of `evidenceUrls`: what the server captured of each and whether it is still online. */
  evidence: Array<Evidence>;
  /** Links to the evidence (http or https). */
  evidenceUrls: Array<Scalars['String']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** What happened, as logged; `""` for an `INTERNAL` entry read by a reader who is not signed in. */
  note: Scalars['String']['output'];
  /** When it happened in the world; may be earlier than `createdAt`. */
  occurredOn: Scalars['Date']['output'];
  /** Progress after this entry. */
  progress: Scalars['Int']['output'];
  /** Progress before this entry. */
  progressBefore: Scalars['Int']['output'];
  /**
   * The proposal whose approval appended this entry (its reviewer and decision), or null for a direct entry, and
   * for a caller who may not see it (see `Proposal`).
   */
  proposal?: Maybe<Proposal>;
  /** The recommendation it was logged on. */
  recommendation: Recommendation;
  /** Status after this entry. */
  status: RecommendationStatus;
  /** Status before this entry. */
  statusBefore: RecommendationStatus;
  /** Who may read its note and evidence. Readers who are not signed in see `INTERNAL` with the text withheld. */
  visibility: Visibility;
};

/**
 * A decisive log entry (a status in `REVIEW_STATUSES`, logged by an analyst or a reviewer) waiting for, or
 * decided by, a second person. What was proposed never changes, and its decision is written once. Only its
 * proposer, reviewers and admins see it: to anyone else `node(id:)` answers null, and every field that would
 * hold it is null or leaves it out.
 */
export type Proposal = Node & {
  __typename?: 'Proposal';
  /** The record's version when proposed; when it differs from `recommendation.version`, the record moved since. */
  baseVersion: Scalars['Int']['output'];
  /** When it was proposed. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was approved or rejected; null while open. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The proposed entry's evidence links. */
  evidenceUrls: Array<Scalars['String']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The indicator value proposed (a value that meets a target), or null for a proposed status or progress. */
  indicatorValue?: Maybe<ProposedIndicatorValue>;
  /** What happened, as the proposer wrote it. */
  note: Scalars['String']['output'];
  /** When it happened in the world, as proposed. */
  occurredOn: Scalars['Date']['output'];
  /** The proposed progress. */
  progress: Scalars['Int']['output'];
  /** The record's progress when proposed. */
  progressBefore: Scalars['Int']['output'];
  /** Who logged it. */
  proposer: Scalars['String']['output'];
  /** The reason given for the move (required to move to ABANDONED). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The record it would change. */
  recommendation: Recommendation;
  /** Why it was rejected. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Who approved or rejected it. */
  reviewer?: Maybe<Scalars['String']['output']>;
  /** Open, approved or rejected. */
  state: ProposalState;
  /** The proposed status. */
  status: RecommendationStatus;
  /** The record's status when proposed. */
  statusBefore: RecommendationStatus;
  /** The log entry its approval appended. */
  update?: Maybe<ProgressUpdate>;
  /** The proposed entry's visibility: approving it appends the entry so. */
  visibility: Visibility;
};

/** A page of proposals. */
export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  /** The page's proposals, each with its cursor. */
  edges: Array<ProposalEdge>;
  /** Where the page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many proposals match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A decided proposal and its record as they are after the decision. */
export type ProposalDecisionPayload = {
  __typename?: 'ProposalDecisionPayload';
  /** The proposal, decided. */
  proposal: Proposal;
  /** Its record: changed when approved, as it was when rejected. */
  recommendation: Recommendation;
};

/** One proposal of a page, with its cursor. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Opaque; pass it as `after` to continue after this proposal, or as `before` to page back from it. */
  cursor: Scalars['String']['output'];
  /** The proposal. */
  node: Proposal;
};

/** Where a proposal stands. */
export type ProposalState =
  /** Applied: `Proposal.update` is the log entry it became. */
  | 'APPROVED'
  /** Waiting for a reviewer or an admin. */
  | 'OPEN'
  /** Turned down with a reason; the record stayed as it was. */
  | 'REJECTED';

/** An indicator value awaiting review, as proposed. */
export type ProposedIndicatorValue = {
  __typename?: 'ProposedIndicatorValue';
  /** The id of the value it would correct, if any. */
  correctsId?: Maybe<Scalars['ID']['output']>;
  /** The indicator. */
  indicator: Indicator;
  /** What the proposer wrote about it. */
  note: Scalars['String']['output'];
  /** The last day of the period. */
  periodEnd: Scalars['Date']['output'];
  /** The first day of the period. */
  periodStart: Scalars['Date']['output'];
  /** The value. */
  value: Scalars['Float']['output'];
};

/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type Query = {
  __typename?: 'Query';
  /**
   * The audit trail of successful writes, newest first (admins only), as a connection: `first`/`after` or
   * `last`/`before` as for `recommendations` (at most 200; 50 when neither size is given).
   */
  auditLog: AuditEntryConnection;
  /**
   * Every change to a recommendation, oldest first, as a forward connection (at most 200 a page; 50 when
   * `first` is not given): log entries, curation, archive and restore, owners, target dates and rejected
   * proposals. A cursor never skips a change, however writes interleave: a page holds only changes whose
   * transactions, and every earlier one, have finished (docs/notifications.md, "Following changes"), so a change
   * committed late still sorts after `after`.
   */
  changes: ChangeConnection;
  /** One document by its slug, with its text and sections; null when there is none. */
  document?: Maybe<SourceDocument>;
  /** The policy documents the catalog quotes. */
  documents: Array<SourceDocument>;
  /** The account behind the request's token, or null when anonymous. */
  me?: Maybe<Viewer>;
  /**
   * The changes to what the caller follows (`me { following }`): the recommendations followed, and every
   * recommendation of a followed theme. Paged as `changes`; needs a token (UNAUTHENTICATED otherwise).
   */
  myFeed: ChangeConnection;
  /**
   * The caller's own proposals, oldest first, all of them or those in one `state`: a rejected one comes back to
   * its proposer here, with its reason (any signed-in user).
   */
  myProposals: ProposalConnection;
  /**
   * The object with this global id, or null when there is none, the id is not one this API issued, or the
   * caller may not read it (accounts, tokens, audit entries, webhooks and deliveries need an admin, as `users`,
   * `auditLog` and `webhooks` do; a proposal, its proposer, a reviewer or an admin).
   */
  node?: Maybe<Node>;
  /**
   * The objects with these global ids, in the same order, each null where `node` would be null. At most 100
   * ids; read in one statement per type, however many there are (webhooks and deliveries: one per id).
   */
  nodes: Array<Maybe<Node>>;
  /**
   * Every responsible body, by name; owners merged into another are left out unless `includeMerged`, archived ones
   * unless `includeArchived`.
   */
  owners: Array<Owner>;
  /**
   * The review queue: every open proposal, oldest first (reviewers and admins), as a connection (`first`/`after`
   * or `last`/`before` as for `recommendations`).
   */
  pendingReviews: ProposalConnection;
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
  /** All themes of every document, each document's in its order. */
  themes: Array<Theme>;
  /** The lifecycle's allowed moves, the one table that `logProgress` enforces. */
  transitions: Array<StatusTransition>;
  /** All accounts (admins only). */
  users: Array<User>;
  /** The registered webhooks, with their state (admins only). */
  webhooks: Array<Webhook>;
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryDocumentArgs = {
  slug: Scalars['String']['input'];
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryMyFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryMyProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  decidedSince?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<ProposalState>;
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryOwnersArgs = {
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  includeMerged?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryPendingReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryRecommendationArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  code: Scalars['String']['input'];
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RecommendationOrder>;
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QuerySummaryArgs = {
  filter?: InputMaybe<RecommendationFilter>;
};


/** Every read. With PUBLIC_READ=false each needs a token; a few need a role, as each says. */
export type QueryThemesArgs = {
  pillar?: InputMaybe<Pillar>;
};

/** One change of a recommendation's quoted text (`updateRecommendation` with `quoteChangeReason`). */
export type QuoteRevision = {
  __typename?: 'QuoteRevision';
  /** Who changed it. */
  actor: Scalars['String']['output'];
  /** When it was changed. */
  createdAt: Scalars['DateTime']['output'];
  /** The quote after the change. */
  newQuote: Scalars['String']['output'];
  /** The quote before the change. */
  previousQuote: Scalars['String']['output'];
  /** Why it changed, as given. */
  reason: Scalars['String']['output'];
};

/** One concrete measure a policy document recommends, quoted verbatim from the document's stored text. */
export type Recommendation = Node & {
  __typename?: 'Recommendation';
  /**
   * The statuses `logProgress` would take from the caller next, from the current status (even with `asOf`): the
   * lifecycle's moves, less those into or out of ABANDONED unless the caller is an admin or the move would go to
   * review (`statusesNeedingReview`). Anonymous callers and viewers, who may not log, see the lifecycle's moves
   * less those into or out of ABANDONED.
   */
  allowedNextStatuses: Array<RecommendationStatus>;
  /** The other documents that state the same measure (records linked to it `SAME_MEASURE`), for search's "also in …". */
  alsoIn: Array<SourceDocument>;
  /** True once archived (`archiveRecommendation`); archived records are hidden from lists unless asked for. */
  archived: Scalars['Boolean']['output'];
  /** When it was archived; null when it is not. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set when status and progress were reconstructed for a past date. */
  asOf?: Maybe<Scalars['Date']['output']>;
  /**
   * On a `recommendationChanged` event: the change's cursor, to pass as `after` when resubscribing (or to
   * `changes`) so that nothing is missed. Null everywhere else.
   */
  changeCursor?: Maybe<Scalars['String']['output']>;
  /** Its actions, in code order, archived ones included (see `archived`); with `asOf`, those that existed by then. */
  children: Array<Recommendation>;
  /** Stable human code, e.g. `GOV-SANDBOX-01`. */
  code: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The policy document it is quoted from. */
  document: SourceDocument;
  /** Computed at the request's time (see `Health`); with `asOf`, for that date from the replayed status and progress. */
  health: Health;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /**
   * Its indicators in the order they were added, as they stood at the end of `asOf` when the record has one
   * (definition, archiving, values and status alike); archived ones are left out.
   */
  indicators: Array<Indicator>;
  /** When the last progress entry was logged. */
  lastProgressAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its links to and from other records, both ways: `direction` tells implements from implemented-by. */
  links: Array<RecommendationLink>;
  /** The proposal awaiting review, if any (at most one at a time); null to a caller who may not see it (see `Proposal`). */
  openProposal?: Maybe<Proposal>;
  /** Responsible bodies, the lead first. */
  owners: Array<Owner>;
  /** The record this action belongs to; null for a top-level record. */
  parent?: Maybe<Recommendation>;
  /** Its theme's pillar; null when the theme has none (themes outside the seeded article). */
  pillar?: Maybe<Pillar>;
  /**
   * 0 to 100. On a record whose roll-up rule is not `MANUAL`, the roll-up's result (`rollup.result`) when it has
   * one; with `asOf`, the roll-up as of that date.
   */
  progress: Scalars['Int']['output'];
  /**
   * Every decisive change proposed for this record, open or decided, newest first: the review half of its log.
   * Only those the caller may see (see `Proposal`): none without a token, to viewers, or to other analysts.
   */
  proposals: Array<Proposal>;
  /**
   * The verbatim text of its document that this recommendation comes from: a span of `SourceDocument.text`, under
   * the quote normalisation (whitespace aside). An action has no quote of its own: this is its nearest ancestor's.
   */
  quote: Scalars['String']['output'];
  /** Every change of the quote with its reason, oldest first. */
  quoteHistory: Array<QuoteRevision>;
  /**
   * How its progress follows its children: the rule, its version and the arithmetic; with `asOf`, as it was then.
   * Null on a record that has no children and never had a rule set.
   */
  rollup?: Maybe<Rollup>;
  /**
   * Where the list's `search` matched this record, field by field (log notes: the latest three that match),
   * with an excerpt, so that a client can show why it was found. Empty outside a searched list.
   */
  searchMatches: Array<SearchMatch>;
  /** The record a catalog revision split this one from, if any. */
  splitFrom?: Maybe<Recommendation>;
  /** Where it stands now; with `asOf`, as reconstructed from the log for that date. */
  status: RecommendationStatus;
  /**
   * Those of `allowedNextStatuses` that the caller's `logProgress` would only propose, for another person to
   * decide (`REVIEW_STATUSES`); empty for admins, whose changes apply at once.
   */
  statusesNeedingReview: Array<RecommendationStatus>;
  /**
   * When a revision of the reviewed catalog split this record in two or more, the records that replaced it (this one
   * is then archived and keeps its log); empty otherwise. `recommendation(code:)` with a split code answers this record.
   */
  successors: Array<Recommendation>;
  /** An English summary (the project's own translation). */
  summaryEn: Scalars['String']['output'];
  /** A Chinese summary for a policy reader (the project's own words, not the quote); empty when none is written yet. */
  summaryZh: Scalars['String']['output'];
  /** When it is due, if a date was set (`setTargetDate`). */
  targetDate?: Maybe<Scalars['Date']['output']>;
  /** Every change of the target date with its reason, oldest first. */
  targetDateHistory: Array<TargetDateRevision>;
  /** Where each of the bilingual texts came from: a `DRAFT` is shown as a draft until a named reviewer marks it. */
  textOrigin: TextOrigins;
  /** The theme it belongs to. */
  theme: Theme;
  /** Short title in English. */
  titleEn: Scalars['String']['output'];
  /** Short title in Chinese. */
  titleZh: Scalars['String']['output'];
  /** When the record last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /**
   * The progress log, latest `occurredOn` first (ties: latest logged first), at most 200. With `asOf`, only
   * entries that had happened by then (`occurredOn` on or before it).
   */
  updates: Array<ProgressUpdate>;
  /** Rises by one on every change; pass it back as `expectedVersion` to detect concurrent edits. */
  version: Scalars['Int']['output'];
  /**
   * What the caller may do to this record, so that a client offers only those actions: the role, a read-only
   * token and, under SCOPED_EDITING, the record's owners, as the writes themselves check them (an archived record
   * takes no entries, for its own reason, which this does not repeat). All false for an anonymous caller.
   */
  viewerCan: RecommendationActions;
};


/** One concrete measure a policy document recommends, quoted verbatim from the document's stored text. */
export type RecommendationUpdatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The writes on a record the caller may make (`Recommendation.viewerCan`). */
export type RecommendationActions = {
  __typename?: 'RecommendationActions';
  /** `logProgress`. */
  log: Scalars['Boolean']['output'];
  /** `setOwners`. */
  setOwners: Scalars['Boolean']['output'];
  /** `setTargetDate`. */
  setTargetDate: Scalars['Boolean']['output'];
};

/** A page of recommendations. */
export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  /** The page's recommendations, each with its cursor. */
  edges: Array<RecommendationEdge>;
  /** Where the page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many recommendations match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One recommendation of a page, with its cursor. */
export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  /** Opaque; pass it as `after` to continue after this item, or as `before` to page back from it. */
  cursor: Scalars['String']['output'];
  /** The recommendation. */
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

/** A link from or to a record. */
export type RecommendationLink = {
  __typename?: 'RecommendationLink';
  /** Whether this record is the link's `from` (OUTGOING) or its `to` (INCOMING). */
  direction: LinkDirection;
  /** How the two are linked. */
  kind: RecommendationLinkKind;
  /** The other record. */
  recommendation: Recommendation;
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

/** What `recordIndicatorValue` did: recorded the value, or proposed it for review. */
export type RecordIndicatorValuePayload = {
  __typename?: 'RecordIndicatorValuePayload';
  /** The indicator as it is now. */
  indicator: Indicator;
  /** The proposal, when the value meets a target and goes to review; otherwise null. */
  proposal?: Maybe<Proposal>;
  /** The value recorded; null when it went to review. */
  value?: Maybe<IndicatorValue>;
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

/** What `reviseSourceDocument` did. */
export type ReviseSourceDocumentPayload = {
  __typename?: 'ReviseSourceDocumentPayload';
  /** The document: its text is the revision's if it applied at once (no quote broke). */
  document: SourceDocument;
  /** The revision, `APPLIED` or `PENDING` with the quotes it would break. */
  revision: DocumentRevision;
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

/** A roll-up's arithmetic: the rule, every child's figures, and the result. */
export type Rollup = {
  __typename?: 'Rollup';
  /** The arithmetic in words, in English, e.g. `43% = weighted mean of: A.1 50% × 2, A.2 30% × 1`. */
  explanationEn: Scalars['String']['output'];
  /** The arithmetic in words, in Chinese. */
  explanationZh: Scalars['String']['output'];
  /** Every child, in code order, with whether it counts and why not. */
  inputs: Array<RollupInput>;
  /**
   * The rule applied to the counted children, rounded to a whole number; null under MANUAL, and when no child
   * counts (all archived, abandoned or weighted 0).
   */
  result?: Maybe<Scalars['Int']['output']>;
  /** The rule in force. */
  rule: RollupRule;
  /** The rule's version: 0 before any `setRollup`, then one more on each. */
  version: Scalars['Int']['output'];
};

/** One child's part in a roll-up. */
export type RollupInput = {
  __typename?: 'RollupInput';
  /** The child's code. */
  code: Scalars['String']['output'];
  /** Whether it counts: archived and abandoned children do not, nor, under WEIGHTED_MEAN, one weighted 0. */
  counted: Scalars['Boolean']['output'];
  /** Why it does not count: `ARCHIVED`, `ABANDONED` or `ZERO_WEIGHT`; null when it counts. */
  excludedBecause?: Maybe<Scalars['String']['output']>;
  /** Its progress (with `asOf`, as of that date). */
  progress: Scalars['Int']['output'];
  /** Its weight (WEIGHTED_MEAN: as set, else 1; other rules: 1). */
  weight: Scalars['Float']['output'];
};

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

/** One field of a record in which a search matched: at least one of the search's words is in it. */
export type SearchMatch = {
  __typename?: 'SearchMatch';
  /** The field's text around the first match, at most about 80 characters (… where cut). */
  excerpt: Scalars['String']['output'];
  /** The field that matched. */
  field: SearchMatchField;
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

/**
 * A browser signed in to an account (`POST /auth/password`). It ends on sign-out, with `endSession`, when a
 * new password is set, after `SESSION_IDLE_MINUTES` without a request, or `SESSION_MAX_HOURS` after sign-in.
 */
export type Session = {
  __typename?: 'Session';
  /** When it signed in. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether it is the session this request came with. */
  current: Scalars['Boolean']['output'];
  /** When it ends unless used again: the earlier of its idle and absolute limits. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque id, for `endSession`. */
  id: Scalars['ID']['output'];
  /** When it last made a request (recorded at most once a minute). */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The browser's User-Agent at sign-in, cut to 300 characters; null when it sent none. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

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

/** A policy document that recommendations are quoted from. */
export type SourceDocument = Node & {
  __typename?: 'SourceDocument';
  /** Who wrote or issued it, when known. */
  author?: Maybe<Scalars['String']['output']>;
  /**
   * The measures the extraction proposed from its text, in the order proposed (text order within a run;
   * `extractCandidates`, and adding a document runs it as a job). `state` keeps only candidates in that state; a Relay connection, paged forward.
   */
  candidates: CandidateConnection;
  /** How far its curation has come: candidates proposed, decided, and the records it has. */
  coverage: DocumentCoverage;
  /** Where its candidate extraction stands, and why it failed when it did. */
  extraction: Extraction;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** What kind of document it is. */
  kind: DocumentKind;
  /** Its language, a tag such as `zh` or `en`. */
  language: Scalars['String']['output'];
  /** The media type its content arrived as (`text/markdown`, `application/pdf`, …), when known. */
  mediaType?: Maybe<Scalars['String']['output']>;
  /** A corrected text waiting for the quotes it would break to be fixed or withdrawn (`reviseSourceDocument`); null when none waits. */
  pendingRevision?: Maybe<DocumentRevision>;
  /** The day it was published, when known. */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** Who issued or published it (a ministry, a journal), when known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** How many texts it has had: 1, and one more each time a revision became its text. */
  revision: Scalars['Int']['output'];
  /** Its sections, as its own headings give them, in order. */
  sections: Array<DocumentSection>;
  /** Stable short name, e.g. for `RecommendationFilter.document`. */
  slug: Scalars['String']['output'];
  /**
   * Its full text as the server keeps it: normalised from whatever it arrived as (text, Markdown, HTML, PDF, DOCX),
   * paragraphs separated by a blank line, headings on lines of their own. Every record's quote is a span of it
   * (whitespace aside), and offsets (`sections`, candidates) count its UTF-16 code units. Empty for a document
   * added before documents kept their text.
   */
  text: Scalars['String']['output'];
  /** Its themes, in the document's order. */
  themes: Array<Theme>;
  /** The document's title in English. */
  titleEn: Scalars['String']['output'];
  /** The document's title in Chinese. */
  titleZh: Scalars['String']['output'];
  /** Where it was published, when known. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A policy document that recommendations are quoted from. */
export type SourceDocumentCandidatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<CandidateState>;
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

/** How many recommendations are in one status. */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: RecommendationStatus;
};

/** The statuses one status may move to (see `transitions`). */
export type StatusTransition = {
  __typename?: 'StatusTransition';
  /** The status moved from. */
  from: RecommendationStatus;
  /** The statuses it may move to. */
  to: Array<RecommendationStatus>;
};

/**
 * Live changes over the graphql-ws protocol, on the same server and path as queries (`ws://…/graphql`). A
 * change is sent once its transaction commits, to subscribers on every server instance; with PUBLIC_READ=false
 * the connection needs `connectionParams: { authorization: "Bearer <token>" }`. Each event's payload is read
 * after the commit, through the same read path as a query. To resume without a gap, pass the last
 * `changeCursor` you received as `after`: the missed changes come first, in order, then the live ones.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** An indicator value recorded on a recommendation that matches `filter` (direct, or its proposal approved). */
  indicatorValueRecorded: IndicatorValue;
  /** A progress-log entry on a recommendation that matches `filter`; `recommendation` gives the record. */
  progressLogged: ProgressUpdate;
  /**
   * A recommendation that changed (a log entry, curation, archive or restore, owners, target date, a rejected
   * proposal) and, as it is after the change, matches `filter`. An archived record is judged like any other
   * (`includeArchived` does not apply), so that archiving and restoring reach a filtered subscriber, as they
   * reach a filtered webhook. An action's changes reach it too (`includeActions` only shapes lists).
   */
  recommendationChanged: Recommendation;
};


/**
 * Live changes over the graphql-ws protocol, on the same server and path as queries (`ws://…/graphql`). A
 * change is sent once its transaction commits, to subscribers on every server instance; with PUBLIC_READ=false
 * the connection needs `connectionParams: { authorization: "Bearer <token>" }`. Each event's payload is read
 * after the commit, through the same read path as a query. To resume without a gap, pass the last
 * `changeCursor` you received as `after`: the missed changes come first, in order, then the live ones.
 */
export type SubscriptionIndicatorValueRecordedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
};


/**
 * Live changes over the graphql-ws protocol, on the same server and path as queries (`ws://…/graphql`). A
 * change is sent once its transaction commits, to subscribers on every server instance; with PUBLIC_READ=false
 * the connection needs `connectionParams: { authorization: "Bearer <token>" }`. Each event's payload is read
 * after the commit, through the same read path as a query. To resume without a gap, pass the last
 * `changeCursor` you received as `after`: the missed changes come first, in order, then the live ones.
 */
export type SubscriptionProgressLoggedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
};


/**
 * Live changes over the graphql-ws protocol, on the same server and path as queries (`ws://…/graphql`). A
 * change is sent once its transaction commits, to subscribers on every server instance; with PUBLIC_READ=false
 * the connection needs `connectionParams: { authorization: "Bearer <token>" }`. Each event's payload is read
 * after the commit, through the same read path as a query. To resume without a gap, pass the last
 * `changeCursor` you received as `after`: the missed changes come first, in order, then the live ones.
 */
export type SubscriptionRecommendationChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RecommendationFilter>;
};

/** One change of a recommendation's target date (`setTargetDate`). */
export type TargetDateRevision = {
  __typename?: 'TargetDateRevision';
  /** Who changed it. */
  actor: Scalars['String']['output'];
  /** When it was changed. */
  createdAt: Scalars['DateTime']['output'];
  /** The target after the change; null when it was cleared. */
  newDate?: Maybe<Scalars['Date']['output']>;
  /** The target before the change; null when there was none. */
  previousDate?: Maybe<Scalars['Date']['output']>;
  /** Why it changed, as given. */
  reason: Scalars['String']['output'];
};

/** Where a bilingual text of a recommendation came from. */
export type TextOrigin =
  /** Written or changed since (by an edit, an import or a catalog revision) and not yet reviewed: show it as a draft. */
  | 'DRAFT'
  /** Marked reviewed by a named reviewer (`markTextReviewed`), who the audit trail records. */
  | 'REVIEWED'
  /** As the reviewed catalog first gave it. */
  | 'SOURCE';

/** The origin of each of a recommendation's bilingual texts. */
export type TextOrigins = {
  __typename?: 'TextOrigins';
  /** Of `summaryEn`. */
  summaryEn: TextOrigin;
  /** Of `summaryZh`. */
  summaryZh: TextOrigin;
  /** Of `titleEn`. */
  titleEn: TextOrigin;
  /** Of `titleZh`. */
  titleZh: TextOrigin;
};

/** A theme of a policy document, such as the seeded article's regulatory sandbox model; a record's document is its theme's. */
export type Theme = Node & {
  __typename?: 'Theme';
  /** Stable code, e.g. `SANDBOX`. */
  code: Scalars['String']['output'];
  /** The policy document it comes from. */
  document: SourceDocument;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Its name in English. */
  nameEn: Scalars['String']['output'];
  /** Its name in Chinese. */
  nameZh: Scalars['String']['output'];
  /** The pillar it belongs to: always set on the seeded article's themes, optional on other documents'. */
  pillar?: Maybe<Pillar>;
  /** How many (non-archived) recommendations the theme has. */
  recommendationCount: Scalars['Int']['output'];
  /** The document section the theme belongs to, as its heading reads. */
  sectionZh?: Maybe<Scalars['String']['output']>;
};

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

/** The dashboard's figures for one theme. */
export type ThemeSummary = {
  __typename?: 'ThemeSummary';
  /** Their mean progress, to one decimal. */
  averageProgress: Scalars['Float']['output'];
  /** How many of those are IMPLEMENTED. */
  implemented: Scalars['Int']['output'];
  /** How many of those are OVERDUE. */
  overdue: Scalars['Int']['output'];
  /** The theme. */
  theme: Theme;
  /** How many of its recommendations match. */
  total: Scalars['Int']['output'];
};

/** The dashboard over the recommendations matching the summary's filter. */
export type TrackerSummary = {
  __typename?: 'TrackerSummary';
  /** Mean progress, to one decimal; 0 when there are no recommendations. */
  averageProgress: Scalars['Float']['output'];
  /** How many are in each health. */
  byHealth: Array<HealthCount>;
  /** How many are in each status. */
  byStatus: Array<StatusCount>;
  /** Figures for each theme that has a matching recommendation. */
  byTheme: Array<ThemeSummary>;
  /** How many measures they are: records linked `SAME_MEASURE` (one measure in several documents) count once. */
  distinctMeasures: Scalars['Int']['output'];
  /** The latest log entries across the matching recommendations, latest logged first. */
  recentUpdates: Array<ProgressUpdate>;
  /** Status counts at the end of each month from `from` to `to` (at most 120 months), reconstructed from the log. */
  timeSeries: Array<MonthlyStatusCounts>;
  /** How many recommendations match. */
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

/** An account that tokens act for. */
export type User = Node & {
  __typename?: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether the account is disabled (`disableUser`): it cannot sign in, and its tokens authenticate nobody. */
  disabled: Scalars['Boolean']['output'];
  /** When it was disabled; null while it is not. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The institutions (owners) it belongs to, by name: under SCOPED_EDITING, the records it may write on are theirs. */
  memberships: Array<Owner>;
  /** The account's name, unique. */
  name: Scalars['String']['output'];
  /** What the account may do. */
  role: Role;
  /** Its API tokens, oldest first, revoked and expired ones included. */
  tokens: Array<ApiToken>;
};

/** The account making the request. */
export type Viewer = {
  __typename?: 'Viewer';
  /** What this account follows. */
  following: Following;
  /** The institutions (owners) the account belongs to, by name; empty for `ADMIN_TOKEN`, which has no account. */
  memberships: Array<Owner>;
  /** The account's name. */
  name: Scalars['String']['output'];
  /**
   * The account's passkeys, oldest first: added at `POST /auth/passkey/register` by a signed-in browser, and a
   * way to sign in at `POST /auth/passkey`. Empty for `ADMIN_TOKEN`, which has no account.
   */
  passkeys: Array<Passkey>;
  /** The account's console preferences (`setPreferences`); every field null until first set. */
  preferences: Preferences;
  /** What the account may do. */
  role: Role;
  /**
   * The account's browser sessions that have not ended or expired, newest first, whether the request came
   * with the session cookie or a token. Empty for `ADMIN_TOKEN`, which has no account.
   */
  sessions: Array<Session>;
  /**
   * Whether this session was opened by the one-time sign-in link (`GET /auth/link/<token>`, the first-start admin's)
   * and may still set the password without the current one (`changePassword` without `currentPassword`), once.
   */
  setsPasswordByLink: Scalars['Boolean']['output'];
  /**
   * The account's API tokens, oldest first, revoked and expired ones included, to revoke with `revokeToken`.
   * Empty for `ADMIN_TOKEN`, which has no account.
   */
  tokens: Array<ApiToken>;
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

/** An endpoint that receives signed deliveries. Its secret is never shown again after creation. */
export type Webhook = Node & {
  __typename?: 'Webhook';
  /** Failed attempts in a row, over all its deliveries; a delivered attempt resets it. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Who registered it. */
  createdBy: Scalars['String']['output'];
  /** Its deliveries, newest first, as a connection (`first`/`after` or `last`/`before`; at most 200, 50 by default). */
  deliveries: WebhookDeliveryConnection;
  /** When it was disabled for failing; null while enabled. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was disabled: the failed attempts in a row and the last one's error. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** False once it was disabled for failing (WEBHOOK_DISABLE_AFTER_FAILURES attempts in a row; see `disabledReason`) until enableWebhook. */
  enabled: Scalars['Boolean']['output'];
  /** The events it receives. */
  events: Array<WebhookEvent>;
  /** The RecommendationFilter it was registered with, or null for every recommendation. */
  filter?: Maybe<Scalars['JSON']['output']>;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** Whether its deliveries carry internal entries' notes and evidence (`CreateWebhookInput.includeInternal`). */
  includeInternal: Scalars['Boolean']['output'];
  /** Its newest delivery, or null before the first. */
  lastDelivery?: Maybe<WebhookDelivery>;
  /** Where deliveries are POSTed. */
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
  /** When the attempt was made. */
  at: Scalars['DateTime']['output'];
  /** How long it took, in milliseconds. */
  durationMs: Scalars['Int']['output'];
  /** Why it failed (`HTTP 500`, `refused: …`, `the call took too long`), or null when delivered. */
  error?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status, or null when no answer came (refused address, network error, timeout). */
  responseStatus?: Maybe<Scalars['Int']['output']>;
};

/** One event for one webhook, and every attempt to deliver it. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** How many attempts were made so far. */
  attemptCount: Scalars['Int']['output'];
  /** The attempts so far, oldest first. */
  attempts: Array<WebhookAttempt>;
  /** When the delivery was queued, after the change it announces. */
  createdAt: Scalars['DateTime']['output'];
  /** When a receiver answered 2xx; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event delivered. */
  event: WebhookEvent;
  /** Global id (see `Node.id`); refetch with `node(id:)`. */
  id: Scalars['ID']['output'];
  /** The `webhook-id` header: the same on every attempt, so that a receiver can drop a repeat. */
  messageId: Scalars['String']['output'];
  /** When the next attempt is due; null when none is scheduled. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The exact JSON body every attempt sends: `{ type, timestamp, data }`. */
  payload: Scalars['String']['output'];
  /** Where the delivery stands. */
  status: WebhookDeliveryStatus;
};

/** A page of a webhook's deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The page's deliveries, each with its cursor. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where the page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many deliveries the webhook has, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One delivery of a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Opaque; pass it as `after` to continue after this delivery, or as `before` to page back from it. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
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
  AcceptCandidateInput: AcceptCandidateInput;
  AddSourceDocumentInput: AddSourceDocumentInput;
  ApiToken: ResolverTypeWrapper<ApiTokenRow>;
  ApproveProposalInput: ApproveProposalInput;
  ArchiveIndicatorInput: ArchiveIndicatorInput;
  AuditEntry: ResolverTypeWrapper<AuditEntryRow>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['AuditEntryEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BrokenQuote: ResolverTypeWrapper<BrokenQuoteView>;
  Candidate: ResolverTypeWrapper<CandidateRow>;
  CandidateConnection: ResolverTypeWrapper<CandidatePage>;
  CandidateEdge: ResolverTypeWrapper<Omit<CandidateEdge, 'node'> & { node: ResolversTypes['Candidate'] }>;
  CandidateState: CandidateState;
  Change: ResolverTypeWrapper<ChangeRow>;
  ChangeConnection: ResolverTypeWrapper<ChangePage>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangePasswordInput: ChangePasswordInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CreateOwnerInput: CreateOwnerInput;
  CreateRecommendationInput: CreateRecommendationInput;
  CreateSourceDocumentInput: CreateSourceDocumentInput;
  CreateThemeInput: CreateThemeInput;
  CreateUserInput: CreateUserInput;
  CreateWebhookInput: CreateWebhookInput;
  CreatedWebhook: ResolverTypeWrapper<Omit<CreatedWebhook, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentCoverage: ResolverTypeWrapper<DocumentCoverage>;
  DocumentKind: DocumentKind;
  DocumentRevision: ResolverTypeWrapper<DocumentRevisionRow>;
  DocumentRevisionState: DocumentRevisionState;
  DocumentSection: ResolverTypeWrapper<Section>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  EvidenceCaptureState: EvidenceCaptureState;
  EvidenceFailure: EvidenceFailure;
  EvidenceLinkState: EvidenceLinkState;
  Extraction: ResolverTypeWrapper<Extraction>;
  ExtractionState: ExtractionState;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowInput: FollowInput;
  Following: ResolverTypeWrapper<FollowingOf>;
  Health: Health;
  HealthCount: ResolverTypeWrapper<HealthCount>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportAction: ImportAction;
  ImportError: ResolverTypeWrapper<ImportError>;
  ImportResult: ResolverTypeWrapper<ImportResult>;
  ImportRow: ResolverTypeWrapper<ImportRow>;
  ImportSpreadsheetInput: ImportSpreadsheetInput;
  Indicator: ResolverTypeWrapper<IndicatorView>;
  IndicatorBaseline: ResolverTypeWrapper<IndicatorBaseline>;
  IndicatorBaselineInput: IndicatorBaselineInput;
  IndicatorDirection: IndicatorDirection;
  IndicatorStatus: IndicatorStatus;
  IndicatorStatusExplanation: ResolverTypeWrapper<StatusExplanation>;
  IndicatorTarget: ResolverTypeWrapper<IndicatorTarget>;
  IndicatorTargetInput: IndicatorTargetInput;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueRow>;
  IndicatorValueConnection: ResolverTypeWrapper<IndicatorValuePage>;
  IndicatorValueEdge: ResolverTypeWrapper<Omit<IndicatorValueEdge, 'node'> & { node: ResolversTypes['IndicatorValue'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssueTokenInput: IssueTokenInput;
  IssuedToken: ResolverTypeWrapper<Omit<IssuedToken, 'apiToken'> & { apiToken: ResolversTypes['ApiToken'] }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Language: Language;
  LinkDirection: LinkDirection;
  LinkRecommendationsInput: LinkRecommendationsInput;
  LogProgressInput: LogProgressInput;
  LogProgressPayload: ResolverTypeWrapper<Omit<LogProgressPayload, 'proposal' | 'recommendation' | 'update'> & { proposal?: Maybe<ResolversTypes['Proposal']>, recommendation: ResolversTypes['Recommendation'], update?: Maybe<ResolversTypes['ProgressUpdate']> }>;
  MarkTextReviewedInput: MarkTextReviewedInput;
  MembershipInput: MembershipInput;
  MergeCandidateInput: MergeCandidateInput;
  MergeOwnersInput: MergeOwnersInput;
  MonthlyStatusCounts: ResolverTypeWrapper<MonthlyStatusCounts>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewRecommendationInput: NewRecommendationInput;
  Node: ResolverTypeWrapper<NodeRow>;
  OrderDirection: OrderDirection;
  Owner: ResolverTypeWrapper<OwnerRow>;
  OwnerInput: OwnerInput;
  OwnerKind: OwnerKind;
  PageInfo: ResolverTypeWrapper<PageInfoData>;
  Passkey: ResolverTypeWrapper<PasskeyRow>;
  Pillar: Pillar;
  Preferences: ResolverTypeWrapper<PreferencesRow>;
  ProgressUpdate: ResolverTypeWrapper<ProgressUpdateRow>;
  Proposal: ResolverTypeWrapper<ProposalRow>;
  ProposalConnection: ResolverTypeWrapper<Omit<ProposalConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversTypes['ProposalEdge']>, pageInfo: ResolversTypes['PageInfo'] }>;
  ProposalDecisionPayload: ResolverTypeWrapper<Omit<ProposalDecisionPayload, 'proposal' | 'recommendation'> & { proposal: ResolversTypes['Proposal'], recommendation: ResolversTypes['Recommendation'] }>;
  ProposalEdge: ResolverTypeWrapper<Omit<ProposalEdge, 'node'> & { node: ResolversTypes['Proposal'] }>;
  ProposalState: ProposalState;
  ProposedIndicatorValue: ResolverTypeWrapper<ProposedValue>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteRevision: ResolverTypeWrapper<QuoteRevisionRow>;
  Recommendation: ResolverTypeWrapper<RecommendationRow>;
  RecommendationActions: ResolverTypeWrapper<RecommendationActions>;
  RecommendationConnection: ResolverTypeWrapper<RecommendationPage>;
  RecommendationEdge: ResolverTypeWrapper<Omit<RecommendationEdge, 'node'> & { node: ResolversTypes['Recommendation'] }>;
  RecommendationFilter: RecommendationFilter;
  RecommendationLink: ResolverTypeWrapper<LinkView>;
  RecommendationLinkKind: RecommendationLinkKind;
  RecommendationOrder: RecommendationOrder;
  RecommendationOrderField: RecommendationOrderField;
  RecommendationStatus: RecommendationStatus;
  RecommendationTextField: RecommendationTextField;
  RecordIndicatorValueInput: RecordIndicatorValueInput;
  RecordIndicatorValuePayload: ResolverTypeWrapper<Omit<RecordIndicatorValuePayload, 'indicator' | 'proposal' | 'value'> & { indicator: ResolversTypes['Indicator'], proposal?: Maybe<ResolversTypes['Proposal']>, value?: Maybe<ResolversTypes['IndicatorValue']> }>;
  RejectCandidateInput: RejectCandidateInput;
  RejectProposalInput: RejectProposalInput;
  ReviseSourceDocumentInput: ReviseSourceDocumentInput;
  ReviseSourceDocumentPayload: ResolverTypeWrapper<Omit<ReviseSourceDocumentPayload, 'document' | 'revision'> & { document: ResolversTypes['SourceDocument'], revision: ResolversTypes['DocumentRevision'] }>;
  Role: Role;
  Rollup: ResolverTypeWrapper<Rollup>;
  RollupInput: ResolverTypeWrapper<RollupInput>;
  RollupRule: RollupRule;
  RollupWeightInput: RollupWeightInput;
  SearchMatch: ResolverTypeWrapper<SearchMatch>;
  SearchMatchField: SearchMatchField;
  Session: ResolverTypeWrapper<SessionRow>;
  SetOwnersInput: SetOwnersInput;
  SetPasswordInput: SetPasswordInput;
  SetPreferencesInput: SetPreferencesInput;
  SetRoleInput: SetRoleInput;
  SetRollupInput: SetRollupInput;
  SetTargetDateInput: SetTargetDateInput;
  SourceDocument: ResolverTypeWrapper<SourceDocumentRow>;
  SpreadsheetFormat: SpreadsheetFormat;
  SpreadsheetKind: SpreadsheetKind;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  StatusTransition: ResolverTypeWrapper<StatusTransition>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TargetDateRevision: ResolverTypeWrapper<TargetDateRevisionRow>;
  TextOrigin: TextOrigin;
  TextOrigins: ResolverTypeWrapper<TextOrigins>;
  Theme: ResolverTypeWrapper<ThemeRow>;
  ThemeInput: ThemeInput;
  ThemeSummary: ResolverTypeWrapper<ThemeFigures>;
  TrackerSummary: ResolverTypeWrapper<SummaryData>;
  UpdateIndicatorInput: UpdateIndicatorInput;
  UpdateOwnerInput: UpdateOwnerInput;
  UpdateRecommendationInput: UpdateRecommendationInput;
  User: ResolverTypeWrapper<UserRow>;
  Viewer: ResolverTypeWrapper<ViewerRow>;
  Visibility: Visibility;
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
  AcceptCandidateInput: AcceptCandidateInput;
  AddSourceDocumentInput: AddSourceDocumentInput;
  ApiToken: ApiTokenRow;
  ApproveProposalInput: ApproveProposalInput;
  ArchiveIndicatorInput: ArchiveIndicatorInput;
  AuditEntry: AuditEntryRow;
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  Boolean: Scalars['Boolean']['output'];
  BrokenQuote: BrokenQuoteView;
  Candidate: CandidateRow;
  CandidateConnection: CandidatePage;
  CandidateEdge: Omit<CandidateEdge, 'node'> & { node: ResolversParentTypes['Candidate'] };
  Change: ChangeRow;
  ChangeConnection: ChangePage;
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangePasswordInput: ChangePasswordInput;
  CreateIndicatorInput: CreateIndicatorInput;
  CreateOwnerInput: CreateOwnerInput;
  CreateRecommendationInput: CreateRecommendationInput;
  CreateSourceDocumentInput: CreateSourceDocumentInput;
  CreateThemeInput: CreateThemeInput;
  CreateUserInput: CreateUserInput;
  CreateWebhookInput: CreateWebhookInput;
  CreatedWebhook: Omit<CreatedWebhook, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DocumentCoverage: DocumentCoverage;
  DocumentRevision: DocumentRevisionRow;
  DocumentSection: Section;
  Evidence: EvidenceRow;
  Extraction: Extraction;
  Float: Scalars['Float']['output'];
  FollowInput: FollowInput;
  Following: FollowingOf;
  HealthCount: HealthCount;
  ID: Scalars['ID']['output'];
  ImportError: ImportError;
  ImportResult: ImportResult;
  ImportRow: ImportRow;
  ImportSpreadsheetInput: ImportSpreadsheetInput;
  Indicator: IndicatorView;
  IndicatorBaseline: IndicatorBaseline;
  IndicatorBaselineInput: IndicatorBaselineInput;
  IndicatorStatusExplanation: StatusExplanation;
  IndicatorTarget: IndicatorTarget;
  IndicatorTargetInput: IndicatorTargetInput;
  IndicatorValue: IndicatorValueRow;
  IndicatorValueConnection: IndicatorValuePage;
  IndicatorValueEdge: Omit<IndicatorValueEdge, 'node'> & { node: ResolversParentTypes['IndicatorValue'] };
  Int: Scalars['Int']['output'];
  IssueTokenInput: IssueTokenInput;
  IssuedToken: Omit<IssuedToken, 'apiToken'> & { apiToken: ResolversParentTypes['ApiToken'] };
  JSON: Scalars['JSON']['output'];
  LinkRecommendationsInput: LinkRecommendationsInput;
  LogProgressInput: LogProgressInput;
  LogProgressPayload: Omit<LogProgressPayload, 'proposal' | 'recommendation' | 'update'> & { proposal?: Maybe<ResolversParentTypes['Proposal']>, recommendation: ResolversParentTypes['Recommendation'], update?: Maybe<ResolversParentTypes['ProgressUpdate']> };
  MarkTextReviewedInput: MarkTextReviewedInput;
  MembershipInput: MembershipInput;
  MergeCandidateInput: MergeCandidateInput;
  MergeOwnersInput: MergeOwnersInput;
  MonthlyStatusCounts: MonthlyStatusCounts;
  Mutation: Record<PropertyKey, never>;
  NewRecommendationInput: NewRecommendationInput;
  Node: NodeRow;
  Owner: OwnerRow;
  OwnerInput: OwnerInput;
  PageInfo: PageInfoData;
  Passkey: PasskeyRow;
  Preferences: PreferencesRow;
  ProgressUpdate: ProgressUpdateRow;
  Proposal: ProposalRow;
  ProposalConnection: Omit<ProposalConnection, 'edges' | 'pageInfo'> & { edges: Array<ResolversParentTypes['ProposalEdge']>, pageInfo: ResolversParentTypes['PageInfo'] };
  ProposalDecisionPayload: Omit<ProposalDecisionPayload, 'proposal' | 'recommendation'> & { proposal: ResolversParentTypes['Proposal'], recommendation: ResolversParentTypes['Recommendation'] };
  ProposalEdge: Omit<ProposalEdge, 'node'> & { node: ResolversParentTypes['Proposal'] };
  ProposedIndicatorValue: ProposedValue;
  Query: Record<PropertyKey, never>;
  QuoteRevision: QuoteRevisionRow;
  Recommendation: RecommendationRow;
  RecommendationActions: RecommendationActions;
  RecommendationConnection: RecommendationPage;
  RecommendationEdge: Omit<RecommendationEdge, 'node'> & { node: ResolversParentTypes['Recommendation'] };
  RecommendationFilter: RecommendationFilter;
  RecommendationLink: LinkView;
  RecommendationOrder: RecommendationOrder;
  RecordIndicatorValueInput: RecordIndicatorValueInput;
  RecordIndicatorValuePayload: Omit<RecordIndicatorValuePayload, 'indicator' | 'proposal' | 'value'> & { indicator: ResolversParentTypes['Indicator'], proposal?: Maybe<ResolversParentTypes['Proposal']>, value?: Maybe<ResolversParentTypes['IndicatorValue']> };
  RejectCandidateInput: RejectCandidateInput;
  RejectProposalInput: RejectProposalInput;
  ReviseSourceDocumentInput: ReviseSourceDocumentInput;
  ReviseSourceDocumentPayload: Omit<ReviseSourceDocumentPayload, 'document' | 'revision'> & { document: ResolversParentTypes['SourceDocument'], revision: ResolversParentTypes['DocumentRevision'] };
  Rollup: Rollup;
  RollupInput: RollupInput;
  RollupWeightInput: RollupWeightInput;
  SearchMatch: SearchMatch;
  Session: SessionRow;
  SetOwnersInput: SetOwnersInput;
  SetPasswordInput: SetPasswordInput;
  SetPreferencesInput: SetPreferencesInput;
  SetRoleInput: SetRoleInput;
  SetRollupInput: SetRollupInput;
  SetTargetDateInput: SetTargetDateInput;
  SourceDocument: SourceDocumentRow;
  StatusCount: StatusCount;
  StatusTransition: StatusTransition;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TargetDateRevision: TargetDateRevisionRow;
  TextOrigins: TextOrigins;
  Theme: ThemeRow;
  ThemeInput: ThemeInput;
  ThemeSummary: ThemeFigures;
  TrackerSummary: SummaryData;
  UpdateIndicatorInput: UpdateIndicatorInput;
  UpdateOwnerInput: UpdateOwnerInput;
  UpdateRecommendationInput: UpdateRecommendationInput;
  User: UserRow;
  Viewer: ViewerRow;
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
  readOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  summaryEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaryZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type BrokenQuoteResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['BrokenQuote'] = ResolversParentTypes['BrokenQuote']> = ResolversObject<{
  closestSpan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
}>;

export type CandidateResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Candidate'] = ResolversParentTypes['Candidate']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectionHeading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CandidateState'], ParentType, ContextType>;
  suggestedTheme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  suggestedTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CandidateConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CandidateConnection'] = ResolversParentTypes['CandidateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CandidateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CandidateEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['CandidateEdge'] = ResolversParentTypes['CandidateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType>;
}>;

export type ChangeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = ResolversObject<{
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progressUpdate?: Resolver<Maybe<ResolversTypes['ProgressUpdate']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  summaryEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaryZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChangeConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ChangeEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
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

export type DocumentCoverageResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DocumentCoverage'] = ResolversParentTypes['DocumentCoverage']> = ResolversObject<{
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DocumentRevisionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DocumentRevision'] = ResolversParentTypes['DocumentRevision']> = ResolversObject<{
  appliedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  brokenQuotes?: Resolver<Array<ResolversTypes['BrokenQuote']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DocumentRevisionState'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DocumentSectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['DocumentSection'] = ResolversParentTypes['DocumentSection']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  archivedCopyUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  captureState?: Resolver<ResolversTypes['EvidenceCaptureState'], ParentType, ContextType>;
  capturedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['EvidenceFailure']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finalUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  linkState?: Resolver<ResolversTypes['EvidenceLinkState'], ParentType, ContextType>;
  sha256?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sizeBytes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExtractionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Extraction'] = ResolversParentTypes['Extraction']> = ResolversObject<{
  extractedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ExtractionState'], ParentType, ContextType>;
}>;

export type FollowingResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Following'] = ResolversParentTypes['Following']> = ResolversObject<{
  recommendations?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
}>;

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

export type IndicatorResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = ResolversObject<{
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  baseline?: Resolver<ResolversTypes['IndicatorBaseline'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['IndicatorDirection'], ParentType, ContextType>;
  disaggregation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestValue?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndicatorStatus'], ParentType, ContextType>;
  statusExplanation?: Resolver<ResolversTypes['IndicatorStatusExplanation'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['IndicatorTarget']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<ResolversTypes['IndicatorValueConnection'], ParentType, ContextType, Partial<IndicatorValuesArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IndicatorBaselineResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['IndicatorBaseline'] = ResolversParentTypes['IndicatorBaseline']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type IndicatorStatusExplanationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['IndicatorStatusExplanation'] = ResolversParentTypes['IndicatorStatusExplanation']> = ResolversObject<{
  allowance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  baselineDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  baselineValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  expectedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  formula?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestPeriodEnd?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IndicatorStatus'], ParentType, ContextType>;
  targetDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  tolerance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IndicatorTargetResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['IndicatorTarget'] = ResolversParentTypes['IndicatorTarget']> = ResolversObject<{
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type IndicatorValueResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = ResolversObject<{
  changeCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  corrected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  corrects?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  evidenceUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  logEntry?: Resolver<ResolversTypes['ProgressUpdate'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IndicatorValueConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['IndicatorValueConnection'] = ResolversParentTypes['IndicatorValueConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IndicatorValueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IndicatorValueEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['IndicatorValueEdge'] = ResolversParentTypes['IndicatorValueEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IndicatorValue'], ParentType, ContextType>;
}>;

export type IssuedTokenResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['IssuedToken'] = ResolversParentTypes['IssuedToken']> = ResolversObject<{
  apiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LogProgressPayloadResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['LogProgressPayload'] = ResolversParentTypes['LogProgressPayload']> = ResolversObject<{
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  update?: Resolver<Maybe<ResolversTypes['ProgressUpdate']>, ParentType, ContextType>;
}>;

export type MonthlyStatusCountsResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['MonthlyStatusCounts'] = ResolversParentTypes['MonthlyStatusCounts']> = ResolversObject<{
  counts?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<MutationAcceptCandidateArgs, 'input'>>;
  addMembership?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationAddMembershipArgs, 'input'>>;
  addSourceDocument?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType, RequireFields<MutationAddSourceDocumentArgs, 'input'>>;
  approveProposal?: Resolver<ResolversTypes['ProposalDecisionPayload'], ParentType, ContextType, RequireFields<MutationApproveProposalArgs, 'input'>>;
  archiveIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationArchiveIndicatorArgs, 'input'>>;
  archiveOwner?: Resolver<ResolversTypes['Owner'], ParentType, ContextType, RequireFields<MutationArchiveOwnerArgs, 'id'>>;
  archiveRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationArchiveRecommendationArgs, 'code'>>;
  changePassword?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationCreateIndicatorArgs, 'input'>>;
  createOwner?: Resolver<ResolversTypes['Owner'], ParentType, ContextType, RequireFields<MutationCreateOwnerArgs, 'input'>>;
  createRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationCreateRecommendationArgs, 'input'>>;
  createSourceDocument?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType, RequireFields<MutationCreateSourceDocumentArgs, 'input'>>;
  createTheme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType, RequireFields<MutationCreateThemeArgs, 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  createWebhook?: Resolver<ResolversTypes['CreatedWebhook'], ParentType, ContextType, RequireFields<MutationCreateWebhookArgs, 'input'>>;
  deleteWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  disableUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationDisableUserArgs, 'userName'>>;
  enableUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationEnableUserArgs, 'userName'>>;
  enableWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationEnableWebhookArgs, 'id'>>;
  endSession?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationEndSessionArgs, 'id'>>;
  endSessions?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationEndSessionsArgs, 'userName'>>;
  extractCandidates?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType, RequireFields<MutationExtractCandidatesArgs, 'documentId'>>;
  follow?: Resolver<ResolversTypes['Following'], ParentType, ContextType, RequireFields<MutationFollowArgs, 'input'>>;
  importSpreadsheet?: Resolver<ResolversTypes['ImportResult'], ParentType, ContextType, RequireFields<MutationImportSpreadsheetArgs, 'input'>>;
  issueToken?: Resolver<ResolversTypes['IssuedToken'], ParentType, ContextType, RequireFields<MutationIssueTokenArgs, 'input'>>;
  linkRecommendations?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationLinkRecommendationsArgs, 'input'>>;
  logProgress?: Resolver<ResolversTypes['LogProgressPayload'], ParentType, ContextType, RequireFields<MutationLogProgressArgs, 'input'>>;
  markTextReviewed?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationMarkTextReviewedArgs, 'input'>>;
  mergeCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<MutationMergeCandidateArgs, 'input'>>;
  mergeOwners?: Resolver<ResolversTypes['Owner'], ParentType, ContextType, RequireFields<MutationMergeOwnersArgs, 'input'>>;
  recordIndicatorValue?: Resolver<ResolversTypes['RecordIndicatorValuePayload'], ParentType, ContextType, RequireFields<MutationRecordIndicatorValueArgs, 'input'>>;
  rejectCandidate?: Resolver<ResolversTypes['Candidate'], ParentType, ContextType, RequireFields<MutationRejectCandidateArgs, 'input'>>;
  rejectProposal?: Resolver<ResolversTypes['ProposalDecisionPayload'], ParentType, ContextType, RequireFields<MutationRejectProposalArgs, 'input'>>;
  removeMembership?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationRemoveMembershipArgs, 'input'>>;
  removePasskey?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationRemovePasskeyArgs, 'id'>>;
  restoreOwner?: Resolver<ResolversTypes['Owner'], ParentType, ContextType, RequireFields<MutationRestoreOwnerArgs, 'id'>>;
  restoreRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationRestoreRecommendationArgs, 'code'>>;
  reviseSourceDocument?: Resolver<ResolversTypes['ReviseSourceDocumentPayload'], ParentType, ContextType, RequireFields<MutationReviseSourceDocumentArgs, 'input'>>;
  revokeToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeTokenArgs, 'id'>>;
  setOwners?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationSetOwnersArgs, 'input'>>;
  setPassword?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetPasswordArgs, 'input'>>;
  setPreferences?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType, RequireFields<MutationSetPreferencesArgs, 'input'>>;
  setRole?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationSetRoleArgs, 'input'>>;
  setRollup?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationSetRollupArgs, 'input'>>;
  setTargetDate?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationSetTargetDateArgs, 'input'>>;
  unfollow?: Resolver<ResolversTypes['Following'], ParentType, ContextType, RequireFields<MutationUnfollowArgs, 'input'>>;
  unlinkRecommendations?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationUnlinkRecommendationsArgs, 'input'>>;
  updateIndicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType, RequireFields<MutationUpdateIndicatorArgs, 'input'>>;
  updateOwner?: Resolver<ResolversTypes['Owner'], ParentType, ContextType, RequireFields<MutationUpdateOwnerArgs, 'input'>>;
  updateRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationUpdateRecommendationArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ApiToken' | 'AuditEntry' | 'Candidate' | 'Indicator' | 'IndicatorValue' | 'Owner' | 'ProgressUpdate' | 'Proposal' | 'Recommendation' | 'SourceDocument' | 'Theme' | 'User' | 'Webhook' | 'WebhookDelivery', ParentType, ContextType>;
}>;

export type OwnerResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Owner'] = ResolversParentTypes['Owner']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OwnerKind'], ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Owner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PasskeyResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Passkey'] = ResolversParentTypes['Passkey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PreferencesResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Preferences'] = ResolversParentTypes['Preferences']> = ResolversObject<{
  chartsOpen?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
}>;

export type ProgressUpdateResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ProgressUpdate'] = ResolversParentTypes['ProgressUpdate']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changeCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  corrects?: Resolver<Maybe<ResolversTypes['ProgressUpdate']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidenceUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progressBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  statusBefore?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposalResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = ResolversObject<{
  baseVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  evidenceUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorValue?: Resolver<Maybe<ResolversTypes['ProposedIndicatorValue']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progressBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProposalState'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  statusBefore?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  update?: Resolver<Maybe<ResolversTypes['ProgressUpdate']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposalConnectionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ProposalConnection'] = ResolversParentTypes['ProposalConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProposalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProposalDecisionPayloadResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ProposalDecisionPayload'] = ResolversParentTypes['ProposalDecisionPayload']> = ResolversObject<{
  proposal?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
}>;

export type ProposalEdgeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ProposalEdge'] = ResolversParentTypes['ProposalEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Proposal'], ParentType, ContextType>;
}>;

export type ProposedIndicatorValueResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ProposedIndicatorValue'] = ResolversParentTypes['ProposedIndicatorValue']> = ResolversObject<{
  correctsId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<QueryChangesArgs>>;
  document?: Resolver<Maybe<ResolversTypes['SourceDocument']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'slug'>>;
  documents?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  myFeed?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<QueryMyFeedArgs>>;
  myProposals?: Resolver<ResolversTypes['ProposalConnection'], ParentType, ContextType, Partial<QueryMyProposalsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  owners?: Resolver<Array<ResolversTypes['Owner']>, ParentType, ContextType, RequireFields<QueryOwnersArgs, 'includeArchived' | 'includeMerged'>>;
  pendingReviews?: Resolver<ResolversTypes['ProposalConnection'], ParentType, ContextType, Partial<QueryPendingReviewsArgs>>;
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
  alsoIn?: Resolver<Array<ResolversTypes['SourceDocument']>, ParentType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  changeCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  lastProgressAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['RecommendationLink']>, ParentType, ContextType>;
  openProposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  owners?: Resolver<Array<ResolversTypes['Owner']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  pillar?: Resolver<Maybe<ResolversTypes['Pillar']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['Proposal']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quoteHistory?: Resolver<Array<ResolversTypes['QuoteRevision']>, ParentType, ContextType>;
  rollup?: Resolver<Maybe<ResolversTypes['Rollup']>, ParentType, ContextType>;
  searchMatches?: Resolver<Array<ResolversTypes['SearchMatch']>, ParentType, ContextType>;
  splitFrom?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  statusesNeedingReview?: Resolver<Array<ResolversTypes['RecommendationStatus']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  summaryEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaryZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  targetDateHistory?: Resolver<Array<ResolversTypes['TargetDateRevision']>, ParentType, ContextType>;
  textOrigin?: Resolver<ResolversTypes['TextOrigins'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updates?: Resolver<Array<ResolversTypes['ProgressUpdate']>, ParentType, ContextType, RequireFields<RecommendationUpdatesArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['RecommendationActions'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecommendationActionsResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecommendationActions'] = ResolversParentTypes['RecommendationActions']> = ResolversObject<{
  log?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  setOwners?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  setTargetDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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

export type RecommendationLinkResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecommendationLink'] = ResolversParentTypes['RecommendationLink']> = ResolversObject<{
  direction?: Resolver<ResolversTypes['LinkDirection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RecommendationLinkKind'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
}>;

export type RecordIndicatorValuePayloadResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RecordIndicatorValuePayload'] = ResolversParentTypes['RecordIndicatorValuePayload']> = ResolversObject<{
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
}>;

export type ReviseSourceDocumentPayloadResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['ReviseSourceDocumentPayload'] = ResolversParentTypes['ReviseSourceDocumentPayload']> = ResolversObject<{
  document?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['DocumentRevision'], ParentType, ContextType>;
}>;

export type RollupResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Rollup'] = ResolversParentTypes['Rollup']> = ResolversObject<{
  explanationEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanationZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inputs?: Resolver<Array<ResolversTypes['RollupInput']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['RollupRule'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RollupInputResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['RollupInput'] = ResolversParentTypes['RollupInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  excludedBecause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SearchMatchResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['SearchMatch'] = ResolversParentTypes['SearchMatch']> = ResolversObject<{
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['SearchMatchField'], ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SourceDocumentResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['SourceDocument'] = ResolversParentTypes['SourceDocument']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  candidates?: Resolver<ResolversTypes['CandidateConnection'], ParentType, ContextType, Partial<SourceDocumentCandidatesArgs>>;
  coverage?: Resolver<ResolversTypes['DocumentCoverage'], ParentType, ContextType>;
  extraction?: Resolver<ResolversTypes['Extraction'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pendingRevision?: Resolver<Maybe<ResolversTypes['DocumentRevision']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['DocumentSection']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type SubscriptionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  indicatorValueRecorded?: SubscriptionResolver<ResolversTypes['IndicatorValue'], "indicatorValueRecorded", ParentType, ContextType, Partial<SubscriptionIndicatorValueRecordedArgs>>;
  progressLogged?: SubscriptionResolver<ResolversTypes['ProgressUpdate'], "progressLogged", ParentType, ContextType, Partial<SubscriptionProgressLoggedArgs>>;
  recommendationChanged?: SubscriptionResolver<ResolversTypes['Recommendation'], "recommendationChanged", ParentType, ContextType, Partial<SubscriptionRecommendationChangedArgs>>;
}>;

export type TargetDateRevisionResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TargetDateRevision'] = ResolversParentTypes['TargetDateRevision']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  newDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  previousDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TextOriginsResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['TextOrigins'] = ResolversParentTypes['TextOrigins']> = ResolversObject<{
  summaryEn?: Resolver<ResolversTypes['TextOrigin'], ParentType, ContextType>;
  summaryZh?: Resolver<ResolversTypes['TextOrigin'], ParentType, ContextType>;
  titleEn?: Resolver<ResolversTypes['TextOrigin'], ParentType, ContextType>;
  titleZh?: Resolver<ResolversTypes['TextOrigin'], ParentType, ContextType>;
}>;

export type ThemeResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['SourceDocument'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pillar?: Resolver<Maybe<ResolversTypes['Pillar']>, ParentType, ContextType>;
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
  distinctMeasures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recentUpdates?: Resolver<Array<ResolversTypes['ProgressUpdate']>, ParentType, ContextType, RequireFields<TrackerSummaryRecentUpdatesArgs, 'first'>>;
  timeSeries?: Resolver<Array<ResolversTypes['MonthlyStatusCounts']>, ParentType, ContextType, RequireFields<TrackerSummaryTimeSeriesArgs, 'from' | 'to'>>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Owner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = AppContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  following?: Resolver<ResolversTypes['Following'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Owner']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passkeys?: Resolver<Array<ResolversTypes['Passkey']>, ParentType, ContextType>;
  preferences?: Resolver<ResolversTypes['Preferences'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  setsPasswordByLink?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
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
  includeInternal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  BrokenQuote?: BrokenQuoteResolvers<ContextType>;
  Candidate?: CandidateResolvers<ContextType>;
  CandidateConnection?: CandidateConnectionResolvers<ContextType>;
  CandidateEdge?: CandidateEdgeResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  CreatedWebhook?: CreatedWebhookResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DocumentCoverage?: DocumentCoverageResolvers<ContextType>;
  DocumentRevision?: DocumentRevisionResolvers<ContextType>;
  DocumentSection?: DocumentSectionResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Extraction?: ExtractionResolvers<ContextType>;
  Following?: FollowingResolvers<ContextType>;
  HealthCount?: HealthCountResolvers<ContextType>;
  ImportError?: ImportErrorResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  ImportRow?: ImportRowResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorBaseline?: IndicatorBaselineResolvers<ContextType>;
  IndicatorStatusExplanation?: IndicatorStatusExplanationResolvers<ContextType>;
  IndicatorTarget?: IndicatorTargetResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  IndicatorValueConnection?: IndicatorValueConnectionResolvers<ContextType>;
  IndicatorValueEdge?: IndicatorValueEdgeResolvers<ContextType>;
  IssuedToken?: IssuedTokenResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LogProgressPayload?: LogProgressPayloadResolvers<ContextType>;
  MonthlyStatusCounts?: MonthlyStatusCountsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Owner?: OwnerResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Passkey?: PasskeyResolvers<ContextType>;
  Preferences?: PreferencesResolvers<ContextType>;
  ProgressUpdate?: ProgressUpdateResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  ProposalConnection?: ProposalConnectionResolvers<ContextType>;
  ProposalDecisionPayload?: ProposalDecisionPayloadResolvers<ContextType>;
  ProposalEdge?: ProposalEdgeResolvers<ContextType>;
  ProposedIndicatorValue?: ProposedIndicatorValueResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteRevision?: QuoteRevisionResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationActions?: RecommendationActionsResolvers<ContextType>;
  RecommendationConnection?: RecommendationConnectionResolvers<ContextType>;
  RecommendationEdge?: RecommendationEdgeResolvers<ContextType>;
  RecommendationLink?: RecommendationLinkResolvers<ContextType>;
  RecordIndicatorValuePayload?: RecordIndicatorValuePayloadResolvers<ContextType>;
  ReviseSourceDocumentPayload?: ReviseSourceDocumentPayloadResolvers<ContextType>;
  Rollup?: RollupResolvers<ContextType>;
  RollupInput?: RollupInputResolvers<ContextType>;
  SearchMatch?: SearchMatchResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SourceDocument?: SourceDocumentResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  StatusTransition?: StatusTransitionResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TargetDateRevision?: TargetDateRevisionResolvers<ContextType>;
  TextOrigins?: TextOriginsResolvers<ContextType>;
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

