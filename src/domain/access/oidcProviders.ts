// The tracker as an OpenID Connect client (openid-client 6): each configured provider's metadata, discovered on
// first use and kept for an hour, so that a provider that is down delays no start and troubles no one until
// someone tries to sign in through it (then ProviderUnavailable, and the sign-in page says so). A failed
// discovery is not kept: the next sign-in tries again.
//
// openid-client is ESM-only while the server is CommonJS: it is loaded with a real `import()`, which tsc keeps
// as such under `module: node16` (dist/ runs on plain node), and the tests' swc turns into a `require` of the
// package compiled to CommonJS (jest.config.js, transformIgnorePatterns).
import type * as OpenidClient from 'openid-client' with { 'resolution-mode': 'import' };
import type { Config } from '../../config';
import type { OidcProviderConfig } from '../../oidcConfig';

type Client = typeof OpenidClient;
export type ProviderMetadata = OpenidClient.Configuration;

let clientModule: Promise<Client> | undefined;
/** openid-client, loaded once. */
export const openidClient = (): Promise<Client> => (clientModule ??= import('openid-client'));

const METADATA_TTL_MS = 3_600_000;
const DISCOVERY_TIMEOUT_S = 10;

/** A provider that could not be reached or answered nonsense: the sign-in page tells the person so. */
export class ProviderUnavailable extends Error {
  constructor(
    readonly provider: OidcProviderConfig,
    readonly detail: string,
  ) {
    super(`The sign-in provider ${provider.label} cannot be reached: ${detail}`);
  }
}

/** Where the provider sends the browser back: PUBLIC_URL + /auth/oidc/callback (the contract). */
export const redirectUriOf = (config: Config) => `${config.publicOrigin}/auth/oidc/callback`;

/** The configured providers, with their metadata discovered lazily and cached per app. */
export class OidcProviders {
  private readonly cache = new Map<string, { at: number; metadata: Promise<ProviderMetadata> }>();

  constructor(readonly config: Config) {}

  get list(): readonly OidcProviderConfig[] {
    return this.config.oidc.providers;
  }

  /** The provider `?provider=` names; with none named, the only one configured. */
  find(id: string | undefined): OidcProviderConfig | undefined {
    const { providers } = this.config.oidc;
    if (id === undefined) return providers.length === 1 ? providers[0] : undefined;
    return providers.find((p) => p.id === id);
  }

  /** The provider's metadata (discovered now, or kept from the last hour); ProviderUnavailable when it is down. */
  metadata(provider: OidcProviderConfig, now = Date.now()): Promise<ProviderMetadata> {
    const kept = this.cache.get(provider.id);
    if (kept && now - kept.at < METADATA_TTL_MS) return kept.metadata;
    const metadata = this.discover(provider).catch((err: unknown) => {
      this.cache.delete(provider.id);
      throw err;
    });
    this.cache.set(provider.id, { at: now, metadata });
    return metadata;
  }

  private async discover(provider: OidcProviderConfig): Promise<ProviderMetadata> {
    const client = await openidClient();
    const insecure = new URL(provider.issuer).protocol === 'http:';
    try {
      return await client.discovery(
        new URL(provider.issuer),
        provider.clientId,
        undefined,
        client.ClientSecretBasic(provider.clientSecret),
        {
          timeout: DISCOVERY_TIMEOUT_S,
          // Signatures are checked although the token comes straight from the provider: a token that does not
          // verify against the provider's published keys is refused, whatever the transport.
          execute: insecure
            ? [client.allowInsecureRequests, client.enableNonRepudiationChecks]
            : [client.enableNonRepudiationChecks],
        },
      );
    } catch (err) {
      throw new ProviderUnavailable(provider, reasonOf(err));
    }
  }
}

/** One line about why a call to a provider failed, from the error's code and message (never a stack). */
export function reasonOf(err: unknown): string {
  const e = err as {
    code?: unknown;
    message?: unknown;
    error?: unknown;
    error_description?: unknown;
    cause?: { code?: unknown; message?: unknown };
  };
  // A provider's refusal (ResponseBodyError) carries its OAuth error and description.
  const parts = [e.code, e.message, e.error, e.error_description, e.cause?.message, e.cause?.code].filter(
    (p): p is string => typeof p === 'string',
  );
  return ([...new Set(parts)].join(': ') || 'unknown error').slice(0, 300);
}
