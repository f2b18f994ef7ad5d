// GET /feeds/all.atom, /feeds/theme/<THEME>.atom and /feeds/recommendation/<CODE>.atom: the latest 50 changes
// (domain/live/changes.ts), newest first, as Atom (atom.ts). The same read rule as the API (PUBLIC_READ=false
// needs a bearer token: 401), and an unknown theme or code is 404.
import express, { type Request } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { latestChangesOf, type FeedTarget } from '../domain/live/changes';
import { atomDocument } from './atom';
import { readRoute } from './readRoute';

interface FeedDeps {
  db: Db;
  config: Config;
  log: Logger;
}

const SITE_TITLE = 'AI 治理建议跟踪 · AI-governance recommendation tracker';

/** The feed a path names: `kind` from the route, the code from `<CODE>.atom`; null without `.atom`. */
function targetOf(req: Request, kind: FeedTarget['kind']): FeedTarget | null {
  if (kind === 'all') return { kind };
  const file = typeof req.params.file === 'string' ? req.params.file : '';
  const code = file.endsWith('.atom') ? file.slice(0, -'.atom'.length) : '';
  return code ? { kind, code } : null;
}

const handler = (deps: FeedDeps, kind: FeedTarget['kind']) =>
  readRoute(deps, async (ctx, req, res) => {
    const target = targetOf(req, kind);
    if (!target) throw notFound('No such feed.');
    const { theme, recommendation, changes } = await latestChangesOf(ctx, target);
    const base = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const title = theme
      ? `${theme.nameZh} · ${theme.nameEn} — ${SITE_TITLE}`
      : recommendation
        ? `${recommendation.code} ${recommendation.titleZh} · ${recommendation.titleEn} — ${SITE_TITLE}`
        : SITE_TITLE;
    const page = theme
      ? `${base}/admin/#/?theme=${encodeURIComponent(theme.code)}`
      : recommendation
        ? `${base}/admin/#/r/${encodeURIComponent(recommendation.code)}`
        : `${base}/admin/#/`;
    const xml = atomDocument({
      key: target.kind === 'all' ? 'all' : `${target.kind}/${target.code}`,
      title,
      selfUrl: `${base}${req.originalUrl.split('?')[0]}`,
      pageUrl: page,
      pageOf: (code) => `${base}/admin/#/r/${encodeURIComponent(code)}`,
      changes,
      emptyUpdated: recommendation?.createdAt ?? ctx.now,
    });
    res.setHeader('content-type', 'application/atom+xml; charset=utf-8');
    res.send(xml);
  });

export function feedRoutes(deps: FeedDeps): express.Router {
  const router = express.Router();
  router.get('/all.atom', handler(deps, 'all'));
  router.get('/theme/:file', handler(deps, 'theme'));
  router.get('/recommendation/:file', handler(deps, 'recommendation'));
  return router;
}
