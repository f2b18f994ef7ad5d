// Parses `npm run token -- --name alice --role admin [--label laptop] [--expires-in-days 30] [--change-role]`.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from './session';
import { Role } from '../generated/prisma/enums';
import { userName } from '../domain/access/users';

const lowerCaseRoles = Object.values(Role).map((role) => role.toLowerCase());
const roleNames = `${lowerCaseRoles.slice(0, -1).join(', ')} or ${lowerCaseRoles.at(-1)}`;

const USAGE = `Usage: npm run token -- --name <user> --role ${lowerCaseRoles.join('|')} [--label <text>] [--expires-in-days <n>] [--change-role]`;

export interface TokenArgs {
  name: string;
  role: Role;
  label: string;
  expiresInDays: number | null;
  /** An existing user keeps their role unless this is set. */
  changeRole: boolean;
}

const argsSchema = z.object({
  name: userName,
  role: z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(Role, `must be ${roleNames}`)),
  label: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').default('cli'),
  'expires-in-days': z
    .string()
    .regex(/^\d{1,5}$/, 'must be a whole number of days')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(36_500, 'must be at most 36500'))
    .optional(),
});

export function parseTokenArgs(argv: string[]): TokenArgs {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        name: { type: 'string' },
        role: { type: 'string' },
        label: { type: 'string' },
        'expires-in-days': { type: 'string' },
        'change-role': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n${USAGE}`);
  }
  if (values.name === undefined || values.role === undefined)
    throw new UsageError(`--name and --role are required.\n${USAGE}`);
  const { 'change-role': changeRole = false, ...rest } = values;
  const parsed = argsSchema.safeParse(rest);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
    throw new UsageError(`${problems.join('\n')}\n${USAGE}`);
  }
  const v = parsed.data;
  return {
    name: v.name,
    role: v.role,
    label: v.label,
    expiresInDays: v['expires-in-days'] ?? null,
    changeRole: changeRole === true,
  };
}
