// Passkeys (WebAuthn, through @simplewebauthn/server): a second way in, or the only one. A signed-in user adds
// one (POST /auth/passkey/register/options, then /register); anyone signs in with one (POST
// /auth/passkey/options, then /auth/passkey), and the session starts as a password's does (signin.ts).
// - The relying party is PUBLIC_URL: its host is the rpID, its origin the only origin accepted.
// - Challenges are kept in PostgreSQL, so any instance can answer one, for CHALLENGE_TTL_MS, and each is
//   deleted as it is answered, so none is accepted twice. A sign-in's is found by a short-lived HttpOnly
//   cookie (the browser has no session yet); a registration's belongs to the session that asked for it.
// - User verification is required (a PIN, a fingerprint), so a passkey alone is two factors.
// - Failures are throttled per passkey and address (`passkey:<id>`, throttle.ts), apart from passwords: a
//   password lockout never blocks a passkey. Every outcome is audited: addPasskey, removePasskey,
//   passkeySignIn, passkeySignInFailed, passkeySignInLockedOut.
import { randomBytes } from 'node:crypto';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { Passkey, Session, User } from '../../generated/prisma/client';
import { inTransaction } from '../../db/transaction';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../errors';
import { recordAudit } from '../audit';
import { toGlobalId } from '../globalId';
import { LIMITS, nodeId, parseInput, trimmedText } from '../validation';
import { authorize, hashToken, type ClientInfo } from './auth';
import { mayAuthenticate } from './accountState';
import { beginSession } from './signin';
import { countAttempt, recordFailure, type AttemptKey } from './throttle';
import { userName } from './users';

/** How long a challenge may be answered; the browser is told a little less (its `timeout`). */
export const CHALLENGE_TTL_MS = 5 * 60_000;
const BROWSER_TIMEOUT_MS = 4 * 60_000;
const RP_NAME = 'AI-governance tracker';
// EdDSA, ES256, RS256 (COSE ids): what every authenticator offers. Named here, because the library's default
// probes Node's experimental SubtleCrypto.supports for ML-DSA, which prints a warning at the first sign-up.
const ALGORITHMS = [-8, -7, -257];

type Purpose = 'SIGN_IN' | 'REGISTER';

/** The relying party: PUBLIC_URL's host and origin. */
const relyingParty = (config: Config) => ({ rpID: new URL(config.publicOrigin).hostname, origin: config.publicOrigin });

/** A passkey's opaque id in the API (`Passkey.id`). */
export const passkeyGlobalId = (id: number) => toGlobalId('Passkey', id);

const base64url = z.string().regex(/^[A-Za-z0-9_-]*$/, 'must be base64url');
// A credential id is at most 1023 bytes (WebAuthn); the body's 16 kB bound the rest.
const credentialId = base64url.min(1).max(1400);

const authenticationResponse = z.object({
  id: credentialId,
  rawId: credentialId,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

const TRANSPORTS = ['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'] as const;

const registrationResponse = z.object({
  id: credentialId,
  rawId: credentialId,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url,
    attestationObject: base64url,
    authenticatorData: base64url.optional(),
    // A transport this list does not know yet is dropped rather than refused.
    transports: z
      .array(z.string().max(20))
      .max(10)
      .optional()
      .transform((ts) =>
        ts?.filter((t): t is (typeof TRANSPORTS)[number] => (TRANSPORTS as readonly string[]).includes(t)),
      ),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url.optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
});

const registrationInput = z.object({
  response: registrationResponse,
  name: trimmedText(LIMITS.name).optional(),
});

/** The challenge a response's clientDataJSON answers, or null when it cannot be read. */
function answeredChallenge(clientDataJSON: string): string | null {
  try {
    const data: unknown = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
    const challenge = (data as { challenge?: unknown }).challenge;
    return typeof challenge === 'string' && challenge.length <= 200 ? challenge : null;
  } catch {
    return null;
  }
}

/** Stores a challenge for CHALLENGE_TTL_MS, dropping every expired one on the way (they are never answered). */
async function keepChallenge(db: Db, purpose: Purpose, challenge: string, data: object, now: Date) {
  await db.passkeyChallenge.deleteMany({ where: { expiresAt: { lte: now } } });
  await db.passkeyChallenge.create({
    data: { purpose, challenge, ...data, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) },
  });
}

/**
 * Takes (deletes) the live challenge of `purpose` that `where` finds and the response answers: null when there
 * is none, it expired, or another request took it first. Single use: whoever deletes the row holds it.
 */
async function takeChallenge(
  db: Db,
  purpose: Purpose,
  answered: string | null,
  where: { keyHash: string } | { sessionId: number },
  now: Date,
) {
  if (!answered) return null;
  const row = await db.passkeyChallenge.findFirst({
    where: { ...where, purpose, challenge: answered, expiresAt: { gt: now } },
  });
  if (!row) return null;
  const { count } = await db.passkeyChallenge.deleteMany({ where: { id: row.id } });
  return count === 1 ? row : null;
}

const transportsOf = (p: Pick<Passkey, 'transports'>) => p.transports as AuthenticatorTransport[];

// ---- Signing in ----

/** A sign-in's options, and the secret of the cookie that finds its challenge again. */
export async function passkeySignInOptions(db: Db, config: Config, name: string | undefined, now = new Date()) {
  // A name only narrows which passkeys the browser offers; an unknown name gets what a user without one gets.
  const user =
    name !== undefined && userName.safeParse(name).success
      ? await db.user.findUnique({ where: { name }, include: { passkeys: true } })
      : null;
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(config).rpID,
    userVerification: 'required',
    timeout: BROWSER_TIMEOUT_MS,
    allowCredentials: user?.passkeys.map((p) => ({ id: p.credentialId, transports: transportsOf(p) })) ?? [],
  });
  const secret = randomBytes(32).toString('base64url');
  await keepChallenge(db, 'SIGN_IN', options.challenge, { keyHash: hashToken(secret), userId: user?.id ?? null }, now);
  return { options, secret };
}

