// The search rules (issue #12), each against PostgreSQL through the API: several words in any order across
// fields, normalisation (NFKC, case, punctuation, spaces in Chinese), log notes and owners, and bad input.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createOwner, createProgressUpdate, createRecommendation, createTheme, linkOwner } from '../helpers/factories';
import {
  SearchAddInstitutionDocument,
  SearchDocument,
  SearchEditDocument,
  SearchLogDocument,
  SearchNameOwnersDocument,
  SearchRenameInstitutionDocument,
} from '../__generated__/search';

const s = useTestServer({ reset: true });

const codes = async (search: string) => {
  const res = await s.exec(SearchDocument, { filter: { search } });
  expect(res.errors).toBeUndefined();
  return res.data!.recommendations.edges.map((e) => e.node.code);
};

async function catalog() {
  const sandbox = await createTheme(s.db, { code: 'SANDBOX', nameZh: '监管沙盒', nameEn: 'Regulatory sandboxes' });
  const law = await createTheme(s.db, { code: 'LAW', nameZh: '法律伦理', nameEn: 'Law and ethics' });
  const rules = await createRecommendation(s.db, {
    code: 'GOV-SANDBOX-01',
    themeId: sandbox.id,
    titleZh: '完善监管沙盒的准入规则',
    titleEn: "Set the sandbox's entry rules",
    summaryEn: 'Entry and exit criteria for pilots.',
    quote: '建立健全人工智能监管沙盒制度',
  });
  await createRecommendation(s.db, {
    code: 'GOV-LAW-01',
    themeId: law.id,
    titleZh: '开源模型的法律责任',
    titleEn: 'Liability for open-source models',
    summaryEn: 'Rules for publishers of open source weights.',
    quote: '明确开源责任',
  });
  await createRecommendation(s.db, {
    code: 'GOV-LAW-02',
    themeId: law.id,
    titleZh: '算法安全评估标准',
    titleEn: 'Algorithm safety assessment standards',
    summaryEn: 'Standards for deep synthesis detection.',
    quote: '制定算法安全标准',
  });
  return { rules };
}

describe('several words', () => {
  it('matches a record when every word matches, in any order, across different fields', async () => {
    await catalog();
    // "sandbox" in the title, "rules" in the title; "pilots" only in the summary, "ethics" only in the theme.
    expect(await codes('sandbox rules')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('rules sandbox')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('pilots sandbox')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('ethics liability')).toEqual(['GOV-LAW-01']);
    expect(await codes('sandbox liability')).toEqual([]);
  });

  it('matches a Latin word at the start of a word, and one or two letters only as a whole word', async () => {
    await catalog();
    expect(await codes('regulat')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('al')).toEqual([]);
    expect(await codes('GOV-LAW')).toEqual(['GOV-LAW-01', 'GOV-LAW-02']);
  });
});

describe('normalisation', () => {
  it('folds full-width forms and case (NFKC), in the query and in the text alike', async () => {
    await catalog();
    await createRecommendation(s.db, { code: 'GOV-WIDE-01', titleEn: 'ＷＩＤＥ Ｔｅｘｔ stored full-width' });
    expect(await codes('ＳＡＮＤＢＯＸ')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('SaNdBoX')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('wide text')).toEqual(['GOV-WIDE-01']);
  });

  it('reads hyphens and punctuation as spaces', async () => {
    await catalog();
    expect(await codes('open source')).toEqual(['GOV-LAW-01']);
    expect(await codes('open-source')).toEqual(['GOV-LAW-01']);
    expect(await codes('open—source!')).toEqual(['GOV-LAW-01']);
    expect(await codes('sandbox’s')).toEqual(['GOV-SANDBOX-01']);
  });

  it('ignores spaces inside Chinese text, in the query and in the text', async () => {
    await catalog();
    await createRecommendation(s.db, { code: 'GOV-SPACED-01', titleZh: '数 据 共 享' });
    expect(await codes('沙 盒')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('监管　沙盒')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('数据共享')).toEqual(['GOV-SPACED-01']);
  });

  it('matches Chinese as a substring: one character, two, and a longer phrase only where consecutive', async () => {
    await catalog();
    expect(await codes('盒')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('沙盒')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('监管沙盒')).toEqual(['GOV-SANDBOX-01']);
    // 安全 and 标准 both occur in GOV-LAW-02, but never as 安全标准 in a row, except in its quote.
    expect(await codes('算法安全标准')).toEqual(['GOV-LAW-02']);
    expect(await codes('评估安全')).toEqual([]);
  });
});

