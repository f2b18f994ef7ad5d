// Reference reads: themes, documents, owners and the audit trail.
import type { AppContext } from '../context';
import { authorize, authorizeRead } from './auth';
import type { Pillar, Prisma } from '../generated/prisma/client';
import { decodeCursor, encodeCursor } from '../db/readModel/cursor';
import { connectionOf, pageRequest, pageSeeks, type ConnectionArgs } from './connection';
import { orderByPrisma, seekWhere, type Ordering, type Seek } from '../db/readModel/keyset';

export async function listThemes(ctx: AppContext, pillar?: Pillar | null) {
  authorizeRead(ctx.actor, ctx.config);
  return ctx.db.theme.findMany({ where: pillar ? { pillar } : {}, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
}

export async function listDocuments(ctx: AppContext) {
  authorizeRead(ctx.actor, ctx.config);
  return ctx.db.sourceDocument.findMany({ orderBy: { id: 'asc' } });
}

export async function listOwners(ctx: AppContext, includeMerged = false) {
  authorizeRead(ctx.actor, ctx.config);
  return ctx.db.owner.findMany({ where: includeMerged ? {} : { mergedIntoId: null }, orderBy: { name: 'asc' } });
}

/** Newest first; cursors carry the id alone ({"v":null,"id":…}), as they always have. */
const AUDIT_ORDER: Ordering = { col: null, dir: 'desc' };

export async function auditLog(
  ctx: AppContext,
  args: ConnectionArgs & { targetType?: string | null; targetId?: string | null },
) {
  authorize(ctx.actor, 'readAudit');
  const req = pageRequest(args, decodeCursor);
  const where: Prisma.AuditEntryWhereInput = {
    ...(args.targetType && { targetType: args.targetType }),
    ...(args.targetId && { targetId: args.targetId }),
  };
  const andAll = (seeks: Seek[]): Prisma.AuditEntryWhereInput =>
    seeks.length ? { AND: [where, ...seeks.map((s) => seekWhere(s) as Prisma.AuditEntryWhereInput)] } : where;
  const [rows, totalCount] = await Promise.all([
    ctx.db.auditEntry.findMany({
      where: andAll(pageSeeks(AUDIT_ORDER, req)),
      orderBy: orderByPrisma(AUDIT_ORDER, req.backward) as Prisma.AuditEntryOrderByWithRelationInput[],
      take: req.size + 1,
    }),
    ctx.db.auditEntry.count({ where }),
  ]);
  const page = connectionOf(
    rows,
    req,
    AUDIT_ORDER,
    (node) => encodeCursor({ v: null, id: node.id }),
    async (seek) => !!(await ctx.db.auditEntry.findFirst({ where: andAll([seek]), select: { id: true } })),
  );
  return { totalCount, ...page };
}
