// One normalisation, written twice: in SQL for the documents (tracker_search_normalize, in the migration)
// and in JS for the queries (src/db/readModel/search/normalize.ts). Held to the same output here.
import { useTestServer } from '../helpers/testServer';
import { normalizeSearchText } from '../../src/db/readModel/search/normalize';

const s = useTestServer();

const SAMPLES = [
  'ＳＡＮＤＢＯＸ　Ｒｕｌｅｓ１２３',
  'Open-Source, open_source; OPEN/source!',
  '沙 盒 监管　沙盒，规则。',
  'AI治理 人工智能 GOV-SANDBOX-01',
  'ÉCOLE Ωμέγα ΟΔΟΣ Дом İstanbul straße ǅ',
  '①②③ ²³ ﬁ ㈱ ㍻ ｶﾀｶﾅ ひらがな 한국어 텍스트',
  "sandbox's  rules\t\nand\u00a0more",
  '𠀋𠮷 supplementary 𠀋 𠮷',
  '½ № ™ € — – … · ・ 〇 々',
  '',
  '   ',
];

it('normalises every sample in JS exactly as PostgreSQL does', async () => {
  const rows = await s.db.$queryRaw<
    { n: string }[]
  >`SELECT tracker_search_normalize(t) AS n FROM unnest(${SAMPLES}::text[]) WITH ORDINALITY AS x(t, k) ORDER BY k`;
  expect(SAMPLES.map(normalizeSearchText)).toEqual(rows.map((r) => r.n));
});

it('normalises as the rules say', () => {
  expect(SAMPLES.slice(0, 4).map(normalizeSearchText)).toEqual([
    'sandbox rules123',
    'open source open source open source',
    '沙盒监管沙盒规则',
    'ai治理人工智能 gov sandbox 01',
  ]);
});
