// A measure's public page: its quote and document, status, progress and health (each linked to its rule in the
// methodology), owners, target date, indicators (chart and table), actions and roll-up, and the public log.
import type { Config } from '../../config';
import type { MeasurePage } from '../../domain/publicSite/measurePage';
import type { PublicLogEntry } from '../../domain/publicSite/publicLog';
import { html, type Html } from './html';
import { layout } from './layout';
import { ruled } from './methodology';
import { indicatorChart, indicatorTable } from './chart';
import { documentLd } from './structured';
import { HEALTH_WORDS, INDICATOR_WORDS, STATUS_WORDS, formatDate, named, t, type Lang } from './words';

export const measurePath = (code: string) => `measures/${encodeURIComponent(code)}`;
export const documentPath = (slug: string) => `documents/${encodeURIComponent(slug)}`;
export const themePath = (code: string) => `themes/${encodeURIComponent(code)}`;

function facts(lang: Lang, p: MeasurePage): Html {
  const r = p.record;
  // A rolled-up progress is the roll-up rule's result; any other was logged.
  const progressRule = p.rollup && p.rollup.rule !== 'MANUAL' ? 'rollup' : 'progress';
  return html`<dl class="facts">
    <dt>${t(lang, 'status')}</dt>
    <dd><a href="/${lang}/methodology#status-${r.status}">${STATUS_WORDS[r.status][lang]}</a></dd>
    <dt>${t(lang, 'progress')}</dt>
    <dd>${ruled(lang, progressRule, `${r.progress}%`)}</dd>
    <dt>${t(lang, 'health')}</dt>
    <dd><a href="/${lang}/methodology#health-${p.health}">${HEALTH_WORDS[p.health][lang]}</a></dd>
    <dt>${t(lang, 'owners')}</dt>
    <dd>
      ${p.owners.length ? p.owners.map((o, i) => html`${i ? ', ' : ''}${named(lang, o.nameZh ?? o.name, o.nameEn ?? o.name)}`) : t(lang, 'noOwners')}
    </dd>
    <dt>${t(lang, 'targetDate')}</dt>
    <dd>${r.targetDate ? formatDate(r.targetDate) : t(lang, 'noTargetDate')}</dd>
    <dt>${t(lang, 'document')}</dt>
    <dd>
      <a href="/${lang}/${documentPath(p.document.slug)}">${named(lang, p.document.titleZh, p.document.titleEn)}</a>
    </dd>
    <dt>${t(lang, 'theme')}</dt>
    <dd><a href="/${lang}/${themePath(p.theme.code)}">${named(lang, p.theme.nameZh, p.theme.nameEn)}</a></dd>
    ${
      p.parent
        ? html`<dt>${t(lang, 'partOf')}</dt>
            <dd>
              <a href="/${lang}/${measurePath(p.parent.code)}"
                >${p.parent.code} ${named(lang, p.parent.titleZh, p.parent.titleEn)}</a
              >
            </dd>`
        : ''
    }
  </dl>`;
}

function indicators(lang: Lang, p: MeasurePage): Html {
  if (!p.indicators.length) return html`<p>${t(lang, 'noIndicators')}</p>`;
  return html`${p.indicators.map((ind, i) => {
    const id = `ind${i}`;
    return html`<h3>
        ${named(lang, ind.indicator.nameZh, ind.indicator.nameEn)}:
        ${ruled(lang, 'indicator-status', INDICATOR_WORDS[ind.status.status][lang])}
      </h3>
      ${indicatorChart(lang, ind, id)} ${indicatorTable(lang, ind, id)}`;
  })}`;
}

function actions(lang: Lang, p: MeasurePage): Html {
  if (!p.actions.length) return html`<p>${t(lang, 'noActions')}</p>`;
  const rows = p.actions.map(
    (a) =>
      html`<tr>
        <td><a href="/${lang}/${measurePath(a.code)}">${a.code}</a></td>
        <td>${named(lang, a.titleZh, a.titleEn)}</td>
        <td><a href="/${lang}/methodology#status-${a.status}">${STATUS_WORDS[a.status][lang]}</a></td>
        <td>${ruled(lang, 'progress', `${a.progress}%`)}</td>
      </tr>`,
  );
  const rollup = p.rollup
    ? html`<p>
        ${t(lang, 'rollup')}: ${ruled(lang, 'rollup', lang === 'zh' ? p.rollup.explanationZh : p.rollup.explanationEn)}
      </p>`
    : '';
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
    </table>
    ${rollup}`;
}

function logEntry(lang: Lang, e: PublicLogEntry): Html {
  const note = e.withheld ? html`<p class="withheld">${t(lang, 'internalNote')}</p>` : html`<p>${e.note}</p>`;
  const evidence = e.evidence.map(
    (ev) =>
      html`<li>
        <a href="${ev.url}" rel="nofollow noopener">${ev.title ?? ev.url}</a
        >${ev.archivedPath ? html` (<a href="${ev.archivedPath}">${t(lang, 'archivedCopy')}</a>)` : ''}
      </li>`,
  );
  return html`<li>
    <time datetime="${formatDate(e.occurredOn)}">${formatDate(e.occurredOn)}</time>:
    <a href="/${lang}/methodology#status-${e.status}">${STATUS_WORDS[e.status][lang]}</a>,
    ${ruled(lang, 'progress', `${e.progress}%`)}
    ${note}${
      evidence.length
        ? html`<p>${t(lang, 'evidence')}:</p>
            <ul>
              ${evidence}
            </ul>`
        : ''
    }
  </li>`;
}

export function measureView(config: Config, lang: Lang, p: MeasurePage): string {
  const r = p.record;
  const title = `${r.code} ${named(lang, r.titleZh, r.titleEn)}`;
  const summary = named(lang, r.summaryZh, r.summaryEn);
  const body = html`<h1>${title}</h1>
    <p>${summary}</p>
    ${facts(lang, p)}
    <h2>${t(lang, 'quote')}</h2>
    <blockquote lang="zh-Hans">${p.quote}</blockquote>
    <h2>${t(lang, 'indicators')}</h2>
    ${indicators(lang, p)}
    <h2>${t(lang, 'actions')}</h2>
    ${actions(lang, p)}
    <h2>${t(lang, 'log')}</h2>
    ${
      p.log.length
        ? html`<ol>
            ${p.log.map((e) => logEntry(lang, e))}
          </ol>`
        : html`<p>${t(lang, 'noLog')}</p>`
    }`;
  return layout(
    config,
    {
      lang,
      path: measurePath(r.code),
      title,
      description: summary || title,
      structured: {
        '@type': 'CreativeWork',
        identifier: r.code,
        name: title,
        description: summary,
        citation: p.quote,
        isPartOf: documentLd(config, lang, p.document),
        ...(r.targetDate && { expires: formatDate(r.targetDate) }),
        dateModified: r.updatedAt.toISOString(),
      },
    },
    body,
  );
}
