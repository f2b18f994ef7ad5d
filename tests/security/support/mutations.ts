// One row per mutation: the least role that may call it, a document, and the data a successful call
// needs. The permission and audit suites iterate over the schema's mutations and look rows up here, so a
// new mutation without a row fails both.
import type { Db } from '../../../src/db/client';
import type { Role } from '../../../src/generated/prisma/client';
import {
  createIndicator,
  createOwner,
  createRecommendation,
  createTheme,
  createUserWithToken,
  linkOwner,
} from '../../helpers/factories';
import { globalId } from '../../helpers/globalIds';
import { toGlobalId } from '../../../src/domain/globalId';
import { hash } from '@node-rs/argon2';
import { sessionGlobalId } from '../../../src/domain/access/sessions';
import { passkeyGlobalId } from '../../../src/domain/access/passkeys';
import { hashToken } from '../../../src/domain/access/auth';
import { createPolicyDocument, POLICY_CANDIDATES } from '../../documents/extractionSupport';

export interface MutationRow {
  minRole: Role;
  document: string;
  /**
   * Creates the rows a successful call needs; returns its variables and the audit entry it should leave.
   * `callerToken` is the token the call will be made with, for a mutation on the caller's own account.
   */
  prepare(
    db: Db,
    callerToken?: string | null,
  ): Promise<{ variables: Record<string, unknown>; audit: AuditExpectation }>;
  /**
   * Needs an account of the caller's own: ADMIN_TOKEN, which names no person, is FORBIDDEN whatever its role (an
   * operation on one's own account; markTextReviewed, since only a named reviewer signs a text).
   */
  needsAccount?: true;
}

/** The audit entry a successful call must leave; before/after may hold asymmetric matchers. */
interface AuditExpectation {
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
}

const recTarget = (code: string, before: unknown, after: unknown) => ({
  targetType: 'Recommendation',
  targetId: code,
  before,
  after,
});

const indicatorInput = (code: string) => ({
  recommendationCode: code,
  nameZh: '智能工厂',
  nameEn: 'Smart factories',
  unit: 'factories',
  direction: 'INCREASE',
  baseline: { value: 0, date: '2025-01-01', source: 'test' },
  targets: [{ value: 100, dueDate: '2025-04-11' }],
});

/** An open candidate of a new policy document (tests/documents/extractionSupport.ts), stored as a run stores it. */
async function openCandidate(db: Db) {
  const policy = await createPolicyDocument(db);
  const candidate = await db.candidate.create({
    data: {
      documentId: policy.doc.id,
      quote: POLICY_CANDIDATES[0],
      start: policy.doc.text.indexOf(POLICY_CANDIDATES[0]),
      end: policy.doc.text.indexOf(POLICY_CANDIDATES[0]) + POLICY_CANDIDATES[0].length,
      suggestedTitle: '加快完善相关制度安排',
      confidence: 0.75,
      reason: 'modal 应 opens a directive clause',
    },
  });
  return { ...policy, candidate, id: toGlobalId('Candidate', candidate.id) };
}

const candidateTarget = (id: number, after: unknown) => ({
  targetType: 'Candidate',
  targetId: String(id),
  before: { state: 'OPEN' },
  after,
});

