import type { MutationResolvers } from '../__generated__/resolvers-types';
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
import { createUser, issueToken, revokeToken } from '../../domain/access/users';
import { importSpreadsheet } from '../../domain/exchange/importSpreadsheet';
import { createWebhook, deleteWebhook, enableWebhook } from '../../domain/webhooks/admin';
import { createOwner, mergeOwners, updateOwner } from '../../domain/catalog/owners';
import { follow, unfollow } from '../../domain/live/follows';
import { approveProposal, rejectProposal } from '../../domain/log/review';
import { endSession, endSessions } from '../../domain/access/sessions';
import { changePassword, setPassword } from '../../domain/access/signin';
import { addMembership, removeMembership } from '../../domain/access/memberships';

export const Mutation: MutationResolvers = {
  logProgress: (_p, { input }, ctx) => logProgress(ctx, input),
  setOwners: (_p, { input }, ctx) => setOwners(ctx, input),
  setTargetDate: (_p, { input }, ctx) => setTargetDate(ctx, input),
  createRecommendation: (_p, { input }, ctx) => createRecommendation(ctx, input),
  updateRecommendation: (_p, { input }, ctx) => updateRecommendation(ctx, input),
  archiveRecommendation: (_p, { code, expectedVersion }, ctx) => archiveRecommendation(ctx, code, expectedVersion),
  restoreRecommendation: (_p, { code, expectedVersion }, ctx) => restoreRecommendation(ctx, code, expectedVersion),
  markTextReviewed: (_p, { input }, ctx) => markTextReviewed(ctx, input),
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
  endSession: (_p, { id }, ctx) => endSession(ctx, id),
  endSessions: (_p, { userName }, ctx) => endSessions(ctx, userName),
  setPassword: (_p, { input }, ctx) => setPassword(ctx, input),
  addMembership: (_p, { input }, ctx) => addMembership(ctx, input),
  removeMembership: (_p, { input }, ctx) => removeMembership(ctx, input),
  changePassword: (_p, { input }, ctx) => changePassword(ctx, input),
  importSpreadsheet: (_p, { input }, ctx) => importSpreadsheet(ctx, input),
  createWebhook: (_p, { input }, ctx) => createWebhook(ctx, input),
  enableWebhook: (_p, { id }, ctx) => enableWebhook(ctx, id),
  deleteWebhook: (_p, { id }, ctx) => deleteWebhook(ctx, id),
  createOwner: (_p, { input }, ctx) => createOwner(ctx, input),
  updateOwner: (_p, { input }, ctx) => updateOwner(ctx, input),
  mergeOwners: (_p, { input }, ctx) => mergeOwners(ctx, input),
  follow: (_p, { input }, ctx) => follow(ctx, input),
  unfollow: (_p, { input }, ctx) => unfollow(ctx, input),
  approveProposal: (_p, { input }, ctx) => approveProposal(ctx, input),
  rejectProposal: (_p, { input }, ctx) => rejectProposal(ctx, input),
};
