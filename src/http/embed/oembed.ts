// oEmbed (https://oembed.com/, "rich" type): a page of ours, a measure's or a theme's (the public page or the
// widget itself), answers with the widget's iframe. A URL that is not ours, or names nothing, is a 404, as the
// specification asks; a format other than JSON is a 501.
import type { Request } from 'express';
import type { AppContext } from '../../context';
import { badInput } from '../../errors';
import { embedsServed, publicPage, type EmbedDeps } from './embedPolicy';
import { measureView, themeView } from './widgetData';
import type { Lang } from './widgetHtml';

const SIZE = { measure: { width: 480, height: 230 }, theme: { width: 560, height: 420 } };

const PATHS: { re: RegExp; kind: 'measure' | 'theme' }[] = [
  { re: /^\/(en|zh)\/measures\/([^/]+)$/, kind: 'measure' },
  { re: /^\/(en|zh)\/themes\/([^/]+)$/, kind: 'theme' },
  { re: /^\/embed\/measure\/([^/]+)$/, kind: 'measure' },
  { re: /^\/embed\/theme\/([^/]+)$/, kind: 'theme' },
];

/** What a URL of ours names: a measure or a theme, its code and the language; null for anything else. */
function targetOf(origin: string, raw: string): { kind: 'measure' | 'theme'; code: string; lang: Lang } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  for (const { re, kind } of PATHS) {
    const m = re.exec(url.pathname);
    if (!m) continue;
    const [lang, code] =
      m.length === 3 ? [m[1] as Lang, m[2]] : [url.searchParams.get('lang') === 'zh' ? 'zh' : 'en', m[1]];
    try {
      return { kind, code: decodeURIComponent(code), lang: lang as Lang };
    } catch {
      return null;
    }
  }
  return null;
}

const escAttr = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A positive integer parameter (maxwidth, maxheight), if given. */
function bound(query: Request['query'], name: string): number | null {
  const v = query[name];
  if (v === undefined) return null;
  if (typeof v !== 'string' || !/^[1-9]\d{0,4}$/.test(v)) throw badInput(`${name} must be a positive whole number.`);
  return Number(v);
}

const notFoundAnswer = { status: 404, body: { error: 'No embeddable page of this tracker at that URL.' } };

export async function oembedAnswer(deps: EmbedDeps, ctx: AppContext, query: Request['query']) {
  if (!embedsServed(deps.config)) return notFoundAnswer;
  if (query.format !== undefined && query.format !== 'json')
    return { status: 501, body: { error: 'Only format=json is served.' } };
  if (typeof query.url !== 'string') throw badInput('url is required, once: the address of a measure or a theme.');
  const target = targetOf(deps.config.publicOrigin, query.url);
  if (!target) return notFoundAnswer;
  const view =
    target.kind === 'measure'
      ? await measureView(deps.apollo, ctx, target.code).then(
          (m) => m && { code: m.code, title: target.lang === 'zh' ? m.titleZh : m.titleEn },
        )
      : await themeView(deps.apollo, ctx, target.code).then(
          (t) => t && { code: t.code, title: target.lang === 'zh' ? t.nameZh : t.nameEn },
        );
  if (!view) return notFoundAnswer;
  const size = SIZE[target.kind];
  const width = Math.min(size.width, bound(query, 'maxwidth') ?? Infinity);
  const height = Math.min(size.height, bound(query, 'maxheight') ?? Infinity);
  const src = `${deps.config.publicOrigin}/embed/${target.kind}/${encodeURIComponent(view.code)}?lang=${target.lang}`;
  const title = `${view.code} ${view.title}`;
  const { nameEn, nameZh } = deps.config.publicSite;
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      title,
      provider_name: target.lang === 'zh' ? nameZh : nameEn,
      provider_url: `${deps.config.publicOrigin}/`,
      cache_age: deps.config.httpCacheMaxAgeS,
      width,
      height,
      html: `<iframe src="${escAttr(src)}" width="${width}" height="${height}" title="${escAttr(title)}" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>`,
      // Where a reader goes for more: the public page of the same thing.
      url: publicPage(deps.config, target.lang, target.kind === 'measure' ? 'measures' : 'themes', view.code),
    },
  };
}
