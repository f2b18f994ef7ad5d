// The one table of writes. For each operation: the least role that may call it, the kind of record it targets,
// the change it is on the feed (kind and one-line labels, Chinese and English) and the webhook event it sends,
// if any, and whether it appends a log entry. recordAudit (audit.ts) records these facts on the audit entry, in
// the write's own transaction; the change feed's trigger, the subscriptions, the Atom feeds and the webhooks'
// outbox and fan-out read the recorded columns, so a new operation is one entry here.
import type { Role, WebhookEvent } from '../generated/prisma/client';

/** The kinds of record a write targets (AuditEntry.targetType); a scoping rule can read it from the entry. */
type TargetType =
  'Recommendation' | 'SourceDocument' | 'Theme' | 'Owner' | 'User' | 'Webhook' | 'Spreadsheet' | 'Candidate';

/** What the feed shows for a change: its kind, and its label in each language. */
export interface ChangeLabel {
  kind: string;
  zh: string;
  en: string;
}

interface OperationEntry {
  /** The least role that may call it; null for a write no API caller makes (the catalog's revision script). */
  role: Role | null;
  target: TargetType;
  /** Its change on the feed, Atom and subscriptions; absent when it changes no recommendation worth announcing. */
  change?: ChangeLabel;
  event?: WebhookEvent;
  /**
   * It appends a log entry, which its audit entry names: the change and the event are the entry's, so a call that
   * appended none (an entry that went to review instead) is no change.
   */
  logEntry?: true;
}

// An approved proposal's entry is the same change as a direct one, on every channel.
const LOG_ENTRY: ChangeLabel = { kind: 'logProgress', zh: '记录进展', en: 'Progress logged' };

// A recorded indicator value, direct or approved: one change kind and one event.
const INDICATOR_VALUE: ChangeLabel = { kind: 'recordIndicatorValue', zh: '记录指标值', en: 'Indicator value recorded' };

/** An admin's edit of a record itself: a change of its own name, and `recommendation.changed`. */
const curation = (kind: string, zh: string, en: string) =>
  ({ role: 'ADMIN', target: 'Recommendation', change: { kind, zh, en }, event: 'RECOMMENDATION_CHANGED' }) as const;

