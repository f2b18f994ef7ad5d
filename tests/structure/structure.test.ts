// Structure that checks itself: every table a read can return bumps the change counter, every table is in
// the backup or left out of it with a reason, and every mutation has a role and a row in the security suite.
// The cases after the first damage one thing each and see the check name it, so the check itself can fail.
import { BACKUP_EXCLUDED, TABLES } from '../../src/db/backupDocument';
import { OPERATION_ROLES } from '../../src/domain/access/auth';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { MUTATIONS } from '../security/support/mutations';
import { mutationNames } from '../security/support/schema';
import { COUNTER_EXCLUDED, structureProblems, type StructureLists } from './structureProblems';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const lists = (): StructureLists => ({
  backupTables: Object.values(TABLES),
  backupExcluded: BACKUP_EXCLUDED,
  counterExcluded: COUNTER_EXCLUDED,
  mutations: mutationNames(),
  operationRoles: OPERATION_ROLES,
  securityRows: Object.fromEntries(Object.entries(MUTATIONS).map(([name, row]) => [name, row.minRole])),
});

const without = <T>(record: Readonly<Record<string, T>>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

it('finds no problem in the migrated schema and the lists', async () => {
  expect(await structureProblems(t.db, lists())).toEqual([]);
});

it('names a table whose change-counter trigger was dropped', async () => {
  // Inside a transaction that is rolled back, so the per-file database keeps its trigger.
  const problems = await t.db
    .$transaction(async (tx) => {
      await tx.$executeRawUnsafe('DROP TRIGGER "Evidence_count_change" ON "Evidence"');
      const found = await structureProblems(tx, lists());
      throw Object.assign(new Error('rollback'), { found });
    })
    .catch((err: { found?: string[] }) => err.found);
  expect(problems).toEqual(['table "Evidence" lacks the change-counter trigger (tracker_count_change)']);
});

it('names a table taken out of the backup without a reason', async () => {
  const backupTables = Object.values(TABLES).filter((table) => table !== 'OwnerName');
  expect(await structureProblems(t.db, { ...lists(), backupTables })).toEqual([
    'table "OwnerName" is neither in the backup nor in BACKUP_EXCLUDED',
  ]);
  const backupExcluded = without(BACKUP_EXCLUDED, 'Follow');
  expect(await structureProblems(t.db, { ...lists(), backupExcluded })).toEqual([
    'table "Follow" is neither in the backup nor in BACKUP_EXCLUDED',
  ]);
  expect(await structureProblems(t.db, { ...lists(), backupExcluded: { ...BACKUP_EXCLUDED, Follow: ' ' } })).toEqual([
    'table "Follow" is left out without a reason',
  ]);
});

it('names a mutation missing from the role table or from the security tests', async () => {
  const operationRoles = without(OPERATION_ROLES, 'mergeOwners');
  expect(await structureProblems(t.db, { ...lists(), operationRoles })).toEqual([
    'mutation "mergeOwners" is missing from the role table (OPERATION_ROLES)',
  ]);
  const securityRows = without(lists().securityRows, 'follow');
  expect(await structureProblems(t.db, { ...lists(), securityRows })).toEqual([
    `mutation "follow" is missing from the security tests' list`,
  ]);
});