export const MUTATIONS: Record<string, MutationRow> = {
  createIndicator: {
    minRole: 'ADMIN',
    document: 'mutation M($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      return {
        variables: { input: indicatorInput(rec.code) },
        audit: recTarget(rec.code, null, expect.objectContaining({ version: 1, status: 'NO_DATA' })),
      };
    },
  },
  updateIndicator: {
    minRole: 'ADMIN',
    document: 'mutation M($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      const ind = await createIndicator(db, rec.id);
      return {
        variables: { input: { id: toGlobalId('Indicator', ind.id), expectedVersion: 1, nameEn: 'Smart plants' } },
        audit: recTarget(rec.code, expect.objectContaining({ version: 1 }), expect.objectContaining({ version: 2 })),
      };
    },
  },
  archiveIndicator: {
    minRole: 'ADMIN',
    document: 'mutation M($input: ArchiveIndicatorInput!) { archiveIndicator(input: $input) { id } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      const ind = await createIndicator(db, rec.id);
      return {
        variables: { input: { id: toGlobalId('Indicator', ind.id), expectedVersion: 1 } },
        audit: recTarget(
          rec.code,
          expect.objectContaining({ archived: false }),
          expect.objectContaining({ archived: true }),
        ),
      };
    },
  },
  recordIndicatorValue: {
    minRole: 'ANALYST',
    document: 'mutation M($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { value { id } } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      const ind = await createIndicator(db, rec.id);
      return {
        variables: {
          input: {
            indicatorId: toGlobalId('Indicator', ind.id),
            periodStart: '2025-01-01',
            periodEnd: '2025-01-31',
            value: 30,
          },
        },
        audit: recTarget(
          rec.code,
          expect.objectContaining({ version: 1 }),
          expect.objectContaining({ version: 2, indicatorValue: expect.objectContaining({ value: 30 }) }),
        ),
      };
    },
  },
  logProgress: {
    minRole: 'ANALYST',
    document: 'mutation M($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      return {
        variables: { input: { code: rec.code, note: 'Draft published', status: 'IN_PROGRESS', progress: 10 } },
        audit: recTarget(
          rec.code,
          { status: 'NOT_STARTED', progress: 0, version: 1 },
          { status: 'IN_PROGRESS', progress: 10, version: 2, updateId: expect.any(Number) },
        ),
      };
    },
  },
  createWebhook: {
    minRole: 'ADMIN',
    document: 'mutation M($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret } }',
    async prepare() {
      // A literal public address: registration resolves nothing.
      const input = { url: 'https://93.184.216.34/hooks', events: ['PROGRESS_LOGGED'] };
      return {
        variables: { input },
        audit: {
          targetType: 'Webhook',
          targetId: expect.any(String),
          before: null,
          after: { url: input.url, events: input.events },
        },
      };
    },
  },
  enableWebhook: {
    minRole: 'ADMIN',
    document: 'mutation M($id: ID!) { enableWebhook(id: $id) { enabled } }',
    async prepare(db) {
      const hook = await createHook(db);
      await db.webhook.update({ where: { id: hook.id }, data: { disabledAt: new Date(), disabledReason: 'failing' } });
      return {
        variables: { id: String(hook.id) },
        audit: {
          targetType: 'Webhook',
          targetId: String(hook.id),
          before: { disabledAt: expect.any(String), disabledReason: 'failing' },
          after: { disabledAt: null, resent: 0 },
        },
      };
    },
  },
  deleteWebhook: {
    minRole: 'ADMIN',
    document: 'mutation M($id: ID!) { deleteWebhook(id: $id) { url } }',
    async prepare(db) {
      const hook = await createHook(db);
      return {
        variables: { id: String(hook.id) },
        audit: {
          targetType: 'Webhook',
          targetId: String(hook.id),
          before: { url: hook.url, events: ['PROGRESS_LOGGED'] },
          after: null,
        },
      };
    },
  },
  setOwners: {
    minRole: 'ANALYST',
    document: 'mutation M($input: SetOwnersInput!) { setOwners(input: $input) { code } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      const owners = [
        { name: 'Ministry of Science', kind: 'MINISTRY' },
        { name: 'Data Regulator', kind: 'REGULATOR' },
      ];
      return {
        variables: { input: { code: rec.code, owners } },
        audit: recTarget(rec.code, { owners: [] }, { owners: ['Ministry of Science', 'Data Regulator'] }),
      };
    },
  },
  setTargetDate: {
    minRole: 'ANALYST',
    document: 'mutation M($input: SetTargetDateInput!) { setTargetDate(input: $input) { code } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      return {
        variables: { input: { code: rec.code, targetDate: '2030-06-30', reason: 'Announced in the plan' } },
        audit: recTarget(
          rec.code,
          { targetDate: null },
          { targetDate: '2030-06-30T00:00:00.000Z', reason: 'Announced in the plan' },
        ),
      };
    },
  },
  createRecommendation: {
    minRole: 'ADMIN',
    document: 'mutation M($input: CreateRecommendationInput!) { createRecommendation(input: $input) { code } }',
    async prepare(db) {
      const theme = await createTheme(db);
      const input = {
        code: 'GOV-NEW-01',
        theme: theme.code,
        titleZh: '新建议',
        titleEn: 'New',
        summaryEn: 'A new one.',
        quote: '引文',
      };
      return { variables: { input }, audit: recTarget('GOV-NEW-01', null, input) };
    },
  },
  updateRecommendation: {
    minRole: 'ADMIN',
    document: 'mutation M($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { code } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      return {
        variables: { input: { code: rec.code, titleEn: 'A better title' } },
        audit: recTarget(rec.code, { titleEn: rec.titleEn }, { titleEn: 'A better title' }),
      };
    },
  },
  markTextReviewed: {
    minRole: 'ADMIN',
    needsAccount: true,
    document:
      'mutation M($input: MarkTextReviewedInput!) { markTextReviewed(input: $input) { textOrigin { titleEn } } }',
    async prepare(db) {
      const rec = await createRecommendation(db, { titleEnOrigin: 'DRAFT' });
      return {
        variables: { input: { code: rec.code, fields: ['TITLE_EN'] } },
        audit: recTarget(rec.code, { titleEn: 'DRAFT' }, { titleEn: 'REVIEWED' }),
      };
    },
  },
  setRollup: {
    minRole: 'ADMIN',
    document: 'mutation M($input: SetRollupInput!) { setRollup(input: $input) { code rollup { rule } } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      await createRecommendation(db, { parentId: rec.id, themeId: rec.themeId, code: `${rec.code}.1`, quote: '' });
      return {
        variables: {
          input: { code: rec.code, rule: 'WEIGHTED_MEAN', weights: [{ code: `${rec.code}.1`, weight: 2 }] },
        },
        audit: recTarget(
          rec.code,
          { rule: 'MANUAL', rollupVersion: 0, progress: 0 },
          { rule: 'WEIGHTED_MEAN', rollupVersion: 1, weights: [{ code: `${rec.code}.1`, weight: 2 }], progress: 0 },
        ),
      };
    },
  },
  archiveRecommendation: {
    minRole: 'ADMIN',
    document: 'mutation M($code: String!) { archiveRecommendation(code: $code) { code } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      return {
        variables: { code: rec.code },
        audit: recTarget(rec.code, { archivedAt: null }, { archivedAt: expect.any(String) }),
      };
    },
  },
  restoreRecommendation: {
    minRole: 'ADMIN',
    document: 'mutation M($code: String!) { restoreRecommendation(code: $code) { code } }',
    async prepare(db) {
      const rec = await createRecommendation(db, { archivedAt: new Date() });
      return {
        variables: { code: rec.code },
        audit: recTarget(rec.code, { archivedAt: rec.archivedAt!.toISOString() }, { archivedAt: null }),
      };
    },
  },
  createSourceDocument: {
    minRole: 'ADMIN',
    document: 'mutation M($input: CreateSourceDocumentInput!) { createSourceDocument(input: $input) { slug } }',
    async prepare() {
      const themes = [{ code: 'NEWTHEME', pillar: 'GOVERNANCE', nameZh: '新主题', nameEn: 'New theme' }];
      const recommendations = [
        { code: 'GOV-NEWTHEME-01', theme: 'NEWTHEME', titleZh: '甲', titleEn: 'A', summaryEn: 'A.', quote: '甲' },
      ];
      const input = {
        slug: 'later-plan',
        titleZh: '后续计划',
        titleEn: 'Later plan',
        themes,
        recommendations,
        content: '甲。',
      };
      return {
        variables: { input },
        audit: {
          targetType: 'SourceDocument',
          targetId: 'later-plan',
          before: null,
          after: expect.objectContaining({
            slug: 'later-plan',
            titleZh: '后续计划',
            titleEn: 'Later plan',
            themes: ['NEWTHEME'],
            recommendations: ['GOV-NEWTHEME-01'],
            contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
          }),
        },
      };
    },
  },
  addSourceDocument: {
    minRole: 'ADMIN',
    document: 'mutation M($input: AddSourceDocumentInput!) { addSourceDocument(input: $input) { slug } }',
    async prepare() {
      const input = { titleZh: '行动计划', titleEn: 'Action plan', content: '# 措施\n\n加快建立沙盒。' };
      return {
        variables: { input: { ...input, mediaType: 'text/markdown' } },
        audit: {
          targetType: 'SourceDocument',
          targetId: 'action-plan',
          before: null,
          after: expect.objectContaining({ slug: 'action-plan', kind: 'ARTICLE', mediaType: 'text/markdown' }),
        },
      };
    },
  },
  reviseSourceDocument: {
    minRole: 'ADMIN',
    document:
      'mutation M($input: ReviseSourceDocumentInput!) { reviseSourceDocument(input: $input) { revision { state } } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      const doc = await db.sourceDocument.findFirstOrThrow({ where: { themes: { some: { id: rec.themeId } } } });
      return {
        // Without the record's quote: the revision waits, and reviseSourceDocument's entry is the last.
        variables: { input: { slug: doc.slug, content: '修订后的文字。' } },
        audit: {
          targetType: 'SourceDocument',
          targetId: doc.slug,
          before: { revision: 1, contentHash: null },
          after: expect.objectContaining({ mediaType: 'text/plain', documentRevisionId: expect.any(Number) }),
        },
      };
    },
  },
  createTheme: {
    minRole: 'ADMIN',
    document: 'mutation M($input: CreateThemeInput!) { createTheme(input: $input) { code } }',
    async prepare(db) {
      const theme = await createTheme(db);
      const doc = await db.sourceDocument.findUniqueOrThrow({ where: { id: theme.documentId } });
      const input = { documentSlug: doc.slug, code: 'LATERTHEME', nameZh: '后来', nameEn: 'Later' };
      return {
        variables: { input },
        audit: { targetType: 'Theme', targetId: 'LATERTHEME', before: null, after: input },
      };
    },
  },
  linkRecommendations: {
    minRole: 'ADMIN',
    document: 'mutation M($input: LinkRecommendationsInput!) { linkRecommendations(input: $input) { code } }',
    async prepare(db) {
      const [from, to] = [await createRecommendation(db), await createRecommendation(db)];
      return {
        variables: { input: { from: from.code, to: to.code, kind: 'IMPLEMENTS' } },
        audit: recTarget(from.code, null, { to: to.code, kind: 'IMPLEMENTS' }),
      };
    },
  },
  unlinkRecommendations: {
    minRole: 'ADMIN',
    document: 'mutation M($input: LinkRecommendationsInput!) { unlinkRecommendations(input: $input) { code } }',
    async prepare(db) {
      const [from, to] = [await createRecommendation(db), await createRecommendation(db)];
      await db.recommendationLink.create({ data: { fromId: from.id, toId: to.id, kind: 'RELATED', createdBy: 'x' } });
      return {
        variables: { input: { from: to.code, to: from.code, kind: 'RELATED' } },
        audit: recTarget(to.code, { to: from.code, kind: 'RELATED' }, null),
      };
    },
  },
  extractCandidates: {
    minRole: 'ADMIN',
    document: 'mutation M($documentId: ID!) { extractCandidates(documentId: $documentId) { extraction { state } } }',
    async prepare(db) {
      const { doc, id } = await createPolicyDocument(db);
      return {
        variables: { documentId: id },
        audit: {
          targetType: 'SourceDocument',
          targetId: doc.slug,
          before: null,
          after: { proposed: 5, added: 5, kept: 0, removed: 0 },
        },
      };
    },
  },
  acceptCandidate: {
    minRole: 'ADMIN',
    document: 'mutation M($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { state } }',
    async prepare(db) {
      const { candidate, id, sandbox } = await openCandidate(db);
      return {
        variables: {
          input: { id, code: 'POL-ACCEPTED-01', theme: sandbox, titleZh: '甲', titleEn: 'A', summaryEn: 'A.' },
        },
        audit: candidateTarget(candidate.id, { state: 'ACCEPTED', recommendation: 'POL-ACCEPTED-01' }),
      };
    },
  },
  mergeCandidate: {
    minRole: 'ADMIN',
    document: 'mutation M($input: MergeCandidateInput!) { mergeCandidate(input: $input) { state } }',
    async prepare(db) {
      const { candidate, id } = await openCandidate(db);
      const rec = await createRecommendation(db);
      return {
        variables: { input: { id, code: rec.code } },
        audit: candidateTarget(candidate.id, { state: 'MERGED', recommendation: rec.code }),
      };
    },
  },
  rejectCandidate: {
    minRole: 'ADMIN',
    document: 'mutation M($input: RejectCandidateInput!) { rejectCandidate(input: $input) { state } }',
    async prepare(db) {
      const { candidate, id } = await openCandidate(db);
      return {
        variables: { input: { id, reason: 'A principle, not a measure' } },
        audit: candidateTarget(candidate.id, { state: 'REJECTED', reason: 'A principle, not a measure' }),
      };
    },
  },
  importSpreadsheet: {
    minRole: 'ANALYST',
    document:
      'mutation M($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) { applied errors { message } } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      const content = `rowKey,code,status,progress,note\r\nk-1,${rec.code},IN_PROGRESS,10,Draft published\r\n`;
      return {
        variables: { input: { kind: 'PROGRESS', format: 'CSV', content, dryRun: false } },
        audit: {
          targetType: 'Spreadsheet',
          targetId: expect.stringMatching(/^importSpreadsheet PROGRESS CSV sha256:[0-9a-f]{16}$/),
          before: null,
          after: { kind: 'PROGRESS', format: 'CSV', created: 1, updated: 0, unchanged: 0, rows: 1 },
        },
      };
    },
  },
  createOwner: {
    minRole: 'ADMIN',
    document: 'mutation M($input: CreateOwnerInput!) { createOwner(input: $input) { id } }',
    async prepare() {
      const input = {
        nameZh: '国家数据局',
        nameEn: 'National Data Administration',
        kind: 'REGULATOR',
        aliases: ['NDA'],
      };
      return {
        variables: { input },
        audit: {
          targetType: 'Owner',
          targetId: 'National Data Administration',
          before: null,
          after: { name: 'National Data Administration', ...input },
        },
      };
    },
  },
  updateOwner: {
    minRole: 'ADMIN',
    document: 'mutation M($input: UpdateOwnerInput!) { updateOwner(input: $input) { id } }',
    async prepare(db) {
      const owner = await createOwner(db);
      const was = { name: owner.name, nameZh: null, nameEn: null, kind: 'MINISTRY', aliases: [] };
      return {
        variables: { input: { id: toGlobalId('Owner', owner.id), nameEn: 'Ministry of Ecology' } },
        audit: {
          targetType: 'Owner',
          targetId: 'Ministry of Ecology',
          before: was,
          after: { ...was, name: 'Ministry of Ecology', nameEn: 'Ministry of Ecology' },
        },
      };
    },
  },
  mergeOwners: {
    minRole: 'ADMIN',
    document: 'mutation M($input: MergeOwnersInput!) { mergeOwners(input: $input) { id } }',
    async prepare(db) {
      const [source, target] = [await createOwner(db), await createOwner(db)];
      const rec = await createRecommendation(db);
      await linkOwner(db, { recommendationId: rec.id, ownerId: source.id, isLead: true });
      const shape = (name: string) => ({ name, nameZh: null, nameEn: null, kind: 'MINISTRY', aliases: [] });
      return {
        variables: { input: { sourceId: toGlobalId('Owner', source.id), targetId: toGlobalId('Owner', target.id) } },
        audit: {
          targetType: 'Owner',
          targetId: target.name,
          before: { source: shape(source.name), target: shape(target.name) },
          after: { target: { ...shape(target.name), aliases: [source.name] }, recommendations: [rec.code] },
        },
      };
    },
  },
  archiveOwner: {
    minRole: 'ADMIN',
    document: 'mutation M($id: ID!) { archiveOwner(id: $id) { archivedAt } }',
    async prepare(db) {
      const owner = await createOwner(db);
      return {
        variables: { id: toGlobalId('Owner', owner.id) },
        audit: { targetType: 'Owner', targetId: owner.name, before: { archived: false }, after: { archived: true } },
      };
    },
  },
  restoreOwner: {
    minRole: 'ADMIN',
    document: 'mutation M($id: ID!) { restoreOwner(id: $id) { archivedAt } }',
    async prepare(db) {
      const owner = await createOwner(db, { archivedAt: new Date() });
      return {
        variables: { id: toGlobalId('Owner', owner.id) },
        audit: { targetType: 'Owner', targetId: owner.name, before: { archived: true }, after: { archived: false } },
      };
    },
  },
  createUser: {
    minRole: 'ADMIN',
    document: 'mutation M($input: CreateUserInput!) { createUser(input: $input) { name } }',
    async prepare() {
      return {
        variables: { input: { name: 'newcomer', role: 'ANALYST' } },
        audit: { targetType: 'User', targetId: 'newcomer', before: null, after: { name: 'newcomer', role: 'ANALYST' } },
      };
    },
  },
  // One's own token (no userName); another account's is admins' (tests/access/accountAdmin.test.ts).
  issueToken: {
    minRole: 'VIEWER',
    document: 'mutation M($input: IssueTokenInput!) { issueToken(input: $input) { apiToken { id } } }',
    needsAccount: true,
    async prepare(db, callerToken) {
      const name = await callerName(db, callerToken);
      return {
        variables: { input: { label: 'ci' } },
        audit: {
          targetType: 'User',
          targetId: name,
          before: null,
          after: {
            tokenId: expect.any(Number),
            label: 'ci',
            prefix: expect.stringMatching(/^agt_/),
            expiresAt: null,
            readOnly: false,
          },
        },
      };
    },
  },
  // One's own token (a second one, so that the call itself is made with a live token); any as an admin.
  revokeToken: {
    minRole: 'VIEWER',
    document: 'mutation M($id: ID!) { revokeToken(id: $id) { revokedAt } }',
    async prepare(db, callerToken) {
      const name = await callerName(db, callerToken);
      const user = await db.user.findUniqueOrThrow({ where: { name } });
      const token = await db.apiToken.create({
        data: { userId: user.id, label: 'spare', tokenHash: `spare-${name}`, prefix: 'agt_spare' },
      });
      return {
        variables: { id: String(token.id) },
        audit: {
          targetType: 'User',
          targetId: name,
          before: { tokenId: token.id, revokedAt: null },
          after: { tokenId: token.id, revokedAt: expect.any(String) },
        },
      };
    },
  },
  endSession: {
    minRole: 'VIEWER',
    document: 'mutation M($id: ID!) { endSession(id: $id) { name } }',
    needsAccount: true,
    async prepare(db, callerToken) {
      const name = await callerName(db, callerToken);
      const session = await sessionOf(db, name);
      return {
        variables: { id: sessionGlobalId(session.id) },
        audit: { targetType: 'User', targetId: name, before: null, after: { sessionId: session.id } },
      };
    },
  },
  removePasskey: {
    minRole: 'VIEWER',
    document: 'mutation M($id: ID!) { removePasskey(id: $id) { name } }',
    needsAccount: true,
    async prepare(db, callerToken) {
      const name = await callerName(db, callerToken);
      const user = await db.user.findUniqueOrThrow({ where: { name } });
      const passkey = await db.passkey.create({
        data: {
          userId: user.id,
          credentialId: `credential-of-${name}`,
          publicKey: Buffer.from('not a real key'),
          userHandle: 'handle',
          name: 'Laptop',
        },
      });
      const id = passkeyGlobalId(passkey.id);
      return {
        variables: { id },
        audit: { targetType: 'User', targetId: name, before: { passkeyId: id, name: 'Laptop' }, after: null },
      };
    },
  },
  setRole: {
    minRole: 'ADMIN',
    document: 'mutation M($input: SetRoleInput!) { setRole(input: $input) { role } }',
    async prepare(db) {
      const user = await db.user.create({ data: { name: 'promoted', role: 'VIEWER' } });
      return {
        variables: { input: { userName: user.name, role: 'ANALYST' } },
        audit: { targetType: 'User', targetId: user.name, before: { role: 'VIEWER' }, after: { role: 'ANALYST' } },
      };
    },
  },
  disableUser: {
    minRole: 'ADMIN',
    document: 'mutation M($userName: String!) { disableUser(userName: $userName) { disabled } }',
    async prepare(db) {
      const user = await db.user.create({ data: { name: 'departed', role: 'VIEWER' } });
      const session = await sessionOf(db, user.name);
      return {
        variables: { userName: user.name },
        audit: {
          targetType: 'User',
          targetId: user.name,
          before: { disabledAt: null },
          after: { disabledAt: expect.any(String), endedSessionIds: [session.id] },
        },
      };
    },
  },
  enableUser: {
    minRole: 'ADMIN',
    document: 'mutation M($userName: String!) { enableUser(userName: $userName) { disabled } }',
    async prepare(db) {
      const disabledAt = new Date('2026-12-01T00:00:00Z');
      const user = await db.user.create({ data: { name: 'returning', role: 'VIEWER', disabledAt } });
      return {
        variables: { userName: user.name },
        audit: {
          targetType: 'User',
          targetId: user.name,
          before: { disabledAt: disabledAt.toISOString() },
          after: { disabledAt: null },
        },
      };
    },
  },
  endSessions: {
    minRole: 'ADMIN',
    document: 'mutation M($userName: String!) { endSessions(userName: $userName) { name } }',
    async prepare(db) {
      const user = await db.user.create({ data: { name: 'signed-in', role: 'VIEWER' } });
      const session = await sessionOf(db, user.name);
      return {
        variables: { userName: user.name },
        audit: { targetType: 'User', targetId: user.name, before: null, after: { sessionIds: [session.id] } },
      };
    },
  },
  setPassword: {
    minRole: 'ADMIN',
    document: 'mutation M($input: SetPasswordInput!) { setPassword(input: $input) { name } }',
    async prepare(db) {
      const user = await db.user.create({ data: { name: 'forgetful', role: 'VIEWER' } });
      return {
        variables: { input: { userName: user.name, password: 'a long fresh passphrase' } },
        audit: { targetType: 'User', targetId: user.name, before: null, after: { endedSessionIds: [] } },
      };
    },
  },
  addMembership: {
    minRole: 'ADMIN',
    document: 'mutation M($input: MembershipInput!) { addMembership(input: $input) { name } }',
    async prepare(db) {
      const [user, owner] = [
        await db.user.create({ data: { name: 'joiner', role: 'ANALYST' } }),
        await createOwner(db),
      ];
      return {
        variables: { input: { userName: user.name, ownerId: toGlobalId('Owner', owner.id) } },
        audit: {
          targetType: 'User',
          targetId: user.name,
          before: { memberships: [] },
          after: { memberships: [owner.name] },
        },
      };
    },
  },
  removeMembership: {
    minRole: 'ADMIN',
    document: 'mutation M($input: MembershipInput!) { removeMembership(input: $input) { name } }',
    async prepare(db) {
      const [user, owner] = [
        await db.user.create({ data: { name: 'leaver', role: 'ANALYST' } }),
        await createOwner(db),
      ];
      await db.membership.create({ data: { userId: user.id, ownerId: owner.id } });
      return {
        variables: { input: { userName: user.name, ownerId: toGlobalId('Owner', owner.id) } },
        audit: {
          targetType: 'User',
          targetId: user.name,
          before: { memberships: [owner.name] },
          after: { memberships: [] },
        },
      };
    },
  },
  changePassword: {
    minRole: 'VIEWER',
    document: 'mutation M($input: ChangePasswordInput!) { changePassword(input: $input) { name } }',
    needsAccount: true,
    // The caller's password is set first.
    async prepare(db, callerToken) {
      const name = await callerName(db, callerToken);
      await db.user.update({ where: { name }, data: { passwordHash: await hash('the old passphrase') } });
      return {
        variables: { input: { currentPassword: 'the old passphrase', newPassword: 'a long fresh passphrase' } },
        audit: { targetType: 'User', targetId: name, before: null, after: { endedSessionIds: [] } },
      };
    },
  },
  follow: {
    minRole: 'VIEWER',
    document: 'mutation M($input: FollowInput!) { follow(input: $input) { recommendations { code } } }',
    async prepare(db) {
      const rec = await createRecommendation(db);
      return {
        variables: { input: { recommendationCode: rec.code } },
        audit: { targetType: 'User', targetId: 'auditor', before: null, after: { recommendation: rec.code } },
      };
    },
  },
  setPreferences: {
    minRole: 'VIEWER',
    document: 'mutation M($input: SetPreferencesInput!) { setPreferences(input: $input) { preferences { language } } }',
    async prepare() {
      return {
        variables: { input: { language: 'ZH', chartsOpen: true } },
        audit: { targetType: 'User', targetId: 'auditor', before: null, after: { language: 'ZH', chartsOpen: true } },
      };
    },
  },
  unfollow: {
    minRole: 'VIEWER',
    document: 'mutation M($input: FollowInput!) { unfollow(input: $input) { recommendations { code } } }',
    // The audit suite's caller is `auditor`: it follows the record first, so that unfollowing changes something.
    async prepare(db) {
      const rec = await createRecommendation(db);
      await db.follow.create({ data: { userName: 'auditor', recommendationId: rec.id } });
      return {
        variables: { input: { recommendationCode: rec.code } },
        audit: { targetType: 'User', targetId: 'auditor', before: { recommendation: rec.code }, after: null },
      };
    },
  },
};

