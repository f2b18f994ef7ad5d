// A client's address as TRUST_PROXY says to read it: behind a proxy, every peer address is the proxy's, so the
// X-Forwarded-For of trusted hops tells clients apart. Sign-in throttling and the per-client connection limit
// both key on it.
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { Config } from '../config';

type Trust = (addr: string, hop: number) => boolean;

const trustOf = new WeakMap<Pick<Config, 'trustProxy'>, Trust>();

/** The client address of `request`, under `config`'s TRUST_PROXY. */
export function clientAddress(config: Pick<Config, 'trustProxy'>, request: IncomingMessage): string {
  let trusted = trustOf.get(config);
  if (!trusted) {
    const trust = config.trustProxy;
    trusted = typeof trust === 'number' ? (_addr: string, hop: number) => hop < trust : proxyaddr.compile([...trust]);
    trustOf.set(config, trusted);
  }
  return proxyaddr(request, trusted);
}
