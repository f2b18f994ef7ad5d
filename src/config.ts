// The one place the environment is read. Parsed once; a bad value stops start-up with a clear message.
import { z } from 'zod';
import { RecommendationStatus } from './generated/prisma/enums';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';
import { isHttpOrigin } from './httpUrl';
import { isPlainLoopback } from './loopback';
import { oidcConfigOf, oidcSettings, type OidcConfig } from './oidcConfig';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** A setting's comma-separated entries, trimmed, empty ones dropped: how every list in the environment is written. */
const entriesOf = (raw: string) =>
  raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);

export { isPlainLoopback } from './loopback';

/** A comma-separated list whose every entry is an `item`; empty means none. */
const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z.string().transform(entriesOf).pipe(z.array(item));

const originList = commaList(
  z
    .string()
    .refine(
      isHttpOrigin,
      'must be an http(s) origin as browsers send it, e.g. https://tracker.example.org (no path, no trailing slash)',
    ),
);

/**
 * The licences OPEN_DATA_LICENSE may name, by SPDX id, with what the Data Package and the DCAT-AP catalogue say of
 * each: a name is not enough for a harvester, which wants the licence's own address.
 */
export const LICENCES = {
  'CC-BY-4.0': { title: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': {
    title: 'Creative Commons Attribution Share-Alike 4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC0-1.0': { title: 'CC0 1.0 Public Domain Dedication', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODC-By-1.0': {
    title: 'Open Data Commons Attribution License 1.0',
    url: 'https://opendatacommons.org/licenses/by/1-0/',
  },
  'ODbL-1.0': {
    title: 'Open Data Commons Open Database License 1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  },
  'PDDL-1.0': {
    title: 'Open Data Commons Public Domain Dedication and License 1.0',
    url: 'https://opendatacommons.org/licenses/pddl/1-0/',
  },
} as const;
type LicenceId = keyof typeof LICENCES;
const LICENCE_IDS = Object.keys(LICENCES) as [LicenceId, ...LicenceId[]];

const statusList = commaList(
  z.enum(RecommendationStatus, `must be statuses among ${Object.values(RecommendationStatus).join(', ')}`),
);

/** The variables that name what the server's own calls may reach although it is not public. */
type AllowlistSetting = 'WEBHOOK_ALLOWLIST' | 'EVIDENCE_ALLOWLIST';

/**
 * Host names, IP addresses or CIDR ranges that outbound calls may reach although they are not public
 * (domain/outbound/addressPolicy.ts), parsed once here. Webhooks and evidence capture each have their own:
 * an admin's receiver is not a page an analyst may make the server fetch and re-serve.
 */
export interface OutboundAllowlist {
  /** The variable it comes from, for a refusal to name. */
  readonly setting: AllowlistSetting;
  /** The entries as given, trimmed and lower-cased. */
  readonly entries: readonly string[];
  readonly hosts: ReadonlySet<string>;
  readonly ranges: readonly (readonly [ipaddr.IPv4 | ipaddr.IPv6, number])[];
}

const ALLOWLIST_ENTRY = 'must be a host name, an IP address or a CIDR range, e.g. 127.0.0.1/32,hooks.intranet';

/** Parses a comma-separated allowlist; throws on a malformed entry. */
export function parseAllowlist(setting: AllowlistSetting, raw: string): OutboundAllowlist {
  const entries = entriesOf(raw.toLowerCase());
  const hosts = new Set<string>();
  const ranges: (readonly [ipaddr.IPv4 | ipaddr.IPv6, number])[] = [];
  for (const entry of entries) {
    if (entry.includes('/') && ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
    else if (!entry.includes('/') && ipaddr.isValid(entry)) {
      const ip = ipaddr.parse(entry);
      ranges.push([ip, ip.kind() === 'ipv4' ? 32 : 128]);
    } else if (/^[a-z0-9.-]+$/.test(entry)) hosts.add(entry);
    else throw new Error(`"${entry}" ${ALLOWLIST_ENTRY}`);
  }
  return Object.freeze({ setting, entries: Object.freeze(entries), hosts, ranges: Object.freeze(ranges) });
}

const allowlist = (setting: AllowlistSetting) =>
  z.string().transform((raw, ctx) => {
    try {
      return parseAllowlist(setting, raw);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  });

/**
 * TRUST_PROXY: which peers' X-Forwarded-For to believe when telling clients apart by address: a number of
 * proxy hops in front of the server, or their addresses (IPs, CIDR ranges, or proxy-addr's `loopback`,
 * `linklocal`, `uniquelocal`); empty, none: the peer's own address counts.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((s): number | string[] => (/^\d+$/.test(s) ? Number(s) : entriesOf(s)))
  .refine((v) => {
    try {
      if (Array.isArray(v)) proxyaddr.compile(v);
      return true;
    } catch {
      return false;
    }
  }, 'must be a number of proxy hops, or IP addresses, CIDR ranges, loopback, linklocal or uniquelocal, comma-separated');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  /** Bootstrap admin credential; compared as a hash, never logged. */
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  PUBLIC_READ: bool.default(true),
  PLAYGROUND: bool.optional(),
  /** Unset: on, except in production. A deployed playground needs it for its Docs pane. */
  INTROSPECTION: bool.optional(),
  /** Origins whose browser pages may call /graphql; none by default (the bundled pages are same-origin). */
  CORS_ORIGINS: originList.default([]),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EMBEDDED_PG_DIR: z.string().default('.data/pg'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(55432),
  HEALTH_STALE_DAYS: z.coerce.number().int().positive().default(90),
  HEALTH_DUE_SOON_DAYS: z.coerce.number().int().positive().default(30),
  HEALTH_DUE_SOON_MIN_PROGRESS: z.coerce.number().int().min(0).max(100).default(50),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  /** The largest answer sent, as JSON bytes (HTTP and each subscription event); a larger one is RESPONSE_TOO_LARGE. */
  MAX_RESPONSE_BYTES: z.coerce.number().int().positive().default(10_000_000),
  /** Subscriptions one WebSocket connection may hold at once; one more closes it with 1008. */
  SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(1_000).default(20),
  /** WebSocket connections one token (or, anonymously, one address) may hold on an instance; one more is closed with 1008. */
  CONNECTIONS_PER_CLIENT: z.coerce.number().int().min(1).max(10_000).default(10),
  TRUST_PROXY: trustProxy.default(0),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** 0 turns the limit off. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** Compiled SQL for the list queries that qualify (src/graphql/compiledQuery); false leaves every query to the resolvers. */
  COMPILED_QUERIES: bool.default(true),
  /** max-age of a successful GET /graphql answer, and the window its ETag covers (src/http/conditionalGet.ts). */
  HTTP_CACHE_MAX_AGE_S: z.coerce.number().int().min(1).max(3600).default(10),
  /** The decisive statuses an analyst's or reviewer's log entry only proposes (src/domain/log/review.ts); empty: none. */
  REVIEW_STATUSES: statusList.default(['IMPLEMENTED', 'ABANDONED']),
  /** How far below the line from baseline to target an indicator's value may be and still be ON_TRACK, as a share
   *  of the distance from baseline to target (src/domain/indicators/status.ts). */
  INDICATOR_TOLERANCE: z.coerce.number().min(0).max(1).default(0.1),
  /** What webhook deliveries may reach although not public (admins' receivers); none by default. */
  WEBHOOK_ALLOWLIST: allowlist('WEBHOOK_ALLOWLIST').optional(),
  /** What evidence capture and link checks may reach although not public; none by default, and normally none. */
  EVIDENCE_ALLOWLIST: allowlist('EVIDENCE_ALLOWLIST').prefault(''),
  /** Deprecated: read as WEBHOOK_ALLOWLIST when that is unset, and never for evidence (see `warnings`). */
  OUTBOUND_ALLOWLIST: allowlist('WEBHOOK_ALLOWLIST').optional(),
  /** Whether this instance runs the background job worker (PostgreSQL's job queue); any number of instances may. */
  JOB_WORKER: bool.default(true),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(2),
  /**
   * How often each worker instance looks for jobs locked by a worker that no longer has a connection (a killed
   * instance's) and releases them (src/domain/jobs/liveness.ts); they run again after two such looks.
   */
  JOB_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** Evidence capture (src/domain/evidence): the largest copy kept, and the archive's total size. */
  EVIDENCE_MAX_BYTES: z.coerce.number().int().positive().default(5_000_000),
  /** The largest PDF or DOCX POST /documents/upload takes (src/domain/documents). */
  DOCUMENT_MAX_BYTES: z.coerce.number().int().positive().default(20_000_000),
  EVIDENCE_STORAGE_MAX_BYTES: z.coerce.number().int().positive().default(2_000_000_000),
  EVIDENCE_TIMEOUT_MS: z.coerce.number().int().positive().max(300_000).default(15_000),
  EVIDENCE_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  /** When the periodic link check runs, as a cron schedule (UTC); "off" never. */
  EVIDENCE_CHECK_SCHEDULE: z
    .string()
    .trim()
    .regex(/^(off|\S+ \S+ \S+ \S+ \S+)$/, 'must be a cron schedule of five fields, e.g. "0 3 * * *", or "off"')
    .default('0 3 * * *'),
  /** Webhooks (domain/webhooks): attempts per delivery, the backoff's first wait, when an endpoint is disabled. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(1_000).default(20),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** The tracker's own origin as browsers reach it; unset: http://localhost:$PORT. Cookies and the Origin check follow it. */
  PUBLIC_URL: z
    .string()
    .refine(isHttpOrigin, 'must be an http(s) origin, e.g. https://tracker.example.org (no path, no trailing slash)')
    .optional(),
  /** A session ends after this long without a request, and in any case this long after sign-in. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(525_600).default(480),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(8_760).default(168),
  /** Failed password sign-ins per account and address within SIGNIN_FAILURE_WINDOW_MINUTES before a lockout. */
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1_000).default(5),
  SIGNIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1_440).default(15),
  /**
   * Sign-ins through a provider started (GET /auth/oidc/start) per address within SIGNIN_FAILURE_WINDOW_MINUTES:
   * each writes a pending sign-in row, so that a loop of starts would otherwise fill the table.
   */
  SIGNIN_MAX_OIDC_STARTS: z.coerce.number().int().min(1).max(10_000).default(30),
  /** Argon2 hashes computed at once on an instance; more wait (hashing is CPU-bound by design). */
  SIGNIN_CONCURRENT_HASHES: z.coerce.number().int().min(1).max(64).default(2),
  /** Analysts and reviewers write only on records owned by one of their institutions (src/domain/scope.ts). */
  SCOPED_EDITING: bool.default(false),
  /** A reviewer may not decide a proposal on a record owned by one of their institutions. */
  REVIEW_ACROSS_INSTITUTIONS: bool.default(false),
  /** The public face (issue 27): the public pages (/en/, /zh/, the sitemap), open data and embeddable widgets;
   * false turns every public path into a 404. */
  PUBLIC_SITE: bool.default(true),
  /** Origins whose pages may frame the widgets (/embed/*); none by default: every page refuses framing. */
  EMBED_ORIGINS: originList.default([]),
  /** The open data's licence, as its SPDX id (src/domain/opendata/licences.ts lists those known). */
  OPEN_DATA_LICENSE: z.enum(LICENCE_IDS).default('CC-BY-4.0'),
  /** The tracker's name in each language: the public pages' header, titles and OpenGraph, the open data's
   * publisher and the widgets' link home. */
  SITE_NAME_EN: z.string().trim().min(1).max(200).default('AI-governance recommendation tracker'),
  SITE_NAME_ZH: z.string().trim().min(1).max(200).default('人工智能治理建议跟踪'),
  /** Sign-in through OpenID providers: src/oidcConfig.ts. */
  ...oidcSettings,
});

type RawConfig = z.infer<typeof schema>;

export interface Config {
  readonly env: RawConfig['NODE_ENV'];
  readonly isProduction: boolean;
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  readonly adminToken: string | undefined;
  readonly publicRead: boolean;
  readonly playground: boolean;
  readonly introspection: boolean;
  readonly corsOrigins: readonly string[];
  readonly logLevel: RawConfig['LOG_LEVEL'];
  readonly embedded: { readonly dir: string; readonly port: number };
  readonly health: { readonly staleDays: number; readonly dueSoonDays: number; readonly dueSoonMinProgress: number };
  readonly maxBodyBytes: number;
  readonly maxResponseBytes: number;
  readonly subscriptions: { readonly perConnection: number; readonly connectionsPerClient: number };
  /** Proxy hops, or the proxies' addresses, whose X-Forwarded-For tells a client's address; 0: none. */
  readonly trustProxy: number | readonly string[];
  readonly dbPoolSize: number;
  readonly dbStatementTimeoutMs: number;
  readonly shutdownGraceMs: number;
  readonly sqlCompiledLists: boolean;
  readonly httpCacheMaxAgeS: number;
  readonly reviewStatuses: readonly RecommendationStatus[];
  /** INDICATOR_TOLERANCE: a share of the distance from baseline to target (domain/indicators/status.ts). */
  readonly indicatorTolerance: number;
  readonly webhookAllowlist: OutboundAllowlist;
  readonly evidenceAllowlist: OutboundAllowlist;
  readonly jobs: { readonly worker: boolean; readonly concurrency: number; readonly sweepIntervalMs: number };
  readonly documents: { readonly maxBytes: number };
  readonly evidence: {
    readonly maxBytes: number;
    readonly storageMaxBytes: number;
    readonly timeoutMs: number;
    readonly maxRedirects: number;
    readonly checkSchedule: string | null;
  };
  readonly webhooks: {
    readonly maxAttempts: number;
    readonly retryBaseMs: number;
    readonly disableAfterFailures: number;
    readonly timeoutMs: number;
  };
  /** PUBLIC_URL's origin: what a cookie-authenticated write's Origin must be (src/http/sameOrigin.ts). */
  readonly publicOrigin: string;
  readonly sessions: {
    readonly idleMs: number;
    readonly maxAgeMs: number;
    /** Secure cookies, except when PUBLIC_URL is plain HTTP on a loopback host (a developer's machine). */
    readonly secureCookie: boolean;
  };
  readonly signin: {
    readonly maxFailures: number;
    readonly windowMs: number;
    readonly concurrentHashes: number;
    readonly maxOidcStarts: number;
  };
  /** SCOPED_EDITING and REVIEW_ACROSS_INSTITUTIONS: what every actor carries to the scoping rule (domain/scope.ts). */
  readonly scoping: { readonly editing: boolean; readonly reviewAcross: boolean };
  /** OpenID providers to sign in through (none: password and passkeys only), and how claims map (oidcConfig.ts). */
  readonly oidc: OidcConfig;
  /** PUBLIC_SITE, EMBED_ORIGINS, OPEN_DATA_LICENSE and the site's names: the public face (issue 27). */
  readonly publicSite: {
    readonly enabled: boolean;
    readonly embedOrigins: readonly string[];
    readonly licence: LicenceId;
    readonly nameEn: string;
    readonly nameZh: string;
  };
  /** What the operator should change although the server starts: src/index.ts logs each at start. */
  readonly warnings: readonly string[];
}

/** The webhook allowlist, from OUTBOUND_ALLOWLIST when only the old name is set, and what to tell the operator. */
function webhookAllowlistOf(e: RawConfig): { list: OutboundAllowlist; warnings: string[] } {
  // Set but empty, the old name changes nothing either way.
  const old = e.OUTBOUND_ALLOWLIST?.entries.length ? e.OUTBOUND_ALLOWLIST : undefined;
  if (e.WEBHOOK_ALLOWLIST) {
    const warnings = old ? ['OUTBOUND_ALLOWLIST is ignored: WEBHOOK_ALLOWLIST is set. Remove OUTBOUND_ALLOWLIST.'] : [];
    return { list: e.WEBHOOK_ALLOWLIST, warnings };
  }
  if (!old) return { list: parseAllowlist('WEBHOOK_ALLOWLIST', ''), warnings: [] };
  return {
    list: old,
    warnings: [
      'OUTBOUND_ALLOWLIST is deprecated and now applies to webhooks only: rename it WEBHOOK_ALLOWLIST. ' +
        'Evidence links no longer reach what it names; EVIDENCE_ALLOWLIST (normally empty) is their own list.',
    ],
  };
}

export class ConfigError extends Error {}

/** Builds a frozen config from an environment; exported so tests can build variants without touching process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const webhookAllowlist = webhookAllowlistOf(e);
  const publicOrigin = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const { oidc, problems } = oidcConfigOf(e);
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return Object.freeze({
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    adminToken: e.ADMIN_TOKEN,
    publicRead: e.PUBLIC_READ,
    playground: e.PLAYGROUND ?? !isProduction,
    introspection: e.INTROSPECTION ?? !isProduction,
    corsOrigins: Object.freeze([...e.CORS_ORIGINS]),
    logLevel: e.LOG_LEVEL,
    embedded: Object.freeze({ dir: e.EMBEDDED_PG_DIR, port: e.EMBEDDED_PG_PORT }),
    health: Object.freeze({
      staleDays: e.HEALTH_STALE_DAYS,
      dueSoonDays: e.HEALTH_DUE_SOON_DAYS,
      dueSoonMinProgress: e.HEALTH_DUE_SOON_MIN_PROGRESS,
    }),
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxResponseBytes: e.MAX_RESPONSE_BYTES,
    subscriptions: Object.freeze({
      perConnection: e.SUBSCRIPTIONS_PER_CONNECTION,
      connectionsPerClient: e.CONNECTIONS_PER_CLIENT,
    }),
    trustProxy: Array.isArray(e.TRUST_PROXY) ? Object.freeze([...e.TRUST_PROXY]) : e.TRUST_PROXY,
    dbPoolSize: e.DB_POOL_SIZE,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    sqlCompiledLists: e.COMPILED_QUERIES,
    httpCacheMaxAgeS: e.HTTP_CACHE_MAX_AGE_S,
    reviewStatuses: Object.freeze([...e.REVIEW_STATUSES]),
    indicatorTolerance: e.INDICATOR_TOLERANCE,
    webhookAllowlist: webhookAllowlist.list,
    evidenceAllowlist: e.EVIDENCE_ALLOWLIST,
    jobs: Object.freeze({
      worker: e.JOB_WORKER,
      concurrency: e.JOB_CONCURRENCY,
      sweepIntervalMs: e.JOB_SWEEP_INTERVAL_MS,
    }),
    documents: Object.freeze({ maxBytes: e.DOCUMENT_MAX_BYTES }),
    evidence: Object.freeze({
      maxBytes: e.EVIDENCE_MAX_BYTES,
      storageMaxBytes: e.EVIDENCE_STORAGE_MAX_BYTES,
      timeoutMs: e.EVIDENCE_TIMEOUT_MS,
      maxRedirects: e.EVIDENCE_MAX_REDIRECTS,
      checkSchedule: e.EVIDENCE_CHECK_SCHEDULE === 'off' ? null : e.EVIDENCE_CHECK_SCHEDULE,
    }),
    webhooks: Object.freeze({
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      disableAfterFailures: e.WEBHOOK_DISABLE_AFTER_FAILURES,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    }),
    publicOrigin,
    sessions: Object.freeze({
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      maxAgeMs: e.SESSION_MAX_HOURS * 3_600_000,
      secureCookie: !isPlainLoopback(publicOrigin),
    }),
    signin: Object.freeze({
      maxFailures: e.SIGNIN_MAX_FAILURES,
      windowMs: e.SIGNIN_FAILURE_WINDOW_MINUTES * 60_000,
      concurrentHashes: e.SIGNIN_CONCURRENT_HASHES,
      maxOidcStarts: e.SIGNIN_MAX_OIDC_STARTS,
    }),
    scoping: Object.freeze({ editing: e.SCOPED_EDITING, reviewAcross: e.REVIEW_ACROSS_INSTITUTIONS }),
    oidc,
    publicSite: Object.freeze({
      enabled: e.PUBLIC_SITE,
      embedOrigins: Object.freeze([...e.EMBED_ORIGINS]),
      licence: e.OPEN_DATA_LICENSE,
      nameEn: e.SITE_NAME_EN,
      nameZh: e.SITE_NAME_ZH,
    }),
    warnings: Object.freeze(webhookAllowlist.warnings),
  });
}
