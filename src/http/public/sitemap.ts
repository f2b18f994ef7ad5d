// /sitemap.xml (every public page in both languages, with its alternates) and /robots.txt (which names it).
import type { RequestHandler } from 'express';
import type { Config } from '../../config';
import { mayRead } from '../../domain/access/auth';
import { sitemapEntries } from '../../domain/publicSite/listings';
import { createContext, type ContextDeps } from '../requestContext';
import { sendRestError } from '../restErrors';
import { escapeHtml } from './html';
import { pageUrl } from './layout';
import { documentPath, measurePath, themePath } from './measureView';
import { formatDate, LANGS } from './words';

function urlEntry(config: Config, path: string, lastmod: Date | null): string[] {
  const alternates = LANGS.map(
    (l) =>
      `    <xhtml:link rel="alternate" hreflang="${l === 'zh' ? 'zh-Hans' : 'en'}" href="${escapeHtml(pageUrl(config, l, path))}"/>`,
  );
  return LANGS.flatMap((lang) => [
    '  <url>',
    `    <loc>${escapeHtml(pageUrl(config, lang, path))}</loc>`,
    ...(lastmod ? [`    <lastmod>${formatDate(lastmod)}</lastmod>`] : []),
    ...alternates,
    '  </url>',
  ]);
}

export const sitemapRoute =
  (deps: ContextDeps): RequestHandler =>
  async (req, res) => {
    try {
      const ctx = await createContext(deps, req, res.locals.log);
      if (!mayRead(ctx.actor, ctx.config)) return void res.status(401).type('text').send('Sign in to read this site.');
      const { documents, themes, records } = await sitemapEntries(ctx);
      const c = deps.config;
      const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        ...urlEntry(c, '', null),
        ...urlEntry(c, 'methodology', null),
        ...documents.flatMap((d) => urlEntry(c, documentPath(d.slug), null)),
        ...themes.flatMap((t) => urlEntry(c, themePath(t.code), null)),
        ...records.flatMap((r) => urlEntry(c, measurePath(r.code), r.updatedAt)),
        '</urlset>',
        '',
      ];
      res.type('application/xml').send(lines.join('\n'));
    } catch (err) {
      sendRestError(res, err);
    }
  };

/** Crawlers may read the public pages (not searches, the API or the console); nothing when reads are private. */
export const robotsRoute =
  (config: Config): RequestHandler =>
  (_req, res) => {
    const lines = config.publicRead
      ? [
          'User-agent: *',
          ...LANGS.map((l) => `Allow: /${l}/`),
          ...LANGS.map((l) => `Disallow: /${l}/search`),
          'Disallow: /graphql',
          'Disallow: /admin/',
          'Disallow: /playground/',
          '',
          `Sitemap: ${config.publicOrigin}/sitemap.xml`,
        ]
      : ['User-agent: *', 'Disallow: /'];
    res.type('text').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(`${lines.join('\n')}\n`);
  };
