/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Accepting a candidate: the record it becomes, quoting the candidate's text. */
export type AcceptCandidateInput = {
  /** The new record's code; the server gives one from the theme's code when omitted. */
  code?: string | null | undefined;
  /** The candidate's global id. */
  id: string;
  /** An English summary. */
  summaryEn: string;
  /** A Chinese summary; may be empty. */
  summaryZh?: string | null | undefined;
  /** The theme's code: one of the candidate's document's themes. */
  theme: string;
  /** Short title in English. */
  titleEn: string;
  /** Short title in Chinese. */
  titleZh: string;
};

/** A policy document and its content: exactly one of `content` and `uploadId`. */
export type AddSourceDocumentInput = {
  /** Its content as text, at most 1 MB: of `mediaType` `text/plain` (the default), `text/markdown` or `text/html`. */
  content?: string | null | undefined;
  /** What kind of document it is; `ARTICLE` when omitted. */
  kind?: DocumentKind | null | undefined;
  /** Its language (`zh`, `en`, …); guessed from the text when omitted. */
  language?: string | null | undefined;
  /** The media type of `content`: `text/plain`, `text/markdown` or `text/html`. */
  mediaType?: string | null | undefined;
  /** The day it was published. */
  publishedOn?: string | null | undefined;
  /** Who issued or published it. */
  publisher?: string | null | undefined;
  /** Its short name, unique; derived from `titleEn` when omitted. */
  slug?: string | null | undefined;
  /** Its themes, in order; when omitted, one theme per top-level section (one for the whole text if it has no headings). */
  themes?: Array<ThemeInput> | null | undefined;
  /** Its title in English. */
  titleEn: string;
  /** Its title in Chinese. */
  titleZh: string;
  /** A PDF or DOCX sent to `POST /documents/upload` by the same caller, as it answered. */
  uploadId?: string | null | undefined;
  /** Where it was published (http or https). */
  url?: string | null | undefined;
};

/** A proposal to approve. */
export type ApproveProposalInput = {
  /** The record's version you reviewed; a stale one fails with CONFLICT and `extensions.currentVersion`. */
  expectedVersion: number;
  /** The proposal's global id. */
  id: string;
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
  currentPassword?: string | null | undefined;
  /** The new password: at least 12 characters, not on the list of common passwords. */
  newPassword: string;
};

/** An owner to add: at least one of `nameZh` and `nameEn`. Every name must be free: no other owner may answer to it. */
export type CreateOwnerInput = {
  /** Other names it answers to. */
  aliases?: Array<string> | null | undefined;
  /** What kind of body it is. */
  kind: OwnerKind;
  /** Its English name. */
  nameEn?: string | null | undefined;
  /** Its Chinese name. */
  nameZh?: string | null | undefined;
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
  recommendationCode?: string | null | undefined;
  /** A recommendation's global id (`Recommendation.id`). */
  recommendationId?: string | null | undefined;
  /** A theme's code. */
  themeCode?: string | null | undefined;
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

/** A token to issue. */
export type IssueTokenInput = {
  /** When it stops working, in the future; none: it does not expire. */
  expiresAt?: string | null | undefined;
  /** What it is for, to tell tokens apart. */
  label: string;
  /** Whether it only reads: every write made with it is FORBIDDEN with `reason: "READ_ONLY_TOKEN"`. */
  readOnly?: boolean | null | undefined;
  /** The account it acts for; none: the caller's own (only an admin issues for another account). */
  userName?: string | null | undefined;
};

/** A language of the console and the catalog's texts. */
export type Language =
  /** English. */
  | 'EN'
  /** Chinese (简体中文). */
  | 'ZH';

/** One progress-log entry to append. */
export type LogProgressInput = {
  /** The recommendation's code. */
  code: string;
  /**
   * The id of an earlier entry of the same recommendation that this entry corrects: its global id
   * (`ProgressUpdate.id`); the raw database id that earlier versions returned is still accepted, but deprecated.
   */
  correctsId?: string | null | undefined;
  /** http or https links to evidence, at most 20 (each at most 2,000 characters). Required to move to IMPLEMENTED. */
  evidenceUrls?: Array<string> | null | undefined;
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: number | null | undefined;
  /** What happened: not blank, at most 10,000 characters. */
  note: string;
  /** When it happened; defaults to today (UTC). Not before 1990-01-01, and not a date that has not yet begun in any time zone. */
  occurredOn?: string | null | undefined;
  /** The new progress, 0 to 100. */
  progress?: number | null | undefined;
  /** Why: required to move to ABANDONED (at most 2,000 characters), and added to the note. */
  reason?: string | null | undefined;
  /** The new status, if it changes. Must be an allowed move (see `transitions`). */
  status?: RecommendationStatus | null | undefined;
  /** `INTERNAL` keeps the note and evidence for signed-in readers; the status and progress change stay public. */
  visibility?: Visibility | null | undefined;
};

/** A user and an institution: a membership to add or remove. */
export type MembershipInput = {
  /** The owner's global id (`Owner.id`). */
  ownerId: string;
  /** The account's name. */
  userName: string;
};

/** Merging a candidate into an existing record: the same measure, said again. */
export type MergeCandidateInput = {
  /** The record's code. */
  code: string;
  /** The candidate's global id. */
  id: string;
};

/** Two owners to merge: the source is merged into the target. */
export type MergeOwnersInput = {
  /** The global id of the owner merged away (it is kept, with `mergedInto` set). */
  sourceId: string;
  /** The global id of the owner kept. */
  targetId: string;
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
  name: string;
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
  document?: string | null | undefined;
  /** Healths, computed at the request's time. */
  health?: Array<Health> | null | undefined;
  /**
   * Lists, counts, the dashboard, the report and exports show top-level records only, unless this is true: then
   * actions (records with a parent, at any depth) are listed beside them.
   */
  includeActions?: boolean | null | undefined;
  /** Archived recommendations are hidden unless this is true. */
  includeArchived?: boolean | null | undefined;
  /** Owner names or aliases (matched ignoring case, width and extra spaces); a recommendation matches when any of its owners is named. */
  owner?: Array<string> | null | undefined;
  /** Only recommendations of this pillar. */
  pillar?: Pillar | null | undefined;
  /**
   * Words, each of which must match somewhere in the record, in any order: code, titles, summary, quote, theme
   * and owner names, and the notes of the progress log. Case, full-width forms, hyphens and punctuation are
   * ignored, and so are spaces between Chinese characters; Chinese matches as a substring (`沙盒`), a Latin
   * word as the start of a word (`regulat` finds "regulation"; one or two letters, such as `AI`, a whole
   * word). Reviewed synonyms count as the same word (沙箱 = 沙盒, AI = 人工智能, open-source = 开源). At most
   * 200 characters and 16 words; a search with nothing left after normalisation (blank, only punctuation)
   * does not narrow.
   */
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

/** How a recommendation list is ordered. */
export type RecommendationOrder = {
  /** Ascending (the default) or descending. */
  direction?: OrderDirection | null | undefined;
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

/** An indicator's value for a period. */
export type RecordIndicatorValueInput = {
  /** A value of this indicator that this one corrects; the corrected value then no longer counts. */
  correctsId?: string | null | undefined;
  /** Links that show it; each is captured like any log entry's evidence. */
  evidenceUrls?: Array<string> | null | undefined;
  /** The indicator's version as read; a stale one is CONFLICT with `extensions.currentVersion`. */
  expectedVersion?: number | null | undefined;
  /** The indicator's id. */
  indicatorId: string;
  /** What to say about it; may be empty. */
  note?: string | null | undefined;
  /** The last day of the period; not before `periodStart`. */
  periodEnd: string;
  /** The first day of the period. */
  periodStart: string;
  /** The value, within the unit's `min` and `max`. */
  value: number;
  /** `INTERNAL` keeps the note and evidence for signed-in readers; the value itself stays public. */
  visibility?: Visibility | null | undefined;
};

/** Rejecting a candidate: not a measure to track. */
export type RejectCandidateInput = {
  /** The candidate's global id. */
  id: string;
  /** Why, for whoever reads the queue next. */
  reason: string;
};

/** A proposal to reject, and why. */
export type RejectProposalInput = {
  /** The proposal's global id. */
  id: string;
  /** Why; required, and shown to the proposer (at most 2,000 characters). */
  reason: string;
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
  code: string;
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: number | null | undefined;
  /** The new owners, the first one the lead; they replace the current ones. */
  owners: Array<OwnerInput>;
};

/** A password an admin sets for an account. */
export type SetPasswordInput = {
  /** The new password: at least 12 characters, not on the list of common passwords. */
  password: string;
  /** The account's name. */
  userName: string;
};

/** What `setPreferences` changes: at least one field; those left out or null stay as they are. */
export type SetPreferencesInput = {
  /** Whether the catalog's charts section is open. */
  chartsOpen?: boolean | null | undefined;
  /** The console's language. */
  language?: Language | null | undefined;
};

/** An account's new role. */
export type SetRoleInput = {
  /** What it may do from now on. */
  role: Role;
  /** The account's name. */
  userName: string;
};

/** A new target date for a recommendation, with why. */
export type SetTargetDateInput = {
  /** The recommendation's code. */
  code: string;
  /** The version you read; when it is stale the call fails with CONFLICT, and `extensions.currentVersion` gives the version now. */
  expectedVersion?: number | null | undefined;
  /** Why the date changes; kept in `targetDateHistory`. */
  reason: string;
  /** The new target; null clears it. */
  targetDate?: string | null | undefined;
};

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
  code: string;
  /** Its name in English. */
  nameEn: string;
  /** Its name in Chinese. */
  nameZh: string;
  /** The pillar it belongs to, if any. */
  pillar?: Pillar | null | undefined;
  /** The document section it belongs to, as its heading reads. */
  sectionZh?: string | null | undefined;
};

/** What to change of an owner; a field left out stays as it is. */
export type UpdateOwnerInput = {
  /** Its aliases: when given, they replace all the current ones. */
  aliases?: Array<string> | null | undefined;
  /** The owner's global id. */
  id: string;
  /** Its new kind. */
  kind?: OwnerKind | null | undefined;
  /** Its new English name. */
  nameEn?: string | null | undefined;
  /** Its new Chinese name. */
  nameZh?: string | null | undefined;
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

export type ConsoleTokenRowFragment = { id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean };

export type ConsoleMyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMyAccountQuery = { me: { name: string, role: Role, setsPasswordByLink: boolean, sessions: Array<{ id: string, createdAt: string, lastSeenAt: string, expiresAt: string, current: boolean, userAgent: string | null }>, tokens: Array<{ id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean }>, passkeys: Array<{ id: string, name: string, createdAt: string, lastUsedAt: string | null }> } | null };

export type ConsoleRemovePasskeyMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleRemovePasskeyMutation = { removePasskey: { name: string } };

export type ConsoleEndSessionMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleEndSessionMutation = { endSession: { name: string } };

export type ConsoleChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ConsoleChangePasswordMutation = { changePassword: { name: string } };

export type ConsoleIssueTokenMutationVariables = Exact<{
  input: IssueTokenInput;
}>;


export type ConsoleIssueTokenMutation = { issueToken: { token: string, apiToken: { id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean } } };

export type ConsoleRevokeTokenMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleRevokeTokenMutation = { revokeToken: { id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean } };

export type ConsoleUserRowFragment = { id: string, name: string, role: Role, createdAt: string, disabled: boolean, memberships: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }>, tokens: Array<{ id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean }> };

export type ConsoleUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleUsersQuery = { users: Array<{ id: string, name: string, role: Role, createdAt: string, disabled: boolean, memberships: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }>, tokens: Array<{ id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean }> }>, owners: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }> };

