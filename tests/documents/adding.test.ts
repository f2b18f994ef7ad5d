// Adding a document from each format: its stored text, sections and themes; the upload route's refusals; the
// same text twice. The PDF and the DOCX are made here (files.ts), so that what they hold is in plain sight.
import request from 'supertest';
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createUserWithToken } from '../helpers/factories';
import { AddDocumentDocument, DocumentDocument, LegacyDocumentDocument } from '../__generated__/documents';
import type { AddSourceDocumentInput } from '../__generated__/schemaTypes';
import { DOCX, PDF } from '../../src/domain/documents/fileChecks';
import { docx, pdfWithText, scannedPdf, zipBomb } from './files';

const s = useTestServer({ reset: true, env: { DOCUMENT_MAX_BYTES: '200000' } });

const base = { titleZh: '人工智能行动计划', titleEn: 'AI Action Plan' };
const add = (input: Partial<AddSourceDocumentInput>, token: string | null = ADMIN_TOKEN) =>
  s.exec(AddDocumentDocument, { input: { ...base, ...input } }, token);

function upload(bytes: Buffer, type: string, token: string | null = ADMIN_TOKEN) {
  const req = request(s.http).post('/documents/upload');
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.attach('file', bytes, { filename: 'plan', contentType: type });
}

const MARKDOWN = [
  '# 总体要求',
  '',
  '**加快构建沙盒监管制度。**在限定范围内试行新产品，',
  '',
  '并及时总结经验。',
  '',
  '# 重点任务',
  '',
  '推动全球治理协作。',
].join('\n');

