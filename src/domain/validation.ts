// Input rules shared by the services. zod turns a bad value into one BAD_USER_INPUT naming the field.
import { z } from 'zod';
import { badInput } from '../errors';
import { checkHttpUrl } from '../httpUrl';
import { rowIdOf, type IdType } from './globalId';

export const LIMITS = Object.freeze({
  note: 10_000,
  title: 300,
  summary: 5_000,
  quote: 5_000,
  reason: 2_000,
  name: 200,
  url: 2_000,
  urls: 20,
  rowKey: 100,
  /** The most rows one page of any connection may ask for (`first`, `last`). */
  page: 200,
  /** A password's least length (domain/access/passwords.ts); the most keeps hashing input bounded. */
  passwordMin: 12,
  password: 1_000,
});

export const httpUrl = z
  .string()
  .max(LIMITS.url, `a URL may be at most ${LIMITS.url} characters`)
  .refine((s) => checkHttpUrl(s).ok, 'must be an http or https URL');

/**
 * A calendar date written YYYY-MM-DD, as midnight UTC; null for anything else: another form, a day the month
 * lacks (2026-02-30), surrounding spaces. The one reading of a date that arrives as text (export query strings,
 * imported cells); GraphQL's Date scalar reads the same.
 */
export function parseIsoDate(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? d : null;
}

export const trimmedText = (max: number, min = 1) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(min, 'must not be empty').max(max, `must be at most ${max} characters`));

/**
 * THE code rule (docs: decisions "Codes"): a top-level record's code is upper-case words joined by dashes; an
 * action's is its parent's code plus `.n` (n from 1, any depth): `GOV-SANDBOX-03.1`, `GOV-SANDBOX-03.1.2`.
 */
const CODE_RULE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+){0,4}(\.[1-9][0-9]{0,3})*$/;

export const recommendationCode = z
  .string()
  .regex(CODE_RULE, "must be upper-case words joined by dashes, e.g. GOV-SANDBOX-01, or an action's GOV-SANDBOX-01.1")
  .max(64);

/** The parent code an action's code names (`A-B.1.2` → `A-B.1`); null for a top-level code. */
export const parentCodeOf = (code: string): string | null => {
  const dot = code.lastIndexOf('.');
  return dot < 0 ? null : code.slice(0, dot);
};

export const progressValue = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be 0 to 100')
  .max(100, 'must be 0 to 100');

/** An id input naming a row of `type`: its global id, or its raw row id (deprecated; see globalId.ts). */
export const nodeId = (type: IdType, field: string) =>
  z.union([z.string(), z.number()]).transform((v, ctx) => {
    const id = rowIdOf(type, String(v));
    if (id === null) {
      ctx.addIssue({ code: 'custom', message: `${field} must be the id of a ${type}` });
      return z.NEVER;
    }
    return id;
  });

/**
 * Parses input against a schema, or throws BAD_USER_INPUT listing every problem by field. `field` names the
 * first offending field by its dotted path from the input (`note`, `evidenceUrls.0`), as a client's form
 * would; it is left out when the problem is the input as a whole.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const paths = result.error.issues.map((i) => i.path.map(String).join('.'));
  const problems = result.error.issues.map((i, n) => `${paths[n] || 'input'}: ${i.message}`);
  throw badInput(`Invalid input. ${problems.join('; ')}`, paths[0] ? { field: paths[0] } : undefined);
}
