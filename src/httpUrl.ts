// The one rule for "an http(s) URL as written": evidence links, document URLs, webhook receivers, every call
// the server makes (domain/outbound/guardedFetch.ts) and CORS origins (config.ts). The WHATWG parser reads more
// than a person wrote: it drops tabs and newlines anywhere, trims spaces, reads `http:example.org` and
// `http:\\example.org` as `http://example.org/`, and ends a host at a backslash where other parsers read on
// (`http://a.example\@b.example`). A string is taken only when it says plainly what will be called, so that
// the URL stored, shown and called is one URL. Each caller words its own refusal. At the root, beside config,
// because config (below the domain) needs it too.

/** Why a string is not an http(s) URL: not an absolute URL as written, another scheme, or a user name/password. */
export type HttpUrlProblem = 'NOT_ABSOLUTE' | 'SCHEME' | 'CREDENTIALS';

export type HttpUrlCheck = { ok: true; url: URL } | { ok: false; problem: HttpUrlProblem };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** Any whitespace (Unicode's too) or control character, which the parser would drop or encode unseen. */
const UNWRITTEN = /[\s\p{Cc}]/u;

const refused = (problem: HttpUrlProblem): HttpUrlCheck => ({ ok: false, problem });

export function checkHttpUrl(raw: string): HttpUrlCheck {
  const scheme = SCHEME.exec(raw)?.[1].toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return refused('SCHEME');
  if (scheme === undefined || UNWRITTEN.test(raw) || raw.slice(scheme.length + 1, scheme.length + 3) !== '//')
    return refused('NOT_ABSOLUTE');
  // What stands between `//` and the path: user info, host and port.
  const authority = raw.slice(scheme.length + 3).split(/[/?#]/, 1)[0];
  if (authority === '' || authority.includes('\\')) return refused('NOT_ABSOLUTE');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refused('NOT_ABSOLUTE');
  }
  if (authority.includes('@') || url.username || url.password) return refused('CREDENTIALS');
  return { ok: true, url };
}

/** An origin exactly as a browser sends it in `Origin` (scheme, host, port if not the default; no path or slash). */
export function isHttpOrigin(value: string): boolean {
  const checked = checkHttpUrl(value);
  return checked.ok && checked.url.origin === value;
}