export const OPERATIONS = Object.freeze({
  logProgress: {
    role: 'ANALYST',
    target: 'Recommendation',
    change: LOG_ENTRY,
    event: 'PROGRESS_LOGGED',
    logEntry: true,
  },
  // A second pair of eyes (src/domain/log/review.ts).
  approveProposal: {
    role: 'REVIEWER',
    target: 'Recommendation',
    change: LOG_ENTRY,
    event: 'PROGRESS_LOGGED',
    logEntry: true,
  },
  // An indicator's value (log/indicatorValues.ts): a log entry of its record, announced as a value; approved, the same.
  recordIndicatorValue: {
    role: 'ANALYST',
    target: 'Recommendation',
    change: INDICATOR_VALUE,
    event: 'INDICATOR_VALUE_RECORDED',
    logEntry: true,
  },
  // approveProposal of a proposed indicator value: the decision's audit entry, named for what it appends.
  approveIndicatorValue: {
    role: 'REVIEWER',
    target: 'Recommendation',
    change: INDICATOR_VALUE,
    event: 'INDICATOR_VALUE_RECORDED',
    logEntry: true,
  },
  // Indicators' definitions (indicators/indicators.ts): admins' curation of a record.
  createIndicator: curation('createIndicator', '新增指标', 'Indicator added'),
  updateIndicator: curation('updateIndicator', '修订指标', 'Indicator edited'),
  archiveIndicator: curation('archiveIndicator', '归档指标', 'Indicator archived'),
  rejectProposal: {
    role: 'REVIEWER',
    target: 'Recommendation',
    change: { kind: 'rejectProposal', zh: '驳回提议', en: 'Proposal rejected' },
  },
  // Progress sheets only; a catalog sheet also needs updateRecommendation's role (importSpreadsheet.ts). Each row
  // is audited by its own verb; this entry is the sheet's.
  importSpreadsheet: { role: 'ANALYST', target: 'Spreadsheet' },
  setOwners: {
    role: 'ANALYST',
    target: 'Recommendation',
    change: { kind: 'setOwners', zh: '更新负责单位', en: 'Owners changed' },
    event: 'OWNERS_CHANGED',
  },
  setTargetDate: {
    role: 'ANALYST',
    target: 'Recommendation',
    change: { kind: 'setTargetDate', zh: '调整目标日期', en: 'Target date changed' },
    event: 'TARGET_DATE_CHANGED',
  },
  // Owners are institutions, and so admins' to manage (shared decisions): scoping reads them.
  createOwner: { role: 'ADMIN', target: 'Owner' },
  updateOwner: { role: 'ADMIN', target: 'Owner' },
  mergeOwners: { role: 'ADMIN', target: 'Owner' },
  archiveOwner: { role: 'ADMIN', target: 'Owner' },
  restoreOwner: { role: 'ADMIN', target: 'Owner' },
  createRecommendation: curation('createRecommendation', '新增建议', 'Recommendation added'),
  updateRecommendation: curation('updateRecommendation', '修订建议', 'Recommendation edited'),
  archiveRecommendation: curation('archiveRecommendation', '归档', 'Archived'),
  restoreRecommendation: curation('restoreRecommendation', '恢复', 'Restored'),
  // A named admin signs texts as reviewed (catalog/textOrigin.ts): the record's version moves, as on any edit.
  markTextReviewed: curation('markTextReviewed', '文本已审定', 'Texts marked reviewed'),
  // How a parent's progress follows its actions (catalog/rollup.ts): each call a new, audited version of the rule.
  setRollup: curation('setRollup', '设定汇总规则', 'Roll-up rule set'),
  createSourceDocument: { role: 'ADMIN', target: 'SourceDocument' },
  // Candidates (src/domain/documents/extraction): a run of the extraction on one document, and its curation. An
  // accepted candidate's record is announced by the createRecommendation it runs; the decision itself is not a
  // change of any record.
  extractCandidates: { role: 'ADMIN', target: 'SourceDocument' },
  acceptCandidate: { role: 'ADMIN', target: 'Candidate' },
  mergeCandidate: { role: 'ADMIN', target: 'Candidate' },
  rejectCandidate: { role: 'ADMIN', target: 'Candidate' },
  // Documents (src/domain/documents): added from text or an upload, revised, given themes.
  addSourceDocument: { role: 'ADMIN', target: 'SourceDocument' },
  uploadDocument: { role: 'ADMIN', target: 'SourceDocument' },
  reviseSourceDocument: { role: 'ADMIN', target: 'SourceDocument' },
  // A pending revision became the document's text, in the write that fixed or withdrew its last broken quote.
  applySourceDocumentRevision: { role: null, target: 'SourceDocument' },
  createTheme: { role: 'ADMIN', target: 'Theme' },
  // Links across documents (catalog/links.ts): a record's links are part of what it shows.
  linkRecommendations: curation('linkRecommendations', '关联建议', 'Records linked'),
  unlinkRecommendations: curation('unlinkRecommendations', '取消关联', 'Records unlinked'),
  // prisma/catalogRevision.ts: a newer catalog revision's document titles.
  updateSourceDocument: { role: null, target: 'SourceDocument' },
  // prisma/catalogRevision.ts: a newer catalog revision's theme names.
  updateTheme: { role: null, target: 'Theme' },
  createUser: { role: 'ADMIN', target: 'User' },
  // One's own tokens, any account's for admins (access/users.ts decides whose).
  issueToken: { role: 'VIEWER', target: 'User' },
  revokeToken: { role: 'VIEWER', target: 'User' },
  // An account's role and whether it may sign in at all (access/accountAdmin.ts).
  setRole: { role: 'ADMIN', target: 'User' },
  disableUser: { role: 'ADMIN', target: 'User' },
  enableUser: { role: 'ADMIN', target: 'User' },
  createWebhook: { role: 'ADMIN', target: 'Webhook' },
  enableWebhook: { role: 'ADMIN', target: 'Webhook' },
  deleteWebhook: { role: 'ADMIN', target: 'Webhook' },
  // Any signed-in caller: the watch list is the caller's own (src/domain/live/follows.ts).
  follow: { role: 'VIEWER', target: 'User' },
  unfollow: { role: 'VIEWER', target: 'User' },
  // Any signed-in caller: the console preferences are the caller's own (src/domain/access/preferences.ts).
  setPreferences: { role: 'VIEWER', target: 'User' },
  // One's own sessions and password (access/signin.ts, sessions.ts); another's are admins' to end or reset.
  endSession: { role: 'VIEWER', target: 'User' },
  changePassword: { role: 'VIEWER', target: 'User' },
  endSessions: { role: 'ADMIN', target: 'User' },
  // Which institutions a user belongs to (access/memberships.ts): what SCOPED_EDITING reads (scope.ts).
  addMembership: { role: 'ADMIN', target: 'User' },
  removeMembership: { role: 'ADMIN', target: 'User' },
  setPassword: { role: 'ADMIN', target: 'User' },
  // POST /auth/password and /auth/logout (http/authRoutes.ts): routes, not API operations.
  signIn: { role: null, target: 'User' },
  signOut: { role: null, target: 'User' },
  // A failed password sign-in and the lockout it may cause (access/throttle.ts): the actor is nobody proven.
  signInFailed: { role: null, target: 'User' },
  signInLockedOut: { role: null, target: 'User' },
  // Passkeys (access/passkeys.ts): added at POST /auth/passkey/register (a route), removed through the API (one's
  // own); a passkey sign-in, and its failures and lockouts, counted apart from the password's (throttle.ts).
  addPasskey: { role: null, target: 'User' },
  removePasskey: { role: 'VIEWER', target: 'User' },
  passkeySignIn: { role: null, target: 'User' },
  passkeySignInFailed: { role: null, target: 'User' },
  passkeySignInLockedOut: { role: null, target: 'User' },
  // GET /auth/link/<secret>: the first-start admin's one-time link (access/signInLinks.ts), made and followed.
  createSignInLink: { role: null, target: 'User' },
  signInWithLink: { role: null, target: 'User' },
  // Sign-in through an OpenID provider (access/oidcAccounts.ts, oidcLogout.ts): a user provisioned on first
  // sign-in, the role and memberships the claims map to, and a provider's back-channel logout. A refused callback
  // is a signInFailed with `via: "oidc"`.
  provisionUser: { role: null, target: 'User' },
  applyOidcClaims: { role: null, target: 'User' },
  backchannelLogout: { role: null, target: 'User' },
} satisfies Record<string, OperationEntry>);

