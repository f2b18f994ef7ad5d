// GET /evidence/<id>/archived: the archived copy of an evidence link, under the API's read rule. The bytes
// are someone else's page: served as they are, they would run as this origin (a script reading a token,
// posting a mutation). So the copy is a download (Content-Disposition: attachment), its type is not sniffed,
// and a CSP sandbox without allow-scripts or allow-same-origin applies should a browser render it anyway:
// no script runs, and what renders has an opaque origin, not ours.
import express from 'express';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Logger } from 'pino';
import { readArchivedCopy } from '../domain/evidence/archivedCopy';
import { archivedType } from '../domain/evidence/archivedType';
import { readRoute } from './readRoute';

interface EvidenceDeps {
  db: Db;
  config: Config;
  log: Logger;
}

const ARCHIVE_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'";

const EXTENSIONS: Record<string, string> = {
  'text/html': 'html',
  'application/xhtml+xml': 'xhtml',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

const archived = (deps: EvidenceDeps) =>
  readRoute(deps, async (ctx, req, res) => {
    const copy = await readArchivedCopy(ctx, String(req.params.id));
    // Normalised again: a copy kept by an older version may carry the raw header it was sent with.
    const type = archivedType(copy.contentType) ?? 'application/octet-stream';
    const extension = EXTENSIONS[type.split(';')[0]] ?? 'bin';
    res.setHeader('content-type', type);
    res.setHeader('content-disposition', `attachment; filename="evidence-${copy.id}.${extension}"`);
    res.setHeader('content-security-policy', ARCHIVE_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cache-control', 'private, no-store');
    res.send(copy.bytes);
  });

export function evidenceRoutes(deps: EvidenceDeps): express.Router {
  const router = express.Router();
  router.get('/:id/archived', archived(deps));
  return router;
}
