// The public face's settings: parsed once at start, a bad value stops start-up with a clear message.
import { ConfigError, loadConfig } from '../../src/config';

const base = { NODE_ENV: 'test' };

it('defaults to on, CC-BY-4.0, no embedding origin, and the English and Chinese names', () => {
  expect(loadConfig(base).publicSite).toEqual({
    enabled: true,
    embedOrigins: [],
    licence: 'CC-BY-4.0',
    nameEn: 'AI-governance recommendation tracker',
    nameZh: '人工智能治理建议跟踪',
  });
});

it('reads PUBLIC_SITE, EMBED_ORIGINS and OPEN_DATA_LICENSE', () => {
  const config = loadConfig({
    ...base,
    PUBLIC_SITE: 'false',
    EMBED_ORIGINS: 'https://news.example.org, http://127.0.0.1:8080',
    OPEN_DATA_LICENSE: 'CC0-1.0',
  });
  expect(config.publicSite).toMatchObject({
    enabled: false,
    embedOrigins: ['https://news.example.org', 'http://127.0.0.1:8080'],
    licence: 'CC0-1.0',
  });
});

it('refuses an embedding origin with a path, and a licence it cannot name by address', () => {
  expect(() => loadConfig({ ...base, EMBED_ORIGINS: 'https://news.example.org/articles' })).toThrow(
    /EMBED_ORIGINS.0: must be an http\(s\) origin/,
  );
  expect(() => loadConfig({ ...base, OPEN_DATA_LICENSE: 'MIT' })).toThrow(ConfigError);
  expect(() => loadConfig({ ...base, OPEN_DATA_LICENSE: 'MIT' })).toThrow(/OPEN_DATA_LICENSE/);
});
