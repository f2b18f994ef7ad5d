// HTTP routes: /graphql (with CORS), health probes, sign-in (/auth), /export's files, open data, widgets, the bundled
// playground and console, and the public site (public/: /en/, /zh/, the sitemap). Knows nothing of the domain.
import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import { GraphQLError } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { AppContext } from '../context';
import { createContext } from './requestContext';
import { toDomainError } from '../graphql/errorFormatting';
import { statusOfCode } from '../graphql/httpStatus';
import { webPage } from './webPages';
import { answerOptions, graphqlCors } from './cors';
import { exportRoutes } from './exportRoutes';
import { evidenceRoutes } from './evidenceRoutes';
import { feedRoutes } from './feedRoutes';
import { conditionalGet } from './conditionalGet';
import { restErrorHandler } from './restErrors';
import { authRoutes } from './authRoutes';
import { documentRoutes } from './documentRoutes';
import { cookieWritesFromOurPages } from './sameOrigin';
import { languageRedirect, publicRoutes } from './public/routes';
import { openDataRoutes } from './openDataRoutes';
import { embedRoutes, oembedRoute } from './embed/embedRoutes';

interface HttpDeps {
  apollo: ApolloServer<AppContext>;
  db: Db;
  config: Config;
  log: Logger;
}

/** Gives every request an id (or keeps a sane incoming one) and logs its outcome without headers. */
const requestLogging =
  (log: Logger): RequestHandler =>
  (req, res, next) => {
    const incoming = req.get('x-request-id');
    const id = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', id);
    res.locals.log = log.child({ reqId: id });
    // At warn, production's usual level, the line would be dropped: spare every request the timer and listener.
    if (!log.isLevelEnabled('info')) return next();
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      res.locals.log.info(
        {
          method: req.method,
          url: req.originalUrl.slice(0, 200),
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        },
        'request',
      );
    });
    next();
  };

const jsonError = (status: number, code: string, message: string) => ({
  status,
  body: { errors: [{ message, extensions: { code } }] },
});

/** body-parser's refusals, by its error `type`: the status to answer and what to tell the client. */
const BODY_REFUSALS: Record<string, [number, string]> = {
  'entity.too.large': [413, 'Request body too large.'],
  'entity.parse.failed': [400, 'Malformed JSON body.'],
  'charset.unsupported': [415, 'Unsupported charset: send UTF-8 JSON.'],
  'encoding.unsupported': [415, 'Unsupported Content-Encoding.'],
};

/** Malformed, oversized or undecodable bodies never reach Apollo: they get a GraphQL-shaped error with a code. */
const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  const e = err as { type?: string; status?: number };
  const known = e.type ? BODY_REFUSALS[e.type] : undefined;
  // Any other client error from body-parser (a corrupt gzip stream, a wrong Content-Length) is the body's fault too.
  const [status, message] =
    known ?? (e.status && e.status >= 400 && e.status < 500 ? [e.status, 'Unreadable request body.'] : [0, '']);
  if (!status) return next(err);
  res.status(status).json(jsonError(status, 'BAD_USER_INPUT', message).body);
};

export function createHttpApp(deps: HttpDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Express hashes every body it sends for an ETag. API answers are POSTs of live data that nothing
  // revalidates, so that hash (of a whole page of JSON) was spent for nothing; GET /graphql answers get
  // theirs from the change counter (conditionalGet.ts), the web pages' static files from express.static.
  app.set('etag', false);
  app.use(requestLogging(deps.log));
  // Before every route: a write signed in by the session cookie must come from our own pages.
  app.use(cookieWritesFromOurPages(deps.config));
  // No page of ours may be framed, but the widgets (/embed, by EMBED_ORIGINS): a route that sets its own policy
  // (the web pages, the widgets) replaces this one, and keeps frame-ancestors in it.
  app.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    next();
  });

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    try {
      await deps.db.$queryRaw`SELECT 1`;
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'database' });
    }
  });

  app.use('/auth', authRoutes(deps));
  app.use('/export', exportRoutes(deps));
  app.use('/evidence', evidenceRoutes(deps));
  app.use('/documents', documentRoutes(deps));
  app.use('/feeds', feedRoutes(deps));
  app.use('/open-data', openDataRoutes(deps));
  app.use('/embed', embedRoutes(deps));
  app.get('/oembed', oembedRoute(deps));
  if (deps.config.playground) app.use('/playground', webPage('playground'));
  app.use('/admin', webPage('admin'));
  if (deps.config.publicSite.enabled) {
    app.use(publicRoutes(deps));
    app.get('/', languageRedirect);
  } else {
    // Without the public site, `/` keeps leading to the playground, or the console when there is none.
    app.get('/', (_req, res) => void res.redirect(302, deps.config.playground ? '/playground/' : '/admin/'));
  }

  app.use(
    '/graphql',
    graphqlCors(deps.config.corsOrigins),
    answerOptions,
    conditionalGet(deps),
    express.json({ limit: deps.config.maxBodyBytes }),
    bodyErrors,
    expressMiddleware(deps.apollo, {
      context: async ({ req, res }) => {
        try {
          return await createContext(deps, req, res.locals.log);
        } catch (err) {
          const domain = toDomainError(err);
          if (!domain) throw err;
          // A rejected credential never reaches Apollo's plugins, so its attempt is logged here (without the header).
          const operationName =
            typeof req.body?.operationName === 'string' ? req.body.operationName.slice(0, 100) : null;
          res.locals.log.warn({ code: domain.code, operationName }, 'request rejected before execution');
          throw new GraphQLError(domain.message, {
            extensions: { code: domain.code, http: { status: statusOfCode(domain.code) } },
          });
        }
      },
    }),
  );
  app.use(restErrorHandler);
  return app;
}
