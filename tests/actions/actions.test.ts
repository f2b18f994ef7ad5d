// Measures broken into actions (issue 23, decisions.md "Codes", "Quotes, documents and themes", "Lists"): dotted
// codes given by the server and accepted everywhere a code goes, quotes and themes from the parent, and lists,
// counts, the dashboard and exports of top-level records unless includeActions.
import request from 'supertest';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createTheme } from '../helpers/factories';
import { changeMatches, listQuery } from '../../src/domain/catalog/recommendationFilter';

const s = useTestServer({ reset: true });

const CREATE = `mutation Create($input: CreateRecommendationInput!) {
  createRecommendation(input: $input) { code quote summaryEn theme { code } parent { code } }
}`;

async function create(input: Record<string, unknown>) {
  const res = await s.exec(CREATE, { input }, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  return res.data!.createRecommendation as { code: string; quote: string; theme: { code: string } };
}

async function topLevel(code = 'GOV-SANDBOX-03') {
  const theme = await createTheme(s.db, { code: 'SANDBOX' });
  await create({
    code,
    theme: theme.code,
    titleZh: '沙盒',
    titleEn: 'Sandbox',
    summaryEn: 'A sandbox.',
    quote: '构建沙盒监管模式',
  });
  return theme;
}

const action = (parentCode: string, extra: Record<string, unknown> = {}) =>
  create({ parentCode, titleZh: '行动', titleEn: 'An action', ...extra });

describe('codes of actions', () => {
  it("are the parent's code plus .n, given by the server at any depth, next free number first", async () => {
    await topLevel();
    expect((await action('GOV-SANDBOX-03')).code).toBe('GOV-SANDBOX-03.1');
    expect((await action('GOV-SANDBOX-03')).code).toBe('GOV-SANDBOX-03.2');
    expect((await action('GOV-SANDBOX-03.1')).code).toBe('GOV-SANDBOX-03.1.1');
    expect((await action('GOV-SANDBOX-03.1.1')).code).toBe('GOV-SANDBOX-03.1.1.1');
    expect((await action('GOV-SANDBOX-03', { code: 'GOV-SANDBOX-03.7' })).code).toBe('GOV-SANDBOX-03.7');
    expect((await action('GOV-SANDBOX-03')).code).toBe('GOV-SANDBOX-03.8');
    const tree = await s.exec(
      `{ recommendation(code: "GOV-SANDBOX-03.1.1") { code parent { code parent { code parent { code } } } children { code } } }`,
    );
    expect(tree.data!.recommendation).toEqual({
      code: 'GOV-SANDBOX-03.1.1',
      parent: { code: 'GOV-SANDBOX-03.1', parent: { code: 'GOV-SANDBOX-03', parent: null } },
      children: [{ code: 'GOV-SANDBOX-03.1.1.1' }],
    });
  });

  it.each([
    [{ parentCode: 'GOV-SANDBOX-03', code: 'GOV-SANDBOX-04.1' }, 'code'],
    [{ parentCode: 'GOV-SANDBOX-03', code: 'GOV-SANDBOX-03.0' }, 'code'],
    [{ parentCode: 'GOV-SANDBOX-03', code: 'GOV-SANDBOX-03.1.1' }, 'code'],
    [{ code: 'GOV-SANDBOX-03.1', theme: 'SANDBOX', summaryEn: 'x', quote: '构建' }, 'code'],
    [{ parentCode: 'GOV-NOPE-01' }, 'parentCode'],
    [{ parentCode: 'GOV-SANDBOX-03', quote: '构建沙盒监管模式' }, 'quote'],
    [{ parentCode: 'GOV-SANDBOX-03', theme: 'OTHER' }, 'theme'],
    [{ code: 'GOV-SANDBOX-09', summaryEn: 'x', quote: '构建' }, 'theme'],
    [{ code: 'GOV-SANDBOX-09', theme: 'SANDBOX', summaryEn: 'x' }, 'quote'],
    [{ theme: 'SANDBOX', summaryEn: 'x', quote: '构建' }, 'code'],
  ])('refuses %j with BAD_USER_INPUT on %s, writing nothing', async (input, field) => {
    await topLevel();
    await createTheme(s.db, { code: 'OTHER' });
    const before = await s.db.recommendation.count();
    const res = await s.exec(CREATE, { input: { titleZh: '行动', titleEn: 'An action', ...input } }, ADMIN_TOKEN);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await s.db.recommendation.count()).toBe(before);
  });

  it('are accepted by recommendation(code:), the Atom feed, the export filter, search and the console route', async () => {
    await topLevel();
    await action('GOV-SANDBOX-03', { titleEn: 'Pilot zone rules' });
    await action('GOV-SANDBOX-03.1', { titleEn: 'Pilot zone charter' });
    expect((await s.exec(`{ recommendation(code: "GOV-SANDBOX-03.1.1") { titleEn } }`)).data).toEqual({
      recommendation: { titleEn: 'Pilot zone charter' },
    });
    const feed = await request(s.http).get('/feeds/recommendation/GOV-SANDBOX-03.1.1.atom').expect(200);
    expect(feed.text).toContain('GOV-SANDBOX-03.1.1');
    expect(feed.text).toContain('/admin/#/r/GOV-SANDBOX-03.1.1');
    const csv = await request(s.http)
      .get('/export/recommendations.csv')
      .query({ includeActions: 'true', search: 'GOV-SANDBOX-03.1.1' })
      .expect(200);
    expect(csv.text.split('\r\n').map((row) => row.split(',')[0])).toContain('"GOV-SANDBOX-03.1.1"');
    // A code is searched as its words (search/normalize.ts): the action's own code ranks it first, and the
    // parent, whose code holds the same words, comes after it.
    const search = await s.exec(
      `{ recommendations(filter: { search: "GOV-SANDBOX-03.1.1", includeActions: true }, orderBy: { field: RELEVANCE, direction: DESC }) { edges { node { code } } } }`,
    );
    expect(search.errors).toBeUndefined();
    expect(search.data!.recommendations.edges[0].node.code).toBe('GOV-SANDBOX-03.1.1');
    const other = await s.exec(`{ recommendations(filter: { search: "GOV-SANDBOX-03.1.1" }) { totalCount } }`);
    expect(other.data!.recommendations.totalCount).toBe(0);
  });
});

