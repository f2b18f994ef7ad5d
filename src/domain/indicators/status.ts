// The indicator status, by one published formula (docs/methodology.md, "Indicators"), written once. Pure: it
// reads an indicator's definition, the values that count and the tolerance, never the clock, so the status
// changes only when one of those does, and the status stored at each write (IndicatorRevision.status, and
// Indicator.status for the SQL health) is the status until the next write. The version names the formula: a
// change to it gets a new one, and explanations say which one they used.
import type { IndicatorDirection, IndicatorStatus } from '../../generated/prisma/client';

export const STATUS_FORMULA_VERSION = 'indicator-status/1';

export const STATUS_FORMULA =
  'NO_DATA when no target is set. Take the latest value that counts (the latest period end among values not corrected; NO_DATA when there is ' +
  'none). The line runs straight from the baseline (value, date) to the first target, then from each target to ' +
  'the next; expected = the line at the value’s period end (the baseline before the baseline date, the last ' +
  'target after its due date). allowance = tolerance × |target − baseline|, for the target the line runs to at ' +
  'that date. INCREASE: ACHIEVED when value ≥ the last target, else ON_TRACK when value ≥ expected − allowance, ' +
  'else OFF_TRACK. DECREASE: the same with the inequalities reversed. MAINTAIN: ON_TRACK when |value − expected| ' +
  '≤ allowance (allowance = tolerance × |target|, since the baseline may equal it), ACHIEVED when it is and the ' +
  'period ends on or after the last due date, else OFF_TRACK.';

export interface Target {
  value: number;
  dueDate: Date;
}

export interface StatusDefinition {
  direction: IndicatorDirection;
  baselineValue: number;
  baselineDate: Date;
  /** In due-date order; none only for a seeded baseline whose target the article does not give. */
  targets: readonly Target[];
}

export interface CountedValue {
  value: number;
  periodEnd: Date;
}

export interface StatusResult {
  status: IndicatorStatus;
  targetValue: number | null;
  targetDueDate: Date | null;
  latestValue: number | null;
  latestPeriodEnd: Date | null;
  expectedValue: number | null;
  allowance: number | null;
}

/** The line from the baseline through each target, at `at`; and the target it runs to there. */
function lineAt(d: StatusDefinition, at: Date): { expected: number; target: Target } {
  let from = { value: d.baselineValue, date: d.baselineDate };
  for (const target of d.targets) {
    if (at <= target.dueDate) {
      if (at <= from.date) return { expected: from.value, target };
      const share = (at.getTime() - from.date.getTime()) / (target.dueDate.getTime() - from.date.getTime());
      return { expected: from.value + (target.value - from.value) * share, target };
    }
    from = { value: target.value, date: target.dueDate };
  }
  const last = d.targets[d.targets.length - 1];
  return { expected: last.value, target: last };
}

/** The latest of the values that count: by period end, then the one listed last (recorded last). */
export function latestOf<V extends CountedValue>(values: readonly V[]): V | null {
  let latest: V | null = null;
  for (const v of values) if (!latest || v.periodEnd >= latest.periodEnd) latest = v;
  return latest;
}

/** The status of an indicator whose counting values are `values` (corrected ones already left out). */
export function statusOf(d: StatusDefinition, values: readonly CountedValue[], tolerance: number): StatusResult {
  const latest = latestOf(values);
  const none = { targetValue: null, targetDueDate: null, expectedValue: null, allowance: null };
  if (!latest) return { status: 'NO_DATA', latestValue: null, latestPeriodEnd: null, ...none };
  // A baseline the article gave without a target (a seeded one): nothing to be on or off track against.
  if (!d.targets.length)
    return { status: 'NO_DATA', latestValue: latest.value, latestPeriodEnd: latest.periodEnd, ...none };
  const { expected, target } = lineAt(d, latest.periodEnd);
  const last = d.targets[d.targets.length - 1];
  const v = latest.value;
  let status: IndicatorStatus;
  let allowance: number;
  if (d.direction === 'MAINTAIN') {
    allowance = tolerance * Math.abs(target.value);
    const within = Math.abs(v - expected) <= allowance;
    status = within ? (latest.periodEnd >= last.dueDate ? 'ACHIEVED' : 'ON_TRACK') : 'OFF_TRACK';
  } else {
    const sign = d.direction === 'INCREASE' ? 1 : -1;
    allowance = tolerance * Math.abs(target.value - d.baselineValue);
    if (sign * (v - last.value) >= 0) status = 'ACHIEVED';
    else status = sign * (v - expected) >= -allowance ? 'ON_TRACK' : 'OFF_TRACK';
  }
  return {
    status,
    targetValue: target.value,
    targetDueDate: target.dueDate,
    latestValue: v,
    latestPeriodEnd: latest.periodEnd,
    expectedValue: expected,
    allowance,
  };
}

/** The targets `value` meets that no earlier counting value met: what sends a value to review. */
export function newlyMetTargets(d: StatusDefinition, before: readonly CountedValue[], value: number): Target[] {
  if (d.direction === 'MAINTAIN') return [];
  const sign = d.direction === 'INCREASE' ? 1 : -1;
  const meets = (v: number, t: Target) => sign * (v - t.value) >= 0;
  return d.targets.filter((t) => meets(value, t) && !before.some((b) => meets(b.value, t)));
}
