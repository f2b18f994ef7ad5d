// What the caller may do to a record (Recommendation.viewerCan), so that the console offers only those actions:
// the checks the writes themselves make, asked rather than thrown. authorize (auth.ts) answers for the role and
// a read-only token; scopeRefusal (../scope.ts) for SCOPED_EDITING. Neither rule is written again here. The
// owners the scoping rule reads come through the request's loader, so a page of records reads them once.
import type { AppContext } from '../../context';
import type { CallableWrite } from '../operations';
import { scopeRefusal } from '../scope';
import { authorize } from './auth';

/** The writes a record's page offers, by the name viewerCan gives each. */
const OFFERED = { log: 'logProgress', setOwners: 'setOwners', setTargetDate: 'setTargetDate' } as const;

export type RecordActions = Record<keyof typeof OFFERED, boolean>;

async function may(ctx: AppContext, operation: CallableWrite, record: { id: number; code: string }) {
  let actor;
  try {
    actor = authorize(ctx.actor, operation);
  } catch {
    return false;
  }
  const owners = ctx.loaders.ownersInScope(actor.userId ?? null);
  return !(await scopeRefusal(ctx.db, actor, operation, record, (id) => owners.load(id)));
}

export async function viewerCan(ctx: AppContext, record: { id: number; code: string }): Promise<RecordActions> {
  const entries = await Promise.all(
    Object.entries(OFFERED).map(async ([name, operation]) => [name, await may(ctx, operation, record)] as const),
  );
  return Object.fromEntries(entries) as RecordActions;
}
