// The console's whole view lives in the URL's hash, so that back and forward work and a copied link opens
// the same view: #/?search=…&status=…&sort=…&asOf=…&lang=zh, #/r/<code>?asOf=…, #/audit?type=…&id=…&after=…,
// #/sign-in?next=<the hash to return to>, #/account, #/users, #/institutions, #/documents,
// #/documents/<slug or id>?show=all.
import { lang, setLang, type Lang } from './i18n';

const CATALOG_KEYS = ['search', 'status', 'theme', 'pillar', 'health', 'sort', 'asOf'] as const;
export type CatalogQuery = Record<(typeof CATALOG_KEYS)[number], string>;
const AUDIT_KEYS = ['type', 'id', 'after', 'before'] as const;
export type AuditQuery = Record<(typeof AUDIT_KEYS)[number], string>;

export type Route =
  | { view: 'catalog'; query: CatalogQuery }
  | { view: 'detail'; code: string; asOf: string }
  | { view: 'audit'; query: AuditQuery }
  | { view: 'report'; date: string | null }
  | { view: 'reviews' }
  | { view: 'following' }
  | { view: 'signIn'; next: string }
  | { view: 'account' }
  | { view: 'users' }
  | { view: 'institutions' }
  | { view: 'documents' }
  | { view: 'document'; slug: string; show: string };

/** The views whose address carries nothing but the language. */
const PLAIN_VIEWS = {
  reviews: '/reviews',
  following: '/following',
  account: '/account',
  users: '/users',
  institutions: '/institutions',
  documents: '/documents',
} as const;
type PlainView = keyof typeof PLAIN_VIEWS;
const isPlain = (route: Route): route is Route & { view: PlainView } => route.view in PLAIN_VIEWS;

const pickKeys = <K extends string>(params: URLSearchParams, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;

export const emptyCatalogQuery = (): CatalogQuery => pickKeys(new URLSearchParams(), CATALOG_KEYS);

function parseHash(hash: string): { route: Route; lang: Lang | null } {
  const [path, search = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(search);
  const asked = params.get('lang');
  const langParam = asked === 'zh' || asked === 'en' ? asked : null;
  const detail = /^\/r\/(.+)$/.exec(path);
  if (detail)
    return {
      route: { view: 'detail', code: decodeURIComponent(detail[1]), asOf: params.get('asOf') ?? '' },
      lang: langParam,
    };
  const doc = /^\/documents\/(.+)$/.exec(path);
  if (doc)
    return {
      route: { view: 'document', slug: decodeURIComponent(doc[1]), show: params.get('show') ?? '' },
      lang: langParam,
    };
  const plain = Object.entries(PLAIN_VIEWS).find(([, p]) => p === path)?.[0] as PlainView | undefined;
  if (plain) return { route: { view: plain }, lang: langParam };
  if (path === '/audit') return { route: { view: 'audit', query: pickKeys(params, AUDIT_KEYS) }, lang: langParam };
  if (path === '/sign-in') return { route: { view: 'signIn', next: params.get('next') ?? '' }, lang: langParam };
  const report = /^\/report(?:\/([\d-]+))?$/.exec(path);
  if (report) return { route: { view: 'report', date: report[1] ?? null }, lang: langParam };
  return { route: { view: 'catalog', query: pickKeys(params, CATALOG_KEYS) }, lang: langParam };
}

/** The hash for a route in the current language; empty values are left out. */
export function hashOf(route: Route): string {
  const params = new URLSearchParams();
  const values: Record<string, string> =
    route.view === 'detail'
      ? { asOf: route.asOf }
      : route.view === 'signIn'
        ? { next: route.next }
        : route.view === 'document'
          ? { show: route.show }
          : route.view === 'catalog' || route.view === 'audit'
            ? route.query
            : {};
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  params.set('lang', lang());
  const path = isPlain(route)
    ? PLAIN_VIEWS[route.view]
    : route.view === 'detail'
      ? `/r/${encodeURIComponent(route.code)}`
      : route.view === 'document'
        ? `/documents/${encodeURIComponent(route.slug)}`
        : route.view === 'audit'
          ? '/audit'
          : route.view === 'report'
            ? `/report${route.date ? `/${route.date}` : ''}`
            : route.view === 'signIn'
              ? '/sign-in'
              : '/';
  return `#${path}?${params.toString()}`;
}

/** Records a change the view already shows: a new history entry, or (while typing) the current one rewritten. */
export function recordRoute(route: Route, replace = false): void {
  if (route.view === 'catalog') lastCatalog = { ...route.query };
  const hash = hashOf(route);
  if (hash === window.location.hash) return;
  if (replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  markShown();
}

let shown = '';

/** The address the page shows now; the router redraws only when navigation leads elsewhere. */
export const markShown = (): void => {
  shown = window.location.href;
};
export const isShown = (href: string): boolean => href === shown;

/** The route in the address bar; a `lang` there wins over the remembered language. */
export function currentRoute(): Route {
  const { route, lang: asked } = parseHash(window.location.hash);
  if (asked && asked !== lang()) setLang(asked);
  if (route.view === 'catalog') lastCatalog = { ...route.query };
  return route;
}

/** Whether the address bar names a language itself (a pasted link), which then wins over the account's. */
export const addressNamesLang = (): boolean => parseHash(window.location.hash).lang !== null;

/** A hash (a sign-in's `next`) with its lang set to the current language. */
export const inCurrentLang = (hash: string): string => hashOf(parseHash(hash).route);

/** Rewrites the address bar's lang (after the language switch) without a new history entry. */
export const recordLang = (): void => recordRoute(parseHash(window.location.hash).route, true);

let lastCatalog: CatalogQuery = emptyCatalogQuery();

/** The catalog as last shown (filters, search, sort), for "back to catalog" links. */
export const lastCatalogQuery = (): CatalogQuery => ({ ...lastCatalog });
