// GET /export/{recommendations,progress,indicator-values}.{csv,xlsx}: the API's filter and asOf in the query string, the same
// read rule (PUBLIC_READ=false needs a bearer token), and a JSON error with a code for a bad parameter. What was
// exported, as of when and under which filter is in the file name and in X-Export-Metadata, never in the file's
// first line (a CSV's is its header).
import express, { type Request } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { badInput } from '../errors';
import { exportSheet, fileName, type SheetKind } from '../domain/exchange/exportSheets';
import { encodeSheet, type SheetFormat } from '../domain/exchange/spreadsheet';
import {
  FILTER_FIELDS,
  type FilterFieldKind,
  type RecommendationFilterInput,
} from '../domain/catalog/recommendationFilter';
import { parseIsoDate } from '../domain/validation';
import { readRoute } from './readRoute';

interface ExportDeps {
  db: Db;
  config: Config;
  log: Logger;
}

/** The filter's fields, from its own table (a new criterion is a parameter without a change here), and asOf. */
const KNOWN: readonly string[] = [...FILTER_FIELDS.map((f) => f.name), 'asOf'];
const MEDIA: Record<SheetFormat, string> = {
  CSV: 'text/csv; charset=utf-8; header=present',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function dateParam(name: string, value: string): Date {
  const d = parseIsoDate(value);
  if (!d) throw badInput(`${name} must be a date, YYYY-MM-DD.`, { field: name });
  return d;
}

/** The query string as the API's RecommendationFilter and asOf; lists as repeated or comma-separated values. */
export function parseExportQuery(query: Request['query']): { filter: RecommendationFilterInput; asOf: Date | null } {
  const unknown = Object.keys(query).filter((k) => !KNOWN.includes(k));
  if (unknown.length) throw badInput(`Unknown parameter ${unknown[0]}; known: ${KNOWN.join(', ')}.`);
  const one = (name: string): string => {
    const v = query[name];
    if (typeof v !== 'string') throw badInput(`${name} may be given once.`, { field: name });
    return v;
  };
  const valueOf = (name: string, kind: FilterFieldKind): unknown => {
    if (kind === 'list')
      return ([] as unknown[]).concat(query[name]).flatMap((s) =>
        String(s)
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      );
    const v = one(name);
    if (kind === 'date') return dateParam(name, v);
    if (kind === 'boolean' && !['true', 'false'].includes(v))
      throw badInput(`${name} must be true or false.`, { field: name });
    return kind === 'boolean' ? v === 'true' : v;
  };
  const given = FILTER_FIELDS.filter((f) => query[f.name] !== undefined);
  const filter = Object.fromEntries(given.map((f) => [f.name, valueOf(f.name, f.kind)])) as RecommendationFilterInput;
  return { filter, asOf: query.asOf === undefined ? null : dateParam('asOf', one('asOf')) };
}

/** Header values are Latin-1: the metadata as JSON with every other character escaped, which JSON.parse reads. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const handler = (deps: ExportDeps, kind: SheetKind, format: SheetFormat) =>
  readRoute(deps, async (ctx, req, res) => {
    const { filter, asOf } = parseExportQuery(req.query);
    const request = { kind, filter, asOf };
    const sheet = await exportSheet(ctx, request);
    const name = fileName(ctx, request, format.toLowerCase());
    const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
    res.setHeader('content-type', MEDIA[format]);
    res.setHeader(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    res.setHeader('x-export-metadata', asciiJson(sheet.about));
    res.setHeader('cache-control', 'no-store');
    res.send(await encodeSheet(sheet, format));
  });

export function exportRoutes(deps: ExportDeps): express.Router {
  const router = express.Router();
  router.get('/recommendations.csv', handler(deps, 'CATALOG', 'CSV'));
  router.get('/recommendations.xlsx', handler(deps, 'CATALOG', 'XLSX'));
  router.get('/progress.csv', handler(deps, 'PROGRESS', 'CSV'));
  router.get('/progress.xlsx', handler(deps, 'PROGRESS', 'XLSX'));
  router.get('/indicator-values.csv', handler(deps, 'INDICATOR_VALUES', 'CSV'));
  router.get('/indicator-values.xlsx', handler(deps, 'INDICATOR_VALUES', 'XLSX'));
  return router;
}
