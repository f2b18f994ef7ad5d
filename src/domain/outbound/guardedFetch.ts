// The one way the server calls out (webhook deliveries, evidence capture). Each URL is checked before the
// call (scheme, credentials, every address its host resolves to), and again at connect time: the socket's
// own DNS lookup goes through the same policy, so a name that resolved to a public address for the check and
// to 127.0.0.1 a moment later (DNS rebinding) is refused where it matters. Redirects are followed by hand, each
// hop checked again. Size, time, redirects and content types are bounded.
import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { OutboundAllowlist } from '../../config';
import { checkHttpUrl, type HttpUrlProblem } from '../../httpUrl';
import { addressRefusal, hostAllowlisted } from './addressPolicy';

export type ResolveHost = (host: string) => Promise<{ address: string; family: number }[]>;

const resolveWithDns: ResolveHost = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

/** The URL may not be called: the address policy or the URL's form refuses it. Nothing was sent. */
export class OutboundRefused extends Error {}

/** The call was made or attempted and failed: network error, timeout, too large, unwanted content type. */
export class OutboundFailed extends Error {
  constructor(
    readonly kind: 'NETWORK' | 'TIMEOUT' | 'TOO_LARGE' | 'CONTENT_TYPE' | 'REDIRECTS',
    message: string,
  ) {
    super(message);
  }
}

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** Accepted media types (`text/html`) or families (`text/`); unset accepts any. */
  readonly contentTypes?: readonly string[];
}

export interface OutboundRequest {
  readonly method?: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface FetchedResponse {
  readonly finalUrl: string;
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly contentType: string | null;
  readonly body: Buffer;
  readonly durationMs: number;
}

const FORM_REFUSALS: Record<HttpUrlProblem, (raw: string) => string> = {
  NOT_ABSOLUTE: (raw) => `"${raw}" is not an absolute URL`,
  SCHEME: () => 'only http and https URLs',
  CREDENTIALS: () => 'a URL may not carry credentials',
};

const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** Checks a URL against the policy before anything is sent; returns it parsed. */
export async function checkOutboundUrl(
  raw: string,
  allowlist: OutboundAllowlist,
  resolve: ResolveHost = resolveWithDns,
): Promise<URL> {
  const checked = checkHttpUrl(raw);
  if (!checked.ok) throw new OutboundRefused(FORM_REFUSALS[checked.problem](raw));
  const url = checked.url;
  const host = hostOf(url);
  if (hostAllowlisted(host, allowlist)) return url;
  const addresses = ipaddr.isValid(host) ? [host] : await resolveAll(host, resolve);
  for (const address of addresses) {
    const refusal = addressRefusal(address, allowlist);
    if (refusal) throw new OutboundRefused(`${host} is refused: ${refusal} (${allowlist.setting} can name it)`);
  }
  return url;
}

async function resolveAll(host: string, resolve: ResolveHost): Promise<string[]> {
  try {
    return (await resolve(host)).map((a) => a.address);
  } catch {
    throw new OutboundRefused(`${host} does not resolve`);
  }
}

/** The socket's lookup: the same policy at connect time, on the addresses the connection will use. */
function guardedLookup(allowlist: OutboundAllowlist, resolve: ResolveHost): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const allowed = hostAllowlisted(hostname, allowlist);
        const refused = allowed ? undefined : found.find((a) => addressRefusal(a.address, allowlist));
        if (refused || found.length === 0) {
          const err = new OutboundRefused(`${hostname} resolved to a refused address at connect time`);
          return callback(err as NodeJS.ErrnoException, '', 0);
        }
        if (options.all) return callback(null, found);
        callback(null, found[0].address, found[0].family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Calls `raw` under the policy and the limits, following redirects (GET only) with each hop checked again. */
export async function guardedFetch(
  raw: string,
  allowlist: OutboundAllowlist,
  limits: FetchLimits,
  request: OutboundRequest = {},
  resolve: ResolveHost = resolveWithDns,
): Promise<FetchedResponse> {
  const started = performance.now();
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = await checkOutboundUrl(raw, allowlist, resolve);
  for (let hop = 0; ; hop++) {
    const response = await send(url, request, limits, signal, guardedLookup(allowlist, resolve));
    const location = response.headers.location;
    if (!REDIRECTS.has(response.status) || !location || request.method === 'POST')
      return { ...response, finalUrl: url.toString(), durationMs: Math.round(performance.now() - started) };
    if (hop >= limits.maxRedirects) throw new OutboundFailed('REDIRECTS', `more than ${limits.maxRedirects} redirects`);
    url = await checkOutboundUrl(new URL(location, url).toString(), allowlist, resolve);
  }
}

type Sent = Omit<FetchedResponse, 'finalUrl' | 'durationMs'>;

function send(url: URL, request: OutboundRequest, limits: FetchLimits, signal: AbortSignal, lookup: LookupFunction) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Sent>((resolve, reject) => {
    const req = client.request(url, { method: request.method ?? 'GET', headers: request.headers, lookup, signal });
    req.on('error', (err) => reject(failure(err, signal)));
    req.on('response', (res) => {
      const contentType = res.headers['content-type']?.split(';')[0].trim().toLowerCase() ?? null;
      const redirect = REDIRECTS.has(res.statusCode ?? 0);
      if (!redirect && limits.contentTypes && !accepted(contentType, limits.contentTypes)) {
        res.destroy();
        return reject(new OutboundFailed('CONTENT_TYPE', `content type ${contentType ?? 'none'} is not accepted`));
      }
      readLimited(res, limits.maxBytes).then(
        (body) => resolve({ status: res.statusCode ?? 0, headers: res.headers, contentType, body }),
        (err: Error) => reject(failure(err, signal)),
      );
    });
    req.end(request.body);
  });
}

const accepted = (type: string | null, allowed: readonly string[]) =>
  !!type && allowed.some((a) => (a.endsWith('/') ? type.startsWith(a) : type === a));

function failure(err: Error, signal: AbortSignal): Error {
  if (err instanceof OutboundRefused || err instanceof OutboundFailed) return err;
  if (signal.aborted) return new OutboundFailed('TIMEOUT', 'the call took too long');
  return new OutboundFailed('NETWORK', err.message);
}

function readLimited(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        reject(new OutboundFailed('TOO_LARGE', `the response is larger than ${maxBytes} bytes`));
      } else chunks.push(chunk);
    });
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
  });
}
