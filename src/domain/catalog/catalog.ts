// Reference reads: themes, documents, owners and the audit trail.
import { idOrderedPage } from '../paging/idOrderedPage';
import type { AppContext } from '../../context';
import { authorize } from '../access/auth';
import type { Pillar, Prisma } from '../../generated/prisma/client';
import type { ConnectionArgs } from '../paging/connection';
import type { Ordering } from '../../db/readModel/keyset';

export async function listThemes(ctx: AppContext, pillar?: Pillar | null) {
  return ctx.db.theme.findMany({ where: pillar ? { pillar } : {}, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
}

export async function listDocuments(ctx: AppContext) {
  return ctx.db.sourceDocument.findMany({ orderBy: { id: 'asc' } });
}

export async function listOwners(ctx: AppContext, includeMerged = false, includeArchived = false) {
  return ctx.db.owner.findMany({
    where: { ...(!includeMerged && { mergedIntoId: null }), ...(!includeArchived && { archivedAt: null }) },
    orderBy: { name: 'asc' },
  });
}

/** Newest first; cursors carry the id alone ({"v":null,"id":…}), as they always have. */
const AUDIT_ORDER: Ordering = { col: null, dir: 'desc' };

export async function auditLog(
  ctx: AppContext,
  args: ConnectionArgs & { targetType?: string | null; targetId?: string | null },
) {
  authorize(ctx.actor, 'readAudit');
  const where: Prisma.AuditEntryWhereInput = {
    ...(args.targetType && { targetType: args.targetType }),
    ...(args.targetId && { targetId: args.targetId }),
  };
  return idOrderedPage(args, AUDIT_ORDER, where, {
    rows: (w, orderBy, take) =>
      ctx.db.auditEntry.findMany({ where: w, orderBy: orderBy as Prisma.AuditEntryOrderByWithRelationInput[], take }),
    count: (w) => ctx.db.auditEntry.count({ where: w }),
    exists: async (w) => !!(await ctx.db.auditEntry.findFirst({ where: w, select: { id: true } })),
  });
}