export type WriteOperation = keyof typeof OPERATIONS;

/** The writes an API caller makes, each with its least role. */
export type CallableWrite = {
  [O in WriteOperation]: (typeof OPERATIONS)[O]['role'] extends Role ? O : never;
}[WriteOperation];

/** What identifies the target in the audit entry: the record itself for a recommendation, else its key. */
export type AuditTarget<O extends WriteOperation> = (typeof OPERATIONS)[O]['target'] extends 'Recommendation'
  ? { id: number; code: string }
  : string | number;

/** The facts an audit entry records beside what it says in words (AuditEntry's columns of the same names). */
export interface AuditFacts {
  targetType: TargetType;
  targetId: string;
  recommendationId: number | null;
  changeKind: string | null;
  progressUpdateId: number | null;
  webhookEvent: WebhookEvent | null;
}

export function auditFactsOf<O extends WriteOperation>(
  operation: O,
  target: AuditTarget<O>,
  logEntryId?: number,
): AuditFacts {
  const entry: OperationEntry = OPERATIONS[operation];
  const record = typeof target === 'object' ? target : null;
  // A log-entry operation that appended no entry (it opened a proposal) changed nothing on the record.
  const announced = entry.change && (!entry.logEntry || logEntryId !== undefined) ? entry : null;
  return {
    targetType: entry.target,
    targetId: String(record ? record.code : target),
    recommendationId: record?.id ?? null,
    changeKind: announced?.change?.kind ?? null,
    progressUpdateId: logEntryId ?? null,
    webhookEvent: announced?.event ?? null,
  };
}

const LABELS: ReadonlyMap<string, ChangeLabel> = new Map(
  Object.values(OPERATIONS as Record<string, OperationEntry>).flatMap((o) =>
    o.change ? [[o.change.kind, o.change]] : [],
  ),
);

/** A change kind's labels; a kind no entry has (a script's own operation) is its own label. */
export const changeLabel = (kind: string): ChangeLabel => LABELS.get(kind) ?? { kind, zh: kind, en: kind };

/**
 * The audit trail's words for a write, in each language: its change label where it has one (the feed's), else
 * this table's. A write named in neither reads as "A change" (auditSummary), so a new operation shows before it
 * is given words here. Approving a proposal is worded as the decision, though its change is the log entry's.
 */
