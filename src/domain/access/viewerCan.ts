// What the caller may do to a record (Recommendation.viewerCan), so that the console offers only those actions:
// the checks the writes themselves make, asked rather than thrown. authorize (auth.ts) answers for the role and
// a read-only token; scopeRefusal (../scope.ts) for SCOPED_EDITING. Neither rule is written again here.
import type { Db } from '../../db/client';
import type { CallableWrite } from '../operations';
import { scopeRefusal } from '../scope';
import { authorize, type Actor } from './auth';

/** The writes a record's page offers, by the name viewerCan gives each. */
const OFFERED = { log: 'logProgress', setOwners: 'setOwners', setTargetDate: 'setTargetDate' } as const;

export type RecordActions = Record<keyof typeof OFFERED, boolean>;

async function may(db: Db, actor: Actor | null, operation: CallableWrite, record: { id: number; code: string }) {
  try {
    authorize(actor, operation);
  } catch {
    return false;
  }
  return !(await scopeRefusal(db, actor!, operation, record));
}

export async function viewerCan(
  db: Db,
  actor: Actor | null,
  record: { id: number; code: string },
): Promise<RecordActions> {
  const entries = await Promise.all(
    Object.entries(OFFERED).map(async ([name, operation]) => [name, await may(db, actor, operation, record)] as const),
  );
  return Object.fromEntries(entries) as RecordActions;
}
