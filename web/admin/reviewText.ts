// The strings of a second pair of eyes (the review queue and the log form's "sent for review"), in both
// languages, kept beside i18n.ts so that the feature stays in its own modules.
import { translator } from './i18n';
import type { Viewer } from './api';

const en = {
  reviewsTitle: 'Review queue',
  reviewsIntro:
    'Decisive entries (implemented, abandoned) that analysts and reviewers logged wait here until someone else approves or rejects them.',
  reviewsOnly: 'The review queue is for reviewers and admins.',
  reviewsOnlyNext: 'Sign in as a reviewer or an admin to decide proposals.',
  reviewsEmpty: 'No proposal is waiting for review.',
  reviewsEmptyNext: 'When an analyst logs a decisive status, it appears here.',
  reviewsCount: '{count} proposal(s) waiting',
  proposedBy: 'Proposed by {name} on {date}',
  move: '{from} → {to}, progress {progress} %',
  recordMoved: 'The record changed since it was proposed (version {base} → {now}): check it before approving.',
  evidence: 'Evidence',
  noEvidence: 'No evidence link',
  approve: 'Approve',
  reject: 'Reject',
  rejectReason: 'Reason for rejecting (required)',
  reasonNeeded: 'Give a reason before rejecting.',
  approved: 'Approved: {code} is now {status}.',
  rejected: 'Rejected: {code} stays as it was; the proposer sees your reason.',
  ownProposal: 'Your own proposal: another reviewer or an admin decides it.',
  sentForReview: 'Sent for review: the record changes once a reviewer approves it.',
  needsReview: '{status} (needs review)',
  awaitingReview: 'A proposal to move to {status}, by {name}, is awaiting review.',
  approvedBy: 'approved by {name}',
  proposalsTitle: 'Sent for review',
  stateOPEN: 'Awaiting review',
  stateAPPROVED: 'Approved',
  stateREJECTED: 'Rejected',
  proposalMeta: 'Proposed by {name} on {when}',
  decisionMeta: '{state} by {name} on {when}',
};

export const rv = translator(en, {
  reviewsTitle: '待审核',
  reviewsIntro: '分析员和审核员登记的决定性状态（已落实、已放弃）在此等待他人批准或驳回。',
  reviewsOnly: '待审核队列仅供审核员和管理员使用。',
  reviewsOnlyNext: '请以审核员或管理员身份登录以审核提议。',
  reviewsEmpty: '暂无待审核的提议。',
  reviewsEmptyNext: '分析员登记决定性状态后会出现在这里。',
  reviewsCount: '{count} 项待审核',
  proposedBy: '{name} 于 {date} 提议',
  move: '{from} → {to}，进度 {progress}%',
  recordMoved: '提议后记录已有变化（版本 {base} → {now}），批准前请核对。',
  evidence: '证据',
  noEvidence: '无证据链接',
  approve: '批准',
  reject: '驳回',
  rejectReason: '驳回理由（必填）',
  reasonNeeded: '驳回前请填写理由。',
  approved: '已批准：{code} 现为 {status}。',
  rejected: '已驳回：{code} 保持不变，提议人可看到您的理由。',
  ownProposal: '这是您自己的提议，须由其他审核员或管理员决定。',
  sentForReview: '已提交审核：审核员批准后记录才会变更。',
  needsReview: '{status}（需审核）',
  awaitingReview: '{name} 提议改为 {status}，正在等待审核。',
  approvedBy: '由 {name} 批准',
  proposalsTitle: '提交审核的记录',
  stateOPEN: '待审核',
  stateAPPROVED: '已批准',
  stateREJECTED: '已驳回',
  proposalMeta: '{name} 于 {when} 提议',
  decisionMeta: '{name} 于 {when} {state}',
});

/** Reviewers and admins decide proposals (the API's OPERATION_ROLES). */
export const mayReview = (me: Viewer | null | undefined): boolean => me?.role === 'REVIEWER' || me?.role === 'ADMIN';
