// What the structure test checks (tests/structure/structure.test.ts), as a function that lists every problem
// rather than stopping at the first, so that the test can also feed it a damaged schema or a shortened list
// and see the problem named. The rules it checks are written in docs/architecture.md ("A new entity").
import type { Db } from '../../src/db/client';

/**
 * Tables no read of the API returns, or whose every change already bumps the change counter by another
 * table's trigger, so they need none of their own. Each reason says which.
 */
export const COUNTER_EXCLUDED: Readonly<Record<string, string>> = Object.freeze({
  ChangeEvent: 'written only by the AuditEntry trigger, whose own statement already counts',
  EvidenceArchive:
    'content-addressed and never updated; a copy is reachable only through the Evidence row written with it, which counts',
  CatalogState: 'no read returns it: only the seed (prisma/seed.ts) and the backup read it',
  SigninFailure: 'no read returns it: only the sign-in throttle (src/domain/access/throttle.ts) counts it',
  PasskeyChallenge:
    'no read returns it: only passkey sign-in and registration (src/domain/access/passkeys.ts) answer it',
  SignInLink: 'no read returns it: only GET /auth/link/<secret> (src/domain/access/signInLinks.ts) reads it',
  OidcLogin: 'no read returns it: only the OpenID callback (src/domain/access/oidcLogins.ts) reads it',
  OidcIdentity: 'no read returns it: only OpenID sign-in and back-channel logout (src/domain/access/oidc*.ts) read it',
  DocumentUpload: 'no read returns it: only addSourceDocument and reviseSourceDocument take an upload, by its id',
});

/** The lists the check compares with the database and the schema. */
export interface StructureLists {
  /** Tables the backup document holds (src/db/backupDocument.ts TABLES). */
  backupTables: readonly string[];
  /** Tables it leaves out, with a reason each (BACKUP_EXCLUDED). */
  backupExcluded: Readonly<Record<string, string>>;
  /** Tables that need no change-counter trigger, with a reason each. */
  counterExcluded: Readonly<Record<string, string>>;
  /** The schema's mutations. */
  mutations: readonly string[];
  /** Operation → least role (src/domain/access/auth.ts OPERATION_ROLES). */
  operationRoles: Readonly<Record<string, string>>;
  /** Mutation → least role the security suite calls it with (tests/security/support/mutations.ts). */
  securityRows: Readonly<Record<string, string>>;
}

// pg_trigger.tgtype bits: 1 = FOR EACH ROW, 4 INSERT, 8 DELETE, 16 UPDATE, 32 TRUNCATE.
const EVERY_WRITE = 4 | 8 | 16 | 32;

/** The application's tables: the public schema's, without Prisma's bookkeeping. */
async function tablesOf(db: Pick<Db, '$queryRaw'>): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations' ORDER BY 1`;
  return rows.map((r) => r.name);
}

/** Tables with an enabled statement trigger that bumps the change counter on every kind of write. */
async function countedTables(db: Pick<Db, '$queryRaw'>): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT c.relname AS name FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_proc p ON p.oid = t.tgfoid
    WHERE n.nspname = 'public' AND p.proname = 'tracker_count_change' AND t.tgenabled <> 'D'
      AND t.tgtype & 1 = 0 AND t.tgtype & ${EVERY_WRITE} = ${EVERY_WRITE}`;
  return new Set(rows.map((r) => r.name));
}

/** Every way the database and the lists disagree with the rules, one sentence each; empty when none. */
export async function structureProblems(db: Pick<Db, '$queryRaw'>, lists: StructureLists): Promise<string[]> {
  const problems: string[] = [];
  const tables = await tablesOf(db);
  const counted = await countedTables(db);
  const backedUp = new Set(lists.backupTables);
  for (const table of tables) {
    if (!counted.has(table) && !(table in lists.counterExcluded))
      problems.push(`table "${table}" lacks the change-counter trigger (tracker_count_change)`);
    if (counted.has(table) && table in lists.counterExcluded)
      problems.push(`table "${table}" has the change-counter trigger but is listed as needing none`);
    if (!backedUp.has(table) && !(table in lists.backupExcluded))
      problems.push(`table "${table}" is neither in the backup nor in BACKUP_EXCLUDED`);
    if (backedUp.has(table) && table in lists.backupExcluded)
      problems.push(`table "${table}" is both in the backup and in BACKUP_EXCLUDED`);
  }
  const known = new Set(tables);
  const named = [...lists.backupTables, ...Object.keys(lists.backupExcluded), ...Object.keys(lists.counterExcluded)];
  for (const table of new Set(named))
    if (!known.has(table)) problems.push(`table "${table}" is listed but not in the database`);
  for (const [table, reason] of [...Object.entries(lists.backupExcluded), ...Object.entries(lists.counterExcluded)])
    if (!reason.trim()) problems.push(`table "${table}" is left out without a reason`);
  for (const mutation of lists.mutations) {
    const role = lists.operationRoles[mutation];
    if (!role) problems.push(`mutation "${mutation}" is missing from the role table (OPERATION_ROLES)`);
    if (!lists.securityRows[mutation]) problems.push(`mutation "${mutation}" is missing from the security tests' list`);
    else if (role && lists.securityRows[mutation] !== role)
      problems.push(
        `mutation "${mutation}" needs ${role}, but the security tests expect ${lists.securityRows[mutation]}`,
      );
  }
  return problems;
}