it('refuses an action whose code would pass 64 characters, on parentCode', async () => {
  const theme = await createTheme(s.db);
  const long = 'A'.repeat(63);
  await create({ code: long, theme: theme.code, titleZh: '长', titleEn: 'Long', summaryEn: 'L.', quote: '引文' });
  const res = await s.exec(CREATE, { input: { parentCode: long, titleZh: '行动', titleEn: 'An action' } }, ADMIN_TOKEN);
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentCode' });
});

describe('an action', () => {
  it("quotes its nearest ancestor (the top-level record's words) and takes its parent's theme", async () => {
    await topLevel();
    const child = await action('GOV-SANDBOX-03');
    expect(child).toMatchObject({ quote: '构建沙盒监管模式', summaryEn: '', theme: { code: 'SANDBOX' } });
    await action('GOV-SANDBOX-03.1');
    const q = `{ recommendations(filter: { includeActions: true }) { edges { node { code quote } } } }`;
    const codes = (await s.exec(q)).data!.recommendations.edges;
    expect(codes).toEqual([
      { node: { code: 'GOV-SANDBOX-03', quote: '构建沙盒监管模式' } },
      { node: { code: 'GOV-SANDBOX-03.1', quote: '构建沙盒监管模式' } },
      { node: { code: 'GOV-SANDBOX-03.1.1', quote: '构建沙盒监管模式' } },
    ]);
    // It has none of its own: a later quote of the parent is the action's too.
    const upd = await s.exec(
      `mutation { updateRecommendation(input: { code: "GOV-SANDBOX-03", quote: "构建沙盒监管模式，加快完善相关制度安排", quoteChangeReason: "longer" }) { code } }`,
      {},
      ADMIN_TOKEN,
    );
    expect(upd.errors).toBeUndefined();
    expect((await s.exec(`{ recommendation(code: "GOV-SANDBOX-03.1.1") { quote } }`)).data).toEqual({
      recommendation: { quote: '构建沙盒监管模式，加快完善相关制度安排' },
    });
    expect((await s.db.recommendation.findUniqueOrThrow({ where: { code: 'GOV-SANDBOX-03.1' } })).quote).toBe('');
  });

  it('has its own status, progress, owners, target date and log', async () => {
    await topLevel();
    await action('GOV-SANDBOX-03', { owners: [{ name: 'Ministry A', kind: 'MINISTRY' }], targetDate: '2027-06-30' });
    const log = await s.exec(
      `mutation { logProgress(input: { code: "GOV-SANDBOX-03.1", note: "Charter drafted", status: IN_PROGRESS, progress: 40 }) { recommendation { code status progress } } }`,
      {},
      ADMIN_TOKEN,
    );
    expect(log.errors).toBeUndefined();
    const read = await s.exec(
      `{ recommendation(code: "GOV-SANDBOX-03.1") { status progress targetDate owners { name } updates { note } } }`,
    );
    expect(read.data!.recommendation).toEqual({
      status: 'IN_PROGRESS',
      progress: 40,
      targetDate: '2027-06-30',
      owners: [{ name: 'Ministry A' }],
      updates: [{ note: 'Charter drafted' }],
    });
    // The parent's own state is untouched under MANUAL (the default rule).
    expect((await s.exec(`{ recommendation(code: "GOV-SANDBOX-03") { status progress } }`)).data).toEqual({
      recommendation: { status: 'NOT_STARTED', progress: 0 },
    });
  });
});

