import * as fs from 'fs';
import * as path from 'path';
import { normalizeArticle, normalizeQuote } from '../../src/domain/normalizeArticle';

type Pillar = 'DEVELOPMENT' | 'GOVERNANCE';

interface Theme {
  code: string;
  pillar: Pillar;
  sortOrder: number;
  nameZh: string;
  nameEn: string;
  sectionZh: string;
}

interface Recommendation {
  code: string;
  theme: string;
  titleZh: string;
  titleEn: string;
  summaryEn: string;
  quote: string;
}

interface Catalog {
  document: Record<string, string>;
  themes: Theme[];
  recommendations: Recommendation[];
}

const catalogDir = path.join(__dirname, '../../prisma/catalog');
const catalog = JSON.parse(fs.readFileSync(path.join(catalogDir, 'catalog.json'), 'utf8')) as Catalog;
const article = normalizeArticle(fs.readFileSync(path.join(catalogDir, 'source-article.zh.txt'), 'utf8'));

// The second article's heading is dropped by normalisation, so the end of the
// governance section is located by the author note that closes it. The layout
// duplicates part of the governance section after this point, which is why a
// quote merely occurring somewhere in the file is not enough.
const END_MARKER = normalizeQuote('(作者为全国政协常委、经济委员会副主任)');
const SECOND_ARTICLE_BODY = normalizeQuote('全球治理倡议的提出');
const articleEnd = article.indexOf(END_MARKER);

// Each theme paragraph opens with its bold title followed by a full stop, which
// survives normalisation and marks where the theme's text begins.
const themeStarts = [...catalog.themes]
  .sort((a, b) => a.sortOrder - b.sortOrder)
  .map((t) => ({ code: t.code, start: article.indexOf(`${t.nameZh}。`) }));

function themeSpan(code: string): [number, number] {
  const i = themeStarts.findIndex((t) => t.code === code);
  const next = themeStarts[i + 1];
  return [themeStarts[i].start, next ? next.start : articleEnd];
}

describe('recommendation catalog', () => {
  const recs = catalog.recommendations;
  const themeByCode = new Map(catalog.themes.map((t) => [t.code, t]));

  it('locates the end of the main article before the unrelated second article', () => {
    expect(articleEnd).toBeGreaterThan(0);
    expect(article.indexOf(SECOND_ARTICLE_BODY)).toBeGreaterThan(articleEnd);
    for (const t of themeStarts) {
      expect(t.start).toBeGreaterThan(0);
      expect(t.start).toBeLessThan(articleEnd);
    }
  });

  it('keeps every quote verbatim in the normalized article', () => {
    for (const r of recs) {
      expect(normalizeQuote(r.quote)).toBe(r.quote);
      expect(article).toContain(r.quote);
    }
  });

  it('finds every quote in the development or governance sections, before the second article', () => {
    for (const r of recs) {
      const first = article.indexOf(r.quote);
      expect({ code: r.code, found: first >= 0 && first < articleEnd }).toEqual({
        code: r.code,
        found: true,
      });
    }
  });

  it('places every quote inside the paragraph of its own theme', () => {
    for (const r of recs) {
      const [start, end] = themeSpan(r.theme);
      const at = article.indexOf(r.quote, start);
      expect({ code: r.code, inTheme: at >= start && at + r.quote.length <= end }).toEqual({
        code: r.code,
        inTheme: true,
      });
    }
  });

  it('gives every record a unique code whose prefix matches its pillar and theme', () => {
    const codes = recs.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of recs) {
      expect(r.code).toMatch(/^(GOV|DEV)-[A-Z]+-\d{2}$/);
      const theme = themeByCode.get(r.theme);
      expect(theme).toBeDefined();
      const prefix = theme?.pillar === 'DEVELOPMENT' ? 'DEV' : 'GOV';
      expect(r.code.startsWith(`${prefix}-${r.theme}-`)).toBe(true);
    }
  });

  it('numbers the records of each theme consecutively from 01 in article order', () => {
    for (const t of catalog.themes) {
      const inTheme = recs.filter((r) => r.theme === t.code);
      const numbers = inTheme.map((r) => Number(r.code.slice(-2)));
      expect(numbers).toEqual(inTheme.map((_, i) => i + 1));
      const positions = inTheme.map((r) => article.indexOf(r.quote));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('covers all nine themes, four for development and five for governance', () => {
    expect(catalog.themes).toHaveLength(9);
    expect(catalog.themes.filter((t) => t.pillar === 'DEVELOPMENT')).toHaveLength(4);
    expect(catalog.themes.filter((t) => t.pillar === 'GOVERNANCE')).toHaveLength(5);
    for (const t of catalog.themes) {
      expect(recs.some((r) => r.theme === t.code)).toBe(true);
    }
  });

  it('never uses the same quote for two records', () => {
    const quotes = recs.map((r) => r.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('has non-empty titles and summaries with English titles of at most 120 characters', () => {
    for (const r of recs) {
      expect(r.titleZh.trim()).not.toBe('');
      expect(r.titleEn.trim()).not.toBe('');
      expect(r.summaryEn.trim()).not.toBe('');
      expect(r.titleZh.length).toBeLessThanOrEqual(30);
      expect(r.titleEn.length).toBeLessThanOrEqual(120);
    }
  });
});

describe('normalizeArticle', () => {
  it('rejoins a word split by a page break and drops an interrupting heading and byline', () => {
    const text = '回顾历\n\n史，数据要素\n\n# 标题\n\n苗圩\n\n能够被**高效**采集';
    expect(normalizeArticle(text)).toBe('回顾历史，数据要素能够被高效采集');
  });
});
