// The slices of schema.graphql that the console reads. Kept by hand: the console asks for few fields.
export const STATUSES = ['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'STALLED', 'IMPLEMENTED', 'ABANDONED'] as const;
export const HEALTHS = ['ON_TRACK', 'AT_RISK', 'OVERDUE', 'DONE'] as const;
export const PILLARS = ['DEVELOPMENT', 'GOVERNANCE'] as const;

export type Status = (typeof STATUSES)[number];
export type Health = (typeof HEALTHS)[number];
export type Pillar = (typeof PILLARS)[number];
export type OwnerKind =
  | 'MINISTRY'
  | 'REGULATOR'
  | 'LOCAL_GOVERNMENT'
  | 'ENTERPRISE'
  | 'INDUSTRY_BODY'
  | 'ACADEMIA'
  | 'INTERNATIONAL_BODY'
  | 'OTHER';

export interface Theme {
  code: string;
  pillar: Pillar;
  nameZh: string;
  nameEn: string;
}

interface Owner {
  name: string;
  kind: OwnerKind;
}

/** An owner as the owners list gives it: an institution with its names. */
export interface Institution extends Owner {
  nameZh: string | null;
  nameEn: string | null;
}

export type SearchMatchField = 'CODE' | 'TITLE' | 'SUMMARY' | 'QUOTE' | 'THEME' | 'OWNER' | 'LOG_NOTE';

export interface RecommendationRow {
  code: string;
  pillar: Pillar;
  titleZh: string;
  titleEn: string;
  status: Status;
  progress: number;
  health: Health;
  targetDate: string | null;
  theme: { code: string };
  owners: Owner[];
  /** Where the catalog's search matched (the catalog's list only). */
  searchMatches?: { field: SearchMatchField; excerpt: string }[];
}

interface StatusCount {
  status: Status;
  count: number;
}

export interface Summary {
  total: number;
  averageProgress: number;
  byStatus: StatusCount[];
  byHealth: { health: Health; count: number }[];
  byTheme: { theme: { code: string }; total: number; implemented: number; averageProgress: number; overdue: number }[];
  timeSeries: { month: string; counts: StatusCount[] }[];
}

export interface ProgressUpdate {
  id: string;
  note: string;
  status: Status;
  progress: number;
  statusBefore: Status;
  progressBefore: number;
  evidenceUrls: string[];
  occurredOn: string;
  actor: string;
  createdAt: string;
  corrects: { id: string; occurredOn: string } | null;
  /** Set when the entry is an approved proposal: who approved it. */
  proposal: { reviewer: string | null } | null;
  evidence: Evidence[];
}

/** An evidence link as the server archived it (ProgressUpdate.evidence). */
export interface Evidence {
  url: string;
  captureState: 'PENDING' | 'CAPTURED' | 'BLOCKED' | 'FAILED';
  capturedAt: string | null;
  failure: 'BLOCKED_ADDRESS' | 'UNREACHABLE' | 'TOO_LARGE' | 'UNSUPPORTED_TYPE' | 'TIMEOUT' | 'HTTP_ERROR' | null;
  /** Admins only; null for everyone else. */
  failureReason: string | null;
  archivedCopyUrl: string | null;
  linkState: 'UNCHECKED' | 'ONLINE' | 'MISSING' | 'CHANGED';
  checkedAt: string | null;
}

/** A decisive entry sent for review (a second pair of eyes), open or decided. */
export interface ProposalEntry {
  id: string;
  state: 'OPEN' | 'APPROVED' | 'REJECTED';
  status: Status;
  progress: number;
  proposer: string;
  reviewer: string | null;
  rejectionReason: string | null;
  note: string;
  createdAt: string;
  decidedAt: string | null;
}

export interface RecommendationDetail extends Omit<RecommendationRow, 'theme'> {
  summaryEn: string;
  quote: string;
  version: number;
  allowedNextStatuses: Status[];
  /** A catalog revision split this record into these (it is then archived); empty otherwise. */
  successors: { code: string; titleZh: string; titleEn: string }[];
  splitFrom: { code: string } | null;
  /** Those of allowedNextStatuses that this user's entry only proposes (a second pair of eyes). */
  statusesNeedingReview: Status[];
  openProposal: { id: string; status: Status; proposer: string } | null;
  targetDateHistory: TargetDateRevision[];
  /** Set when status, progress, health and the log are those of a past date. */
  asOf: string | null;
  lastProgressAt: string | null;
  archived: boolean;
  theme: Theme;
  document: { titleZh: string; titleEn: string };
  updates: ProgressUpdate[];
  proposals: ProposalEntry[];
}

export interface TargetDateRevision {
  previousDate: string | null;
  newDate: string | null;
  reason: string;
  actor: string;
  createdAt: string;
}

export interface Viewer {
  name: string;
  role: 'VIEWER' | 'ANALYST' | 'REVIEWER' | 'ADMIN';
}

export interface RecommendationFilter {
  status?: Status[];
  theme?: string[];
  pillar?: Pillar;
  health?: Health[];
  search?: string;
}