/** A webhook as createWebhook leaves it, on a public address (no call is made while no event happens). */
const createHook = (db: Db) =>
  db.webhook.create({
    data: {
      url: 'https://hooks.example.org/tracker',
      events: ['PROGRESS_LOGGED'],
      secret: 'whsec_dGVzdA==',
      createdBy: 'admin',
    },
  });

/** An open proposal to implement a record at 90 %, by an analyst of its own (a second pair of eyes). */
async function openProposal(db: Db) {
  const rec = await createRecommendation(db, { status: 'IN_PROGRESS', progress: 90, version: 3 });
  const { user } = await createUserWithToken(db, 'ANALYST');
  const proposal = await db.proposal.create({
    data: {
      recommendationId: rec.id,
      proposerId: user.id,
      proposerName: user.name,
      statusBefore: 'IN_PROGRESS',
      progressBefore: 90,
      baseVersion: 3,
      status: 'IMPLEMENTED',
      progress: 100,
      note: 'Rules in force',
      evidenceUrls: ['https://example.gov.cn/rules'],
      occurredOn: new Date(Date.UTC(2026, 10, 1)),
    },
  });
  return { rec, proposal, id: globalId('Proposal', proposal.id) };
}

// A second pair of eyes (src/domain/log/review.ts).
Object.assign(MUTATIONS, {
  approveProposal: {
    minRole: 'REVIEWER',
    document: 'mutation M($input: ApproveProposalInput!) { approveProposal(input: $input) { proposal { state } } }',
    async prepare(db) {
      const { rec, proposal, id } = await openProposal(db);
      return {
        variables: { input: { id, expectedVersion: 3 } },
        audit: recTarget(
          rec.code,
          { status: 'IN_PROGRESS', progress: 90, version: 3, proposalId: proposal.id, proposalState: 'OPEN' },
          {
            status: 'IMPLEMENTED',
            progress: 100,
            version: 4,
            updateId: expect.any(Number),
            proposalId: proposal.id,
            proposalState: 'APPROVED',
          },
        ),
      };
    },
  },
  rejectProposal: {
    minRole: 'REVIEWER',
    document: 'mutation M($input: RejectProposalInput!) { rejectProposal(input: $input) { proposal { state } } }',
    async prepare(db) {
      const { rec, proposal, id } = await openProposal(db);
      return {
        variables: { input: { id, reason: 'The rules are only a draft' } },
        audit: recTarget(
          rec.code,
          { status: 'IN_PROGRESS', progress: 90, version: 3, proposalId: proposal.id, proposalState: 'OPEN' },
          {
            status: 'IN_PROGRESS',
            progress: 90,
            version: 3,
            reason: 'The rules are only a draft',
            proposalId: proposal.id,
            proposalState: 'REJECTED',
          },
        ),
      };
    },
  },
} satisfies Record<string, MutationRow>);

export function mutationRow(name: string): MutationRow {
  const row = MUTATIONS[name];
  if (!row)
    throw new Error(
      `Mutation ${name} has no row in tests/security/support/mutations.ts: add its required role and a successful call.`,
    );
  return row;
}

/** The account a token acts for; for a caller without one (anonymous, ADMIN_TOKEN), a new account's name. */
async function callerName(db: Db, token: string | null | undefined) {
  const row = token
    ? await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } })
    : null;
  return row?.user.name ?? (await db.user.create({ data: { name: `someone-${Date.now()}`, role: 'VIEWER' } })).name;
}

/** A live session of the user named `name`, opened as sign-in would (without its cookie's secret). */
async function sessionOf(db: Db, name: string) {
  const user = await db.user.findUniqueOrThrow({ where: { name } });
  const now = new Date();
  return db.session.create({
    data: { userId: user.id, idHash: `test-${name}-${now.getTime()}`, expiresAt: new Date(now.getTime() + 3_600_000) },
  });
}