describe('lists show top-level records unless includeActions', () => {
  const LIST = `query L($filter: RecommendationFilter) {
    recommendations(filter: $filter, first: 50) { totalCount edges { node { code } } }
    summary(filter: $filter) { total byStatus { status count } byTheme { total } }
    themes { code recommendationCount }
  }`;

  it('in the connection, its totalCount, the dashboard, theme counts and both paths alike', async () => {
    await topLevel();
    await action('GOV-SANDBOX-03');
    await action('GOV-SANDBOX-03.1');
    const top = (await s.exec(LIST, {})).data!;
    expect(top.recommendations).toEqual({ totalCount: 1, edges: [{ node: { code: 'GOV-SANDBOX-03' } }] });
    const notStarted = (summary: { byStatus: { status: string; count: number }[] }) =>
      summary.byStatus.find((b) => b.status === 'NOT_STARTED')!.count;
    expect(top.summary).toMatchObject({ total: 1, byTheme: [{ total: 1 }] });
    expect(notStarted(top.summary)).toBe(1);
    expect(top.themes).toEqual([{ code: 'SANDBOX', recommendationCount: 1 }]);
    const all = (await s.exec(LIST, { filter: { includeActions: true } })).data!;
    expect(all.recommendations.totalCount).toBe(3);
    expect(all.summary).toMatchObject({ total: 3, byTheme: [{ total: 3 }] });
    expect(notStarted(all.summary)).toBe(3);
    // The dashboard's kept counts (a status filter) and its grouped pass (a search) agree.
    const counted = (await s.exec(LIST, { filter: { status: ['NOT_STARTED'] } })).data!;
    expect(counted.summary.total).toBe(1);
    const grouped = (await s.exec(LIST, { filter: { search: 'GOV', includeActions: false } })).data!;
    expect(grouped.summary.total).toBe(1);
  });

  it('in the CSV export and the search', async () => {
    await topLevel();
    await action('GOV-SANDBOX-03', { titleEn: 'Sandbox charter' });
    const rows = async (query: Record<string, string>) =>
      (await request(s.http).get('/export/recommendations.csv').query(query).expect(200)).text
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]);
    expect(await rows({})).toEqual(['"GOV-SANDBOX-03"']);
    expect(await rows({ includeActions: 'true' })).toEqual(['"GOV-SANDBOX-03"', '"GOV-SANDBOX-03.1"']);
    const search = async (includeActions: boolean) =>
      (
        await s.exec(
          `{ recommendations(filter: { search: "charter", includeActions: ${includeActions} }) { totalCount } }`,
        )
      ).data!.recommendations.totalCount;
    expect([await search(false), await search(true)]).toEqual([0, 1]);
  });
});

it("reaches a filtered subscriber or webhook with an action's change: includeActions only shapes lists", async () => {
  await topLevel();
  await action('GOV-SANDBOX-03');
  const ctx = await s.contextFor(null);
  const child = await s.db.recommendation.findUniqueOrThrow({ where: { code: 'GOV-SANDBOX-03.1' } });
  expect(await changeMatches(s.db, listQuery(ctx, { theme: ['SANDBOX'] }), child.id)).toBe(true);
  expect(await changeMatches(s.db, listQuery(ctx, { theme: ['OTHER'] }), child.id)).toBe(false);
});
