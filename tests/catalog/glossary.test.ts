// The catalog's glossary (prisma/catalog/glossary.json): one English rendering per recurring Chinese term.
import * as fs from 'fs';
import * as path from 'path';
import { readCatalog, type CatalogRecord } from '../../prisma/catalogFile';

interface Term {
  zh: string;
  en: string;
  avoid: string[];
}

const glossary = JSON.parse(fs.readFileSync(path.join(__dirname, '../../prisma/catalog/glossary.json'), 'utf8')) as {
  terms: Term[];
};
const live = readCatalog().recommendations;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (phrase: string) => new RegExp(`(?<![\\w-])${escape(phrase)}(?![\\w-])`, 'i');

/** Each English text that uses a rendering to avoid for a term its record's Chinese title or quote contains. */
function glossaryProblems(records: CatalogRecord[], terms: Term[]): string[] {
  return records.flatMap((r) =>
    terms
      .filter((t) => `${r.titleZh} ${r.quote}`.includes(t.zh))
      .flatMap((t) =>
        (['titleEn', 'summaryEn'] as const).flatMap((field) =>
          t.avoid.filter((a) => wholeWords(a).test(r[field])).map((a) => `${r.code}.${field}: "${a}" for ${t.zh}`),
        ),
      ),
  );
}

describe('the glossary', () => {
  it('gives each term its Chinese, the English to use and the renderings to avoid, once', () => {
    for (const t of glossary.terms) {
      expect({
        [t.zh]: [t.en.trim() !== '', t.avoid.length > 0, t.avoid.every((a) => !wholeWords(a).test(t.en))],
      }).toEqual({
        [t.zh]: [true, true, true],
      });
    }
    const zh = glossary.terms.map((t) => t.zh);
    expect(new Set(zh).size).toBe(zh.length);
    expect(zh).toEqual(expect.arrayContaining(['监管', '沙盒监管', '算力', '两新', '企业', '创新联合体']));
  });

  it('is followed by the English title and summary of every live record whose Chinese uses a term', () => {
    expect(glossaryProblems(live, glossary.terms)).toEqual([]);
  });

  it('would catch a rendering to avoid, as whole words only', () => {
    const rec = live.find((r) => r.code === 'GOV-SANDBOX-05')!; // 持续提升监管技术能力
    const drifted = [
      { ...rec, code: 'X-OVERSIGHT', summaryEn: 'Strengthen the oversight capacity of regulators.' },
      { ...rec, code: 'X-FIRMS', titleZh: '引导企业开源', titleEn: 'Guide firms toward open source' },
      { ...rec, code: 'X-FIRMLY', titleZh: '引导企业开源', titleEn: 'Firmly guide enterprises toward open source' },
    ];
    expect(glossaryProblems(drifted, glossary.terms)).toEqual([
      'X-OVERSIGHT.summaryEn: "oversight" for 监管',
      'X-FIRMS.titleEn: "firms" for 企业',
    ]);
  });
});
