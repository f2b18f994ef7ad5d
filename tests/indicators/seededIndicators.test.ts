// The article's quantities that a measure tracks are seeded as its indicators' baselines or targets, each with the
// article's words verbatim (as the catalog's quotes are checked), once: a second seed adds nothing.
import * as fs from 'fs';
import * as path from 'path';
import { mainArticle, normalizeQuote } from '../../src/domain/catalog/normalizeArticle';
import { readCatalog } from '../../prisma/catalogFile';
import { seedCatalog } from '../../prisma/seed';
import { useTestServer } from '../helpers/testServer';

const s = useTestServer({ reset: true });
const catalog = readCatalog();
const article = mainArticle(
  fs.readFileSync(path.join(__dirname, '../../prisma/catalog/source-article.zh.txt'), 'utf8'),
);
const seeded = catalog.recommendations.flatMap((r) => (r.indicators ?? []).map((i) => ({ record: r.code, ...i })));

it('quotes the article verbatim for every seeded indicator, and its figures are the article’s', () => {
  expect(seeded.map((i) => [i.record, i.code])).toEqual([
    ['DEV-DIGITAL-02', 'SMART-FACTORIES'],
    ['DEV-EQUIPMENT-01', 'EQUIPMENT-INVESTMENT'],
    ['DEV-FINANCE-02', 'NATIONAL-AI-FUND'],
  ]);
  for (const i of seeded) {
    expect([i.code, article.includes(normalizeQuote(i.baseline.source))]).toEqual([i.code, true]);
    expect(normalizeQuote(i.baseline.source)).toBe(i.baseline.source);
  }
  const byCode = Object.fromEntries(seeded.map((i) => [i.code, i]));
  expect(byCode['EQUIPMENT-INVESTMENT'].targets).toEqual([{ value: 25, dueDate: '2027-12-31' }]);
  expect(byCode['EQUIPMENT-INVESTMENT'].baseline.source).toContain('较2023年增长25%以上');
  expect(byCode['SMART-FACTORIES'].baseline.source).toContain('4.3万余家智能工厂');
  expect(byCode['NATIONAL-AI-FUND'].baseline.source).toContain('600.6亿元');
});

it('seeds each indicator once, with a revision, readable through the API', async () => {
  await seedCatalog(s.db);
  await seedCatalog(s.db);
  expect(await s.db.indicator.count()).toBe(seeded.length);
  expect(await s.db.indicatorRevision.count()).toBe(seeded.length);
  const res = await s.exec<any>(/* GraphQL */ `
    query Seeded {
      recommendation(code: "DEV-EQUIPMENT-01") {
        indicators {
          code
          unit
          status
          baseline {
            value
            date
            source
          }
          targets {
            value
            dueDate
          }
        }
      }
    }
  `);
  expect(res.errors).toBeUndefined();
  expect(res.data.recommendation.indicators).toEqual([
    {
      code: 'EQUIPMENT-INVESTMENT',
      unit: '% over 2023',
      status: 'NO_DATA',
      baseline: {
        value: 0,
        date: '2023-12-31',
        source: '设定了到2027年工业、农业等领域设备投资规模较2023年增长25%以上',
      },
      targets: [{ value: 25, dueDate: '2027-12-31' }],
    },
  ]);
});
