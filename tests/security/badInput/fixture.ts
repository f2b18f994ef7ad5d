// The rows every bad-input case starts from. Identities restart at 1 on reset, so ids are fixed.
import type { Db } from '../../../src/db/client';
import { hashToken } from '../../../src/domain/access/auth';
import { createIndicator } from '../../helpers/factories';

export const FX = {
  doc: 'base-doc',
  theme: 'SANDBOX',
  rec: 'GOV-SANDBOX-01',
  /** A second live record, for links. */
  linked: 'GOV-SANDBOX-03',
  archived: 'GOV-SANDBOX-02',
  user: 'carol',
  tokenId: '1',
  /** The bearer token of `user`'s API token 1 (an account of its own, for the operations on one's own account). */
  userToken: 'bad-input-fixture-token-carol',
  /** The bearer token of a named admin (`dana`), for what ADMIN_TOKEN, which names no person, may not do. */
  namedAdminToken: 'bad-input-fixture-token-dana',
  /** Global ids (base64url of `Owner:1`, `Owner:2`) of two owners. */
  ownerA: 'T3duZXI6MQ',
  ownerB: 'T3duZXI6Mg',
  /** The global id of Proposal 1 (`Proposal:1`), an open proposal on `rec`. */
  proposalId: Buffer.from('Proposal:1').toString('base64url'),
  /** The global id of Indicator 1 (`Indicator:1`), on `rec`. */
  indicatorId: Buffer.from('Indicator:1').toString('base64url'),
  /** A document with a text and a theme of its own (`candidateTheme`), for the candidates' curation. */
  candidateDoc: Buffer.from('SourceDocument:2').toString('base64url'),
  candidateTheme: 'POLICY',
  /** The global id of Candidate 1 (`Candidate:1`), an open candidate of `candidateDoc`. */
  candidateId: Buffer.from('Candidate:1').toString('base64url'),
} as const;

export async function createFixture(db: Db): Promise<void> {
  // Its text holds the quotes the cases write (引文, 新引文, 改引文): quotes are checked against it.
  const doc = await db.sourceDocument.create({
    data: { slug: FX.doc, titleZh: '文件', titleEn: 'Document', text: '引文。新引文。改引文。' },
  });
  const theme = await db.theme.create({
    data: { code: FX.theme, pillar: 'GOVERNANCE', nameZh: '沙盒', nameEn: 'Sandbox', documentId: doc.id },
  });
  const base = { themeId: theme.id, titleZh: '建议', titleEn: 'Recommendation', summaryEn: 'Summary.', quote: '引文' };
  const rec = await db.recommendation.create({ data: { ...base, code: FX.rec } });
  await db.recommendation.create({
    data: { ...base, code: FX.archived, archivedAt: new Date('2026-01-01T00:00:00Z') },
  });
  await createIndicator(db, rec.id);
  await db.recommendation.create({ data: { ...base, code: FX.linked } });
  await db.owner.create({ data: { name: 'Owner A', kind: 'MINISTRY' } });
  await db.owner.create({ data: { name: 'Owner B', kind: 'REGULATOR' } });
  const user = await db.user.create({ data: { name: FX.user, role: 'VIEWER' } });
  await db.apiToken.create({
    data: { userId: user.id, label: 'laptop', tokenHash: hashToken(FX.userToken), prefix: FX.userToken.slice(0, 8) },
  });
  const dana = await db.user.create({ data: { name: 'dana', role: 'ADMIN' } });
  await db.apiToken.create({
    data: {
      userId: dana.id,
      label: 'desk',
      tokenHash: hashToken(FX.namedAdminToken),
      prefix: FX.namedAdminToken.slice(0, 8),
    },
  });
  await db.proposal.create({
    data: {
      recommendationId: rec.id,
      proposerName: 'li',
      statusBefore: 'NOT_STARTED',
      progressBefore: 0,
      baseVersion: 1,
      status: 'PLANNED',
      progress: 5,
      note: 'Planned',
      occurredOn: new Date('2026-01-01T00:00:00Z'),
    },
  });
  const quote = '应加快完善相关制度安排';
  const policy = await db.sourceDocument.create({
    data: { slug: 'policy-doc', titleZh: '政策', titleEn: 'Policy', text: `${quote}。`, language: 'zh' },
  });
  await db.theme.create({
    data: { code: FX.candidateTheme, nameZh: '制度', nameEn: 'Rules', documentId: policy.id },
  });
  await db.candidate.create({
    data: {
      documentId: policy.id,
      quote,
      start: 0,
      end: quote.length,
      suggestedTitle: '加快完善相关制度安排',
      confidence: 0.75,
      reason: 'modal 应 opens a directive clause',
    },
  });
}
