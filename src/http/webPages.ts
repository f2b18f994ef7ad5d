// Serves the two bundled browser apps from web/dist: the GraphiQL playground and the analyst console.
// Their CSP travels as a header too, because only a header can carry frame-ancestors.
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Response } from 'express';
import { projectRoot } from '../projectRoot';

export type WebPage = 'playground' | 'admin';

const webDist = path.join(projectRoot, 'web', 'dist');

/** The pages' meta-tag policies, verbatim from web/README.md, plus frame-ancestors, which a meta tag cannot carry. */
export const CSP: Record<WebPage, string> = {
  // Monaco and GraphiQL inject <style> elements, hence 'unsafe-inline' for styles only.
  playground:
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  admin:
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

/** esbuild's `[name]-[hash]` (8 base32 characters) and build.mjs's extracted fonts (`font-` and 10 hex digits). */
const CONTENT_HASHED = /-(?:[A-Z2-7]{8}|[0-9a-f]{10})\.(?:ttf|otf|woff2?|png|svg)$/;
const YEAR_SECONDS = 365 * 24 * 3600;

/** Entry points keep stable names, so they revalidate by ETag; only files named by their content are cached for long. */
export function cacheControlFor(file: string): string {
  return CONTENT_HASHED.test(path.basename(file)) ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache';
}

function setSecurityHeaders(res: Response, page: WebPage): void {
  res.setHeader('Content-Security-Policy', CSP[page]);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/** The Express handler for one app; mount it with `app.use('/<page>', webPage('<page>'))`. */
export function webPage(page: WebPage, distDir = webDist): RequestHandler {
  const dir = path.join(distDir, page);
  const serve = express.static(dir, {
    index: 'index.html',
    redirect: false,
    cacheControl: false,
    setHeaders: (res, file) => res.setHeader('Cache-Control', cacheControlFor(file)),
  });
  return (req, res) => {
    setSecurityHeaders(res, page);
    if (!fs.existsSync(path.join(dir, 'index.html'))) {
      res.setHeader('Cache-Control', 'no-store');
      return void res.status(503).type('text').send(`The ${page} is not built yet: run "npm run build:web".`);
    }
    // The pages load their assets by relative path, so they must be addressed as a folder.
    const [pathname, query] = splitUrl(req.originalUrl);
    if (pathname === `/${page}`) return void res.redirect(301, `/${page}/${query}`);
    serve(req, res, () => void res.status(404).type('text').send('Not found.'));
  };
}

function splitUrl(url: string): [string, string] {
  const i = url.indexOf('?');
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}
