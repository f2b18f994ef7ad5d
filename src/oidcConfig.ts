// Sign-in through OpenID providers (src/domain/access/oidc*.ts), as the environment configures it: one provider
// by OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_SCOPES, OIDC_ROLE_CLAIM and OIDC_INSTITUTION_CLAIM,
// or several by OIDC_PROVIDERS (a JSON array of the same, each with an id and a button label). Claims map to
// roles (OIDC_ROLE_MAP) and to owner ids, never names (OIDC_INSTITUTION_MAP), so that an alias cannot capture a
// claim's members. A plain-HTTP issuer is refused unless OIDC_ALLOW_HTTP=true and it is on loopback (tests).
import { z } from 'zod';
import { Role } from './generated/prisma/enums';
import { isPlainLoopback } from './loopback';

export interface OidcProviderConfig {
  /** What `?provider=` names, and what pending sign-ins and the audit trail record. */
  readonly id: string;
  /** The sign-in page's button. */
  readonly label: string;
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Space-separated, `openid` always among them. */
  readonly scopes: string;
  /** The ID token claim (or userinfo claim) whose values OIDC_ROLE_MAP reads; none: roles are admins' to set. */
  readonly roleClaim: string | null;
  /** The claim whose values OIDC_INSTITUTION_MAP reads; none: memberships are admins' to set. */
  readonly institutionClaim: string | null;
}

export interface OidcConfig {
  readonly providers: readonly OidcProviderConfig[];
  /** The role of a user provisioned on first sign-in when no claim maps to one. */
  readonly defaultRole: Role;
  /** Claim value → role. */
  readonly roleMap: Readonly<Record<string, Role>>;
  /** Claim value → owner id (Owner.id as the API gives it, or the database's number). */
  readonly institutionMap: Readonly<Record<string, string>>;
}

const json = <T extends z.ZodType>(inner: T, what: string) =>
  z.string().transform((raw, ctx): z.output<T> => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      ctx.addIssue({ code: 'custom', message: `must be JSON: ${what}` });
      return z.NEVER;
    }
    const parsed = inner.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: 'custom', message: `${issue.path.join('.') || 'value'}: ${issue.message} (${what})` });
    return z.NEVER;
  });

const provider = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,32}$/, 'ids are 1-32 lower-case letters, digits, dashes or underscores'),
  label: z.string().min(1).max(60),
  issuer: z.url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  scopes: z.string().default('openid profile email'),
  roleClaim: z.string().min(1).nullish(),
  institutionClaim: z.string().min(1).nullish(),
});

/** The environment variables this module reads, as config.ts's schema parses them. */
export const oidcSettings = {
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default('openid profile email'),
  OIDC_LABEL: z.string().min(1).max(60).default('Single sign-on'),
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  OIDC_INSTITUTION_CLAIM: z.string().min(1).optional(),
  OIDC_PROVIDERS: json(z.array(provider), '[{ id, label, issuer, clientId, clientSecret, scopes, … }]').optional(),
  OIDC_DEFAULT_ROLE: z.enum(Role).default('VIEWER'),
  OIDC_ROLE_MAP: json(z.record(z.string(), z.enum(Role)), '{ "claim value": "ANALYST", … }').default({}),
  OIDC_INSTITUTION_MAP: json(
    z.record(z.string(), z.union([z.string().min(1), z.number().int().positive()]).transform(String)),
    '{ "claim value": "<owner id>", … }',
  ).default({}),
  OIDC_ALLOW_HTTP: z
    .enum(['true', 'false', '1', '0'])
    .transform((v) => v === 'true' || v === '1')
    .default(false),
};

type OidcEnv = z.output<z.ZodObject<typeof oidcSettings>>;

/** Why an issuer may not be used, or null: https, or plain HTTP on loopback with OIDC_ALLOW_HTTP=true. */
function issuerProblem(issuer: string, allowHttp: boolean): string | null {
  const url = new URL(issuer);
  if (url.protocol === 'https:') return null;
  if (url.protocol !== 'http:') return 'must be an https:// URL';
  if (!isPlainLoopback(url.origin)) return 'must be https:// (plain HTTP is allowed only on loopback)';
  return allowHttp ? null : 'is plain HTTP: set OIDC_ALLOW_HTTP=true to allow it (loopback testing only)';
}

/** The providers and maps, or the problems, one sentence each, that stop start-up. */
export function oidcConfigOf(e: OidcEnv): { oidc: OidcConfig; problems: string[] } {
  const problems: string[] = [];
  const single = e.OIDC_ISSUER
    ? [
        {
          id: 'default',
          label: e.OIDC_LABEL,
          issuer: e.OIDC_ISSUER,
          clientId: e.OIDC_CLIENT_ID ?? '',
          clientSecret: e.OIDC_CLIENT_SECRET ?? '',
          scopes: e.OIDC_SCOPES,
          roleClaim: e.OIDC_ROLE_CLAIM,
          institutionClaim: e.OIDC_INSTITUTION_CLAIM,
        },
      ]
    : [];
  if (e.OIDC_ISSUER && e.OIDC_PROVIDERS) problems.push('OIDC_ISSUER: set it or OIDC_PROVIDERS, not both');
  if (e.OIDC_ISSUER && (!e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET))
    problems.push('OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: required with OIDC_ISSUER');
  const providers = (e.OIDC_PROVIDERS ?? single).map((p) => ({
    ...p,
    scopes: scopesWithOpenid(p.scopes),
    roleClaim: p.roleClaim ?? null,
    institutionClaim: p.institutionClaim ?? null,
  }));
  const ids = new Set<string>();
  for (const p of providers) {
    if (ids.has(p.id)) problems.push(`OIDC_PROVIDERS: the id "${p.id}" is given twice`);
    ids.add(p.id);
    const problem = issuerProblem(p.issuer, e.OIDC_ALLOW_HTTP);
    if (problem) problems.push(`${e.OIDC_PROVIDERS ? `OIDC_PROVIDERS (${p.id})` : 'OIDC_ISSUER'}: ${problem}`);
  }
  const oidc: OidcConfig = Object.freeze({
    providers: Object.freeze(providers.map((p) => Object.freeze(p))),
    defaultRole: e.OIDC_DEFAULT_ROLE,
    roleMap: Object.freeze({ ...e.OIDC_ROLE_MAP }),
    institutionMap: Object.freeze({ ...e.OIDC_INSTITUTION_MAP }),
  });
  return { oidc, problems };
}

const scopesWithOpenid = (scopes: string) => {
  const list = scopes.split(/[\s,]+/).filter(Boolean);
  return (list.includes('openid') ? list : ['openid', ...list]).join(' ');
};