export type ConsoleAddMembershipMutationVariables = Exact<{
  input: MembershipInput;
}>;


export type ConsoleAddMembershipMutation = { addMembership: { id: string, name: string, role: Role, createdAt: string, disabled: boolean, memberships: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }>, tokens: Array<{ id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean }> } };

export type ConsoleRemoveMembershipMutationVariables = Exact<{
  input: MembershipInput;
}>;


export type ConsoleRemoveMembershipMutation = { removeMembership: { id: string, name: string, role: Role, createdAt: string, disabled: boolean, memberships: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }>, tokens: Array<{ id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean }> } };

export type ConsoleSetPasswordMutationVariables = Exact<{
  input: SetPasswordInput;
}>;


export type ConsoleSetPasswordMutation = { setPassword: { id: string, name: string, role: Role, createdAt: string, disabled: boolean, memberships: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }>, tokens: Array<{ id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean }> } };

export type ConsoleEndSessionsMutationVariables = Exact<{
  userName: string;
}>;


export type ConsoleEndSessionsMutation = { endSessions: { id: string, name: string, role: Role, createdAt: string, disabled: boolean, memberships: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }>, tokens: Array<{ id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean }> } };

export type ConsoleSetRoleMutationVariables = Exact<{
  input: SetRoleInput;
}>;


export type ConsoleSetRoleMutation = { setRole: { id: string, name: string, role: Role, createdAt: string, disabled: boolean, memberships: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }>, tokens: Array<{ id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean }> } };

export type ConsoleDisableUserMutationVariables = Exact<{
  userName: string;
}>;


export type ConsoleDisableUserMutation = { disableUser: { id: string, name: string, role: Role, createdAt: string, disabled: boolean, memberships: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }>, tokens: Array<{ id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean }> } };

export type ConsoleEnableUserMutationVariables = Exact<{
  userName: string;
}>;


export type ConsoleEnableUserMutation = { enableUser: { id: string, name: string, role: Role, createdAt: string, disabled: boolean, memberships: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }>, tokens: Array<{ id: string, label: string, prefix: string, createdAt: string, expiresAt: string | null, revokedAt: string | null, lastUsedAt: string | null, readOnly: boolean }> } };

export type ConsoleAuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  targetType?: string | null | undefined;
  targetId?: string | null | undefined;
}>;


export type ConsoleAuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, actor: string, actorRole: Role | null, operation: string, summaryEn: string, summaryZh: string, targetType: string, targetId: string, before: unknown, after: unknown, createdAt: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ConsoleThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleThemesQuery = { themes: Array<{ code: string, pillar: Pillar | null, nameZh: string, nameEn: string }> };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { me: { name: string, role: Role, memberships: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null }>, preferences: { language: Language | null, chartsOpen: boolean | null } } | null };

export type ConsoleSetPreferencesMutationVariables = Exact<{
  input: SetPreferencesInput;
}>;


export type ConsoleSetPreferencesMutation = { setPreferences: { name: string } };

export type ConsoleRecommendationRowFragment = { code: string, pillar: Pillar | null, titleZh: string, titleEn: string, status: RecommendationStatus, progress: number, health: Health, targetDate: string | null, theme: { code: string }, owners: Array<{ name: string, kind: OwnerKind }>, indicators: Array<{ status: IndicatorStatus }> };

