// An indicator's definition: the input rules of createIndicator and updateIndicator, the snapshot every revision
// keeps (IndicatorRevision.definition) and its reading back, and the checks that hold across fields: bounds,
// a target not dated before the baseline. Each refusal names its field.
import { z } from 'zod';
import { IndicatorDirection } from '../../generated/prisma/enums';
import type { Indicator, Prisma } from '../../generated/prisma/client';
import { badInput } from '../../errors';
import { LIMITS, trimmedText } from '../validation';
import type { StatusDefinition, Target } from './status';

/** A finite number (GraphQL's Float is finite already; a sheet's cell may not be). */
export const finiteNumber = z.number().refine((n) => Number.isFinite(n), 'must be a finite number');

export const indicatorCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+){0,4}$/, 'must be upper-case words joined by dashes, e.g. SMART-FACTORIES')
  .max(64);

const targetSchema = z.object({ value: finiteNumber, dueDate: z.date() });
const baselineSchema = z.object({ value: finiteNumber, date: z.date(), source: trimmedText(LIMITS.quote) });

/** The fields of a definition that an update may change. */
export const definitionFields = {
  nameZh: trimmedText(LIMITS.title),
  nameEn: trimmedText(LIMITS.title),
  unit: trimmedText(LIMITS.name),
  min: finiteNumber.nullish(),
  max: finiteNumber.nullish(),
  direction: z.enum(IndicatorDirection),
  disaggregation: z.string().max(LIMITS.name).nullish(),
  baseline: baselineSchema,
  targets: z.array(targetSchema).min(1, 'at least one target').max(20, 'at most 20 targets'),
};

/** What every revision keeps, and what the status and the API read: dates as YYYY-MM-DD in the snapshot. */
export interface Definition {
  code: string | null;
  nameZh: string;
  nameEn: string;
  unit: string;
  min: number | null;
  max: number | null;
  direction: IndicatorDirection;
  disaggregation: string | null;
  baseline: { value: number; date: Date; source: string };
  targets: Target[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);

interface StoredTarget {
  value: number;
  dueDate: string;
}

export const storedTargets = (targets: readonly Target[]): Prisma.InputJsonValue =>
  targets.map((t) => ({ value: t.value, dueDate: day(t.dueDate) }));

const readTargets = (json: Prisma.JsonValue): Target[] =>
  (json as unknown as StoredTarget[]).map((t) => ({ value: t.value, dueDate: dateOf(t.dueDate) }));

/** The definition an Indicator row holds now. */
export const definitionOfRow = (i: Indicator): Definition => ({
  code: i.code,
  nameZh: i.nameZh,
  nameEn: i.nameEn,
  unit: i.unit,
  min: i.min,
  max: i.max,
  direction: i.direction,
  disaggregation: i.disaggregation,
  baseline: { value: i.baselineValue, date: i.baselineDate, source: i.baselineSource },
  targets: readTargets(i.targets),
});

/** A definition as a revision keeps it. */
export const snapshotOf = (d: Definition): Prisma.InputJsonValue => ({
  ...d,
  baseline: { ...d.baseline, date: day(d.baseline.date) },
  targets: storedTargets(d.targets),
});

/** A revision's snapshot read back. */
export function definitionOfSnapshot(json: Prisma.JsonValue): Definition {
  const s = json as unknown as Omit<Definition, 'baseline' | 'targets'> & {
    baseline: { value: number; date: string; source: string };
    targets: StoredTarget[];
  };
  return {
    ...s,
    baseline: { ...s.baseline, date: dateOf(s.baseline.date) },
    targets: readTargets(s.targets as unknown as Prisma.JsonValue),
  };
}

export const statusDefinition = (d: Definition): StatusDefinition => ({
  direction: d.direction,
  baselineValue: d.baseline.value,
  baselineDate: d.baseline.date,
  targets: d.targets,
});

/** Whether `value` lies within the unit's bounds; BAD_USER_INPUT naming `field` when not. */
export function checkInBounds(d: Pick<Definition, 'min' | 'max' | 'unit'>, value: number, field: string): void {
  if ((d.min != null && value < d.min) || (d.max != null && value > d.max)) {
    const range = `${d.min ?? '−∞'} to ${d.max ?? '∞'}`;
    throw badInput(`${field}: ${value} is outside the range of the unit "${d.unit}" (${range}).`, { field });
  }
}

/**
 * The rules across a definition's fields: min not above max, the baseline and targets within them, no target
 * dated before the baseline. Targets come back in due-date order.
 */
export function checkedDefinition(d: Definition): Definition {
  if (d.min != null && d.max != null && d.min > d.max)
    throw badInput(`min (${d.min}) is above max (${d.max}).`, { field: 'min' });
  checkInBounds(d, d.baseline.value, 'baseline.value');
  d.targets.forEach((t, n) => {
    checkInBounds(d, t.value, `targets.${n}.value`);
    if (t.dueDate < d.baseline.date)
      throw badInput(
        `targets.${n}.dueDate: ${day(t.dueDate)} is before the baseline's date, ${day(d.baseline.date)}.`,
        {
          field: `targets.${n}.dueDate`,
        },
      );
  });
  const targets = [...d.targets].sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime());
  return { ...d, disaggregation: d.disaggregation?.trim() || null, targets };
}
