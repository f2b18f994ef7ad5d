import * as fs from 'fs';
import * as path from 'path';
import { mainArticle, normalizeArticle, normalizeQuote } from '../../src/domain/catalog/normalizeArticle';
import {
  allRecords,
  readCatalog,
  readCatalogRevision,
  revisionOf,
  ORIGIN_FIELDS,
  type CatalogRecord,
} from '../../prisma/catalogFile';
import { quoteProblems } from './quoteRules';
import { seededArticleText } from '../../src/domain/catalog/seededArticle';
import { findQuote } from '../../src/domain/catalog/quoteCheck';

const catalogDir = path.join(__dirname, '../../prisma/catalog');
const catalog = readCatalog();
const articleFile = fs.readFileSync(path.join(catalogDir, 'source-article.zh.txt'), 'utf8');
const article = mainArticle(articleFile);
const wholeFile = normalizeArticle(articleFile);
const records = allRecords(catalog);

// Text that exists only after the article's end: the second article, and the reprint of our sandbox paragraph
// glued to the second article's last sentence before it.
const SECOND_ARTICLE_QUOTE = '全球治理倡议强调奉行主权平等、遵守国际法、践行多边主义';
const REPRINT_JOIN_QUOTE = '也是全球治理倡议的积极践行者。容的试验环境';
const REPRINTED_PASSAGE = normalizeQuote('允许其在限定规模、限定场景内试运行新产品、新服务、新模式与新技术');

const count = (text: string, part: string) => text.split(part).length - 1;

/** Pairs of records whose quotes share any stretch of the article, in article order. */
function overlappingQuotes(list: CatalogRecord[], text: string): string[] {
  const spans = list
    .map((r) => ({ code: r.code, start: text.indexOf(r.quote), end: text.indexOf(r.quote) + r.quote.length }))
    .sort((a, b) => a.start - b.start);
  return spans.flatMap((a, i) =>
    spans
      .slice(i + 1)
      .filter((b) => b.start < a.end)
      .map((b) => `${a.code} / ${b.code}`),
  );
}

describe('the article the quotes are checked against', () => {
  it('is the main article alone: the second article and the reprinted passage are cut off', () => {
    expect({
      reprintInFile: count(wholeFile, REPRINTED_PASSAGE),
      reprintInArticle: count(article, REPRINTED_PASSAGE),
      secondArticleInFile: wholeFile.includes(SECOND_ARTICLE_QUOTE),
      secondArticleInArticle: article.includes(SECOND_ARTICLE_QUOTE),
    }).toEqual({ reprintInFile: 2, reprintInArticle: 1, secondArticleInFile: true, secondArticleInArticle: false });
  });

  it("is what the seeded document's stored text holds: the quote rule every document's records follow finds each quote", () => {
    const stored = seededArticleText(articleFile).text;
    expect(records.filter((r) => !findQuote(stored, r.quote)).map((r) => r.code)).toEqual([]);
    expect(findQuote(stored, SECOND_ARTICLE_QUOTE)).toBeNull();
  });

  it('contains the paragraph of every theme', () => {
    for (const t of catalog.themes) expect({ [t.code]: article.includes(`${t.nameZh}。`) }).toEqual({ [t.code]: true });
  });
});

