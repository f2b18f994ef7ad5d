// The console's own query of a record's page (web/admin/operations/catalog.graphql) reads the tree of actions three
// levels deep with each roll-up's arithmetic in both languages, within the cost limit, now and as of a date.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createTheme } from '../helpers/factories';
import { ConsoleRecommendationDocument } from '../../web/admin/__generated__/operations';

const s = useTestServer();

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const res = await s.exec(query, variables, ADMIN_TOKEN);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

it("answers the console's record page with its parent, actions and roll-ups in words", async () => {
  await createTheme(s.db, { code: 'SANDBOX' });
  await ok(
    `mutation { createRecommendation(input: { code: "GOV-SANDBOX-03", theme: "SANDBOX", titleZh: "沙盒", titleEn: "Sandbox", summaryEn: "S.", quote: "构建沙盒监管模式" }) { code } }`,
  );
  for (const parentCode of ['GOV-SANDBOX-03', 'GOV-SANDBOX-03', 'GOV-SANDBOX-03.1', 'GOV-SANDBOX-03.1'])
    await ok(
      `mutation { createRecommendation(input: { parentCode: "${parentCode}", titleZh: "行动", titleEn: "Action" }) { code } }`,
    );
  await ok(`mutation { setRollup(input: { code: "GOV-SANDBOX-03.1", rule: MEAN }) { code } }`);
  await ok(
    `mutation { setRollup(input: { code: "GOV-SANDBOX-03", rule: WEIGHTED_MEAN, weights: [{ code: "GOV-SANDBOX-03.1", weight: 3 }] }) { code } }`,
  );
  await ok(
    `mutation { logProgress(input: { code: "GOV-SANDBOX-03.1.1", note: "x", status: IN_PROGRESS, progress: 60 }) { update { id } } }`,
  );
  await ok(
    `mutation { logProgress(input: { code: "GOV-SANDBOX-03.2", note: "x", status: IN_PROGRESS, progress: 10 }) { update { id } } }`,
  );

  const res = await s.exec(ConsoleRecommendationDocument.toString(), { code: 'GOV-SANDBOX-03' });
  expect(res.errors).toBeUndefined();
  const r = res.data!.recommendation;
  // 03.1 = mean(60, 0) = 30; 03 = (30×3 + 10×1) / 4 = 25
  expect(r).toMatchObject({
    progress: 25,
    parent: null,
    rollup: {
      rule: 'WEIGHTED_MEAN',
      result: 25,
      explanationEn: '25% = weighted mean of: GOV-SANDBOX-03.1 30% × 3, GOV-SANDBOX-03.2 10% × 1',
      explanationZh: '25% = 加权平均：GOV-SANDBOX-03.1 30% × 3、GOV-SANDBOX-03.2 10% × 1',
    },
  });
  expect(r.children.map((c: { code: string; progress: number }) => [c.code, c.progress])).toEqual([
    ['GOV-SANDBOX-03.1', 30],
    ['GOV-SANDBOX-03.2', 10],
  ]);
  expect(r.children[0].rollup.explanationEn).toBe('30% = mean of: GOV-SANDBOX-03.1.1 60%, GOV-SANDBOX-03.1.2 0%');
  expect(r.children[0].children.map((c: { code: string }) => c.code)).toEqual([
    'GOV-SANDBOX-03.1.1',
    'GOV-SANDBOX-03.1.2',
  ]);

  const child = (await s.exec(ConsoleRecommendationDocument.toString(), { code: 'GOV-SANDBOX-03.1.2' })).data!;
  expect(child.recommendation).toMatchObject({
    parent: { code: 'GOV-SANDBOX-03.1' },
    quote: '构建沙盒监管模式',
    rollup: null,
  });
  const past = await s.exec(ConsoleRecommendationDocument.toString(), { code: 'GOV-SANDBOX-03', asOf: '2099-01-01' });
  expect(past.errors).toBeUndefined();
  expect(past.data!.recommendation.rollup.result).toBe(25);
});