export interface PasskeySignIn {
  /** The body: an AuthenticationResponseJSON. */
  response: unknown;
  /** The sign-in cookie's secret, which finds the challenge. */
  challengeSecret: string | undefined;
  /** The session cookie the browser already held, if any: it ends, and a new id replaces it. */
  previousSecret?: string;
}

/** Why a passkey was not accepted, for the audit trail (the client hears only 401). */
async function refusal(
  config: Config,
  response: AuthenticationResponseJSON,
  challenge: { challenge: string; userId: number | null } | null,
  passkey: (Passkey & { user: User }) | null,
): Promise<{ reason: string } | { newCounter: number }> {
  if (!challenge) return { reason: 'no such challenge: unknown, expired or already answered' };
  if (!passkey) return { reason: 'unknown passkey' };
  if (!mayAuthenticate(passkey.user)) return { reason: 'the account is disabled' };
  if (challenge.userId !== null && challenge.userId !== passkey.userId)
    return { reason: 'a passkey of another account than the one named' };
  if (response.response.userHandle && response.response.userHandle !== passkey.userHandle)
    return { reason: "the user handle is not the passkey's" };
  const { rpID, origin } = relyingParty(config);
  try {
    const verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: transportsOf(passkey),
      },
    });
    return verified.verified ? { newCounter: verified.authenticationInfo.newCounter } : { reason: 'not verified' };
  } catch (err) {
    return { reason: (err as Error).message.slice(0, 300) };
  }
}

/**
 * Signs in with a passkey and opens a new session (signin.ts's beginSession); UNAUTHENTICATED for any
 * failure (no challenge, an unknown passkey, a wrong origin or signature), TOO_MANY_REQUESTS once throttled.
 */
export async function signInWithPasskey(db: Db, config: Config, input: PasskeySignIn, client: ClientInfo) {
  const parsed = authenticationResponse.safeParse(input.response);
  if (!parsed.success) throw badInput('Send the AuthenticationResponseJSON the browser gave.');
  const response = parsed.data as AuthenticationResponseJSON;
  const now = new Date();
  let challenge = null;
  if (input.challengeSecret) {
    const keyHash = hashToken(input.challengeSecret);
    challenge = await takeChallenge(
      db,
      'SIGN_IN',
      answeredChallenge(response.response.clientDataJSON),
      { keyHash },
      now,
    );
    // The cookie's challenge is spent whatever the answer was.
    if (!challenge) await db.passkeyChallenge.deleteMany({ where: { keyHash } });
  }
  const passkey = await db.passkey.findUnique({ where: { credentialId: response.id }, include: { user: true } });
  const attempts: AttemptKey = {
    userName: passkey ? `passkey:${passkey.id}` : 'passkey:unknown',
    address: client.address,
  };
  const attempt = await countAttempt(db, config, attempts, now);
  const outcome = await refusal(config, response, challenge, passkey);
  if ('reason' in outcome || !passkey) {
    const reason = 'reason' in outcome ? outcome.reason : 'unknown passkey';
    await recordFailure(db, config, attempt, 'passkey', {
      events: ['passkeySignInFailed', 'passkeySignInLockedOut'],
      target: passkey?.user.name ?? '(unknown passkey)',
      detail: { passkeyId: passkey ? passkeyGlobalId(passkey.id) : null, reason },
    });
    throw unauthenticated('That passkey was not accepted.');
  }
  return beginSession(db, config, {
    user: passkey.user,
    client,
    previousSecret: input.previousSecret,
    attempts,
    operation: 'passkeySignIn',
    detail: { passkeyId: passkeyGlobalId(passkey.id) },
    alsoWrite: (tx, at) =>
      tx.passkey.update({ where: { id: passkey.id }, data: { counter: outcome.newCounter, lastUsedAt: at } }),
  });
}