describe('log notes and owners', () => {
  it('finds a recommendation by a note of its progress log', async () => {
    const { rules } = await catalog();
    await createProgressUpdate(s.db, { recommendationId: rules.id, note: 'MIIT agreed the pilot terms' });
    expect(await codes('miit')).toEqual(['GOV-SANDBOX-01']);
    // Across a note and a title.
    expect(await codes('miit sandbox')).toEqual(['GOV-SANDBOX-01']);
  });

  it('finds a recommendation by the name of one of its owners', async () => {
    const { rules } = await catalog();
    const owner = await createOwner(s.db, { name: 'Cyberspace Administration of China', kind: 'REGULATOR' });
    await linkOwner(s.db, { recommendationId: rules.id, ownerId: owner.id });
    expect(await codes('cyberspace')).toEqual(['GOV-SANDBOX-01']);
    expect(await codes('cyberspace rules')).toEqual(['GOV-SANDBOX-01']);
  });
});

describe('owners as institutions', () => {
  it('finds a record by any name of its owner: Chinese, English or an alias, and follows a change of aliases', async () => {
    await catalog();
    const added = await s.exec(
      SearchAddInstitutionDocument,
      {
        input: {
          nameZh: '国家网信办',
          nameEn: 'Cyberspace Administration of China',
          kind: 'REGULATOR',
          aliases: ['CAC'],
        },
      },
      ADMIN_TOKEN,
    );
    expect(added.errors).toBeUndefined();
    // Named by its alias: setOwners resolves any name to the one institution.
    const named = await s.exec(
      SearchNameOwnersDocument,
      { input: { code: 'GOV-SANDBOX-01', owners: [{ name: 'cac', kind: 'REGULATOR' }] } },
      ADMIN_TOKEN,
    );
    expect(named.errors).toBeUndefined();
    for (const search of ['网信办', 'cyberspace administration', 'CAC', '网信办 sandbox'])
      expect({ search, codes: await codes(search) }).toEqual({ search, codes: ['GOV-SANDBOX-01'] });

    const renamed = await s.exec(
      SearchRenameInstitutionDocument,
      { input: { id: added.data!.createOwner.id, aliases: ['网信'] } },
      ADMIN_TOKEN,
    );
    expect(renamed.errors).toBeUndefined();
    expect(await codes('cac')).toEqual([]);
    expect(await codes('网信办')).toEqual(['GOV-SANDBOX-01']);
  });
});

describe('bad input', () => {
  it('refuses a search over 200 characters or 16 words with BAD_USER_INPUT naming the field', async () => {
    await catalog();
    for (const search of ['x'.repeat(201), Array.from({ length: 17 }, (_, i) => `w${i}`).join(' ')]) {
      const res = await s.exec(SearchDocument, { filter: { search } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('search');
    }
  });

  it('does not narrow when nothing is left after normalisation (blank or only punctuation)', async () => {
    await catalog();
    for (const search of ['', '   ', '—!?', '，。']) expect(await codes(search)).toHaveLength(3);
  });
});

it('keeps the index exact: a new log entry, an owner rename and a title edit are found by the next search', async () => {
  const { rules } = await catalog();
  const owner = await createOwner(s.db, { name: 'Provincial Office', kind: 'LOCAL_GOVERNMENT' });
  await linkOwner(s.db, { recommendationId: rules.id, ownerId: owner.id });
  const log = await s.exec(
    SearchLogDocument,
    { input: { code: 'GOV-SANDBOX-01', note: 'Zhejiang pilot opened', status: 'PLANNED', progress: 5 } },
    ADMIN_TOKEN,
  );
  expect(log.errors).toBeUndefined();
  expect(await codes('zhejiang')).toEqual(['GOV-SANDBOX-01']);
  // An owner renamed by any writer (here SQL, as a script would), then a title edited through the API.
  await s.db.$executeRawUnsafe(`UPDATE "Owner" SET name = 'Hainan Provincial Office' WHERE id = ${owner.id}`);
  expect(await codes('hainan')).toEqual(['GOV-SANDBOX-01']);
  // Rebuilding the record's head kept its notes.
  expect(await codes('zhejiang')).toEqual(['GOV-SANDBOX-01']);
  const edit = await s.exec(
    SearchEditDocument,
    { input: { code: 'GOV-LAW-02', titleEn: 'Quantum-safe algorithm standards' } },
    ADMIN_TOKEN,
  );
  expect(edit.errors).toBeUndefined();
  expect(await codes('quantum')).toEqual(['GOV-LAW-02']);
  expect(await codes('assessment')).toEqual([]);
});
