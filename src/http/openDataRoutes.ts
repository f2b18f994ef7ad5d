// GET /open-data/datapackage.json, /open-data/catalog.jsonld and /open-data/<table>.csv (domain/opendata). Off
// (404) with PUBLIC_SITE=false; the API's read rule otherwise (PUBLIC_READ=false: a token or a session), and the
// API's ETag rules (conditionalGet.ts): the files change only when the database does.
import express, { type RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { dataPackage } from '../domain/opendata/dataPackage';
import { dcatCatalog } from '../domain/opendata/catalog';
import { openTable, tableCsv } from '../domain/opendata/tables';
import { conditionalGet } from './conditionalGet';
import { readRoute } from './readRoute';
import { sendRestError } from './restErrors';

interface OpenDataDeps {
  db: Db;
  config: Config;
  log: Logger;
}

/** Every public path answers 404 while the public face is off, as if it did not exist. */
const whilePublicSite =
  (config: Config): RequestHandler =>
  (_req, res, next) =>
    config.publicSite.enabled ? next() : sendRestError(res, notFound('Nothing is published here.'));

const json = (value: unknown) => JSON.stringify(value, null, 2);

export function openDataRoutes(deps: OpenDataDeps): express.Router {
  const router = express.Router();
  router.use(whilePublicSite(deps.config));
  router.get('/', (_req, res) => void res.redirect(302, 'datapackage.json'));
  router.use(conditionalGet(deps));
  router.get(
    '/datapackage.json',
    readRoute(deps, async (ctx, _req, res) => {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.send(json(await dataPackage(ctx)));
    }),
  );
  router.get(
    '/catalog.jsonld',
    readRoute(deps, async (ctx, _req, res) => {
      res.setHeader('content-type', 'application/ld+json; charset=utf-8');
      res.send(json(await dcatCatalog(ctx)));
    }),
  );
  router.get(
    '/:file',
    readRoute(deps, async (ctx, req, res) => {
      const file = String(req.params.file);
      const table = file.endsWith('.csv') ? openTable(file.slice(0, -'.csv'.length)) : undefined;
      if (!table) throw notFound('No such open-data file: see datapackage.json for the list.');
      res.setHeader('content-type', 'text/csv; charset=utf-8; header=present');
      res.setHeader('content-disposition', `inline; filename="${table.name}.csv"`);
      // A string, which conditionalGet tags (the BOM stays its first character).
      res.send((await tableCsv(ctx, table)).toString('utf8'));
    }),
  );
  return router;
}
