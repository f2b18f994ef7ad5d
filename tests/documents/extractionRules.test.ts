// One test for each rule of src/domain/documents/extraction/rules.json, entry by entry, saying why it is there.
// A word added to a list needs its example here: the first test fails until the list below is updated.
import { extractCandidates, type ExtractionInput } from '../../src/domain/documents/extraction/extract';
import { RULES } from '../../src/domain/documents/extraction/rules';

const zh = RULES.zh;
const en = RULES.en;
const quotes = (text: string, more: Partial<ExtractionInput> = {}) =>
  extractCandidates({ text, language: 'zh', ...more }).map((c) => c.quote);
const enQuotes = (text: string) => extractCandidates({ text, language: 'en' }).map((c) => c.quote);

it('has an example below for every entry of every list', () => {
  expect(Object.keys(zh).sort()).toEqual(
    [
      'modals',
      'notModals',
      'subjects',
      'adverbs',
      'directives',
      'effects',
      'leadIns',
      'notLeadIns',
      'times',
      'purposes',
      'results',
      'declaratives',
      'frameEndings',
      'exampleMarkers',
      'copulaStarts',
      'factMarkers',
      'notFactMarkers',
      'shortClauseMaxChars',
    ].sort(),
  );
  expect(Object.keys(en).sort()).toEqual(['imperatives', 'modals', 'notAfterModal']);
});

