// The public site's routes (docs/public-site.md): /en/… and /zh/… pages, /sitemap.xml and /robots.txt. Each route
// reads through one domain service (src/domain/publicSite) and renders one view; this file only dispatches, applies
// the read rule (PUBLIC_READ=false: sign in first), and answers with the right status, headers and language.
// Caching is the API's (conditionalGet.ts): an ETag from the change counter, the URL and the credential, `public`
// for anonymous readers and `private` (Vary: Cookie, Authorization) for signed-in ones.
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { AppContext } from '../../context';
import { mayRead } from '../../domain/access/auth';
import { measurePage } from '../../domain/publicSite/measurePage';
import { documentPage, homePage, searchPage, SEARCH_LIMITS, themePage } from '../../domain/publicSite/listings';
import { DomainError } from '../../errors';
import { conditionalGet } from '../conditionalGet';
import { createContext, type ContextDeps } from '../requestContext';
import { sendRestError } from '../restErrors';
import { PUBLIC_CSP } from './layout';
import { measureView } from './measureView';
import { documentView, errorView, homeView, methodologyView, searchView, themeView } from './listViews';
import { sitemapRoute, robotsRoute } from './sitemap';
import { LANGS, type Lang } from './words';

type Render = (ctx: AppContext, req: Request) => Promise<string | null>;

function sendPage(res: Response, lang: Lang | null, status: number, body: string, type = 'html'): void {
  res.status(status).type(type);
  if (type === 'html') res.setHeader('Content-Security-Policy', PUBLIC_CSP);
  if (lang) res.setHeader('Content-Language', lang === 'zh' ? 'zh-Hans' : 'en');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  res.send(body);
}

const badSearch = (lang: Lang) =>
  lang === 'zh'
    ? `搜索词过长：最多 ${SEARCH_LIMITS.chars} 个字符、${SEARCH_LIMITS.words} 个词。请缩短后再试。`
    : `This search is too long: a search may have at most ${SEARCH_LIMITS.chars} characters and ${SEARCH_LIMITS.words} words. Shorten it and try again.`;

/** One page: the reader's context, the read rule, the render; null is a 404 page in the path's language. */
const page =
  (deps: ContextDeps, lang: Lang, render: Render): RequestHandler =>
  async (req, res) => {
    try {
      const ctx = await createContext(deps, req, res.locals.log);
      if (!mayRead(ctx.actor, ctx.config)) return sendPage(res, lang, 401, errorView(deps.config, lang, 'signIn'));
      const body = await render(ctx, req);
      if (body === null) return sendPage(res, lang, 404, errorView(deps.config, lang, 'notFound'));
      sendPage(res, lang, 200, body);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'BAD_USER_INPUT')
        return sendPage(res, lang, 400, errorView(deps.config, lang, 'badSearch', badSearch(lang)));
      sendRestError(res, err);
    }
  };

const param = (req: Request, name: string): string => {
  const v = req.params[name];
  return typeof v === 'string' ? v : '';
};

function languageRouter(deps: ContextDeps, lang: Lang): express.Router {
  const router = express.Router();
  const config = deps.config;
  // The home is `/en/`: `/en` is sent there, keeping its query.
  router.get('/', (req, res, next) => {
    const [path, query] = req.originalUrl.split(/(?=\?)/);
    return path === `/${lang}` ? res.redirect(301, `/${lang}/${query ?? ''}`) : next();
  });
  router.get(
    '/',
    page(deps, lang, async (ctx) => homeView(config, lang, await homePage(ctx))),
  );
  router.get(
    '/methodology',
    page(deps, lang, async () => methodologyView(config, lang)),
  );
  router.get(
    '/documents/:slug',
    page(deps, lang, async (ctx, req) => {
      const p = await documentPage(ctx, param(req, 'slug'));
      return p && documentView(config, lang, p);
    }),
  );
  router.get(
    '/themes/:code',
    page(deps, lang, async (ctx, req) => {
      const p = await themePage(ctx, param(req, 'code'));
      return p && themeView(config, lang, p);
    }),
  );
  router.get(
    '/measures/:code',
    page(deps, lang, async (ctx, req) => {
      const p = await measurePage(ctx, param(req, 'code'));
      return p && measureView(config, lang, p);
    }),
  );
  router.get(
    '/search',
    page(deps, lang, async (ctx, req) => {
      const q = typeof req.query.q === 'string' ? req.query.q : '';
      return searchView(config, lang, q, q.trim() ? await searchPage(ctx, q) : null);
    }),
  );
  router.use(page(deps, lang, async () => null));
  return router;
}

/** `/`: the public home in the reader's language (Accept-Language), English unless Chinese is preferred. */
export const languageRedirect: RequestHandler = (req, res) => {
  const lang = req.acceptsLanguages('en', 'zh') === 'zh' ? 'zh' : 'en';
  res.vary('Accept-Language');
  res.redirect(302, `/${lang}/`);
};

export function publicRoutes(deps: ContextDeps): express.Router {
  const router = express.Router();
  const cached = conditionalGet(deps);
  for (const lang of LANGS) router.use(`/${lang}`, cached, languageRouter(deps, lang));
  router.get('/sitemap.xml', cached, sitemapRoute(deps));
  router.get('/robots.txt', robotsRoute(deps.config));
  return router;
}