export type ConsoleCatalogQueryVariables = Exact<{
  filter?: RecommendationFilter | null | undefined;
  summaryFilter?: RecommendationFilter | null | undefined;
  after?: string | null | undefined;
  from: string;
  to: string;
  withSummary: boolean;
  orderBy?: RecommendationOrder | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ConsoleCatalogQuery = { recommendations: { totalCount: number, edges: Array<{ node: { code: string, pillar: Pillar | null, titleZh: string, titleEn: string, status: RecommendationStatus, progress: number, health: Health, targetDate: string | null, searchMatches: Array<{ field: SearchMatchField, excerpt: string }>, theme: { code: string }, owners: Array<{ name: string, kind: OwnerKind }>, indicators: Array<{ status: IndicatorStatus }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, summary?: { total: number, averageProgress: number, byStatus: Array<{ status: RecommendationStatus, count: number }>, byHealth: Array<{ health: Health, count: number }>, byTheme: Array<{ total: number, implemented: number, averageProgress: number, overdue: number, theme: { code: string } }>, timeSeries: Array<{ month: string, counts: Array<{ status: RecommendationStatus, count: number }> }> } };

export type ConsoleRollupFragment = { rule: RollupRule, version: number, result: number | null, explanationEn: string, explanationZh: string };

export type ConsoleActionFragment = { code: string, titleZh: string, titleEn: string, status: RecommendationStatus, progress: number, archived: boolean, rollup: { rule: RollupRule, version: number, result: number | null, explanationEn: string, explanationZh: string } | null };

export type ConsoleRecommendationQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type ConsoleRecommendationQuery = { recommendation: { code: string, pillar: Pillar | null, titleZh: string, titleEn: string, summaryEn: string, summaryZh: string, quote: string, status: RecommendationStatus, progress: number, version: number, updatedAt: string, health: Health, allowedNextStatuses: Array<RecommendationStatus>, statusesNeedingReview: Array<RecommendationStatus>, targetDate: string | null, asOf: string | null, lastProgressAt: string | null, archived: boolean, archivedAt: string | null, viewerCan: { log: boolean, setOwners: boolean, setTargetDate: boolean }, textOrigin: { titleZh: TextOrigin, titleEn: TextOrigin, summaryZh: TextOrigin, summaryEn: TextOrigin }, openProposal: { id: string, status: RecommendationStatus, proposer: string } | null, targetDateHistory: Array<{ previousDate: string | null, newDate: string | null, reason: string, actor: string, createdAt: string }>, successors: Array<{ code: string, titleZh: string, titleEn: string }>, splitFrom: { code: string } | null, parent: { code: string, titleZh: string, titleEn: string } | null, rollup: { rule: RollupRule, version: number, result: number | null, explanationEn: string, explanationZh: string } | null, indicators: Array<{ id: string, code: string | null, nameZh: string, nameEn: string, unit: string, min: number | null, max: number | null, direction: IndicatorDirection, version: number, status: IndicatorStatus, archived: boolean, baseline: { value: number, date: string, source: string }, targets: Array<{ value: number, dueDate: string }>, statusExplanation: { expectedValue: number | null, allowance: number | null, targetValue: number | null, targetDueDate: string | null, latestValue: number | null, latestPeriodEnd: string | null }, values: { totalCount: number, edges: Array<{ node: { id: string, periodStart: string, periodEnd: string, value: number, note: string, corrected: boolean } }> } }>, children: Array<{ code: string, titleZh: string, titleEn: string, status: RecommendationStatus, progress: number, archived: boolean, children: Array<{ code: string, titleZh: string, titleEn: string, status: RecommendationStatus, progress: number, archived: boolean, children: Array<{ code: string, titleZh: string, titleEn: string, status: RecommendationStatus, progress: number, archived: boolean, rollup: { rule: RollupRule, version: number, result: number | null, explanationEn: string, explanationZh: string } | null }>, rollup: { rule: RollupRule, version: number, result: number | null, explanationEn: string, explanationZh: string } | null }>, rollup: { rule: RollupRule, version: number, result: number | null, explanationEn: string, explanationZh: string } | null }>, theme: { code: string, pillar: Pillar | null, nameZh: string, nameEn: string }, document: { titleZh: string, titleEn: string }, owners: Array<{ name: string, kind: OwnerKind }>, updates: Array<{ id: string, note: string, visibility: Visibility, status: RecommendationStatus, progress: number, statusBefore: RecommendationStatus, progressBefore: number, evidenceUrls: Array<string>, occurredOn: string, actor: string, createdAt: string, corrects: { id: string, occurredOn: string } | null, evidence: Array<{ url: string, captureState: EvidenceCaptureState, capturedAt: string | null, failure: EvidenceFailure | null, failureReason: string | null, archivedCopyUrl: string | null, linkState: EvidenceLinkState, checkedAt: string | null }>, proposal: { reviewer: string | null } | null }>, proposals: Array<{ id: string, state: ProposalState, status: RecommendationStatus, progress: number, proposer: string, reviewer: string | null, rejectionReason: string | null, note: string, createdAt: string, decidedAt: string | null }> } | null };

export type ConsoleLogProgressMutationVariables = Exact<{
  input: LogProgressInput;
}>;


export type ConsoleLogProgressMutation = { logProgress: { recommendation: { code: string, status: RecommendationStatus, progress: number, version: number }, update: { id: string } | null, proposal: { id: string } | null } };

export type ConsoleOwnersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOwnersQuery = { owners: Array<{ name: string, nameZh: string | null, nameEn: string | null, kind: OwnerKind, aliases: Array<string> }> };

export type ConsoleSetOwnersMutationVariables = Exact<{
  input: SetOwnersInput;
}>;


export type ConsoleSetOwnersMutation = { setOwners: { version: number } };

export type ConsoleSetTargetDateMutationVariables = Exact<{
  input: SetTargetDateInput;
}>;


export type ConsoleSetTargetDateMutation = { setTargetDate: { version: number } };

export type ConsoleArchiveTrailQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleArchiveTrailQuery = { auditLog: { edges: Array<{ node: { actor: string, operation: string, after: unknown, createdAt: string } }> } };

export type ConsoleRestoreRecommendationMutationVariables = Exact<{
  code: string;
  expectedVersion?: number | null | undefined;
}>;


export type ConsoleRestoreRecommendationMutation = { restoreRecommendation: { code: string, archived: boolean, version: number } };

export type ConsoleDocumentRowFragment = { id: string, slug: string, titleZh: string, titleEn: string, kind: DocumentKind, language: string, coverage: { candidates: number, decided: number, records: number } };

export type ConsoleDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleDocumentsQuery = { documents: Array<{ id: string, slug: string, titleZh: string, titleEn: string, kind: DocumentKind, language: string, coverage: { candidates: number, decided: number, records: number } }> };

export type ConsoleCandidateFragment = { id: string, quote: string, start: number, end: number, sectionHeading: string | null, suggestedTitle: string, confidence: number, reason: string, state: CandidateState, rejectionReason: string | null, suggestedTheme: { code: string } | null, recommendation: { code: string, titleZh: string, titleEn: string } | null };

export type ConsoleDocumentPageFragment = { publisher: string | null, author: string | null, url: string | null, publishedOn: string | null, mediaType: string | null, revision: number, id: string, slug: string, titleZh: string, titleEn: string, kind: DocumentKind, language: string, pendingRevision: { createdAt: string, brokenQuotes: Array<{ quote: string, recommendation: { code: string } }> } | null, sections: Array<{ heading: string }>, themes: Array<{ code: string, nameZh: string, nameEn: string, pillar: Pillar | null, recommendationCount: number }>, extraction: { state: ExtractionState, failure: string | null, extractedAt: string | null }, candidates: { totalCount: number, edges: Array<{ node: { id: string, quote: string, start: number, end: number, sectionHeading: string | null, suggestedTitle: string, confidence: number, reason: string, state: CandidateState, rejectionReason: string | null, suggestedTheme: { code: string } | null, recommendation: { code: string, titleZh: string, titleEn: string } | null } }> }, coverage: { candidates: number, decided: number, records: number } };

export type ConsoleDocumentQueryVariables = Exact<{
  slug: string;
}>;


export type ConsoleDocumentQuery = { document: { publisher: string | null, author: string | null, url: string | null, publishedOn: string | null, mediaType: string | null, revision: number, id: string, slug: string, titleZh: string, titleEn: string, kind: DocumentKind, language: string, pendingRevision: { createdAt: string, brokenQuotes: Array<{ quote: string, recommendation: { code: string } }> } | null, sections: Array<{ heading: string }>, themes: Array<{ code: string, nameZh: string, nameEn: string, pillar: Pillar | null, recommendationCount: number }>, extraction: { state: ExtractionState, failure: string | null, extractedAt: string | null }, candidates: { totalCount: number, edges: Array<{ node: { id: string, quote: string, start: number, end: number, sectionHeading: string | null, suggestedTitle: string, confidence: number, reason: string, state: CandidateState, rejectionReason: string | null, suggestedTheme: { code: string } | null, recommendation: { code: string, titleZh: string, titleEn: string } | null } }> }, coverage: { candidates: number, decided: number, records: number } } | null, recommendations: { totalCount: number, edges: Array<{ node: { code: string, titleZh: string, titleEn: string, status: RecommendationStatus, theme: { code: string } } }> } };

export type ConsoleDocumentSlugQueryVariables = Exact<{
  id: string;
}>;


export type ConsoleDocumentSlugQuery = { node:
    | { slug: string }
    | Record<PropertyKey, never>
   | null };

export type ConsoleAddDocumentMutationVariables = Exact<{
  input: AddSourceDocumentInput;
}>;


export type ConsoleAddDocumentMutation = { addSourceDocument: { slug: string } };

export type ConsoleExtractCandidatesMutationVariables = Exact<{
  documentId: string;
}>;


export type ConsoleExtractCandidatesMutation = { extractCandidates: { slug: string } };

export type ConsoleAcceptCandidateMutationVariables = Exact<{
  input: AcceptCandidateInput;
}>;


export type ConsoleAcceptCandidateMutation = { acceptCandidate: { id: string, quote: string, start: number, end: number, sectionHeading: string | null, suggestedTitle: string, confidence: number, reason: string, state: CandidateState, rejectionReason: string | null, suggestedTheme: { code: string } | null, recommendation: { code: string, titleZh: string, titleEn: string } | null } };

export type ConsoleMergeCandidateMutationVariables = Exact<{
  input: MergeCandidateInput;
}>;


export type ConsoleMergeCandidateMutation = { mergeCandidate: { id: string, quote: string, start: number, end: number, sectionHeading: string | null, suggestedTitle: string, confidence: number, reason: string, state: CandidateState, rejectionReason: string | null, suggestedTheme: { code: string } | null, recommendation: { code: string, titleZh: string, titleEn: string } | null } };

export type ConsoleRejectCandidateMutationVariables = Exact<{
  input: RejectCandidateInput;
}>;


export type ConsoleRejectCandidateMutation = { rejectCandidate: { id: string, quote: string, start: number, end: number, sectionHeading: string | null, suggestedTitle: string, confidence: number, reason: string, state: CandidateState, rejectionReason: string | null, suggestedTheme: { code: string } | null, recommendation: { code: string, titleZh: string, titleEn: string } | null } };

export type ConsoleFollowedFragment = { recommendations: Array<{ code: string, titleZh: string, titleEn: string }>, themes: Array<{ code: string, nameZh: string, nameEn: string }> };

export type ConsoleFollowingQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleFollowingQuery = { me: { following: { recommendations: Array<{ code: string, titleZh: string, titleEn: string }>, themes: Array<{ code: string, nameZh: string, nameEn: string }> } } | null };

export type ConsoleFollowMutationVariables = Exact<{
  input: FollowInput;
}>;


export type ConsoleFollowMutation = { follow: { recommendations: Array<{ code: string, titleZh: string, titleEn: string }>, themes: Array<{ code: string, nameZh: string, nameEn: string }> } };

export type ConsoleUnfollowMutationVariables = Exact<{
  input: FollowInput;
}>;


export type ConsoleUnfollowMutation = { unfollow: { recommendations: Array<{ code: string, titleZh: string, titleEn: string }>, themes: Array<{ code: string, nameZh: string, nameEn: string }> } };

export type ConsoleMyFeedQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleMyFeedQuery = { myFeed: { edges: Array<{ node: { cursor: string, kind: string, createdAt: string, actorName: string, summaryZh: string, summaryEn: string, recommendation: { code: string, titleZh: string, titleEn: string }, progressUpdate: { note: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleIndicatorFragment = { id: string, code: string | null, nameZh: string, nameEn: string, unit: string, min: number | null, max: number | null, direction: IndicatorDirection, version: number, status: IndicatorStatus, archived: boolean, baseline: { value: number, date: string, source: string }, targets: Array<{ value: number, dueDate: string }>, statusExplanation: { expectedValue: number | null, allowance: number | null, targetValue: number | null, targetDueDate: string | null, latestValue: number | null, latestPeriodEnd: string | null }, values: { totalCount: number, edges: Array<{ node: { id: string, periodStart: string, periodEnd: string, value: number, note: string, corrected: boolean } }> } };

export type ConsoleRecordIndicatorValueMutationVariables = Exact<{
  input: RecordIndicatorValueInput;
}>;


export type ConsoleRecordIndicatorValueMutation = { recordIndicatorValue: { value: { id: string } | null, proposal: { id: string } | null } };

export type ConsoleInstitutionFragment = { id: string, name: string, nameZh: string | null, nameEn: string | null, kind: OwnerKind, aliases: Array<string>, archivedAt: string | null };

export type ConsoleInstitutionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleInstitutionsQuery = { owners: Array<{ id: string, name: string, nameZh: string | null, nameEn: string | null, kind: OwnerKind, aliases: Array<string>, archivedAt: string | null }>, users: Array<{ name: string, memberships: Array<{ id: string }> }> };

export type ConsoleCreateOwnerMutationVariables = Exact<{
  input: CreateOwnerInput;
}>;


export type ConsoleCreateOwnerMutation = { createOwner: { id: string, name: string, nameZh: string | null, nameEn: string | null, kind: OwnerKind, aliases: Array<string>, archivedAt: string | null } };

export type ConsoleUpdateOwnerMutationVariables = Exact<{
  input: UpdateOwnerInput;
}>;


export type ConsoleUpdateOwnerMutation = { updateOwner: { id: string, name: string, nameZh: string | null, nameEn: string | null, kind: OwnerKind, aliases: Array<string>, archivedAt: string | null } };

export type ConsoleMergeOwnersMutationVariables = Exact<{
  input: MergeOwnersInput;
}>;


export type ConsoleMergeOwnersMutation = { mergeOwners: { id: string, name: string, nameZh: string | null, nameEn: string | null, kind: OwnerKind, aliases: Array<string>, archivedAt: string | null } };

export type ConsoleArchiveOwnerMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleArchiveOwnerMutation = { archiveOwner: { id: string, name: string, nameZh: string | null, nameEn: string | null, kind: OwnerKind, aliases: Array<string>, archivedAt: string | null } };

export type ConsoleRestoreOwnerMutationVariables = Exact<{
  id: string;
}>;


export type ConsoleRestoreOwnerMutation = { restoreOwner: { id: string, name: string, nameZh: string | null, nameEn: string | null, kind: OwnerKind, aliases: Array<string>, archivedAt: string | null } };

export type ConsoleReportQueryVariables = Exact<{
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleReportQuery = { recommendations: { edges: Array<{ node: { code: string, pillar: Pillar | null, titleZh: string, titleEn: string, status: RecommendationStatus, progress: number, health: Health, targetDate: string | null, theme: { nameZh: string, nameEn: string, code: string }, updates: Array<{ occurredOn: string, note: string }>, owners: Array<{ name: string, kind: OwnerKind }>, indicators: Array<{ status: IndicatorStatus }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleReviewQueueQuery = { pendingReviews: { totalCount: number, edges: Array<{ node: { id: string, proposer: string, status: RecommendationStatus, progress: number, statusBefore: RecommendationStatus, baseVersion: number, note: string, evidenceUrls: Array<string>, occurredOn: string, reason: string | null, createdAt: string, recommendation: { code: string, titleZh: string, titleEn: string, status: RecommendationStatus, version: number } } }> } };

export type ConsoleApproveProposalMutationVariables = Exact<{
  input: ApproveProposalInput;
}>;


export type ConsoleApproveProposalMutation = { approveProposal: { proposal: { id: string, state: ProposalState }, recommendation: { code: string, status: RecommendationStatus } } };

export type ConsoleRejectProposalMutationVariables = Exact<{
  input: RejectProposalInput;
}>;


export type ConsoleRejectProposalMutation = { rejectProposal: { proposal: { id: string, state: ProposalState }, recommendation: { code: string, status: RecommendationStatus } } };

export type ConsoleDecisionFragment = { proposal: { id: string, state: ProposalState }, recommendation: { code: string, status: RecommendationStatus } };

export type ConsolePendingCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePendingCountQuery = { pendingReviews: { totalCount: number } };

export type ConsoleDecidedProposalsQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type ConsoleDecidedProposalsQuery = { myProposals: { edges: Array<{ node: { id: string, state: ProposalState, status: RecommendationStatus, reviewer: string | null, rejectionReason: string | null, decidedAt: string | null, recommendation: { code: string, titleZh: string, titleEn: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ConsoleTokenRowFragmentDoc = new TypedDocumentString(`
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}
    `, {"fragmentName":"ConsoleTokenRow"}) as unknown as TypedDocumentString<ConsoleTokenRowFragment, unknown>;
export const ConsoleUserRowFragmentDoc = new TypedDocumentString(`
    fragment ConsoleUserRow on User {
  id
  name
  role
  createdAt
  disabled
  memberships {
    id
    name
    nameZh
    nameEn
  }
  tokens {
    ...ConsoleTokenRow
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}`, {"fragmentName":"ConsoleUserRow"}) as unknown as TypedDocumentString<ConsoleUserRowFragment, unknown>;
export const ConsoleRecommendationRowFragmentDoc = new TypedDocumentString(`
    fragment ConsoleRecommendationRow on Recommendation {
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
  indicators {
    status
  }
}
    `, {"fragmentName":"ConsoleRecommendationRow"}) as unknown as TypedDocumentString<ConsoleRecommendationRowFragment, unknown>;
export const ConsoleRollupFragmentDoc = new TypedDocumentString(`
    fragment ConsoleRollup on Rollup {
  rule
  version
  result
  explanationEn
  explanationZh
}
    `, {"fragmentName":"ConsoleRollup"}) as unknown as TypedDocumentString<ConsoleRollupFragment, unknown>;
export const ConsoleActionFragmentDoc = new TypedDocumentString(`
    fragment ConsoleAction on Recommendation {
  code
  titleZh
  titleEn
  status
  progress
  archived
  rollup {
    ...ConsoleRollup
  }
}
    fragment ConsoleRollup on Rollup {
  rule
  version
  result
  explanationEn
  explanationZh
}`, {"fragmentName":"ConsoleAction"}) as unknown as TypedDocumentString<ConsoleActionFragment, unknown>;
export const ConsoleDocumentRowFragmentDoc = new TypedDocumentString(`
    fragment ConsoleDocumentRow on SourceDocument {
  id
  slug
  titleZh
  titleEn
  kind
  language
  coverage {
    candidates
    decided
    records
  }
}
    `, {"fragmentName":"ConsoleDocumentRow"}) as unknown as TypedDocumentString<ConsoleDocumentRowFragment, unknown>;
export const ConsoleCandidateFragmentDoc = new TypedDocumentString(`
    fragment ConsoleCandidate on Candidate {
  id
  quote
  start
  end
  sectionHeading
  suggestedTitle
  suggestedTheme {
    code
  }
  confidence
  reason
  state
  rejectionReason
  recommendation {
    code
    titleZh
    titleEn
  }
}
    `, {"fragmentName":"ConsoleCandidate"}) as unknown as TypedDocumentString<ConsoleCandidateFragment, unknown>;
export const ConsoleDocumentPageFragmentDoc = new TypedDocumentString(`
    fragment ConsoleDocumentPage on SourceDocument {
  ...ConsoleDocumentRow
  publisher
  author
  url
  publishedOn
  mediaType
  revision
  pendingRevision {
    createdAt
    brokenQuotes {
      quote
      recommendation {
        code
      }
    }
  }
  sections {
    heading
  }
  themes {
    code
    nameZh
    nameEn
    pillar
    recommendationCount
  }
  extraction {
    state
    failure
    extractedAt
  }
  candidates(first: 100) {
    totalCount
    edges {
      node {
        ...ConsoleCandidate
      }
    }
  }
}
    fragment ConsoleDocumentRow on SourceDocument {
  id
  slug
  titleZh
  titleEn
  kind
  language
  coverage {
    candidates
    decided
    records
  }
}
fragment ConsoleCandidate on Candidate {
  id
  quote
  start
  end
  sectionHeading
  suggestedTitle
  suggestedTheme {
    code
  }
  confidence
  reason
  state
  rejectionReason
  recommendation {
    code
    titleZh
    titleEn
  }
}`, {"fragmentName":"ConsoleDocumentPage"}) as unknown as TypedDocumentString<ConsoleDocumentPageFragment, unknown>;
export const ConsoleFollowedFragmentDoc = new TypedDocumentString(`
    fragment ConsoleFollowed on Following {
  recommendations {
    code
    titleZh
    titleEn
  }
  themes {
    code
    nameZh
    nameEn
  }
}
    `, {"fragmentName":"ConsoleFollowed"}) as unknown as TypedDocumentString<ConsoleFollowedFragment, unknown>;
export const ConsoleIndicatorFragmentDoc = new TypedDocumentString(`
    fragment ConsoleIndicator on Indicator {
  id
  code
  nameZh
  nameEn
  unit
  min
  max
  direction
  version
  status
  archived
  baseline {
    value
    date
    source
  }
  targets {
    value
    dueDate
  }
  statusExplanation {
    expectedValue
    allowance
    targetValue
    targetDueDate
    latestValue
    latestPeriodEnd
  }
  values(first: 100) {
    totalCount
    edges {
      node {
        id
        periodStart
        periodEnd
        value
        note
        corrected
      }
    }
  }
}
    `, {"fragmentName":"ConsoleIndicator"}) as unknown as TypedDocumentString<ConsoleIndicatorFragment, unknown>;
export const ConsoleInstitutionFragmentDoc = new TypedDocumentString(`
    fragment ConsoleInstitution on Owner {
  id
  name
  nameZh
  nameEn
  kind
  aliases
  archivedAt
}
    `, {"fragmentName":"ConsoleInstitution"}) as unknown as TypedDocumentString<ConsoleInstitutionFragment, unknown>;
export const ConsoleDecisionFragmentDoc = new TypedDocumentString(`
    fragment ConsoleDecision on ProposalDecisionPayload {
  proposal {
    id
    state
  }
  recommendation {
    code
    status
  }
}
    `, {"fragmentName":"ConsoleDecision"}) as unknown as TypedDocumentString<ConsoleDecisionFragment, unknown>;
export const ConsoleMyAccountDocument = new TypedDocumentString(`
    query ConsoleMyAccount {
  me {
    name
    role
    sessions {
      id
      createdAt
      lastSeenAt
      expiresAt
      current
      userAgent
    }
    tokens {
      ...ConsoleTokenRow
    }
    setsPasswordByLink
    passkeys {
      id
      name
      createdAt
      lastUsedAt
    }
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}`) as unknown as TypedDocumentString<ConsoleMyAccountQuery, ConsoleMyAccountQueryVariables>;
export const ConsoleRemovePasskeyDocument = new TypedDocumentString(`
    mutation ConsoleRemovePasskey($id: ID!) {
  removePasskey(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<ConsoleRemovePasskeyMutation, ConsoleRemovePasskeyMutationVariables>;
export const ConsoleEndSessionDocument = new TypedDocumentString(`
    mutation ConsoleEndSession($id: ID!) {
  endSession(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<ConsoleEndSessionMutation, ConsoleEndSessionMutationVariables>;
export const ConsoleChangePasswordDocument = new TypedDocumentString(`
    mutation ConsoleChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    name
  }
}
    `) as unknown as TypedDocumentString<ConsoleChangePasswordMutation, ConsoleChangePasswordMutationVariables>;
export const ConsoleIssueTokenDocument = new TypedDocumentString(`
    mutation ConsoleIssueToken($input: IssueTokenInput!) {
  issueToken(input: $input) {
    token
    apiToken {
      ...ConsoleTokenRow
    }
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}`) as unknown as TypedDocumentString<ConsoleIssueTokenMutation, ConsoleIssueTokenMutationVariables>;
export const ConsoleRevokeTokenDocument = new TypedDocumentString(`
    mutation ConsoleRevokeToken($id: ID!) {
  revokeToken(id: $id) {
    ...ConsoleTokenRow
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}`) as unknown as TypedDocumentString<ConsoleRevokeTokenMutation, ConsoleRevokeTokenMutationVariables>;
export const ConsoleUsersDocument = new TypedDocumentString(`
    query ConsoleUsers {
  users {
    ...ConsoleUserRow
  }
  owners {
    id
    name
    nameZh
    nameEn
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}
fragment ConsoleUserRow on User {
  id
  name
  role
  createdAt
  disabled
  memberships {
    id
    name
    nameZh
    nameEn
  }
  tokens {
    ...ConsoleTokenRow
  }
}`) as unknown as TypedDocumentString<ConsoleUsersQuery, ConsoleUsersQueryVariables>;
export const ConsoleAddMembershipDocument = new TypedDocumentString(`
    mutation ConsoleAddMembership($input: MembershipInput!) {
  addMembership(input: $input) {
    ...ConsoleUserRow
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}
fragment ConsoleUserRow on User {
  id
  name
  role
  createdAt
  disabled
  memberships {
    id
    name
    nameZh
    nameEn
  }
  tokens {
    ...ConsoleTokenRow
  }
}`) as unknown as TypedDocumentString<ConsoleAddMembershipMutation, ConsoleAddMembershipMutationVariables>;
export const ConsoleRemoveMembershipDocument = new TypedDocumentString(`
    mutation ConsoleRemoveMembership($input: MembershipInput!) {
  removeMembership(input: $input) {
    ...ConsoleUserRow
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}
fragment ConsoleUserRow on User {
  id
  name
  role
  createdAt
  disabled
  memberships {
    id
    name
    nameZh
    nameEn
  }
  tokens {
    ...ConsoleTokenRow
  }
}`) as unknown as TypedDocumentString<ConsoleRemoveMembershipMutation, ConsoleRemoveMembershipMutationVariables>;
export const ConsoleSetPasswordDocument = new TypedDocumentString(`
    mutation ConsoleSetPassword($input: SetPasswordInput!) {
  setPassword(input: $input) {
    ...ConsoleUserRow
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}
fragment ConsoleUserRow on User {
  id
  name
  role
  createdAt
  disabled
  memberships {
    id
    name
    nameZh
    nameEn
  }
  tokens {
    ...ConsoleTokenRow
  }
}`) as unknown as TypedDocumentString<ConsoleSetPasswordMutation, ConsoleSetPasswordMutationVariables>;
export const ConsoleEndSessionsDocument = new TypedDocumentString(`
    mutation ConsoleEndSessions($userName: String!) {
  endSessions(userName: $userName) {
    ...ConsoleUserRow
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}
fragment ConsoleUserRow on User {
  id
  name
  role
  createdAt
  disabled
  memberships {
    id
    name
    nameZh
    nameEn
  }
  tokens {
    ...ConsoleTokenRow
  }
}`) as unknown as TypedDocumentString<ConsoleEndSessionsMutation, ConsoleEndSessionsMutationVariables>;
export const ConsoleSetRoleDocument = new TypedDocumentString(`
    mutation ConsoleSetRole($input: SetRoleInput!) {
  setRole(input: $input) {
    ...ConsoleUserRow
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}
fragment ConsoleUserRow on User {
  id
  name
  role
  createdAt
  disabled
  memberships {
    id
    name
    nameZh
    nameEn
  }
  tokens {
    ...ConsoleTokenRow
  }
}`) as unknown as TypedDocumentString<ConsoleSetRoleMutation, ConsoleSetRoleMutationVariables>;
export const ConsoleDisableUserDocument = new TypedDocumentString(`
    mutation ConsoleDisableUser($userName: String!) {
  disableUser(userName: $userName) {
    ...ConsoleUserRow
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}
fragment ConsoleUserRow on User {
  id
  name
  role
  createdAt
  disabled
  memberships {
    id
    name
    nameZh
    nameEn
  }
  tokens {
    ...ConsoleTokenRow
  }
}`) as unknown as TypedDocumentString<ConsoleDisableUserMutation, ConsoleDisableUserMutationVariables>;
export const ConsoleEnableUserDocument = new TypedDocumentString(`
    mutation ConsoleEnableUser($userName: String!) {
  enableUser(userName: $userName) {
    ...ConsoleUserRow
  }
}
    fragment ConsoleTokenRow on ApiToken {
  id
  label
  prefix
  createdAt
  expiresAt
  revokedAt
  lastUsedAt
  readOnly
}
fragment ConsoleUserRow on User {
  id
  name
  role
  createdAt
  disabled
  memberships {
    id
    name
    nameZh
    nameEn
  }
  tokens {
    ...ConsoleTokenRow
  }
}`) as unknown as TypedDocumentString<ConsoleEnableUserMutation, ConsoleEnableUserMutationVariables>;
export const ConsoleAuditLogDocument = new TypedDocumentString(`
    query ConsoleAuditLog($first: Int, $after: String, $last: Int, $before: String, $targetType: String, $targetId: String) {
  auditLog(
    first: $first
    after: $after
    last: $last
    before: $before
    targetType: $targetType
    targetId: $targetId
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        actor
        actorRole
        operation
        summaryEn
        summaryZh
        targetType
        targetId
        before
        after
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleAuditLogQuery, ConsoleAuditLogQueryVariables>;
export const ConsoleThemesDocument = new TypedDocumentString(`
    query ConsoleThemes {
  themes {
    code
    pillar
    nameZh
    nameEn
  }
}
    `) as unknown as TypedDocumentString<ConsoleThemesQuery, ConsoleThemesQueryVariables>;
export const ConsoleMeDocument = new TypedDocumentString(`
    query ConsoleMe {
  me {
    name
    role
    memberships {
      id
      name
      nameZh
      nameEn
    }
    preferences {
      language
      chartsOpen
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleSetPreferencesDocument = new TypedDocumentString(`
    mutation ConsoleSetPreferences($input: SetPreferencesInput!) {
  setPreferences(input: $input) {
    name
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetPreferencesMutation, ConsoleSetPreferencesMutationVariables>;
export const ConsoleCatalogDocument = new TypedDocumentString(`
    query ConsoleCatalog($filter: RecommendationFilter, $summaryFilter: RecommendationFilter, $after: String, $from: Date!, $to: Date!, $withSummary: Boolean!, $orderBy: RecommendationOrder, $asOf: Date) {
  recommendations(
    filter: $filter
    first: 200
    after: $after
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    edges {
      node {
        ...ConsoleRecommendationRow
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
    fragment ConsoleRecommendationRow on Recommendation {
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
  indicators {
    status
  }
}`) as unknown as TypedDocumentString<ConsoleCatalogQuery, ConsoleCatalogQueryVariables>;
export const ConsoleRecommendationDocument = new TypedDocumentString(`
    query ConsoleRecommendation($code: String!, $asOf: Date) {
  recommendation(code: $code, asOf: $asOf) {
    code
    viewerCan {
      log
      setOwners
      setTargetDate
    }
    pillar
    titleZh
    titleEn
    summaryEn
    summaryZh
    textOrigin {
      titleZh
      titleEn
      summaryZh
      summaryEn
    }
    quote
    status
    progress
    version
    updatedAt
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
    archivedAt
    successors {
      code
      titleZh
      titleEn
    }
    splitFrom {
      code
    }
    parent {
      code
      titleZh
      titleEn
    }
    rollup {
      ...ConsoleRollup
    }
    indicators {
      ...ConsoleIndicator
    }
    children {
      ...ConsoleAction
      children {
        ...ConsoleAction
        children {
          ...ConsoleAction
        }
      }
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
      visibility
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
    fragment ConsoleRollup on Rollup {
  rule
  version
  result
  explanationEn
  explanationZh
}
fragment ConsoleAction on Recommendation {
  code
  titleZh
  titleEn
  status
  progress
  archived
  rollup {
    ...ConsoleRollup
  }
}
fragment ConsoleIndicator on Indicator {
  id
  code
  nameZh
  nameEn
  unit
  min
  max
  direction
  version
  status
  archived
  baseline {
    value
    date
    source
  }
  targets {
    value
    dueDate
  }
  statusExplanation {
    expectedValue
    allowance
    targetValue
    targetDueDate
    latestValue
    latestPeriodEnd
  }
  values(first: 100) {
    totalCount
    edges {
      node {
        id
        periodStart
        periodEnd
        value
        note
        corrected
      }
    }
  }
}`) as unknown as TypedDocumentString<ConsoleRecommendationQuery, ConsoleRecommendationQueryVariables>;
export const ConsoleLogProgressDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ConsoleLogProgressMutation, ConsoleLogProgressMutationVariables>;
export const ConsoleOwnersDocument = new TypedDocumentString(`
    query ConsoleOwners {
  owners {
    name
    nameZh
    nameEn
    kind
    aliases
  }
}
    `) as unknown as TypedDocumentString<ConsoleOwnersQuery, ConsoleOwnersQueryVariables>;
export const ConsoleSetOwnersDocument = new TypedDocumentString(`
    mutation ConsoleSetOwners($input: SetOwnersInput!) {
  setOwners(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetOwnersMutation, ConsoleSetOwnersMutationVariables>;
export const ConsoleSetTargetDateDocument = new TypedDocumentString(`
    mutation ConsoleSetTargetDate($input: SetTargetDateInput!) {
  setTargetDate(input: $input) {
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleSetTargetDateMutation, ConsoleSetTargetDateMutationVariables>;
export const ConsoleArchiveTrailDocument = new TypedDocumentString(`
    query ConsoleArchiveTrail($code: String!) {
  auditLog(first: 50, targetType: "Recommendation", targetId: $code) {
    edges {
      node {
        actor
        operation
        after
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleArchiveTrailQuery, ConsoleArchiveTrailQueryVariables>;
export const ConsoleRestoreRecommendationDocument = new TypedDocumentString(`
    mutation ConsoleRestoreRecommendation($code: String!, $expectedVersion: Int) {
  restoreRecommendation(code: $code, expectedVersion: $expectedVersion) {
    code
    archived
    version
  }
}
    `) as unknown as TypedDocumentString<ConsoleRestoreRecommendationMutation, ConsoleRestoreRecommendationMutationVariables>;
export const ConsoleDocumentsDocument = new TypedDocumentString(`
    query ConsoleDocuments {
  documents {
    ...ConsoleDocumentRow
  }
}
    fragment ConsoleDocumentRow on SourceDocument {
  id
  slug
  titleZh
  titleEn
  kind
  language
  coverage {
    candidates
    decided
    records
  }
}`) as unknown as TypedDocumentString<ConsoleDocumentsQuery, ConsoleDocumentsQueryVariables>;
export const ConsoleDocumentDocument = new TypedDocumentString(`
    query ConsoleDocument($slug: String!) {
  document(slug: $slug) {
    ...ConsoleDocumentPage
  }
  recommendations(filter: {document: $slug}, first: 200) {
    totalCount
    edges {
      node {
        code
        titleZh
        titleEn
        status
        theme {
          code
        }
      }
    }
  }
}
    fragment ConsoleDocumentRow on SourceDocument {
  id
  slug
  titleZh
  titleEn
  kind
  language
  coverage {
    candidates
    decided
    records
  }
}
fragment ConsoleCandidate on Candidate {
  id
  quote
  start
  end
  sectionHeading
  suggestedTitle
  suggestedTheme {
    code
  }
  confidence
  reason
  state
  rejectionReason
  recommendation {
    code
    titleZh
    titleEn
  }
}
fragment ConsoleDocumentPage on SourceDocument {
  ...ConsoleDocumentRow
  publisher
  author
  url
  publishedOn
  mediaType
  revision
  pendingRevision {
    createdAt
    brokenQuotes {
      quote
      recommendation {
        code
      }
    }
  }
  sections {
    heading
  }
  themes {
    code
    nameZh
    nameEn
    pillar
    recommendationCount
  }
  extraction {
    state
    failure
    extractedAt
  }
  candidates(first: 100) {
    totalCount
    edges {
      node {
        ...ConsoleCandidate
      }
    }
  }
}`) as unknown as TypedDocumentString<ConsoleDocumentQuery, ConsoleDocumentQueryVariables>;
export const ConsoleDocumentSlugDocument = new TypedDocumentString(`
    query ConsoleDocumentSlug($id: ID!) {
  node(id: $id) {
    ... on SourceDocument {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDocumentSlugQuery, ConsoleDocumentSlugQueryVariables>;
export const ConsoleAddDocumentDocument = new TypedDocumentString(`
    mutation ConsoleAddDocument($input: AddSourceDocumentInput!) {
  addSourceDocument(input: $input) {
    slug
  }
}
    `) as unknown as TypedDocumentString<ConsoleAddDocumentMutation, ConsoleAddDocumentMutationVariables>;
export const ConsoleExtractCandidatesDocument = new TypedDocumentString(`
    mutation ConsoleExtractCandidates($documentId: ID!) {
  extractCandidates(documentId: $documentId) {
    slug
  }
}
    `) as unknown as TypedDocumentString<ConsoleExtractCandidatesMutation, ConsoleExtractCandidatesMutationVariables>;
export const ConsoleAcceptCandidateDocument = new TypedDocumentString(`
    mutation ConsoleAcceptCandidate($input: AcceptCandidateInput!) {
  acceptCandidate(input: $input) {
    ...ConsoleCandidate
  }
}
    fragment ConsoleCandidate on Candidate {
  id
  quote
  start
  end
  sectionHeading
  suggestedTitle
  suggestedTheme {
    code
  }
  confidence
  reason
  state
  rejectionReason
  recommendation {
    code
    titleZh
    titleEn
  }
}`) as unknown as TypedDocumentString<ConsoleAcceptCandidateMutation, ConsoleAcceptCandidateMutationVariables>;
export const ConsoleMergeCandidateDocument = new TypedDocumentString(`
    mutation ConsoleMergeCandidate($input: MergeCandidateInput!) {
  mergeCandidate(input: $input) {
    ...ConsoleCandidate
  }
}
    fragment ConsoleCandidate on Candidate {
  id
  quote
  start
  end
  sectionHeading
  suggestedTitle
  suggestedTheme {
    code
  }
  confidence
  reason
  state
  rejectionReason
  recommendation {
    code
    titleZh
    titleEn
  }
}`) as unknown as TypedDocumentString<ConsoleMergeCandidateMutation, ConsoleMergeCandidateMutationVariables>;
export const ConsoleRejectCandidateDocument = new TypedDocumentString(`
    mutation ConsoleRejectCandidate($input: RejectCandidateInput!) {
  rejectCandidate(input: $input) {
    ...ConsoleCandidate
  }
}
    fragment ConsoleCandidate on Candidate {
  id
  quote
  start
  end
  sectionHeading
  suggestedTitle
  suggestedTheme {
    code
  }
  confidence
  reason
  state
  rejectionReason
  recommendation {
    code
    titleZh
    titleEn
  }
}`) as unknown as TypedDocumentString<ConsoleRejectCandidateMutation, ConsoleRejectCandidateMutationVariables>;
export const ConsoleFollowingDocument = new TypedDocumentString(`
    query ConsoleFollowing {
  me {
    following {
      ...ConsoleFollowed
    }
  }
}
    fragment ConsoleFollowed on Following {
  recommendations {
    code
    titleZh
    titleEn
  }
  themes {
    code
    nameZh
    nameEn
  }
}`) as unknown as TypedDocumentString<ConsoleFollowingQuery, ConsoleFollowingQueryVariables>;
export const ConsoleFollowDocument = new TypedDocumentString(`
    mutation ConsoleFollow($input: FollowInput!) {
  follow(input: $input) {
    ...ConsoleFollowed
  }
}
    fragment ConsoleFollowed on Following {
  recommendations {
    code
    titleZh
    titleEn
  }
  themes {
    code
    nameZh
    nameEn
  }
}`) as unknown as TypedDocumentString<ConsoleFollowMutation, ConsoleFollowMutationVariables>;
export const ConsoleUnfollowDocument = new TypedDocumentString(`
    mutation ConsoleUnfollow($input: FollowInput!) {
  unfollow(input: $input) {
    ...ConsoleFollowed
  }
}
    fragment ConsoleFollowed on Following {
  recommendations {
    code
    titleZh
    titleEn
  }
  themes {
    code
    nameZh
    nameEn
  }
}`) as unknown as TypedDocumentString<ConsoleUnfollowMutation, ConsoleUnfollowMutationVariables>;
export const ConsoleMyFeedDocument = new TypedDocumentString(`
    query ConsoleMyFeed($after: String) {
  myFeed(first: 200, after: $after) {
    edges {
      node {
        cursor
        kind
        createdAt
        actorName
        summaryZh
        summaryEn
        recommendation {
          code
          titleZh
          titleEn
        }
        progressUpdate {
          note
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleMyFeedQuery, ConsoleMyFeedQueryVariables>;
export const ConsoleRecordIndicatorValueDocument = new TypedDocumentString(`
    mutation ConsoleRecordIndicatorValue($input: RecordIndicatorValueInput!) {
  recordIndicatorValue(input: $input) {
    value {
      id
    }
    proposal {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleRecordIndicatorValueMutation, ConsoleRecordIndicatorValueMutationVariables>;
export const ConsoleInstitutionsDocument = new TypedDocumentString(`
    query ConsoleInstitutions {
  owners(includeArchived: true) {
    ...ConsoleInstitution
  }
  users {
    name
    memberships {
      id
    }
  }
}
    fragment ConsoleInstitution on Owner {
  id
  name
  nameZh
  nameEn
  kind
  aliases
  archivedAt
}`) as unknown as TypedDocumentString<ConsoleInstitutionsQuery, ConsoleInstitutionsQueryVariables>;
export const ConsoleCreateOwnerDocument = new TypedDocumentString(`
    mutation ConsoleCreateOwner($input: CreateOwnerInput!) {
  createOwner(input: $input) {
    ...ConsoleInstitution
  }
}
    fragment ConsoleInstitution on Owner {
  id
  name
  nameZh
  nameEn
  kind
  aliases
  archivedAt
}`) as unknown as TypedDocumentString<ConsoleCreateOwnerMutation, ConsoleCreateOwnerMutationVariables>;
export const ConsoleUpdateOwnerDocument = new TypedDocumentString(`
    mutation ConsoleUpdateOwner($input: UpdateOwnerInput!) {
  updateOwner(input: $input) {
    ...ConsoleInstitution
  }
}
    fragment ConsoleInstitution on Owner {
  id
  name
  nameZh
  nameEn
  kind
  aliases
  archivedAt
}`) as unknown as TypedDocumentString<ConsoleUpdateOwnerMutation, ConsoleUpdateOwnerMutationVariables>;
export const ConsoleMergeOwnersDocument = new TypedDocumentString(`
    mutation ConsoleMergeOwners($input: MergeOwnersInput!) {
  mergeOwners(input: $input) {
    ...ConsoleInstitution
  }
}
    fragment ConsoleInstitution on Owner {
  id
  name
  nameZh
  nameEn
  kind
  aliases
  archivedAt
}`) as unknown as TypedDocumentString<ConsoleMergeOwnersMutation, ConsoleMergeOwnersMutationVariables>;
export const ConsoleArchiveOwnerDocument = new TypedDocumentString(`
    mutation ConsoleArchiveOwner($id: ID!) {
  archiveOwner(id: $id) {
    ...ConsoleInstitution
  }
}
    fragment ConsoleInstitution on Owner {
  id
  name
  nameZh
  nameEn
  kind
  aliases
  archivedAt
}`) as unknown as TypedDocumentString<ConsoleArchiveOwnerMutation, ConsoleArchiveOwnerMutationVariables>;
export const ConsoleRestoreOwnerDocument = new TypedDocumentString(`
    mutation ConsoleRestoreOwner($id: ID!) {
  restoreOwner(id: $id) {
    ...ConsoleInstitution
  }
}
    fragment ConsoleInstitution on Owner {
  id
  name
  nameZh
  nameEn
  kind
  aliases
  archivedAt
}`) as unknown as TypedDocumentString<ConsoleRestoreOwnerMutation, ConsoleRestoreOwnerMutationVariables>;
export const ConsoleReportDocument = new TypedDocumentString(`
    query ConsoleReport($asOf: Date, $after: String) {
  recommendations(
    asOf: $asOf
    first: 200
    after: $after
    orderBy: {field: CODE, direction: ASC}
  ) {
    edges {
      node {
        ...ConsoleRecommendationRow
        theme {
          nameZh
          nameEn
        }
        updates(first: 1) {
          occurredOn
          note
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ConsoleRecommendationRow on Recommendation {
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
  indicators {
    status
  }
}`) as unknown as TypedDocumentString<ConsoleReportQuery, ConsoleReportQueryVariables>;
export const ConsoleReviewQueueDocument = new TypedDocumentString(`
    query ConsoleReviewQueue {
  pendingReviews(first: 100) {
    totalCount
    edges {
      node {
        id
        proposer
        status
        progress
        statusBefore
        baseVersion
        note
        evidenceUrls
        occurredOn
        reason
        createdAt
        recommendation {
          code
          titleZh
          titleEn
          status
          version
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleReviewQueueQuery, ConsoleReviewQueueQueryVariables>;
export const ConsoleApproveProposalDocument = new TypedDocumentString(`
    mutation ConsoleApproveProposal($input: ApproveProposalInput!) {
  approveProposal(input: $input) {
    ...ConsoleDecision
  }
}
    fragment ConsoleDecision on ProposalDecisionPayload {
  proposal {
    id
    state
  }
  recommendation {
    code
    status
  }
}`) as unknown as TypedDocumentString<ConsoleApproveProposalMutation, ConsoleApproveProposalMutationVariables>;
export const ConsoleRejectProposalDocument = new TypedDocumentString(`
    mutation ConsoleRejectProposal($input: RejectProposalInput!) {
  rejectProposal(input: $input) {
    ...ConsoleDecision
  }
}
    fragment ConsoleDecision on ProposalDecisionPayload {
  proposal {
    id
    state
  }
  recommendation {
    code
    status
  }
}`) as unknown as TypedDocumentString<ConsoleRejectProposalMutation, ConsoleRejectProposalMutationVariables>;
export const ConsolePendingCountDocument = new TypedDocumentString(`
    query ConsolePendingCount {
  pendingReviews(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ConsolePendingCountQuery, ConsolePendingCountQueryVariables>;
export const ConsoleDecidedProposalsDocument = new TypedDocumentString(`
    query ConsoleDecidedProposals($since: DateTime) {
  myProposals(decidedSince: $since, first: 50) {
    edges {
      node {
        id
        state
        status
        reviewer
        rejectionReason
        decidedAt
        recommendation {
          code
          titleZh
          titleEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleDecidedProposalsQuery, ConsoleDecidedProposalsQueryVariables>;