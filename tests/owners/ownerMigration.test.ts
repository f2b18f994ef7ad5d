// The data part of the migration that made owners institutions, run on owners as they were before it: each
// name becomes the Chinese or English name by its script, and a name the owner answers to, normalised as the
// application normalises (so what setOwners and the filter compute finds what the migration stored).
import fs from 'node:fs';
import path from 'node:path';
import { normalizeOwnerName } from '../../src/db/readModel/ownerName';
import { createTestDatabase, resetDatabase, type TestDatabase } from '../helpers/database';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
});
beforeEach(async () => {
  await resetDatabase(t.db);
});

const migration = fs.readFileSync(
  path.join(__dirname, '../../prisma/migrations/20261201205600_owner_institutions/migration.sql'),
  'utf8',
);
// The statements after the schema changes: those that move data.
const dataStatements = migration
  .split(';')
  .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
  .filter((s) => /^(UPDATE|INSERT)/.test(s));

it('turns each existing owner name into its Chinese or English name and a name it answers to', async () => {
  const names = ['国家网信办', 'Cyberspace  Administration of China ', 'ＭＩＩＴ', '工信部 (MIIT)'];
  for (const name of names) await t.db.$executeRaw`INSERT INTO "Owner" (name, kind) VALUES (${name}, 'MINISTRY')`;
  expect(dataStatements).toHaveLength(3);
  for (const statement of dataStatements) await t.db.$executeRawUnsafe(statement);
  const owners = await t.db.owner.findMany({ orderBy: { id: 'asc' }, include: { names: true } });
  expect(owners.map((o) => [o.nameZh, o.nameEn, o.names.map((n) => [n.name, n.normalized, n.isAlias])])).toEqual(
    names.map((name) => [
      /[\u3400-\u9fff]/u.test(name) ? name : null,
      /[\u3400-\u9fff]/u.test(name) ? null : name,
      [[name, normalizeOwnerName(name), false]],
    ]),
  );
});
