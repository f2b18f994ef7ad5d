// An import applies its rows through the API's verbs inside one transaction, with a context made for it:
// its db is the transaction, typed as one (no cast to the full handle), and its loaders read inside the
// transaction too, so that a row sees what the rows before it wrote and nothing is read past the import.
import { contextInTransaction, inTransaction } from '../../src/db/transaction';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createTheme } from '../helpers/factories';

const s = useTestServer({ reset: true });

class Rollback extends Error {}

it('gives work inside a transaction a context whose db is the transaction and whose loaders read inside it', async () => {
  const ctx = await s.contextFor(ADMIN_TOKEN);
  const theme = await createTheme(s.db);
  const data = {
    code: 'GOV-NEW-01',
    titleZh: '新',
    titleEn: 'New',
    summaryEn: 'New.',
    quote: '引文',
    themeId: theme.id,
  };
  const work = inTransaction(ctx.db, async (tx) => {
    const rec = await tx.recommendation.create({ data });
    const inner = contextInTransaction(ctx, tx);
    expect(inner.db).toBe(tx);
    expect(await inner.loaders.recommendation.load(rec.id)).toMatchObject({ code: 'GOV-NEW-01' });
    // The request's own loaders read outside: the write is not committed.
    expect(await ctx.loaders.recommendation.load(rec.id)).toBeNull();
    throw new Rollback();
  });
  await expect(work).rejects.toThrow(Rollback);
  expect(await s.db.recommendation.count()).toBe(0);
});
