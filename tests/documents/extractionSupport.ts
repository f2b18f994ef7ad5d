// Documents for the extraction's and the curation's tests, stored as addSourceDocument stores them: the text laid
// out from Markdown (src/domain/catalog/documentText.ts), with its sections and bold leads.
import type { Db } from '../../src/db/client';
import { layoutText, markdownBlocks } from '../../src/domain/catalog/documentText';
import { toGlobalId } from '../../src/domain/globalId';

const POLICY_MARKDOWN = [
  '## 治理体系',
  '',
  '**构建沙盒监管模式。**人工智能创新产品具有“黑箱”属性。未来，应加快完善相关制度安排，设定沙盒监管的准入、运行与退出规则，明确对企业技术安全性的要求。建立分级响应机制，对应不同风险等级事件采取不同的应对措施。',
  '',
  '**建立风险防控机制。**要压实人工智能企业的安全主体责任，推动企业健全风险防控机制。',
].join('\n');

/** The five candidates POLICY_MARKDOWN proposes, in text order. */
export const POLICY_CANDIDATES = [
  '应加快完善相关制度安排，设定沙盒监管的准入、运行与退出规则',
  '明确对企业技术安全性的要求',
  '建立分级响应机制，对应不同风险等级事件采取不同的应对措施',
  '要压实人工智能企业的安全主体责任',
  '推动企业健全风险防控机制',
];

let seq = 0;

/** A document with POLICY_MARKDOWN's text (or another) and a theme per bold lead; its global id and theme codes. */
export async function createPolicyDocument(db: Db, markdown = POLICY_MARKDOWN) {
  const n = ++seq;
  const { text, sections, emphasis } = layoutText(markdownBlocks(markdown));
  const doc = await db.sourceDocument.create({
    data: {
      slug: `policy-${n}`,
      titleZh: `政策${n}`,
      titleEn: `Policy ${n}`,
      language: 'zh',
      text,
      sections: [...sections],
      emphasis: [...emphasis],
      themes: {
        create: [
          { code: `SANDBOX${n}`, nameZh: '构建沙盒监管模式', nameEn: 'Sandbox', sortOrder: 1 },
          { code: `RISK${n}`, nameZh: '建立风险防控机制', nameEn: 'Risk', sortOrder: 2 },
        ],
      },
    },
  });
  return { doc, id: toGlobalId('SourceDocument', doc.id), sandbox: `SANDBOX${n}`, risk: `RISK${n}` };
}