describe('Chinese', () => {
  it.each(zh.modals)('a modal opens a directive clause, whatever its verb: %s', (m) => {
    expect(quotes(`${m}做好数据安全工作。`)).toEqual([`${m}做好数据安全工作`]);
  });

  it.each(zh.notModals)('a word that begins like a modal is not one: %s', (w) => {
    expect(quotes(`${w}很多，情况复杂。`)).toEqual([]);
  });

  it.each(zh.subjects)('a named actor may come before the modal or verb: %s', (s) => {
    expect(quotes(`${s}完善数据安全制度。`)).toEqual([`${s}完善数据安全制度`]);
  });

  it.each(zh.adverbs)('adverbs may come before the directive verb: %s', (a) => {
    expect(quotes(`${a}完善数据安全制度。`)).toEqual([`${a}完善数据安全制度`]);
  });

  it.each(zh.directives)('a directive verb opens a measure: %s', (d) => {
    expect(quotes(`${d}数据安全制度体系。`)).toEqual([`${d}数据安全制度体系`]);
  });

  it.each(zh.effects)('an effect verb opens a measure only where a segment starts, else it completes one: %s', (e) => {
    expect(quotes(`${e}数据治理能力。`)).toEqual([`${e}数据治理能力`]);
    expect(quotes(`建立数据安全评估机制，${e}数据治理能力。`)).toEqual([`建立数据安全评估机制，${e}数据治理能力`]);
  });

  it.each(zh.leadIns)('a lead-in clause goes with the measure after it: %s', (l) => {
    expect(quotes(`建立数据安全评估机制，${l}重点行业领域，推进数据分类分级。`)).toEqual([
      '建立数据安全评估机制',
      `${l}重点行业领域，推进数据分类分级`,
    ]);
  });

  it('a lead-in clause with no directive after it is dropped with what follows it', () => {
    expect(quotes('加快制定行业标准，通过法律法规协同发力，平衡好发展和安全的关系。')).toEqual(['加快制定行业标准']);
  });

  it('a lead-in clause whose own verb is directive is the measure ("在…领域先行开展…")', () => {
    expect(quotes('在数据跨境流动领域先行开展治理协作试点，积累互信基础。')).toEqual([
      '在数据跨境流动领域先行开展治理协作试点，积累互信基础',
    ]);
  });

  it.each(zh.notLeadIns)('a word that begins like a lead-in is not one: %s', (w) => {
    expect(quotes(`建立分级响应机制，${w}不同风险等级事件采取措施。`)).toEqual(
      [w.includes('了') ? '' : `建立分级响应机制，${w}不同风险等级事件采取措施`].filter(Boolean),
    );
  });

  it.each(zh.times)('a time or linking word before a measure is left out of it: %s', (t) => {
    expect(quotes(`${t}，完善数据安全制度。`)).toEqual(['完善数据安全制度']);
  });

  it.each(zh.purposes)('a closing purpose belongs to a single measure, not to several: %s', (p) => {
    expect(quotes(`完善数据安全制度，${p}各方共同受益。`)).toEqual([`完善数据安全制度，${p}各方共同受益`]);
    expect(quotes(`完善数据安全制度，健全数据治理机制，${p}各方共同受益。`)).toEqual([
      '完善数据安全制度',
      '健全数据治理机制',
    ]);
  });

  it.each(zh.results)('a result clause ends the measure and is not part of it: %s', (r) => {
    expect(quotes(`完善数据安全制度，${r}各方共同受益。`)).toEqual(['完善数据安全制度']);
  });

  it.each(zh.declaratives)('a segment that opens by stating is not a measure: %s', (d) => {
    expect(quotes(`数据制度${d}重要基础，完善数据安全制度。`)).toEqual([]);
  });

  it.each(zh.frameEndings)('a clause that only steps up effort is completed by the next: %s', (f) => {
    expect(quotes(`加大数据治理${f}，开展数据安全专项培训。`)).toEqual([`加大数据治理${f}，开展数据安全专项培训`]);
  });

  it.each(zh.exampleMarkers)('an example sentence illustrates what was done, to its full stop: %s', (e) => {
    expect(quotes(`${e}，在经济方面，推动共建项目；在安全方面，支持联合国发挥作用；等等。`)).toEqual([]);
  });

  it.each(zh.copulaStarts)('measures that turn out to be the subject of a statement are not measures: %s', (c) => {
    expect(quotes(`推动科技创新和产业创新深度融合，${c}高质量发展的关键路径。`)).toEqual([]);
  });

  it.each(zh.factMarkers)('a segment that reports what was done is a fact: %s', (f) => {
    expect(quotes(`构建全国一体化算力网，实现${f}资源优化配置。`)).toEqual([]);
  });

  it.each(zh.notFactMarkers)('a word that contains a fact marker is not one: %s', (w) => {
    expect(quotes(`加强${w}数据安全。`)).toEqual([`加强${w}数据安全`]);
  });

  it(`a directive clause of at most ${zh.shortClauseMaxChars} characters heads the next one`, () => {
    expect(quotes('完善开源生态，健全人工智能开源机制。')).toEqual(['完善开源生态，健全人工智能开源机制']);
    expect(quotes('畅通多元化退出渠道，积极发展并购市场。')).toEqual(['畅通多元化退出渠道', '积极发展并购市场']);
  });

  it('never proposes reported speech: a quotation after "：" and one that follows it directly', () => {
    expect(quotes('总书记指出：“要完善数据安全制度。”“健全治理机制”。')).toEqual([]);
    expect(quotes('组建创新联合体，打一场人工智能“团体赛”。')).toEqual(['组建创新联合体，打一场人工智能“团体赛”']);
  });

  it('takes a bold lead as the theme of its paragraph, and as the measure when the paragraph has none', () => {
    const text = '健全法律伦理规则体系。下一步，需加快制定行业标准。\n\n建立风险防控机制。风险形态已经多样。';
    const lead = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const found = extractCandidates({
      text,
      language: 'zh',
      emphasis: [lead('健全法律伦理规则体系。'), lead('建立风险防控机制。')],
    });
    expect(found.map((c) => [c.quote, c.suggestedTheme])).toEqual([
      ['需加快制定行业标准', '健全法律伦理规则体系'],
      ['建立风险防控机制', null],
    ]);
  });

  it('skips headings, and names the section each candidate is in', () => {
    const text = '## 治理体系\n\n应加快完善相关制度安排。';
    const found = extractCandidates({
      text,
      language: 'zh',
      sections: [{ heading: '治理体系', start: 0, end: text.length }],
    });
    expect(found.map((c) => [c.quote, c.sectionHeading, c.suggestedTitle])).toEqual([
      ['应加快完善相关制度安排', '治理体系', '加快完善相关制度安排'],
    ]);
  });
});

describe('English', () => {
  it.each(en.modals)('a modal obligation makes a sentence a candidate: %s', (m) => {
    expect(enQuotes(`Providers ${m} publish a risk assessment. The market grew.`)).toEqual([
      `Providers ${m} publish a risk assessment`,
    ]);
  });

  it.each(en.notAfterModal)('a modal that predicts rather than obliges is not one: %s', (n) => {
    expect(enQuotes(`Models will ${n} reason about more tasks.`)).toEqual([]);
  });

  it.each(en.imperatives)('a list item opening with an imperative is a candidate: %s', (v) => {
    expect(enQuotes(`The agency plans the following.\n\n- ${v} a national registry of models.`)).toEqual([
      `${v} a national registry of models`,
    ]);
  });

  it('a sentence opening with an imperative outside a list is not proposed', () => {
    expect(enQuotes('Establish is a verb that appears in many texts.')).toEqual([]);
  });

  it('proposes nothing for a language it has no rules for', () => {
    expect(extractCandidates({ text: 'Les fournisseurs doivent publier.', language: 'fr' })).toEqual([]);
  });
});
