// OpenID Connect Back-Channel Logout 1.0: a provider whose user signed out there POSTs a logout token, and the
// sessions signed in through that provider account end here, their subscriptions closing on every instance
// (endSessionRows announces each). The token is a JWT verified against the provider's published keys, with
// its issuer, our client id as audience, the back-channel logout event, no nonce, and a `sub` or a `sid`.
// jose is ESM-only, loaded as openid-client is (oidcProviders.ts).
import type * as Jose from 'jose' with { 'resolution-mode': 'import' };
import type { Db } from '../../db/client';
import type { OidcProviderConfig } from '../../oidcConfig';
import type { Prisma } from '../../generated/prisma/client';
import { inTransaction } from '../../db/transaction';
import { recordAudit } from '../audit';
import { endSessionRows } from './sessions';
import { reasonOf, type OidcProviders } from './oidcProviders';

const LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

let joseModule: Promise<typeof Jose> | undefined;
const jose = () => (joseModule ??= import('jose'));

/** A logout token that was refused: the provider gets 400 with this description. */
export class LogoutRefused extends Error {}

const keySets = new WeakMap<OidcProviderConfig, ReturnType<typeof Jose.createRemoteJWKSet>>();

async function verifiedLogoutToken(providers: OidcProviders, token: string) {
  const { createRemoteJWKSet, decodeJwt, jwtVerify } = await jose();
  let issuer: unknown;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    throw new LogoutRefused('logout_token is not a JWT');
  }
  const provider = providers.list.find((p) => p.issuer === issuer);
  if (!provider) throw new LogoutRefused('logout_token is from no configured provider');
  const jwksUri = (await providers.metadata(provider)).serverMetadata().jwks_uri;
  if (!jwksUri) throw new LogoutRefused('the provider publishes no keys');
  const keys = keySets.get(provider) ?? createRemoteJWKSet(new URL(jwksUri));
  keySets.set(provider, keys);
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: provider.issuer,
      audience: provider.clientId,
      maxTokenAge: '10 minutes',
      requiredClaims: ['iat', 'jti', 'events'],
    });
    const events = payload.events as Record<string, unknown> | undefined;
    if (typeof events?.[LOGOUT_EVENT] !== 'object') throw new LogoutRefused('not a back-channel logout event');
    if ('nonce' in payload) throw new LogoutRefused('a logout token carries no nonce');
    if (typeof payload.sub !== 'string' && typeof payload.sid !== 'string')
      throw new LogoutRefused('a logout token names a sub or a sid');
    return { provider, sub: payload.sub, sid: payload.sid as string | undefined };
  } catch (err) {
    throw err instanceof LogoutRefused ? err : new LogoutRefused(`logout_token refused: ${reasonOf(err)}`);
  }
}

/** Ends the sessions a verified logout token names; returns how many ended. */
export async function backchannelLogout(db: Db, providers: OidcProviders, token: string): Promise<number> {
  const { provider, sub, sid } = await verifiedLogoutToken(providers, token);
  return inTransaction(db, async (tx) => {
    const now = new Date();
    const identity: Prisma.OidcIdentityWhereInput = { issuer: provider.issuer, ...(sub ? { subject: sub } : {}) };
    // A `sid` names one provider session; a session whose ID token had none is known only by its `sub`.
    const bySid: Prisma.SessionWhereInput = sid ? { OR: [{ oidcSid: sid }, ...(sub ? [{ oidcSid: null }] : [])] } : {};
    const sessions = await tx.session.findMany({
      where: { endedAt: null, oidcIdentity: identity, ...bySid },
      include: { user: true },
    });
    await endSessionRows(tx, sessions, now);
    for (const user of new Map(sessions.map((s) => [s.userId, s.user])).values()) {
      const sessionIds = sessions.filter((s) => s.userId === user.id).map((s) => s.id);
      await recordAudit(tx, { name: `(provider ${provider.id})`, role: null }, 'backchannelLogout', user.name, null, {
        provider: provider.id,
        sessionIds,
      });
    }
    return sessions.length;
  });
}
