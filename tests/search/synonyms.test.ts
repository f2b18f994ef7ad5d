// Each reviewed synonym (src/db/readModel/search/synonyms.json) finds the records written with the other
// word, both ways; a group added there needs its test here.
import { useTestServer } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { SearchDocument } from '../__generated__/search';
import synonyms from '../../src/db/readModel/search/synonyms.json';

const s = useTestServer({ reset: true });

const codes = async (search: string) => {
  const res = await s.exec(SearchDocument, { filter: { search } });
  expect(res.errors).toBeUndefined();
  return res.data!.recommendations.edges.map((e) => e.node.code);
};

it('has a test below for every group of the list', () => {
  expect(synonyms.groups).toEqual([
    ['沙箱', '沙盒'],
    ['AI', '人工智能'],
    ['open-source', '开源'],
  ]);
});

it('finds 沙盒 by 沙箱 and 沙箱 by 沙盒', async () => {
  await createRecommendation(s.db, { code: 'GOV-SYN-01', titleZh: '监管沙盒' });
  await createRecommendation(s.db, { code: 'GOV-SYN-02', quote: '设立沙箱' });
  await createRecommendation(s.db, { code: 'GOV-SYN-03', titleZh: '沙漠' });
  expect(await codes('沙箱')).toEqual(['GOV-SYN-01', 'GOV-SYN-02']);
  expect(await codes('沙盒')).toEqual(['GOV-SYN-01', 'GOV-SYN-02']);
});

it('finds 人工智能 by AI and AI by 人工智能, without matching words that merely start with "ai"', async () => {
  await createRecommendation(s.db, { code: 'GOV-SYN-01', quote: '发展人工智能产业' });
  await createRecommendation(s.db, { code: 'GOV-SYN-02', titleEn: 'AI safety institute' });
  await createRecommendation(s.db, { code: 'GOV-SYN-03', titleEn: 'Aims and aid' });
  expect(await codes('AI')).toEqual(['GOV-SYN-01', 'GOV-SYN-02']);
  expect(await codes('人工智能')).toEqual(['GOV-SYN-01', 'GOV-SYN-02']);
});

it('finds 开源 by open-source (or open source) and open-source by 开源', async () => {
  await createRecommendation(s.db, { code: 'GOV-SYN-01', titleZh: '开源模型' });
  await createRecommendation(s.db, { code: 'GOV-SYN-02', titleEn: 'Open-source weights' });
  await createRecommendation(s.db, { code: 'GOV-SYN-03', titleEn: 'Open data, source code' });
  expect(await codes('open-source')).toEqual(['GOV-SYN-01', 'GOV-SYN-02', 'GOV-SYN-03']);
  expect(await codes('开源')).toEqual(['GOV-SYN-01', 'GOV-SYN-02', 'GOV-SYN-03']);
});

it('expands a synonym inside a longer search, the other words still required', async () => {
  await createRecommendation(s.db, {
    code: 'GOV-SYN-01',
    titleEn: 'Sandbox for medical devices',
    titleZh: '人工智能医疗',
  });
  await createRecommendation(s.db, { code: 'GOV-SYN-02', titleEn: 'AI for schools' });
  expect(await codes('AI sandbox')).toEqual(['GOV-SYN-01']);
});
