// The shell every public page shares: the head (title, description, canonical URL, hreflang alternates,
// OpenGraph, JSON-LD), a header with the site's name, navigation and the language switch, and the one
// stylesheet, inline (no request leaves for it, and its hash is the only style the CSP allows).
import { createHash } from 'node:crypto';
import type { Config } from '../../config';
import { html, jsonLd, trusted, type Html } from './html';
import { LANGS, t, type Lang } from './words';

const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,"Noto Sans CJK SC","Noto Sans",sans-serif;color:#1b1f24;background:#fff}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}header{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;padding-top:.75rem;padding-bottom:.75rem;border-bottom:1px solid #d0d7de}
header .site{font-weight:700;color:#1b1f24;text-decoration:none;margin-right:auto}nav a{margin-right:1rem}a{color:#0b5cad}a.n{font-variant-numeric:tabular-nums}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.25rem}
h1{font-size:1.6rem;line-height:1.3}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #eaeef2}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #eaeef2}
blockquote{margin:0;padding:.5rem 1rem;border-left:4px solid #8c959f;background:#f6f8fa}dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0}
.badge{display:inline-block;padding:0 .5rem;border-radius:1rem;background:#eaeef2;color:#1b1f24}.withheld{font-style:italic;color:#57606a}
svg{max-width:100%;height:auto}form{margin:1rem 0}input[type=search]{padding:.35rem;width:20rem;max-width:70%}button{padding:.35rem .75rem}
footer{margin-top:3rem;padding-top:1rem;padding-bottom:2rem;border-top:1px solid #d0d7de;color:#57606a;font-size:.9rem}
`.trim();

const CSS_HASH = createHash('sha256').update(CSS).digest('base64');
/** The element whole, so that no formatting of the page's template can change the hashed text. */
const STYLE = trusted(`<style>${CSS}</style>`);

/** The public pages' policy: nothing from elsewhere, no script, only the inline stylesheet, never framed. */
export const PUBLIC_CSP =
  `default-src 'none'; style-src 'sha256-${CSS_HASH}'; img-src 'self' data:; base-uri 'none'; ` +
  "form-action 'self'; frame-ancestors 'none'";

export interface PageMeta {
  lang: Lang;
  /** The path after the language: `documents/x`, `` for home; with its query for search. */
  path: string;
  title: string;
  description: string;
  /** JSON-LD, with its @type. */
  structured?: Record<string, unknown>;
  /** Whether search engines may index it (not for errors or searches). */
  index?: boolean;
  /** An error page: it names no canonical URL or alternates (it is no page of the site). */
  error?: boolean;
}

export const siteName = (config: Config, lang: Lang): string =>
  lang === 'zh' ? config.publicSite.nameZh : config.publicSite.nameEn;

/** A page's absolute URL in a language. */
export const pageUrl = (config: Config, lang: Lang, path: string): string => `${config.publicOrigin}/${lang}/${path}`;

export function layout(config: Config, meta: PageMeta, body: Html): string {
  const { lang } = meta;
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const name = siteName(config, lang);
  const canonical = pageUrl(config, lang, meta.path);
  const fullTitle = meta.path || meta.error ? `${meta.title} · ${name}` : name;
  const links = meta.error
    ? ''
    : html`<link rel="canonical" href="${canonical}" />
        ${LANGS.map((l) => html`<link rel="alternate" hreflang="${l === 'zh' ? 'zh-Hans' : 'en'}" href="${pageUrl(config, l, meta.path)}" />`)}
        <link rel="alternate" hreflang="x-default" href="${pageUrl(config, 'en', meta.path)}" />
        <meta property="og:url" content="${canonical}" />`;
  const page = html`<!doctype html>
    <html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${fullTitle}</title>
        <meta name="description" content="${meta.description}" />
        ${meta.index === false ? trusted('<meta name="robots" content="noindex">') : ''} ${links}
        <meta property="og:type" content="${meta.path ? 'article' : 'website'}" />
        <meta property="og:site_name" content="${name}" />
        <meta property="og:title" content="${meta.title}" />
        <meta property="og:description" content="${meta.description}" />
        <meta property="og:locale" content="${lang === 'zh' ? 'zh_CN' : 'en_US'}" />
        <meta property="og:locale:alternate" content="${other === 'zh' ? 'zh_CN' : 'en_US'}" />
        ${STYLE}
        ${meta.structured ? jsonLd({ '@context': 'https://schema.org', ...meta.structured, url: canonical, inLanguage: lang === 'zh' ? 'zh-Hans' : 'en' }) : ''}
      </head>
      <body>
        <a class="skip" href="#main">${t(lang, 'skip')}</a>
        <header>
          <a class="site" href="/${lang}/">${name}</a>
          <nav aria-label="${t(lang, 'home')}">
            <a href="/${lang}/search">${t(lang, 'search')}</a
            ><a href="/${lang}/methodology">${t(lang, 'methodology')}</a>
          </nav>
          <a
            href="/${other}/${meta.path}"
            hreflang="${other === 'zh' ? 'zh-Hans' : 'en'}"
            lang="${other === 'zh' ? 'zh-Hans' : 'en'}"
            title="${t(lang, 'otherLanguageName')}"
            >${t(lang, 'otherLanguage')}</a
          >
        </header>
        <main id="main">${body}</main>
        <footer>${name} · <a href="/${lang}/methodology">${t(lang, 'methodology')}</a></footer>
      </body>
    </html> `;
  return page.text;
}
