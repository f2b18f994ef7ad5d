import type { MutationResolvers } from '../__generated__/resolvers-types';
import type { AppContext } from '../../context';
import { logProgress } from '../../domain/log/progress';
import { setOwners, setTargetDate } from '../../domain/catalog/stewardship';
import {
  archiveRecommendation,
  createRecommendation,
  restoreRecommendation,
  updateRecommendation,
} from '../../domain/catalog/curation';
import { extractCandidatesNow } from '../../domain/documents/extraction/candidates';
import { acceptCandidate, mergeCandidate, rejectCandidate } from '../../domain/documents/extraction/curation';
import { createSourceDocument } from '../../domain/documents/createSourceDocument';
import { addSourceDocument } from '../../domain/documents/addDocument';
import { reviseSourceDocument } from '../../domain/documents/revise';
import { createTheme } from '../../domain/documents/themes';
import { linkRecommendations, unlinkRecommendations } from '../../domain/catalog/links';
import { markTextReviewed } from '../../domain/catalog/textOrigin';
import { setRollup } from '../../domain/catalog/rollup';
import { createUser, issueToken, revokeToken } from '../../domain/access/users';
import { importSpreadsheet } from '../../domain/exchange/importSpreadsheet';
import { createWebhook, deleteWebhook, enableWebhook } from '../../domain/webhooks/admin';
import { archiveOwner, createOwner, mergeOwners, restoreOwner, updateOwner } from '../../domain/catalog/owners';
import { follow, unfollow } from '../../domain/live/follows';
import { setPreferences } from '../../domain/access/preferences';
import { approveProposal, rejectProposal } from '../../domain/log/review';
import { recordIndicatorValue } from '../../domain/log/indicatorValues';
import { archiveIndicator, createIndicator, indicatorById, updateIndicator } from '../../domain/indicators/indicators';

/** An indicator a write left, read as it is now (after the write's commit). */
const indicatorAfter = async (ctx: AppContext, ind: { id: number }) => (await indicatorById(ctx, ind.id))!;
import { endSession, endSessions } from '../../domain/access/sessions';
import { changePassword, setPassword } from '../../domain/access/signin';
import { addMembership, removeMembership } from '../../domain/access/memberships';
import { removePasskey } from '../../domain/access/passkeys';
import { disableUser, enableUser, setRole } from '../../domain/access/accountAdmin';

export const Mutation: MutationResolvers = {
  logProgress: (_p, { input }, ctx) => logProgress(ctx, input),
  setOwners: (_p, { input }, ctx) => setOwners(ctx, input),
  setTargetDate: (_p, { input }, ctx) => setTargetDate(ctx, input),
  createRecommendation: (_p, { input }, ctx) => createRecommendation(ctx, input),
  updateRecommendation: (_p, { input }, ctx) => updateRecommendation(ctx, input),
  archiveRecommendation: (_p, { code, expectedVersion }, ctx) => archiveRecommendation(ctx, code, expectedVersion),
  restoreRecommendation: (_p, { code, expectedVersion }, ctx) => restoreRecommendation(ctx, code, expectedVersion),
  markTextReviewed: (_p, { input }, ctx) => markTextReviewed(ctx, input),
  setRollup: (_p, { input }, ctx) => setRollup(ctx, input),
  createSourceDocument: (_p, { input }, ctx) => createSourceDocument(ctx, input),
  extractCandidates: (_p, { documentId }, ctx) => extractCandidatesNow(ctx, documentId),
  acceptCandidate: (_p, { input }, ctx) => acceptCandidate(ctx, input),
  mergeCandidate: (_p, { input }, ctx) => mergeCandidate(ctx, input),
  rejectCandidate: (_p, { input }, ctx) => rejectCandidate(ctx, input),
  addSourceDocument: (_p, { input }, ctx) => addSourceDocument(ctx, input),
  reviseSourceDocument: (_p, { input }, ctx) => reviseSourceDocument(ctx, input),
  createTheme: (_p, { input }, ctx) => createTheme(ctx, input),
  linkRecommendations: async (_p, { input }, ctx) => ({ ...(await linkRecommendations(ctx, input)), asOf: null }),
  unlinkRecommendations: async (_p, { input }, ctx) => ({ ...(await unlinkRecommendations(ctx, input)), asOf: null }),
  createUser: (_p, { input }, ctx) => createUser(ctx, input),
  issueToken: (_p, { input }, ctx) => issueToken(ctx, input),
  revokeToken: (_p, { id }, ctx) => revokeToken(ctx, id),
  setRole: (_p, { input }, ctx) => setRole(ctx, input),
  disableUser: (_p, { userName }, ctx) => disableUser(ctx, userName),
  enableUser: (_p, { userName }, ctx) => enableUser(ctx, userName),
  endSession: (_p, { id }, ctx) => endSession(ctx, id),
  endSessions: (_p, { userName }, ctx) => endSessions(ctx, userName),
  setPassword: (_p, { input }, ctx) => setPassword(ctx, input),
  addMembership: (_p, { input }, ctx) => addMembership(ctx, input),
  removeMembership: (_p, { input }, ctx) => removeMembership(ctx, input),
  changePassword: (_p, { input }, ctx) => changePassword(ctx, input),
  removePasskey: (_p, { id }, ctx) => removePasskey(ctx, id),
  importSpreadsheet: (_p, { input }, ctx) => importSpreadsheet(ctx, input),
  createWebhook: (_p, { input }, ctx) => createWebhook(ctx, input),
  enableWebhook: (_p, { id }, ctx) => enableWebhook(ctx, id),
  deleteWebhook: (_p, { id }, ctx) => deleteWebhook(ctx, id),
  createOwner: (_p, { input }, ctx) => createOwner(ctx, input),
  updateOwner: (_p, { input }, ctx) => updateOwner(ctx, input),
  mergeOwners: (_p, { input }, ctx) => mergeOwners(ctx, input),
  archiveOwner: (_p, { id }, ctx) => archiveOwner(ctx, { id }),
  restoreOwner: (_p, { id }, ctx) => restoreOwner(ctx, { id }),
  follow: (_p, { input }, ctx) => follow(ctx, input),
  unfollow: (_p, { input }, ctx) => unfollow(ctx, input),
  setPreferences: (_p, { input }, ctx) => setPreferences(ctx, input),
  approveProposal: (_p, { input }, ctx) => approveProposal(ctx, input),
  createIndicator: async (_p, { input }, ctx) => indicatorAfter(ctx, await createIndicator(ctx, input)),
  updateIndicator: async (_p, { input }, ctx) => indicatorAfter(ctx, await updateIndicator(ctx, input)),
  archiveIndicator: async (_p, { input }, ctx) => indicatorAfter(ctx, await archiveIndicator(ctx, input)),
  recordIndicatorValue: async (_p, { input }, ctx) => {
    const done = await recordIndicatorValue(ctx, input);
    return { ...done, indicator: await indicatorAfter(ctx, done.indicator) };
  },
  rejectProposal: (_p, { input }, ctx) => rejectProposal(ctx, input),
};
