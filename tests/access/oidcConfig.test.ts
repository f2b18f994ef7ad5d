// The OIDC_* settings (src/oidcConfig.ts): one provider or several, claims mapped to roles and owner ids, and
// a plain-HTTP issuer refused unless OIDC_ALLOW_HTTP=true and it is on loopback. A bad value stops start-up
// with a line naming the setting.
import { ConfigError, loadConfig } from '../../src/config';

const SINGLE = { OIDC_ISSUER: 'https://login.example.org', OIDC_CLIENT_ID: 'tracker', OIDC_CLIENT_SECRET: 's3cret' };

const problemOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
};

it('configures no provider by default, VIEWER as the default role and empty maps', () => {
  expect(loadConfig({}).oidc).toEqual({ providers: [], defaultRole: 'VIEWER', roleMap: {}, institutionMap: {} });
});

it('reads one provider from OIDC_ISSUER and its companions, always asking for the openid scope', () => {
  const { oidc } = loadConfig({
    ...SINGLE,
    OIDC_SCOPES: 'profile email groups',
    OIDC_ROLE_CLAIM: 'groups',
    OIDC_ROLE_MAP: '{"tracker-analysts":"ANALYST"}',
    OIDC_INSTITUTION_MAP: '{"mof":"T3duZXI6Mw","mit":4}',
    OIDC_DEFAULT_ROLE: 'ANALYST',
  });
  expect(oidc).toEqual({
    providers: [
      {
        id: 'default',
        label: 'Single sign-on',
        issuer: 'https://login.example.org',
        clientId: 'tracker',
        clientSecret: 's3cret',
        scopes: 'openid profile email groups',
        roleClaim: 'groups',
        institutionClaim: null,
      },
    ],
    defaultRole: 'ANALYST',
    roleMap: { 'tracker-analysts': 'ANALYST' },
    institutionMap: { mof: 'T3duZXI6Mw', mit: '4' },
  });
});

it('reads several providers from OIDC_PROVIDERS', () => {
  const providers = [
    { id: 'mof', label: 'Ministry of Finance', issuer: 'https://id.mof.example', clientId: 'a', clientSecret: 'b' },
    { id: 'mit', label: 'MIIT', issuer: 'https://sso.miit.example/realms/x', clientId: 'c', clientSecret: 'd' },
  ];
  const { oidc } = loadConfig({ OIDC_PROVIDERS: JSON.stringify(providers) });
  expect(oidc.providers.map((p) => [p.id, p.label, p.scopes])).toEqual([
    ['mof', 'Ministry of Finance', 'openid profile email'],
    ['mit', 'MIIT', 'openid profile email'],
  ]);
});

it('refuses a plain-HTTP issuer unless OIDC_ALLOW_HTTP=true, and off loopback even then', () => {
  const loopback = { ...SINGLE, OIDC_ISSUER: 'http://127.0.0.1:9000' };
  expect(problemOf(loopback)).toMatch(/OIDC_ISSUER: is plain HTTP: set OIDC_ALLOW_HTTP=true/);
  expect(loadConfig({ ...loopback, OIDC_ALLOW_HTTP: 'true' }).oidc.providers[0].issuer).toBe('http://127.0.0.1:9000');
  expect(problemOf({ ...SINGLE, OIDC_ISSUER: 'http://login.example.org', OIDC_ALLOW_HTTP: 'true' })).toMatch(
    /OIDC_ISSUER: must be https:\/\/ \(plain HTTP is allowed only on loopback\)/,
  );
});

it('names each bad setting', () => {
  expect(problemOf({ OIDC_ISSUER: 'https://login.example.org' })).toMatch(
    /OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: required with OIDC_ISSUER/,
  );
  expect(problemOf({ ...SINGLE, OIDC_PROVIDERS: '[]' })).toMatch(/set it or OIDC_PROVIDERS, not both/);
  expect(problemOf({ OIDC_PROVIDERS: 'not json' })).toMatch(/OIDC_PROVIDERS: must be JSON/);
  expect(problemOf({ OIDC_PROVIDERS: '[{"id":"A B"}]' })).toMatch(/OIDC_PROVIDERS: 0\.id: ids are 1-32/);
  expect(problemOf({ OIDC_ROLE_MAP: '{"x":"OWNER"}' })).toMatch(/OIDC_ROLE_MAP: x: /);
  expect(problemOf({ OIDC_DEFAULT_ROLE: 'ROOT' })).toMatch(/OIDC_DEFAULT_ROLE/);
  const twice = { id: 'a', label: 'A', issuer: 'https://a.example', clientId: 'c', clientSecret: 's' };
  expect(problemOf({ OIDC_PROVIDERS: JSON.stringify([twice, twice]) })).toMatch(/the id "a" is given twice/);
});
