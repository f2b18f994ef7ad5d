// One sheet row through the API's own verbs. A catalog row edits (or creates) a recommendation with
// updateRecommendation / createRecommendation / setTargetDate; a log row appends with logProgress. A row that
// matches what is stored calls nothing, which is what makes a re-import a no-op.
import type { TxContext } from '../../context';
import { badInput, conflict } from '../../errors';
import { createRecommendation, updateRecommendation } from '../catalog/curation';
import { setTargetDate } from '../catalog/stewardship';
import { logProgress } from '../log/progress';
import { parseIsoDate } from '../validation';
import { decodeOwners } from './ownersCell';
import type { LogProgressInput } from '../log/progress';

/** PROPOSE: a log row whose decisive status opened a proposal for review (proposals.ts) instead of an entry. */
export type RowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'PROPOSE';
export type Cells = Record<string, string>;

const has = (cells: Cells, column: string) => Object.prototype.hasOwnProperty.call(cells, column);
const trimmed = (cells: Cells, column: string) => (cells[column] ?? '').trim();

function optionalInt(cells: Cells, column: string): number | null {
  const v = trimmed(cells, column);
  if (v === '') return null;
  if (!/^\d{1,9}$/.test(v)) throw badInput(`${column} must be a whole number, not "${v}".`, { field: column });
  return Number(v);
}

function optionalDate(cells: Cells, column: string): Date | null {
  const v = trimmed(cells, column);
  if (v === '') return null;
  const d = parseIsoDate(v);
  if (!d) throw badInput(`${column} must be a date, YYYY-MM-DD, not "${v}".`, { field: column });
  return d;
}

const TEXT_FIELDS = ['titleZh', 'titleEn', 'summaryEn', 'summaryZh', 'quote'] as const;

export async function applyCatalogRow(ctx: TxContext, cells: Cells): Promise<RowAction> {
  const code = trimmed(cells, 'code');
  const version = optionalInt(cells, 'version');
  const owners = has(cells, 'owners') ? decodeOwners(cells.owners) : undefined;
  const targetDate = has(cells, 'targetDate') ? optionalDate(cells, 'targetDate') : undefined;
  const rec = await ctx.db.recommendation.findUnique({
    where: { code },
    include: {
      theme: true,
      parent: { select: { code: true } },
      owners: { include: { owner: true }, orderBy: [{ isLead: 'desc' }, { ownerId: 'asc' }] },
    },
  });
  if (!rec) {
    const fields = Object.fromEntries(TEXT_FIELDS.map((f) => [f, cells[f] ?? '']));
    const parentCode = has(cells, 'parentCode') ? cells.parentCode.trim() : '';
    const create: Parameters<typeof createRecommendation>[1] = {
      ...(fields as Record<(typeof TEXT_FIELDS)[number], string>),
      code,
      theme: trimmed(cells, 'theme'),
      owners,
      targetDate,
      // An action's row names its parent, which a row above it created or which exists already.
      ...(parentCode && { parentCode }),
    };
    await createRecommendation(ctx, create);
    return 'CREATE';
  }
  // A record's parent is set once, when it is created: a sheet cannot move it (no cycle can form either).
  if (has(cells, 'parentCode') && cells.parentCode.trim() !== (rec.parent?.code ?? ''))
    throw badInput(`${code}'s parent is ${rec.parent?.code ?? 'none'}; a record does not move to another parent.`, {
      field: 'parentCode',
    });
  const changed = Object.fromEntries(
    TEXT_FIELDS.filter((f) => has(cells, f) && cells[f].trim() !== rec[f]).map((f) => [f, cells[f]]),
  );
  const theme = has(cells, 'theme') && trimmed(cells, 'theme') !== rec.theme.code ? trimmed(cells, 'theme') : null;
  const ownersChange =
    owners && owners.map((o) => o.name).join('\n') !== rec.owners.map((l) => l.owner.name).join('\n');
  const dateChange =
    targetDate !== undefined && (targetDate?.getTime() ?? null) !== (rec.targetDate?.getTime() ?? null);
  if (!Object.keys(changed).length && !theme && !ownersChange && !dateChange) return 'UNCHANGED';
  // The row was read at `version`: the first write checks it, and the row's later writes follow that one.
  if (version != null && version !== rec.version)
    throw conflict(`${code} is at version ${rec.version}, not ${version}: export again and redo the edit.`, {
      currentVersion: rec.version,
    });
  if (Object.keys(changed).length || theme || ownersChange) {
    await updateRecommendation(ctx, {
      code,
      ...changed,
      ...(theme && { theme }),
      ...(ownersChange && { owners }),
      quoteChangeReason: cells.quoteChangeReason || null,
    });
  }
  if (dateChange) {
    await setTargetDate(ctx, { code, targetDate: targetDate ?? null, reason: cells.targetDateReason ?? '' });
  }
  return 'UPDATE';
}

/** An exported entry's key (`PU-12`) or one an import stored; null when no entry has it. */
async function entryByKey(ctx: TxContext, key: string) {
  const id = /^PU-(\d{1,9})$/.exec(key);
  return id
    ? ctx.db.progressUpdate.findUnique({ where: { id: Number(id[1]) }, include: { recommendation: true } })
    : ctx.db.progressUpdate.findUnique({ where: { rowKey: key }, include: { recommendation: true } });
}

export async function applyProgressRow(ctx: TxContext, cells: Cells): Promise<RowAction> {
  const rowKey = trimmed(cells, 'rowKey');
  const code = trimmed(cells, 'code');
  if (!rowKey) throw badInput('rowKey is required: give each new entry a key of its own, e.g. 2026-11-sandbox-1.');
  // A row that became a proposal (src/domain/log/proposals.ts) is logged already too, as far as the sheet goes.
  const existing =
    (await entryByKey(ctx, rowKey)) ??
    (await ctx.db.proposal.findUnique({ where: { rowKey }, include: { recommendation: true } }));
  if (existing) {
    const same =
      existing.recommendation.code === code &&
      existing.note === (cells.note ?? existing.note).trim() &&
      (!trimmed(cells, 'status') || existing.status === trimmed(cells, 'status')) &&
      (!trimmed(cells, 'progress') || existing.progress === optionalInt(cells, 'progress'));
    if (!same)
      throw badInput(`The log is append-only: ${rowKey} is logged already; add a row that corrects it instead.`, {
        field: 'rowKey',
      });
    return 'UNCHANGED';
  }
  if (/^PU-\d+$/.test(rowKey)) throw badInput(`No log entry ${rowKey}; keys of the form PU-<n> name exported entries.`);
  const corrects = trimmed(cells, 'corrects');
  const target = corrects ? await entryByKey(ctx, corrects) : null;
  if (corrects && !target) throw badInput(`corrects: no log entry ${corrects}.`, { field: 'corrects' });
  const input: LogProgressInput = {
    code,
    note: cells.note ?? '',
    status: (trimmed(cells, 'status') || null) as LogProgressInput['status'],
    progress: optionalInt(cells, 'progress'),
    occurredOn: optionalDate(cells, 'occurredOn'),
    evidenceUrls: trimmed(cells, 'evidenceUrls').split(/\s+/).filter(Boolean),
    correctsId: target ? String(target.id) : null,
    reason: trimmed(cells, 'reason') || null,
    expectedVersion: optionalInt(cells, 'expectedVersion'),
    rowKey,
  };
  const logged = await logProgress(ctx, input);
  return 'proposal' in logged && logged.proposal ? 'PROPOSE' : 'CREATE';
}
