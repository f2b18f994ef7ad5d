// The archived copy of one evidence link, under the API's read rule, and the path it is served at.
import type { AppContext } from '../../context';
import type { Evidence } from '../../generated/prisma/client';
import { notFound } from '../../errors';
import { rawRowId } from '../globalId';
import { evidenceStore, type StoredCopy } from '../../db/evidenceStore';
import { mayReadText } from '../visibility/visibility';

/** Relative to the server's origin (src/http/evidenceRoutes.ts); null until a copy is kept. */
export const archivedCopyPath = (e: Pick<Evidence, 'id' | 'captureState'>): string | null =>
  e.captureState === 'CAPTURED' ? `/evidence/${e.id}/archived` : null;

/**
 * `rawId` as the path names it: an id no row can have is NOT_FOUND like one that names none, and so is the
 * evidence of an internal entry for a reader who may not read it (domain/visibility).
 */
export async function readArchivedCopy(ctx: AppContext, rawId: string): Promise<StoredCopy & { id: number }> {
  const evidenceId = rawRowId(rawId);
  const row =
    evidenceId === null
      ? null
      : await ctx.db.evidence.findUnique({
          where: { id: evidenceId },
          select: { id: true, captureState: true, sha256: true, progressUpdateId: true },
        });
  // An INTERNAL entry's evidence is its text's: to a reader who is not signed in, it does not exist.
  const entry = row && (await ctx.loaders.progressUpdate.load(row.progressUpdateId));
  if (entry && !mayReadText(ctx.actor, entry))
    throw notFound(`No archived copy for evidence ${evidenceId ?? 'with that id'}.`);
  const copy =
    row?.sha256 && row.captureState === 'CAPTURED' ? await evidenceStore(ctx.db, ctx.config).get(row.sha256) : null;
  if (!row || !copy) throw notFound(`No archived copy for evidence ${evidenceId ?? 'with that id'}.`);
  return { ...copy, id: row.id };
}