// ---- Adding one ----

type SignedInSession = Session & { user: User };

/** A registration's options for the session's user; the challenge belongs to that session. */
export async function passkeyRegistrationOptions(db: Db, config: Config, session: SignedInSession, now = new Date()) {
  const existing = await db.passkey.findMany({ where: { userId: session.userId }, orderBy: { id: 'asc' } });
  // One user handle per account, so that an authenticator keeps one passkey per account here, not one per try.
  const userHandle = existing[0]?.userHandle ?? randomBytes(32).toString('base64url');
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: relyingParty(config).rpID,
    userName: session.user.name,
    userDisplayName: session.user.name,
    userID: new Uint8Array(Buffer.from(userHandle, 'base64url')),
    timeout: BROWSER_TIMEOUT_MS,
    attestationType: 'none',
    supportedAlgorithmIDs: ALGORITHMS,
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: transportsOf(p) })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  await keepChallenge(
    db,
    'REGISTER',
    options.challenge,
    { sessionId: session.id, userId: session.userId, userHandle },
    now,
  );
  return options;
}

/**
 * Adds the passkey a registration response describes to the session's user, once its challenge (this
 * session's, unanswered, unexpired) and origin check out; BAD_USER_INPUT on `response` otherwise, CONFLICT for
 * a passkey already added.
 */
export async function addPasskey(db: Db, config: Config, session: SignedInSession, raw: unknown, now = new Date()) {
  const parsed = registrationInput.safeParse(raw);
  if (!parsed.success) throw badInput('Send JSON { "response": RegistrationResponseJSON, "name"?: "…" }.');
  const response = parsed.data.response as RegistrationResponseJSON;
  const answered = answeredChallenge(response.response.clientDataJSON);
  const challenge = await takeChallenge(db, 'REGISTER', answered, { sessionId: session.id }, now);
  if (!challenge?.userHandle)
    throw badInput('That passkey answers no challenge of this session: ask for new options.', { field: 'response' });
  const { rpID, origin } = relyingParty(config);
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      supportedAlgorithmIDs: ALGORITHMS,
    });
  } catch {
    verified = null;
  }
  if (!verified?.verified) throw badInput('The passkey could not be verified.', { field: 'response' });
  const { credential } = verified.registrationInfo;
  return inTransaction(db, async (tx) => {
    if (await tx.passkey.findUnique({ where: { credentialId: credential.id } }))
      throw conflict('That passkey was added already.');
    const count = await tx.passkey.count({ where: { userId: session.userId } });
    const passkey = await tx.passkey.create({
      data: {
        userId: session.userId,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? response.response.transports ?? [],
        userHandle: challenge.userHandle!,
        name: parsed.data.name ?? `Passkey ${count + 1}`,
        createdAt: now,
      },
    });
    const actor = { userId: session.userId, name: session.user.name, role: session.user.role };
    await recordAudit(tx, actor, 'addPasskey', session.user.name, null, {
      passkeyId: passkeyGlobalId(passkey.id),
      name: passkey.name,
      sessionId: session.id,
    });
    return { id: passkeyGlobalId(passkey.id), name: passkey.name };
  });
}

// ---- The API: one's own passkeys ----

/** `me { passkeys }`: the caller's passkeys, oldest first (none for ADMIN_TOKEN, which has no account). */
export async function myPasskeys(ctx: AppContext) {
  if (!ctx.actor) throw unauthenticated();
  if (ctx.actor.userId === null) return [];
  return ctx.db.passkey.findMany({ where: { userId: ctx.actor.userId }, orderBy: { id: 'asc' } });
}

/** Removes one of the caller's own passkeys; another's, or one already gone, is NOT_FOUND. Returns the viewer. */
export async function removePasskey(ctx: AppContext, rawId: string) {
  const actor = authorize(ctx.actor, 'removePasskey');
  if (actor.userId === null) throw forbidden('ADMIN_TOKEN has no account, and so no passkeys.');
  const id = parseInput(nodeId('Passkey', 'id'), rawId);
  return inTransaction(ctx.db, async (tx) => {
    const passkey = await tx.passkey.findUnique({ where: { id } });
    if (!passkey || passkey.userId !== actor.userId) throw notFound(`No passkey of yours with id ${rawId}.`);
    await tx.passkey.delete({ where: { id } });
    const before = { passkeyId: passkeyGlobalId(id), name: passkey.name };
    await recordAudit(tx, actor, 'removePasskey', actor.name, before, null);
    return { name: actor.name, role: actor.role };
  });
}
