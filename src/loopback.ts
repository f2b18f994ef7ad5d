// Plain HTTP on a loopback host: a developer's machine or a test. There a cookie cannot be Secure, any loopback
// name will do for the Origin check (config.ts, http/sameOrigin.ts), and a test's OpenID provider may be reached
// without TLS when OIDC_ALLOW_HTTP says so (oidcConfig.ts).
const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** Whether `origin` is plain HTTP on a loopback host. */
export function isPlainLoopback(origin: string): boolean {
  const u = new URL(origin);
  return u.protocol === 'http:' && (LOOPBACK_HOSTS.has(u.hostname) || /^127(\.\d{1,3}){3}$/.test(u.hostname));
}
