// Sign-in through an OpenID provider: the authorization-code flow with PKCE, state and nonce (openid-client).
// `startOidcSignIn` keeps the checks server-side (oidcLogins.ts) and gives the provider's URL; `finishOidcSignIn`
// claims them once, has the code exchanged and the ID token verified (signature against the provider's keys,
// issuer, audience, nonce, expiry), and signs the user in (oidcAccounts.ts). A callback that fails any check is
// refused with an OidcRefusal, audited as signInFailed, and provisions nothing.
import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/client';
import type { OidcProviderConfig } from '../../oidcConfig';
import { inTransaction } from '../../db/transaction';
import { recordAudit } from '../audit';
import type { ClientInfo } from './auth';
import { DisabledAccount } from './accountState';
import { signInWithOidc } from './oidcAccounts';
import { beginLogin, claimLogin, type LoginRefusal } from './oidcLogins';
import { openidClient, ProviderUnavailable, reasonOf, redirectUriOf, type OidcProviders } from './oidcProviders';

/** A refused callback: `message` is what the person is told, `reason` what the audit trail records. */
export class OidcRefusal extends Error {
  constructor(
    message: string,
    readonly reason: string,
  ) {
    super(message);
  }
}

/** Stores the checks and returns the cookie's key and the provider's authorization URL. */
export async function startOidcSignIn(
  db: Db,
  providers: OidcProviders,
  provider: OidcProviderConfig,
  returnTo: string,
) {
  const metadata = await providers.metadata(provider);
  const client = await openidClient();
  const pending = {
    providerId: provider.id,
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
    returnTo,
  };
  const key = await beginLogin(db, pending);
  const url = client.buildAuthorizationUrl(metadata, {
    redirect_uri: redirectUriOf(providers.config),
    scope: provider.scopes,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
  });
  return { key, url: url.href };
}

const LOGIN_REFUSALS: Record<LoginRefusal, [string, string]> = {
  none: ['No sign-in is under way in this browser: start again.', 'no pending sign-in for this browser'],
  used: ['This sign-in was already completed or refused: start again.', 'pending sign-in already used (replay)'],
  expired: ['This sign-in took too long and expired: start again.', 'pending sign-in expired'],
};

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

export interface Callback {
  /** The cookie's key for the pending sign-in. */
  key: string | undefined;
  /** The callback's URL as the browser requested it (PUBLIC_URL + path and query). */
  url: URL;
  client: ClientInfo;
  previousSecret?: string;
}

/** Finishes a sign-in: the new session's secret and where to land; OidcRefusal or ProviderUnavailable otherwise. */
export async function finishOidcSignIn(db: Db, providers: OidcProviders, callback: Callback) {
  const claimed = await claimLogin(db, callback.key);
  const provider = providers.find(claimed.login?.providerId ?? '');
  try {
    if ('refusal' in claimed) throw new OidcRefusal(...LOGIN_REFUSALS[claimed.refusal]);
    const { login } = claimed;
    if (!provider) throw new OidcRefusal('That sign-in provider is no longer configured.', 'provider not configured');
    const state = callback.url.searchParams.get('state');
    if (!state) throw new OidcRefusal('The provider sent no state: start again.', 'missing state');
    if (!sameText(state, login.state))
      throw new OidcRefusal('The sign-in answer does not match this browser: start again.', 'state mismatch');
    const error = callback.url.searchParams.get('error');
    if (error)
      throw new OidcRefusal(`The provider refused the sign-in (${error.slice(0, 100)}).`, `provider: ${error}`);
    if (!login.codeVerifier) throw new OidcRefusal('This sign-in lost its PKCE verifier: start again.', 'no verifier');
    const claims = await verifiedClaims(providers, provider, callback.url, login);
    const signedIn = await signInWithOidc(
      db,
      providers.config,
      { provider, issuer: String(claims.iss), claims, previousSecret: callback.previousSecret },
      callback.client,
    ).catch((err: unknown) => {
      if (err instanceof DisabledAccount)
        throw new OidcRefusal('This account is disabled: ask an administrator.', 'account disabled');
      throw err;
    });
    return { ...signedIn, returnTo: login.returnTo };
  } catch (err) {
    if (err instanceof OidcRefusal || err instanceof ProviderUnavailable)
      await recordOidcFailure(db, provider, err instanceof OidcRefusal ? err.reason : err.message, callback.client);
    throw err;
  }
}

/** The code exchanged and the ID token verified; its claims, with userinfo's beside them. */
async function verifiedClaims(
  providers: OidcProviders,
  provider: OidcProviderConfig,
  url: URL,
  login: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  const metadata = await providers.metadata(provider);
  const client = await openidClient();
  let tokens;
  try {
    tokens = await client.authorizationCodeGrant(metadata, url, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: login.state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
  } catch (err) {
    if (isUnreachable(err)) throw new ProviderUnavailable(provider, reasonOf(err));
    throw new OidcRefusal('The provider’s answer could not be verified, so nobody was signed in.', reasonOf(err));
  }
  const claims = tokens.claims() as Record<string, unknown> | undefined;
  if (!claims?.sub) throw new OidcRefusal('The provider sent no ID token.', 'no ID token');
  if (!metadata.serverMetadata().userinfo_endpoint || !tokens.access_token) return { ...claims };
  try {
    const userinfo = await client.fetchUserInfo(metadata, tokens.access_token, String(claims.sub));
    // The verified ID token's claims win over userinfo's where both have one.
    return { ...userinfo, ...claims };
  } catch {
    return { ...claims };
  }
}

/** A network failure (refused, reset, timed out), as opposed to an answer that failed a check. */
function isUnreachable(err: unknown): boolean {
  const e = err as { name?: string; cause?: { code?: unknown } };
  const network = typeof e.cause?.code === 'string' && /^(E[A-Z]+|UND_ERR.*)$/.test(e.cause.code);
  return e.name === 'TypeError' || e.name === 'TimeoutError' || e.name === 'AbortError' || network;
}

/** Audits a refused callback as a failed sign-in: the actor is nobody proven, the target the provider. */
async function recordOidcFailure(db: Db, provider: OidcProviderConfig | undefined, reason: string, client: ClientInfo) {
  await inTransaction(db, (tx) =>
    recordAudit(tx, { name: '(sign-in)', role: null }, 'signInFailed', `oidc:${provider?.id ?? 'unknown'}`, null, {
      via: 'oidc',
      provider: provider?.id ?? null,
      reason,
      address: client.address,
    }),
  );
}
