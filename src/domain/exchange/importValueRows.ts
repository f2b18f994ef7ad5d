// One row of the indicator-value sheet through recordIndicatorValue, the API's own verb, so that its rules (the
// unit's range, periods in order and not overlapping, review of a value that meets a target, the audit trail)
// stay in one place (src/domain/log/indicatorValues.ts). A row names its indicator and period: a period already
// recorded with the same value, note and evidence is UNCHANGED; with another value it is recorded as a correction
// of that value (corrections append, never overwrite); a new period is a new value.
import type { TxContext } from '../../context';
import { badInput } from '../../errors';
import { toGlobalId } from '../globalId';
import { countingValues } from '../indicators/indicators';
import { recordIndicatorValue } from '../log/indicatorValues';
import { parseIsoDate } from '../validation';
import type { Cells, RowAction } from './importRows';

const trimmed = (cells: Cells, column: string) => (cells[column] ?? '').trim();
const day = (d: Date) => d.toISOString().slice(0, 10);

function requiredDate(cells: Cells, column: string): Date {
  const v = trimmed(cells, column);
  const d = v === '' ? null : parseIsoDate(v);
  if (!d) throw badInput(`${column} must be a date, YYYY-MM-DD, not "${v}".`, { field: column });
  return d;
}

function numberCell(cells: Cells, column: string): number {
  const v = trimmed(cells, column);
  const n = v === '' ? NaN : Number(v);
  if (!Number.isFinite(n)) throw badInput(`${column} must be a number, not "${v}".`, { field: column });
  return n;
}

/** The row's indicator: `IND-<id>` or the indicator's own code, on the record `code`. */
async function indicatorOf(ctx: TxContext, code: string, key: string) {
  const byId = /^IND-(\d{1,9})$/.exec(key);
  const ind = byId
    ? await ctx.db.indicator.findUnique({ where: { id: Number(byId[1]) }, include: { recommendation: true } })
    : await ctx.db.indicator.findFirst({
        where: { code: key, recommendation: { code } },
        include: { recommendation: true },
      });
  if (!ind || ind.recommendation.code !== code)
    throw badInput(`${code} has no indicator ${key || '(empty)'}.`, { field: 'indicator' });
  return ind;
}

const sameUrls = (a: readonly string[], b: readonly string[]) => a.join(' ') === b.join(' ');

export async function applyValueRow(ctx: TxContext, cells: Cells): Promise<RowAction> {
  const ind = await indicatorOf(ctx, trimmed(cells, 'code'), trimmed(cells, 'indicator'));
  const periodStart = requiredDate(cells, 'periodStart');
  const periodEnd = requiredDate(cells, 'periodEnd');
  const value = numberCell(cells, 'value');
  const note = (cells.note ?? '').trim();
  const evidenceUrls = trimmed(cells, 'evidenceUrls').split(/\s+/).filter(Boolean);
  const values = await ctx.db.indicatorValue.findMany({ where: { indicatorId: ind.id }, orderBy: { id: 'asc' } });
  const same = countingValues(values).find(
    (v) => day(v.periodStart) === day(periodStart) && day(v.periodEnd) === day(periodEnd),
  );
  if (same && same.value === value && same.note === note && sameUrls(same.evidenceUrls, evidenceUrls))
    return 'UNCHANGED';
  const recorded = await recordIndicatorValue(ctx, {
    indicatorId: toGlobalId('Indicator', ind.id),
    periodStart,
    periodEnd,
    value,
    note,
    evidenceUrls,
    correctsId: same ? toGlobalId('IndicatorValue', same.id) : null,
  });
  if (recorded.proposal) return 'PROPOSE';
  return same ? 'UPDATE' : 'CREATE';
}
