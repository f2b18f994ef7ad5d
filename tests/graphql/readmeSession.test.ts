// Keeps the README's analyst session true: every operation of its GraphQL block runs, in order, as an analyst.
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import { seedCatalog } from '../../prisma/seed';
import { createUserWithToken } from '../helpers/factories';
import { useTestServer } from '../helpers/testServer';

const README = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

function sessionOperations(): string[] {
  const section = README.split("## An analyst's session")[1]?.split('\n## ')[0] ?? '';
  const block = /```graphql\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README has no GraphQL block under \"An analyst's session\"");
  return parse(block).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).map((d) => print(d));
}

const s = useTestServer();

it('runs every operation of the README session without an error', async () => {
  await seedCatalog(s.db);
  const { token } = await createUserWithToken(s.db, 'ANALYST', 'li');
  const results = [];
  for (const op of sessionOperations()) {
    const res = await s.exec(op, undefined, token);
    expect({ op: op.slice(0, 60), errors: res.errors }).toEqual({ op: op.slice(0, 60), errors: undefined });
    results.push(res.data as any);
  }
  expect(results).toHaveLength(6);
  expect(results[0].recommendations.edges).toHaveLength(4);
  expect(results[1].logProgress.update).toMatchObject({ statusBefore: 'NOT_STARTED', status: 'PLANNED', actor: 'li' });
  expect(results[3].setTargetDate.targetDateHistory).toEqual([
    { previousDate: null, newDate: '2027-06-30', reason: 'Work plan fixes mid-2027', actor: 'li' },
  ]);
  expect(results[4].summary.total).toBe(4);
  expect(results[5].recommendation).toEqual({ status: 'NOT_STARTED', progress: 0, asOf: '2026-08-31', updates: [] });
});
