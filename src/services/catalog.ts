// Reference reads: themes, documents, owners and the audit trail.
import type { AppContext } from '../context';
import type { Pillar } from '../generated/prisma/client';
import { authorize, authorizeRead } from '../auth';
import { badInput } from '../errors';
import { decodeCursor, encodeCursor } from './cursor';

export async function listThemes(ctx: AppContext, pillar?: Pillar | null) {
  authorizeRead(ctx.actor, ctx.config);
  return ctx.db.theme.findMany({ where: pillar ? { pillar } : {}, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
}

export async function listDocuments(ctx: AppContext) {
  authorizeRead(ctx.actor, ctx.config);
  return ctx.db.sourceDocument.findMany({ orderBy: { id: 'asc' } });
}

export async function listOwners(ctx: AppContext) {
  authorizeRead(ctx.actor, ctx.config);
  return ctx.db.owner.findMany({ orderBy: { name: 'asc' } });
}

export async function auditLog(
  ctx: AppContext,
  args: { first?: number | null; after?: string | null; targetType?: string | null; targetId?: string | null },
) {
  authorize(ctx.actor, 'readAudit');
  const first = args.first ?? 50;
  if (first < 0 || first > 200) throw badInput('first must be between 0 and 200.');
  const where = {
    ...(args.targetType && { targetType: args.targetType }),
    ...(args.targetId && { targetId: args.targetId }),
  };
  const after = args.after ? decodeCursor(args.after).id : undefined;
  const [rows, totalCount] = await Promise.all([
    ctx.db.auditEntry.findMany({
      where: after ? { ...where, id: { lt: after } } : where,
      orderBy: { id: 'desc' },
      take: first + 1,
    }),
    ctx.db.auditEntry.count({ where }),
  ]);
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor({ v: null, id: node.id }), node }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
