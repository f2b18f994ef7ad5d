// The browser session's routes (src/http/authRoutes.ts): which ways in the server offers, signing in with a
// password, and signing out. The session lives in an HttpOnly cookie the server sets: no script here ever
// sees or stores a credential. Every call is same-origin and JSON, which the server's Origin check asks of a
// cookie-authenticated write (src/http/sameOrigin.ts).
import { ApiError } from './api';
import { ac } from './accountText';
import { t } from './i18n';

/** A WebAuthn failure in words: a closed or timed-out browser dialog is the usual one. */
const webAuthnMessage = (error: unknown): string =>
  error instanceof DOMException && error.name === 'NotAllowedError'
    ? ac('passkeyCancelled')
    : error instanceof Error
      ? error.message
      : String(error);

/** GET /auth/methods: what the sign-in page draws. */
export interface SignInMethods {
  password: boolean;
  passkey: boolean;
  providers: { id: string; label: string; startUrl: string }[];
}

/** How a password sign-in ended: in, a wrong name or password, throttled (with when to retry), or failed. */
export type SignInResult =
  | { kind: 'signedIn' }
  | { kind: 'badCredentials' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'failed'; message: string };

async function post(path: string, body?: unknown): Promise<Response> {
  try {
    return await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError(t('networkError'), 'NETWORK_ERROR');
  }
}

/** The server's first error message in a REST error body, or the HTTP status. */
async function messageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
  return body?.errors?.[0]?.message ?? `HTTP ${response.status}`;
}

export async function fetchSignInMethods(): Promise<SignInMethods> {
  let response: Response;
  try {
    response = await fetch('/auth/methods', { credentials: 'same-origin' });
  } catch {
    throw new ApiError(t('networkError'), 'NETWORK_ERROR');
  }
  if (!response.ok) throw new ApiError(await messageOf(response), `HTTP_${response.status}`);
  return (await response.json()) as SignInMethods;
}

/** A sign-in route's answer: 204 in, 401 a wrong credential, 429 throttled with Retry-After. */
async function resultOf(answer: Promise<Response>): Promise<SignInResult> {
  let response: Response;
  try {
    response = await answer;
  } catch (error) {
    return { kind: 'failed', message: (error as Error).message };
  }
  if (response.ok) return { kind: 'signedIn' };
  if (response.status === 401) return { kind: 'badCredentials' };
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    return { kind: 'throttled', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60 };
  }
  return { kind: 'failed', message: await messageOf(response) };
}

export const signInWithPassword = (name: string, password: string): Promise<SignInResult> =>
  resultOf(post('/auth/password', { name, password }));

/**
 * A passkey sign-in: the server's challenge (POST /auth/passkey/options, WebAuthn's JSON form of the request
 * options), the browser's authenticator, and its signed answer back (POST /auth/passkey, the credential's JSON).
 */
export async function signInWithPasskey(): Promise<SignInResult> {
  try {
    const options = await post('/auth/passkey/options');
    if (!options.ok) return { kind: 'failed', message: await messageOf(options) };
    const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(
      (await options.json()) as PublicKeyCredentialRequestOptionsJSON,
    );
    const credential = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential | null;
    if (!credential) return { kind: 'failed', message: ac('passkeyCancelled') };
    return await resultOf(post('/auth/passkey', credential.toJSON()));
  } catch (error) {
    return { kind: 'failed', message: webAuthnMessage(error) };
  }
}

/**
 * Adds a passkey to the signed-in account: the server's creation options (POST /auth/passkey/register/options),
 * the browser's authenticator makes the credential, and its JSON goes back with the name (POST
 * /auth/passkey/register). Throws an ApiError saying why when any step fails.
 */
export async function registerPasskey(name: string): Promise<{ id: string; name: string }> {
  const options = await post('/auth/passkey/register/options');
  if (!options.ok) throw new ApiError(await messageOf(options), `HTTP_${options.status}`);
  let credential: PublicKeyCredential | null;
  try {
    const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(
      (await options.json()) as PublicKeyCredentialCreationOptionsJSON,
    );
    credential = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential | null;
  } catch (error) {
    throw new ApiError(webAuthnMessage(error), 'WEBAUTHN');
  }
  if (!credential) throw new ApiError(ac('passkeyCancelled'), 'WEBAUTHN');
  const added = await post('/auth/passkey/register', {
    response: credential.toJSON() as unknown,
    name: name || undefined,
  });
  if (!added.ok) throw new ApiError(await messageOf(added), `HTTP_${added.status}`);
  return (await added.json()) as { id: string; name: string };
}

/** Whether this browser can make and use passkeys at all. */
export const browserHasPasskeys = (): boolean =>
  typeof PublicKeyCredential !== 'undefined' && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function';

/** POST /auth/logout: the server ends the session and clears the cookie. */
export async function signOut(): Promise<void> {
  const response = await post('/auth/logout');
  if (!response.ok) throw new ApiError(await messageOf(response), `HTTP_${response.status}`);
}
