// The public site's switches and caching: PUBLIC_SITE=false turns every public path off (404) and `/` keeps its
// old redirect; PUBLIC_READ=false asks for sign-in (a 401 page) and serves signed-in readers privately; pages
// revalidate by the API's ETag rules (304 until a write), and a signed-in reader's page never shares its tag.
import request from 'supertest';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createHttpApp } from '../../src/http/app';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createProgressUpdate, createUserWithPassword, createUserWithToken } from '../helpers/factories';
import { publicScene, type Scene } from './scene';

const s = useTestServer({ reset: true });

/** The same app under another environment (createHttpApp starts nothing). */
function appWith(env: Record<string, string>) {
  const config = loadConfig({ LOG_LEVEL: 'silent', ADMIN_TOKEN, DATABASE_URL: s.url, ...env });
  return createHttpApp({ apollo: s.apollo, db: s.db, config, log: createLogger(config) });
}

let scene: Scene;
beforeEach(async () => {
  scene = await publicScene(s.db, 'S');
});

const publicPaths = () => [
  '/en/',
  '/zh/',
  `/en/documents/${scene.slug}`,
  `/zh/themes/${scene.theme}`,
  `/en/measures/${scene.code}`,
  `/zh/measures/${scene.action}`,
  '/en/search?q=sandbox',
  '/zh/methodology',
  '/sitemap.xml',
  '/robots.txt',
];

describe('PUBLIC_SITE=false', () => {
  it('answers every public path 404 and keeps / leading to the playground or the console', async () => {
    const off = appWith({ PUBLIC_SITE: 'false', NODE_ENV: 'development' });
    for (const path of publicPaths())
      expect({ path, status: (await request(off).get(path)).status }).toEqual({ path, status: 404 });
    expect((await request(off).get('/')).headers.location).toBe('/playground/');
    const prod = appWith({ PUBLIC_SITE: 'false', NODE_ENV: 'production' });
    expect((await request(prod).get('/')).headers.location).toBe('/admin/');
  });

  it('is on by default, names the site in each language, and takes SITE_NAME_ZH and SITE_NAME_EN', async () => {
    const named = appWith({ SITE_NAME_ZH: '某智库跟踪', SITE_NAME_EN: 'A think tank’s tracker' });
    expect((await request(named).get('/zh/')).text).toContain('<title>某智库跟踪</title>');
    expect((await request(named).get('/en/methodology')).text).toContain(
      '<title>Methodology · A think tank’s tracker</title>',
    );
  });
});

describe('PUBLIC_READ=false', () => {
  it('asks an anonymous reader to sign in, in the path’s language, and lets crawlers in nowhere', async () => {
    const closed = appWith({ PUBLIC_READ: 'false' });
    for (const path of publicPaths().filter((p) => p.startsWith('/zh/'))) {
      const res = await request(closed).get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
      expect(res.text).toContain('请登录后阅读');
      expect(res.text).toContain('href="/admin/"');
    }
    expect((await request(closed).get(`/en/measures/${scene.code}`)).text).toContain('Sign in to read');
    expect((await request(closed).get('/sitemap.xml')).status).toBe(401);
    expect((await request(closed).get('/robots.txt')).text).toBe('User-agent: *\nDisallow: /\n');
  });

  it('serves a signed-in reader, by session cookie or token, privately', async () => {
    const closed = appWith({ PUBLIC_READ: 'false' });
    const viewer = await createUserWithPassword(s.db, 'VIEWER');
    const signIn = await request(closed)
      .post('/auth/password')
      .set('content-type', 'application/json')
      .send({ name: viewer.name, password: viewer.password });
    const cookie = String(signIn.headers['set-cookie']).split(';')[0];
    for (const headers of [{ cookie }, { authorization: `Bearer ${viewer.token}` }]) {
      const req = request(closed).get(`/en/measures/${scene.code}`);
      for (const [k, v] of Object.entries(headers)) req.set(k, v);
      const res = await req;
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
      expect(res.headers.vary).toEqual(expect.stringContaining('Cookie'));
      expect(res.headers.vary).toEqual(expect.stringContaining('Authorization'));
    }
  });
});

describe('caching', () => {
  it('revalidates a page by ETag until a write changes it', async () => {
    // A tag covers one window of HTTP_CACHE_MAX_AGE_S (conditionalGet.ts): an hour, so no boundary falls between.
    const http = appWith({ HTTP_CACHE_MAX_AGE_S: '3600' });
    const path = `/en/measures/${scene.code}`;
    const first = await request(http).get(path);
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    const tag = first.headers.etag;
    expect(tag).toMatch(/^W\/"/);
    const again = await request(http).get(path).set('if-none-match', tag);
    expect(again.status).toBe(304);
    const rec = await s.db.recommendation.findUniqueOrThrow({ where: { code: scene.code } });
    await createProgressUpdate(s.db, { recommendationId: rec.id, note: 'A later entry.' });
    const changed = await request(http).get(path).set('if-none-match', tag);
    expect(changed.status).toBe(200);
    expect(changed.text).toContain('A later entry.');
    expect(changed.headers.etag).not.toBe(tag);
  });

  it('never gives a signed-in reader the anonymous page’s tag, and marks their page private', async () => {
    const path = `/zh/measures/${scene.code}`;
    const anonymous = await request(s.http).get(path);
    const { token } = await createUserWithToken(s.db, 'VIEWER');
    const signedIn = await request(s.http)
      .get(path)
      .set('authorization', `Bearer ${token}`)
      .set('if-none-match', anonymous.headers.etag);
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.etag).not.toBe(anonymous.headers.etag);
    expect(signedIn.headers['cache-control']).toMatch(/^private/);
    expect(signedIn.headers.vary).toEqual(expect.stringContaining('Cookie'));
  });
});

describe('internal notes', () => {
  const LOG = `mutation PublicInternalLog($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;

  it('shows an internal entry as "Internal note" to anonymous readers, and its text to signed-in ones', async () => {
    const word = `zqxinternal${Date.now()}`;
    const input = {
      code: scene.code,
      note: `Draft assessment ${word}`,
      progress: 45,
      visibility: 'INTERNAL',
      evidenceUrls: [`https://example.gov.cn/${word}`],
    };
    const res = await s.exec(LOG, { input }, ADMIN_TOKEN);
    expect(res.errors).toBeUndefined();
    for (const path of [
      `/en/measures/${scene.code}`,
      `/zh/measures/${scene.code}`,
      `/en/themes/${scene.theme}`,
      '/sitemap.xml',
    ]) {
      const page = await request(s.http).get(path);
      expect({ path, leaked: page.text.includes(word) }).toEqual({ path, leaked: false });
    }
    // A search page echoes its query (its title, its box), but lists records only: no excerpt of a note.
    const search = (await request(s.http).get(`/en/search?q=${word}`)).text;
    expect(search.split('</form>')[1]).not.toContain(word);
    expect((await request(s.http).get(`/en/measures/${scene.code}`)).text).toContain('Internal note');
    expect((await request(s.http).get(`/zh/measures/${scene.code}`)).text).toContain('内部备注');
    const { token } = await createUserWithToken(s.db, 'VIEWER');
    const signedIn = await request(s.http).get(`/en/measures/${scene.code}`).set('authorization', `Bearer ${token}`);
    expect(signedIn.text).toContain(`Draft assessment ${word}`);
    expect(signedIn.text).toContain(`https://example.gov.cn/${word}`);
    expect(signedIn.headers['cache-control']).toMatch(/^private/);
  });
});