describe('addSourceDocument', () => {
  it('keeps Markdown as normalised text with its headings as sections and one theme per top-level section', async () => {
    const res = await add({ content: MARKDOWN, mediaType: 'text/markdown', kind: 'PLAN', publisher: '国务院' });
    expect(res.errors).toBeUndefined();
    const doc = res.data!.addSourceDocument;
    const text =
      '总体要求\n\n加快构建沙盒监管制度。在限定范围内试行新产品，并及时总结经验。\n\n重点任务\n\n推动全球治理协作。';
    expect(doc).toEqual({
      slug: 'ai-action-plan',
      titleEn: 'AI Action Plan',
      kind: 'PLAN',
      publisher: '国务院',
      language: 'zh',
      mediaType: 'text/markdown',
      text,
      sections: [
        { heading: '总体要求', start: 0, end: text.indexOf('重点任务') },
        { heading: '重点任务', start: text.indexOf('重点任务'), end: text.length },
      ],
      themes: [
        { code: 'AIACTIONPLAN1', nameZh: '总体要求', nameEn: '总体要求', pillar: null, sectionZh: '总体要求' },
        { code: 'AIACTIONPLAN2', nameZh: '重点任务', nameEn: '重点任务', pillar: null, sectionZh: '重点任务' },
      ],
    });
    const row = await s.db.sourceDocument.findUniqueOrThrow({ where: { slug: 'ai-action-plan' } });
    const original = await s.db.evidenceArchive.findUniqueOrThrow({ where: { sha256: row.originalSha256! } });
    expect(Buffer.from(original.bytes).toString('utf8')).toBe(MARKDOWN);
    expect(row.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps plain text, with the themes it is given', async () => {
    const themes = [{ code: 'RULES', nameZh: '规则', nameEn: 'Rules', pillar: 'GOVERNANCE' as const }];
    const res = await add({
      content: 'Providers shall\nregister models.\n\n\nRegulators should publish lists.',
      themes,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addSourceDocument).toMatchObject({
      language: 'en',
      mediaType: 'text/plain',
      text: 'Providers shall register models.\n\nRegulators should publish lists.',
      sections: [],
      themes: [{ code: 'RULES', pillar: 'GOVERNANCE' }],
    });
  });

  it('reduces HTML to its main text: scripts never run and no markup is stored', async () => {
    const html =
      '<html><head><script>globalThis.ran = true</script><style>p{}</style></head><body><nav>Menu</nav>' +
      '<article><h2>Measures</h2><p onclick="steal()">Regulators <b>shall</b> test products.<script>alert(1)</script></p>' +
      '<p>Providers must <a href="javascript:alert(1)">report</a> incidents.</p></article></body></html>';
    const res = await add({ content: html, mediaType: 'text/html' });
    expect(res.errors).toBeUndefined();
    const doc = res.data!.addSourceDocument;
    expect(doc.text).toBe('Measures\n\nRegulators shall test products.\n\nProviders must report incidents.');
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    const row = await s.db.sourceDocument.findUniqueOrThrow({ where: { slug: doc.slug } });
    expect(row.originalSha256).toBeNull(); // the markup is not kept
    expect(await s.db.evidenceArchive.count()).toBe(0);
  });

  it('adds a PDF made in the test, through an upload, and keeps the file in the evidence store', async () => {
    const pdf = await pdfWithText([
      ['The ministry shall establish a sandbox', 'for AI products.'],
      ['Providers must report.'],
    ]);
    const up = await upload(pdf, PDF).expect(201);
    const res = await add({ uploadId: up.body.uploadId });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addSourceDocument).toMatchObject({
      mediaType: PDF,
      text: 'The ministry shall establish a sandbox for AI products.\n\nProviders must report.',
    });
    const row = await s.db.sourceDocument.findUniqueOrThrow({ where: { slug: 'ai-action-plan' } });
    const kept = await s.db.evidenceArchive.findUniqueOrThrow({ where: { sha256: row.originalSha256! } });
    expect(Buffer.from(kept.bytes).equals(pdf)).toBe(true);
    // An upload is used once.
    expect(errorCode(await add({ uploadId: up.body.uploadId, titleEn: 'Again' }))).toBe('BAD_USER_INPUT');
  });

  it('adds a DOCX made in the test, with its headings and bold lead sentence', async () => {
    const file = await docx([
      { heading: 'Key measures' },
      { bold: 'Build a sandbox. ', text: 'Regulators shall test new products.' },
      { heading: 'Cooperation' },
      { text: 'China will take part in global governance.' },
    ]);
    const up = await upload(file, DOCX).expect(201);
    const res = await add({ uploadId: up.body.uploadId });
    expect(res.errors).toBeUndefined();
    const doc = res.data!.addSourceDocument;
    expect(doc.text).toBe(
      'Key measures\n\nBuild a sandbox. Regulators shall test new products.\n\nCooperation\n\nChina will take part in global governance.',
    );
    expect(doc.sections.map((x) => x.heading)).toEqual(['Key measures', 'Cooperation']);
    const row = await s.db.sourceDocument.findUniqueOrThrow({ where: { slug: doc.slug } });
    expect(row.emphasis).toEqual([{ start: 14, end: 30 }]);
  });

  it('refuses the same text twice, by the hash of its normalised text, and stores nothing', async () => {
    expect((await add({ content: MARKDOWN, mediaType: 'text/markdown' })).errors).toBeUndefined();
    const again = await add({
      content: `${MARKDOWN.replace(/\n/g, '\n\n')}\n`,
      mediaType: 'text/markdown',
      titleEn: 'Copy',
    });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toContain('ai-action-plan');
    expect(await s.db.sourceDocument.count()).toBe(1);
  });

  it('refuses an unsupported media type, content and upload together, and non-admins', async () => {
    const bad = await add({ content: 'x', mediaType: 'application/pdf' });
    expect({ code: errorCode(bad), field: bad.errors![0].extensions!.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'mediaType',
    });
    expect(errorCode(await add({ content: 'x', uploadId: 'y' }))).toBe('BAD_USER_INPUT');
    const analyst = await createUserWithToken(s.db, 'ANALYST');
    expect(errorCode(await add({ content: 'Some text.' }, analyst.token))).toBe('FORBIDDEN');
    expect(await s.db.sourceDocument.count()).toBe(0);
  });

  it('keeps createSourceDocument, deprecated, over the same service: content required, quotes checked', async () => {
    const themes = [{ code: 'OLD', nameZh: '旧', nameEn: 'Old', pillar: 'GOVERNANCE' as const }];
    const rec = { code: 'GOV-OLD-01', theme: 'OLD', titleZh: '甲', titleEn: 'A', summaryEn: 'A.', quote: '建立沙盒' };
    const input = { slug: 'old-way', titleZh: '旧', titleEn: 'Old way', themes, recommendations: [rec] };
    expect(errorCode(await s.exec(LegacyDocumentDocument, { input }, ADMIN_TOKEN))).toBe('BAD_USER_INPUT');
    const wrong = await s.exec(LegacyDocumentDocument, { input: { ...input, content: '建立监管沙盒。' } }, ADMIN_TOKEN);
    expect(wrong.errors![0].extensions!.field).toBe('recommendations.0.quote');
    const res = await s.exec(LegacyDocumentDocument, { input: { ...input, content: '要建立沙盒。' } }, ADMIN_TOKEN);
    expect(res.data).toEqual({ createSourceDocument: { slug: 'old-way', text: '要建立沙盒。' } });
  });
});

describe('POST /documents/upload', () => {
  it('refuses a file over DOCUMENT_MAX_BYTES with 413', async () => {
    const res = await upload(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300_000, 0x20)]), PDF);
    expect(res.status).toBe(413);
    expect(await s.db.documentUpload.count()).toBe(0);
  });

  it('refuses an unsupported type with 415', async () => {
    const res = await upload(Buffer.from('hello'), 'text/plain');
    expect(res.status).toBe(415);
  });

  it('refuses a DOCX that is not a zip, and a zip bomb, from the zip directory alone', async () => {
    const notZip = await upload(Buffer.from('PK but no zip at all'), DOCX);
    expect({ status: notZip.status, message: notZip.body.errors[0].message }).toEqual({
      status: 400,
      message: 'The file is not a DOCX: it is not a zip archive.',
    });
    const bomb = await upload(await zipBomb(), DOCX);
    expect(bomb.status).toBe(400);
    expect(bomb.body.errors[0].message).toMatch(/zip bomb: word\/document.xml would inflate 20000000 bytes/);
    expect(await s.db.documentUpload.count()).toBe(0);
  });

  it('refuses a scanned PDF (no text layer) when it is added: OCR is not supported', async () => {
    const up = await upload(await scannedPdf(), PDF).expect(201);
    const res = await add({ uploadId: up.body.uploadId });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('OCR is not supported');
    expect(res.errors![0].extensions!.field).toBe('uploadId');
    expect(await s.db.sourceDocument.count()).toBe(0);
  });

  it('refuses a malformed PDF with its reason, parsed in the worker', async () => {
    const up = await upload(Buffer.from('%PDF-1.4\n1 0 obj garbage'), PDF).expect(201);
    const res = await add({ uploadId: up.body.uploadId });
    expect(res.errors![0].message).toBe('The file could not be read as a PDF.');
  });

  it('takes no upload from an anonymous caller, and another caller cannot use an upload', async () => {
    expect((await upload(await pdfWithText([['x']]), PDF, null)).status).toBe(401);
    const up = await upload(await pdfWithText([['Text.']]), PDF).expect(201);
    const other = await createUserWithToken(s.db, 'ADMIN');
    expect(errorCode(await add({ uploadId: up.body.uploadId }, other.token))).toBe('BAD_USER_INPUT');
  });

  it('reads the document back by its slug', async () => {
    await add({ content: MARKDOWN, mediaType: 'text/markdown' });
    const res = await s.exec(DocumentDocument, { slug: 'ai-action-plan' });
    expect(res.data!.document).toMatchObject({ revision: 1, pendingRevision: null, mediaType: 'text/markdown' });
  });
});
