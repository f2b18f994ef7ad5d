// GET /embed/measure/<CODE> and /embed/theme/<CODE> (widgets for an iframe), and GET /oembed?url=…&format=json.
// Widgets carry no cookie and no script, and are read as nobody, whoever's browser loads them: so they exist only
// while anonymous reads do (PUBLIC_READ) and the public face is on (PUBLIC_SITE); otherwise, 404. Only they may
// be framed, and only by EMBED_ORIGINS (every other answer says frame-ancestors 'none': app.ts).
import express, { type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { createContext } from '../requestContext';
import { conditionalGet } from '../conditionalGet';
import { sendRestError } from '../restErrors';
import { measureView, themeView } from './widgetData';
import { measureWidget, notFoundWidget, themeWidget, type Lang } from './widgetHtml';
import { oembedAnswer } from './oembed';
import { embedsServed, publicPage, widgetCsp, type EmbedDeps } from './embedPolicy';

const langOf = (req: Request): Lang => (req.query.lang === 'zh' ? 'zh' : 'en');

/** The widget's answer, whatever the request sent: an anonymous reader's context, never its cookie or token. */
const anonymousContext = (deps: EmbedDeps, res: Response) =>
  createContext(deps, { headers: {} }, res.locals.log as Logger);

function sendWidget(deps: EmbedDeps, res: Response, status: number, html: string) {
  res.setHeader('Content-Security-Policy', widgetCsp(deps.config));
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.status(status).type('html').send(html);
}

const widget =
  (deps: EmbedDeps, kind: 'measure' | 'theme') =>
  async (req: Request, res: Response): Promise<void> => {
    try {
      const lang = langOf(req);
      const code = String(req.params.code);
      const ctx = await anonymousContext(deps, res);
      const html =
        kind === 'measure'
          ? await measureView(deps.apollo, ctx, code).then(
              (m) => m && measureWidget(m, lang, publicPage(deps.config, lang, 'measures', m.code)),
            )
          : await themeView(deps.apollo, ctx, code).then(
              (t) =>
                t &&
                themeWidget(t, lang, publicPage(deps.config, lang, 'themes', t.code), (c) =>
                  publicPage(deps.config, lang, 'measures', c),
                ),
            );
      sendWidget(deps, res, html ? 200 : 404, html ?? notFoundWidget(lang));
    } catch (err) {
      sendRestError(res, err);
    }
  };

export function embedRoutes(deps: EmbedDeps): express.Router {
  const router = express.Router();
  router.use((req, res, next) =>
    embedsServed(deps.config) ? next() : sendWidget(deps, res, 404, notFoundWidget(langOf(req))),
  );
  router.use(conditionalGet(deps));
  router.get('/measure/:code', widget(deps, 'measure'));
  router.get('/theme/:code', widget(deps, 'theme'));
  return router;
}

export function oembedRoute(deps: EmbedDeps): express.RequestHandler {
  return async (req, res) => {
    try {
      const ctx = await anonymousContext(deps, res);
      const { status, body } = await oembedAnswer(deps, ctx, req.query);
      res.setHeader('Cache-Control', 'no-store');
      res.status(status).json(body);
    } catch (err) {
      sendRestError(res, err);
    }
  };
}
