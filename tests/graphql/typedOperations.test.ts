// The tests run generated TypedDocumentNodes (tests/operations/*.graphql, `npm run codegen`): the variables
// and the data are typed from the operation, so a test that reads a field its operation does not select,
// or passes a variable the operation does not declare, fails `npm run typecheck`.
import { useTestServer } from '../helpers/testServer';
import { createTheme } from '../helpers/factories';
import { ListDocument, OneDocument, ThemesDocument } from '../__generated__/core';

const s = useTestServer({ reset: true });

it('runs a generated document and returns exactly the data it selects', async () => {
  await createTheme(s.db, { code: 'LAW', pillar: 'GOVERNANCE' });
  const res = await s.exec(ThemesDocument);
  const themes: { code: string; pillar: 'GOVERNANCE' | 'DEVELOPMENT' | null }[] = res.data!.themes;
  expect(themes).toEqual([{ code: 'LAW', pillar: 'GOVERNANCE' }]);
});

it('leaves fields and variables the operation does not declare to the type-check to refuse', () => {
  // Never called: each line below must be a type error, or `@ts-expect-error` itself fails the type-check.
  const mistakes = async () => {
    // @ts-expect-error One declares $code, not $slug.
    await s.exec(OneDocument, { slug: 'GOV-LAW-01' });
    // @ts-expect-error $code is a String.
    await s.exec(OneDocument, { code: 1 });
    // @ts-expect-error DONEISH is no RecommendationStatus.
    await s.exec(ListDocument, { filter: { status: ['DONEISH'] } });
    const list = await s.exec(ListDocument, {});
    // @ts-expect-error List selects no titleEn.
    return list.data!.recommendations.edges[0].node.titleEn;
  };
  expect(mistakes).toBeInstanceOf(Function);
});
