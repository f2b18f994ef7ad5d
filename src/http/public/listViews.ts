// The public home, document, theme, search and methodology pages, and the error pages, in either language.
import type { Config } from '../../config';
import type { DocumentPage, homePage, themePage } from '../../domain/publicSite/listings';
import type { RecommendationRow } from '../../domain/catalog/recommendations';
import { html, type Html } from './html';
import { layout } from './layout';
import { methodologyBody, ruled } from './methodology';
import { collectionLd, documentLd } from './structured';
import { documentPath, measurePath, themePath } from './measureView';
import { HEALTH_WORDS, KIND_WORDS, STATUS_WORDS, formatDate, named, t, type Lang } from './words';

type Home = Awaited<ReturnType<typeof homePage>>;
type Theme = NonNullable<Awaited<ReturnType<typeof themePage>>>;

function recordTable(lang: Lang, records: RecommendationRow[]): Html {
  if (!records.length) return html`<p>${t(lang, 'noResults')}</p>`;
  const rows = records.map(
    (r) =>
      html`<tr>
        <td><a href="/${lang}/${measurePath(r.code)}">${r.code}</a></td>
        <td>${named(lang, r.titleZh, r.titleEn)}</td>
        <td><a href="/${lang}/methodology#status-${r.status}">${STATUS_WORDS[r.status][lang]}</a></td>
        <td>${ruled(lang, 'progress', `${r.progress}%`)}</td>
      </tr>`,
  );
  return html`<table>
    <thead>
      <tr>
        <th scope="col">${t(lang, 'code')}</th>
        <th scope="col">${t(lang, 'measures')}</th>
        <th scope="col">${t(lang, 'status')}</th>
        <th scope="col">${t(lang, 'progress')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

const searchForm = (lang: Lang, q = '') =>
  html`<form action="/${lang}/search" method="get" role="search">
    <label for="q">${t(lang, 'searchLabel')}</label>
    <input type="search" id="q" name="q" value="${q}" maxlength="200" />
    <button type="submit">${t(lang, 'search')}</button>
  </form>`;

export function homeView(config: Config, lang: Lang, home: Home): string {
  const f = home.figures;
  const body = html`<h1>${lang === 'zh' ? config.publicSite.nameZh : config.publicSite.nameEn}</h1>
    ${searchForm(lang)}
    <h2>${t(lang, 'figures')}</h2>
    <dl class="facts">
      <dt>${t(lang, 'total')}</dt>
      <dd>${ruled(lang, 'figures', f.total)}</dd>
      <dt>${t(lang, 'averageProgress')}</dt>
      <dd>${ruled(lang, 'figures', `${f.averageProgress}%`)}</dd>
    </dl>
    <h3>${t(lang, 'byStatus')}</h3>
    <ul>
      ${f.byStatus.map((s) => html`<li>${STATUS_WORDS[s.status][lang]}: ${ruled(lang, `status-${s.status}`, s.count)}</li>`)}
    </ul>
    <h3>${t(lang, 'byHealth')}</h3>
    <ul>
      ${f.byHealth.map((h) => html`<li>${HEALTH_WORDS[h.health][lang]}: ${ruled(lang, `health-${h.health}`, h.count)}</li>`)}
    </ul>
    <h2>${t(lang, 'documents')}</h2>
    <ul>
      ${home.documents.map((d) => html`<li><a href="/${lang}/${documentPath(d.slug)}">${named(lang, d.titleZh, d.titleEn)}</a> (${KIND_WORDS[d.kind][lang]})</li>`)}
    </ul>`;
  const name = lang === 'zh' ? config.publicSite.nameZh : config.publicSite.nameEn;
  const description =
    lang === 'zh'
      ? `${name}：政策文件中每项措施的状态、进度与证据。`
      : `${name}: the status, progress and evidence of every measure a policy document recommends.`;
  return layout(config, { lang, path: '', title: name, description, structured: { '@type': 'WebSite', name } }, body);
}

export function documentView(config: Config, lang: Lang, p: DocumentPage): string {
  const d = p.document;
  const title = named(lang, d.titleZh, d.titleEn);
  const body = html`<h1>${title}</h1>
    <dl class="facts">
      <dt>${t(lang, 'kind')}</dt>
      <dd>${KIND_WORDS[d.kind][lang]}</dd>
      ${
        d.author
          ? html`<dt>${t(lang, 'author')}</dt>
              <dd>${d.author}</dd>`
          : ''
      }
      ${
        d.publishedOn
          ? html`<dt>${t(lang, 'published')}</dt>
              <dd>${formatDate(d.publishedOn)}</dd>`
          : ''
      }
      ${
        d.url
          ? html`<dt>${t(lang, 'source')}</dt>
              <dd><a href="${d.url}" rel="nofollow noopener">${d.url}</a></dd>`
          : ''
      }
    </dl>
    ${p.themes.map(
      (th) =>
        html`<h2>
            <a href="/${lang}/${themePath(th.theme.code)}">${named(lang, th.theme.nameZh, th.theme.nameEn)}</a>
          </h2>
          ${recordTable(lang, th.records)}`,
    )}`;
  const description = `${title} · ${KIND_WORDS[d.kind][lang]}`;
  return layout(
    config,
    { lang, path: documentPath(d.slug), title, description, structured: documentLd(config, lang, d) },
    body,
  );
}

export function themeView(config: Config, lang: Lang, p: Theme): string {
  const title = named(lang, p.theme.nameZh, p.theme.nameEn);
  const body = html`<h1>${title}</h1>
    <p>
      ${t(lang, 'document')}:
      <a href="/${lang}/${documentPath(p.document.slug)}">${named(lang, p.document.titleZh, p.document.titleEn)}</a>
    </p>
    ${recordTable(lang, p.records)}`;
  return layout(
    config,
    {
      lang,
      path: themePath(p.theme.code),
      title,
      description: `${title} · ${named(lang, p.document.titleZh, p.document.titleEn)}`,
      structured: { ...collectionLd(config, lang, title), about: documentLd(config, lang, p.document) },
    },
    body,
  );
}

export function searchView(config: Config, lang: Lang, q: string, records: RecommendationRow[] | null): string {
  const body = html`<h1>${t(lang, 'search')}</h1>
    ${searchForm(lang, q)}
    ${
      records === null
        ? html`<p>${t(lang, 'searchPrompt')}</p>`
        : html`<h2>${t(lang, 'results')}</h2>
            ${recordTable(lang, records)}`
    }`;
  const path = q ? `search?q=${encodeURIComponent(q)}` : 'search';
  return layout(
    config,
    {
      lang,
      path,
      title: q ? `${t(lang, 'search')}: ${q}` : t(lang, 'search'),
      description: t(lang, 'searchLabel'),
      index: false,
      structured: { '@type': 'SearchResultsPage', name: t(lang, 'search') },
    },
    body,
  );
}

export function methodologyView(config: Config, lang: Lang): string {
  const title = t(lang, 'methodology');
  const body = html`<h1>${title}</h1>
    ${methodologyBody(lang, config)}`;
  const description =
    lang === 'zh'
      ? '各状态、健康度、指标、汇总、审核和引文规则的定义。'
      : 'How every status, health, indicator status, roll-up, review and quote is decided.';
  return layout(
    config,
    { lang, path: 'methodology', title, description, structured: { '@type': 'TechArticle', name: title } },
    body,
  );
}

/** An error page: 404 (no such page), 400 (a search it refused, with the reason), 401 (sign in first). */
export function errorView(config: Config, lang: Lang, kind: 'notFound' | 'badSearch' | 'signIn', reason = ''): string {
  const [title, text] =
    kind === 'notFound'
      ? [t(lang, 'notFoundTitle'), t(lang, 'notFoundText')]
      : kind === 'badSearch'
        ? [t(lang, 'badSearchTitle'), reason]
        : [t(lang, 'signInTitle'), t(lang, 'signInText')];
  const body = html`<h1>${title}</h1>
    <p>${text}</p>
    ${kind === 'signIn' ? html`<p><a href="/admin/">${t(lang, 'signIn')}</a></p>` : ''}
    <p><a href="/${lang}/">${t(lang, 'goHome')}</a></p>`;
  return layout(config, { lang, path: '', title, description: text, index: false, error: true }, body);
}