describe('recommendation catalog', () => {
  const recs = catalog.recommendations;
  const themeByCode = new Map(catalog.themes.map((t) => [t.code, t]));
  const sample = recs.find((r) => r.theme === 'SANDBOX')!;

  it('keeps every quote, withdrawn records included, verbatim inside its own theme and without closing punctuation', () => {
    expect(quoteProblems(catalog, article, records)).toEqual([]);
  });

  it('would refuse a quote from the second article, from the reprint, with a closing full stop or in another theme', () => {
    const bad = [
      { ...sample, code: 'X-SECOND', quote: SECOND_ARTICLE_QUOTE },
      { ...sample, code: 'X-REPRINT', quote: REPRINT_JOIN_QUOTE },
      { ...sample, code: 'X-STOP', quote: `${sample.quote}。` },
      { ...sample, code: 'X-THEME', theme: 'LAW' },
      { ...sample, code: 'X-LAYOUT', quote: `${sample.quote.slice(0, 4)}\n${sample.quote.slice(4)}` },
    ];
    expect(quoteProblems(catalog, article, bad)).toEqual([
      'X-SECOND: not in the article',
      'X-REPRINT: not in the article',
      'X-STOP: ends with closing punctuation',
      'X-THEME: outside its theme',
      'X-LAYOUT: layout characters in the quote',
    ]);
  });

  it('gives every record a unique code whose prefix matches its pillar and theme', () => {
    const codes = records.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of records) {
      expect(r.code).toMatch(/^(GOV|DEV)-[A-Z]+-\d{2}$/);
      const prefix = themeByCode.get(r.theme)?.pillar === 'DEVELOPMENT' ? 'DEV' : 'GOV';
      expect(r.code.startsWith(`${prefix}-${r.theme}-`)).toBe(true);
    }
  });

  it('lists the active records of each theme in article order', () => {
    for (const t of catalog.themes) {
      const positions = recs.filter((r) => r.theme === t.code).map((r) => article.indexOf(r.quote));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('covers all nine themes, four for development and five for governance, each with an active record', () => {
    expect(catalog.themes).toHaveLength(9);
    expect(catalog.themes.filter((t) => t.pillar === 'DEVELOPMENT')).toHaveLength(4);
    expect(catalog.themes.filter((t) => t.pillar === 'GOVERNANCE')).toHaveLength(5);
    for (const t of catalog.themes) expect(recs.some((r) => r.theme === t.code)).toBe(true);
  });

  it('never uses the same quote for two active records', () => {
    const quotes = recs.map((r) => r.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('quotes each active record once in the article, and no two active records quote overlapping text', () => {
    expect(recs.filter((r) => count(article, r.quote) !== 1).map((r) => r.code)).toEqual([]);
    expect(overlappingQuotes(recs, article)).toEqual([]);
  });

  it('would report two active records quoting overlapping text', () => {
    const [a, b] = recs.filter((r) => r.theme === 'DIGITAL');
    const joined = article.slice(article.indexOf(a.quote) + 2, article.indexOf(b.quote) + 3);
    expect(overlappingQuotes([a, b, { ...b, code: 'X-OVERLAP', quote: joined }], article)).toEqual([
      `${a.code} / X-OVERLAP`,
      `X-OVERLAP / ${b.code}`,
    ]);
  });

  it('gives every active record a Chinese summary of its own words: not the quote, at most two sentences', () => {
    const problems = recs.flatMap((r) => {
      const zh = r.summaryZh?.trim() ?? '';
      if (!/\p{Script=Han}/u.test(zh)) return [`${r.code}: no Chinese summary`];
      if (normalizeQuote(zh).replace(/[。，；]/gu, '') === r.quote.replace(/[。，；]/gu, ''))
        return [`${r.code}: copies the quote`];
      return zh.split('。').filter((x) => x.trim()).length > 2 ? [`${r.code}: more than two sentences`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('has non-empty titles and summaries with English titles of at most 120 characters', () => {
    for (const r of records) {
      expect(r.titleZh.trim()).not.toBe('');
      expect(r.titleEn.trim()).not.toBe('');
      expect(r.summaryEn.trim()).not.toBe('');
      expect(r.titleZh.length).toBeLessThanOrEqual(30);
      expect(r.titleEn.length).toBeLessThanOrEqual(120);
    }
  });
});

describe('catalog revisions', () => {
  const revision = revisionOf(catalog);
  const earlier = Array.from({ length: revision - 1 }, (_, i) => readCatalogRevision(i + 1));

  it('keeps every earlier revision, numbered 1 up to the current one', () => {
    expect(earlier.map(revisionOf)).toEqual(Array.from({ length: revision - 1 }, (_, i) => i + 1));
  });

  it('never drops a code an earlier revision had: a record leaves only by being withdrawn', () => {
    const codes = new Set(records.map((r) => r.code));
    for (const old of earlier)
      for (const r of allRecords(old)) expect({ [r.code]: codes.has(r.code) }).toEqual({ [r.code]: true });
  });

  it('numbers new records after the highest code their theme ever had', () => {
    const before = new Set(earlier.flatMap((old) => allRecords(old).map((r) => r.code)));
    for (const r of records.filter((rec) => !before.has(rec.code))) {
      const highest = Math.max(
        ...[...before].filter((c) => c.startsWith(r.code.slice(0, -2))).map((c) => Number(c.slice(-2))),
      );
      expect(Number(r.code.slice(-2))).toBeGreaterThan(highest);
    }
  });

  it('says why and since when each record was withdrawn, and splits into withdrawn records only', () => {
    const withdrawn = new Map((catalog.withdrawn ?? []).map((w) => [w.code, w]));
    for (const w of withdrawn.values()) {
      expect(w.reason.trim()).not.toBe('');
      expect(w.withdrawnIn).toBeGreaterThan(1);
      expect(w.withdrawnIn).toBeLessThanOrEqual(revision);
    }
    // A successor may itself be split later (DEV-FINANCE-07): it is then withdrawn, and still a successor.
    const splits = records.filter((r) => r.splitFrom);
    for (const s of splits) expect({ [s.code]: withdrawn.has(s.splitFrom!) }).toEqual({ [s.code]: true });
    for (const from of new Set(splits.map((s) => s.splitFrom)))
      expect(splits.filter((s) => s.splitFrom === from).length).toBeGreaterThanOrEqual(2);
  });
});

describe('revision 3', () => {
  const second = readCatalogRevision(2);
  const byCode = new Map(records.map((r) => [r.code, r]));
  const successorsOf = (code: string) => records.filter((r) => r.splitFrom === code);
  const SPLIT_IN_3 = ['DEV-DIGITAL-03', 'DEV-ENTERPRISE-02', 'DEV-FINANCE-07', 'GOV-SANDBOX-04'];

  it('splits each of the four bundled records into two successors that each quote one measure of it', () => {
    for (const code of SPLIT_IN_3) {
      const parent = byCode.get(code)!;
      const successors = successorsOf(code);
      expect({
        code,
        withdrawnIn: parent.withdrawnIn,
        successors: successors.length,
        live: successors.every((r) => catalog.recommendations.includes(r)),
        inParent: successors.every((r) => parent.quote.includes(r.quote)),
        oneClause: successors.every((r) => !/[，；]/u.test(r.quote)),
        overlaps: overlappingQuotes(successors, parent.quote),
      }).toEqual({ code, withdrawnIn: 3, successors: 2, live: true, inParent: true, oneClause: true, overlaps: [] });
    }
  });

  it('reaches both generations when following successors from DEV-FINANCE-04', () => {
    const descendants = (code: string): string[] => successorsOf(code).flatMap((r) => [r.code, ...descendants(r.code)]);
    expect(descendants('DEV-FINANCE-04').sort()).toEqual([
      'DEV-FINANCE-07',
      'DEV-FINANCE-08',
      'DEV-FINANCE-09',
      'DEV-FINANCE-10',
    ]);
  });

  it('adds the two equipment measures that revision 2 left out', () => {
    const quotes = catalog.recommendations.filter((r) => r.theme === 'EQUIPMENT').map((r) => r.quote);
    expect(quotes).toEqual(
      expect.arrayContaining(['将现有工业机器人从程序控制改造为智能控制', '推动数控机床向智能控制演进']),
    );
  });

  it('decides every precision doubt: a kept record says how it is tracked, a withdrawn one says why', () => {
    const decisions = ['GOV-RISK-01', 'DEV-DIGITAL-01', 'DEV-EQUIPMENT-01', 'GOV-GLOBAL-01', 'GOV-RISK-02'].map(
      (code) => {
        const r = byCode.get(code)!;
        return { code, decided: (r.withdrawnIn === 3 ? r.reason : r.trackingNote)?.trim().length ?? 0 };
      },
    );
    expect(decisions.filter((d) => d.decided < 40)).toEqual([]);
  });

  it('marks as DRAFT every title and summary that revision 3 wrote or changed, and nothing else', () => {
    const before = new Map(allRecords(second).map((r) => [r.code, r]));
    for (const r of catalog.recommendations) {
      const old = before.get(r.code);
      const changed = ORIGIN_FIELDS.filter((f) => r[f] !== undefined && old?.[f] !== r[f]);
      expect({ [r.code]: r.textOrigin ?? {} }).toEqual({
        [r.code]: Object.fromEntries(changed.map((f) => [f, 'DRAFT'])),
      });
    }
  });
});

it('would have caught the closing full stops of revision 1 (17 of its 45 quotes)', () => {
  const first = readCatalogRevision(1);
  const problems = quoteProblems(first, article, allRecords(first));
  expect({
    problems: problems.length,
    all: problems.every((p) => p.endsWith('ends with closing punctuation')),
  }).toEqual({ problems: 17, all: true });
});

describe('normalizeArticle', () => {
  it('rejoins a word split by a page break and drops an interrupting heading and byline', () => {
    const text = '回顾历\n\n史，数据要素\n\n# 标题\n\n苗圩\n\n能够被**高效**采集';
    expect(normalizeArticle(text)).toBe('回顾历史，数据要素能够被高效采集');
  });

  it('ends the main article at its author note', () => {
    expect(mainArticle('正文。\n\n(作者为全国政协常委、经济委员会副主任)\n\n另一篇文章')).toBe('正文。');
  });
});