const AUDIT_WORDS: { [O in WriteOperation]?: { zh: string; en: string } } = {
  approveProposal: { zh: '批准提议', en: 'Proposal approved' },
  approveIndicatorValue: { zh: '批准指标值提议', en: 'Proposed indicator value approved' },
  importSpreadsheet: { zh: '导入表格', en: 'Spreadsheet imported' },
  createOwner: { zh: '新增机构', en: 'Institution added' },
  updateOwner: { zh: '修改机构', en: 'Institution edited' },
  mergeOwners: { zh: '合并机构', en: 'Institutions merged' },
  archiveOwner: { zh: '归档机构', en: 'Institution archived' },
  restoreOwner: { zh: '恢复机构', en: 'Institution restored' },
  createSourceDocument: { zh: '新增文件', en: 'Document added' },
  extractCandidates: { zh: '提取候选条目', en: 'Candidates extracted' },
  acceptCandidate: { zh: '采纳候选条目', en: 'Candidate accepted' },
  mergeCandidate: { zh: '合并候选条目', en: 'Candidate merged' },
  rejectCandidate: { zh: '舍弃候选条目', en: 'Candidate rejected' },
  addSourceDocument: { zh: '新增文件', en: 'Document added' },
  uploadDocument: { zh: '上传文件', en: 'Document uploaded' },
  reviseSourceDocument: { zh: '修订文件文本', en: 'Document text revised' },
  applySourceDocumentRevision: { zh: '采用文件修订', en: 'Document revision applied' },
  createTheme: { zh: '新增主题', en: 'Theme added' },
  updateSourceDocument: { zh: '修改文件标题', en: 'Document title changed' },
  updateTheme: { zh: '修改主题名称', en: 'Theme name changed' },
  createUser: { zh: '新增用户', en: 'User added' },
  issueToken: { zh: '签发 API 令牌', en: 'API token issued' },
  revokeToken: { zh: '吊销 API 令牌', en: 'API token revoked' },
  setRole: { zh: '更改角色', en: 'Role changed' },
  disableUser: { zh: '停用账户', en: 'Account disabled' },
  enableUser: { zh: '启用账户', en: 'Account enabled' },
  createWebhook: { zh: '新增推送地址', en: 'Webhook added' },
  enableWebhook: { zh: '启用推送地址', en: 'Webhook enabled' },
  deleteWebhook: { zh: '删除推送地址', en: 'Webhook deleted' },
  follow: { zh: '关注', en: 'Followed' },
  unfollow: { zh: '取消关注', en: 'Unfollowed' },
  setPreferences: { zh: '更改偏好设置', en: 'Preferences changed' },
  endSession: { zh: '结束会话', en: 'Session ended' },
  changePassword: { zh: '修改密码', en: 'Password changed' },
  endSessions: { zh: '结束全部会话', en: 'All sessions ended' },
  addMembership: { zh: '加入机构', en: 'Membership added' },
  removeMembership: { zh: '退出机构', en: 'Membership removed' },
  setPassword: { zh: '重设密码', en: 'Password reset' },
  signIn: { zh: '登录', en: 'Signed in' },
  signOut: { zh: '退出登录', en: 'Signed out' },
  signInFailed: { zh: '登录失败', en: 'Sign-in failed' },
  signInLockedOut: { zh: '因多次失败暂停登录', en: 'Sign-in locked after failures' },
  addPasskey: { zh: '添加通行密钥', en: 'Passkey added' },
  removePasskey: { zh: '移除通行密钥', en: 'Passkey removed' },
  passkeySignIn: { zh: '以通行密钥登录', en: 'Signed in with a passkey' },
  passkeySignInFailed: { zh: '通行密钥登录失败', en: 'Passkey sign-in failed' },
  passkeySignInLockedOut: { zh: '因多次失败暂停通行密钥登录', en: 'Passkey sign-in locked after failures' },
  createSignInLink: { zh: '生成一次性登录链接', en: 'One-time sign-in link made' },
  signInWithLink: { zh: '以一次性链接登录', en: 'Signed in with a one-time link' },
  provisionUser: { zh: '首次登录时建立账户', en: 'Account made at first sign-in' },
  applyOidcClaims: { zh: '按身份提供方更新角色与机构', en: 'Role and institutions set from the identity provider' },
  backchannelLogout: { zh: '身份提供方结束会话', en: 'Session ended by the identity provider' },
};

/** The words for a kind of target (AuditEntry.targetType), in each language. */
const TARGET_WORDS: Record<TargetType, { zh: string; en: string }> = {
  Recommendation: { zh: '建议', en: 'recommendation' },
  SourceDocument: { zh: '文件', en: 'document' },
  Theme: { zh: '主题', en: 'theme' },
  Owner: { zh: '机构', en: 'institution' },
  User: { zh: '用户', en: 'user' },
  Webhook: { zh: '推送地址', en: 'webhook' },
  Spreadsheet: { zh: '表格', en: 'spreadsheet' },
  Candidate: { zh: '候选条目', en: 'candidate' },
};

/** The operation's label in each language: the table's words, else its change's, else "A change". */
function operationLabel(operation: string): { zh: string; en: string } {
  const entry = (OPERATIONS as Record<string, OperationEntry>)[operation];
  return AUDIT_WORDS[operation as WriteOperation] ?? entry?.change ?? { zh: '一项更改', en: 'A change' };
}

/** An audit entry as a sentence in each language: what was done, to what, by whom (AuditEntry.summaryEn/Zh). */
export function auditSummary(entry: { operation: string; targetType: string; targetId: string; actorName: string }): {
  zh: string;
  en: string;
} {
  const label = operationLabel(entry.operation);
  const target = TARGET_WORDS[entry.targetType as TargetType] ?? { zh: '记录', en: 'record' };
  // A script's or the admin token's name is in English by nature; the token is named in Chinese too.
  const actorZh = entry.actorName === '(admin token)' ? '（管理员令牌）' : entry.actorName;
  return {
    en: `${label.en}: ${target.en} ${entry.targetId}, by ${entry.actorName}.`,
    zh: `${actorZh}：${label.zh}（${target.zh} ${entry.targetId}）。`,
  };
}
