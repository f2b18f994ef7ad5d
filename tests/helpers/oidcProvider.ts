// A real OpenID provider (oidc-provider 9) on 127.0.0.1, for the sign-in tests: its own RSA signing key, a
// tiny login form of its own instead of devInteractions (a person types an account id, the provider grants the
// scopes asked), test accounts with role and institution claims, and back-channel logout. `tamper` rewrites the
// ID token the token endpoint returns, re-signed with the provider's key (or another), so a test can send the
// tracker a token with the wrong issuer, audience, nonce or expiry, or a bad signature.
//
// oidc-provider and jose are ESM-only: loaded with import(), which the tests' swc turns into a require of the
// package compiled to CommonJS (jest.config.js, transformIgnorePatterns).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface TestAccount {
  preferred_username?: string;
  email?: string;
  roles?: string[];
  institutions?: string[];
}

type IdTokenTamper = (claims: Record<string, unknown>) => Record<string, unknown>;

export interface TestProvider {
  issuer: string;
  accounts: Map<string, TestAccount>;
  /** Rewrites the next ID tokens (until set to null); `foreignKey` signs them with a key the provider never published. */
  tamper: { claims: IdTokenTamper; foreignKey?: boolean } | null;
  /** A logout token for `sub`, signed with the provider's key (or another), as the provider would send it. */
  logoutToken(sub: string, options?: { foreignKey?: boolean; audience?: string }): Promise<string>;
  close(): Promise<void>;
}

export const CLIENT_ID = 'tracker';
export const CLIENT_SECRET = 'tracker-client-secret-0123456789';

/** An HTTP server on 127.0.0.1 with a free port, whose handler is set once what it serves knows its address. */
export async function listenLater(): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A 127.0.0.1 address where nothing listens: a provider that is down. */
export async function closedOrigin(): Promise<string> {
  const { server, origin } = await listenLater();
  await new Promise((resolve) => server.close(resolve));
  return origin;
}

/** The provider's storage, in memory: this file's provider lives as long as its test file. */
class MemoryAdapter {
  private static readonly rows = new Map<string, { payload: Record<string, unknown>; expiresAt: number }>();
  constructor(private readonly model: string) {}
  private key = (id: string) => `${this.model}:${id}`;
  upsert(id: string, payload: Record<string, unknown>, expiresIn: number) {
    MemoryAdapter.rows.set(this.key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
    return Promise.resolve();
  }
  find(id: string) {
    const row = MemoryAdapter.rows.get(this.key(id));
    return Promise.resolve(row && row.expiresAt > Date.now() ? row.payload : undefined);
  }
  findByUserCode = () => Promise.resolve(undefined);
  findByUid(uid: string) {
    const mine = [...MemoryAdapter.rows].filter(([key]) => key.startsWith(`${this.model}:`));
    return Promise.resolve(mine.find(([, r]) => r.payload.uid === uid)?.[1].payload);
  }
  consume(id: string) {
    const row = MemoryAdapter.rows.get(this.key(id));
    if (row) row.payload.consumed = Math.floor(Date.now() / 1000);
    return Promise.resolve();
  }
  destroy(id: string) {
    MemoryAdapter.rows.delete(this.key(id));
    return Promise.resolve();
  }
  revokeByGrantId(grantId: string) {
    for (const [key, row] of MemoryAdapter.rows) if (row.payload.grantId === grantId) MemoryAdapter.rows.delete(key);
    return Promise.resolve();
  }
}

const TEN_MINUTES = 600;

const page = (body: string) =>
  `<!doctype html><html><head><title>Test provider</title></head><body>${body}</body></html>`;

export async function startTestProvider(trackerOrigin: string): Promise<TestProvider> {
  const { default: Provider } = await import('oidc-provider');
  const jose = await import('jose');
  const { server, origin: issuer } = await listenLater();
  const keyPair = await jose.generateKeyPair('RS256', { extractable: true });
  const foreign = await jose.generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await jose.exportJWK(keyPair.privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const accounts = new Map<string, TestAccount>();
  const sign = (claims: Record<string, unknown>, foreignKey?: boolean) =>
    new jose.SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .sign(foreignKey ? foreign.privateKey : keyPair.privateKey);

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${trackerOrigin}/auth/oidc/callback`],
        backchannel_logout_uri: `${trackerOrigin}/auth/oidc/backchannel-logout`,
        backchannel_logout_session_required: true,
        post_logout_redirect_uris: [`${trackerOrigin}/admin/`],
      },
    ],
    adapter: MemoryAdapter,
    jwks: { keys: [jwk] },
    ttl: {
      Interaction: TEN_MINUTES,
      Grant: TEN_MINUTES,
      Session: TEN_MINUTES,
      AccessToken: TEN_MINUTES,
      IdToken: TEN_MINUTES,
      AuthorizationCode: 60,
    },
    cookies: { keys: ['test-provider-cookie-key-0123456789'] },
    claims: { openid: ['sub'], profile: ['preferred_username'], email: ['email'], tracker: ['roles', 'institutions'] },
    scopes: ['openid', 'profile', 'email', 'tracker'],
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) =>
      accounts.has(id) ? { accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) } : undefined,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = page(
            `<h1>Sign out?</h1>${form}<button form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
          );
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page(`<h1>Provider error</h1><pre>${JSON.stringify(out)}</pre>`);
    },
  });
  const logoutToken: TestProvider['logoutToken'] = (sub, options = {}) =>
    new jose.SignJWT({ events: { 'http://schemas.openid.net/event/backchannel-logout': {} } })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'logout+jwt' })
      .setIssuer(issuer)
      .setAudience(options.audience ?? CLIENT_ID)
      .setSubject(sub)
      .setIssuedAt()
      .setJti(crypto.randomUUID())
      .sign(options.foreignKey ? foreign.privateKey : keyPair.privateKey);
  const result: TestProvider = {
    issuer,
    accounts,
    tamper: null,
    logoutToken,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path !== '/token' || !result.tamper || !body?.id_token) return;
    const idToken = await sign(result.tamper.claims(jose.decodeJwt(body.id_token)), result.tamper.foreignKey);
    // Assigned anew, so that Koa measures the body again (the token's length changed).
    ctx.body = { ...body, id_token: idToken };
  });

  const callback = provider.callback();
  server.on('request', (req, res) => {
    const interaction = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
    if (!interaction) return void callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (req.method === 'GET') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return void res.end(
          page(
            `<h1>Sign in to the test provider</h1><form method="post" action="/interaction/${details.uid}">` +
              '<label>Account <input name="login" autofocus></label> <button type="submit">Sign in</button></form>',
          ),
        );
      }
      let raw = '';
      for await (const chunk of req) raw += String(chunk);
      const accountId = new URLSearchParams(raw).get('login') ?? '';
      if (!accounts.has(accountId)) return void res.writeHead(400).end('unknown account');
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId }, consent: { grantId } });
    })().catch((err: unknown) => res.writeHead(500).end(String(err)));
  });
  return result;
}
