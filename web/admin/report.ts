// #/report/<date>: a printable status report as of a chosen date: figures, a chart and one table per theme with
// each recommendation's latest entry by that date. Titles appear in both languages; the rest follows the
// console's language. report.css lays it out for A4 when printed (the shell and the controls are hidden).
import './report.css';
import { type ApiError, asApiError, gql } from './api';
import { themeStatusChart, legend } from './charts';
import { fill, h, today } from './dom';
import { healthName, lang, t } from './i18n';
import { dateInput, isIsoDate } from './dates';
import { exportMenu } from './exportMenu';
import { tx } from './exchangeText';
import { app, type View } from './state';
import {
  ConsoleReportDocument,
  type ConsoleReportQuery,
  type Health,
  type RecommendationStatus as Status,
} from './__generated__/operations';
import { headedTable } from './viewParts';
import { errorContent, statusChip } from './widgets';

type ReportRow = ConsoleReportQuery['recommendations']['edges'][number]['node'];

async function fetchReport(asOf: string): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ConsoleReportQuery = await gql(ConsoleReportDocument, { asOf, after });
    rows.push(...page.recommendations.edges.map((e) => e.node));
    if (!page.recommendations.pageInfo.hasNextPage) return rows;
    after = page.recommendations.pageInfo.endCursor;
  }
}

const count = (rows: ReportRow[], test: (r: ReportRow) => boolean) => rows.filter(test).length;

function figures(rows: ReportRow[]): HTMLElement {
  const avg = rows.length ? Math.round(rows.reduce((a, r) => a + r.progress, 0) / rows.length) : 0;
  const figure = (label: string, value: string | number, id: string) =>
    h(
      'div',
      { class: 'report-figure', 'data-testid': `figure-${id}` },
      h('strong', null, value),
      h('span', null, label),
    );
  const is = (s: Status) => (r: ReportRow) => r.status === s;
  const health = (x: Health) => (r: ReportRow) => r.health === x;
  return h(
    'section',
    { class: 'report-figures', 'aria-label': tx('figures') },
    figure(tx('total'), rows.length, 'total'),
    figure(tx('averageProgress'), `${avg}%`, 'average'),
    figure(tx('implemented'), count(rows, is('IMPLEMENTED')), 'implemented'),
    figure(tx('inProgress'), count(rows, is('IN_PROGRESS')), 'in-progress'),
    figure(tx('atRisk'), count(rows, health('AT_RISK')), 'at-risk'),
    figure(tx('overdue'), count(rows, health('OVERDUE')), 'overdue'),
  );
}

const themeId = (code: string) => `report-theme-${code}`;

/** One table per theme: the title column wide, with owners and target date under the titles. */
function themeTable(rows: ReportRow[]): HTMLElement {
  const theme = rows[0].theme;
  const sep = lang() === 'zh' ? '、' : ', ';
  return h(
    'section',
    { class: 'report-theme', 'data-theme': theme.code, id: themeId(theme.code) },
    h('h3', null, `${theme.nameZh} · ${theme.nameEn}`),
    headedTable(
      { class: 'report-table' },
      { headings: [tx('code'), tx('recommendation'), tx('state'), tx('latest')] },
      h(
        'tbody',
        null,
        rows.map((r) =>
          h(
            'tr',
            { 'data-code': r.code },
            h('td', { class: 'report-code' }, r.code),
            h(
              'td',
              { class: 'report-title' },
              h('div', { lang: 'zh-CN' }, r.titleZh),
              h('div', { lang: 'en', class: 'report-en' }, r.titleEn),
              h(
                'div',
                { class: 'report-steward' },
                h(
                  'span',
                  null,
                  `${tx('owners')}: `,
                  r.owners.length ? r.owners.map((o) => o.name).join(sep) : tx('noOwners'),
                ),
                ' · ',
                h('span', { class: 'nowrap' }, `${tx('target')}: `, r.targetDate ?? tx('noTarget')),
              ),
            ),
            h(
              'td',
              { class: 'report-state' },
              statusChip(r.status, {}),
              h('span', { class: 'report-progress' }, `${r.progress}%`),
              h('span', { class: 'report-health' }, healthName(r.health)),
            ),
            h(
              'td',
              { class: 'report-latest' },
              h(
                'div',
                { class: 'report-latest-text' },
                r.updates[0] ? [h('time', null, r.updates[0].occurredOn), ' ', r.updates[0].note] : tx('none'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** A contents line per theme: its name, its figures, and a link to its table. */
function contents(groups: ReportRow[][]): HTMLElement {
  return h(
    'nav',
    { class: 'report-contents', 'aria-labelledby': 'report-contents-title' },
    h('h3', { id: 'report-contents-title' }, tx('contents')),
    h(
      'ol',
      null,
      groups.map((g) => {
        const theme = g[0].theme;
        const avg = Math.round(g.reduce((a, r) => a + r.progress, 0) / g.length);
        return h(
          'li',
          { 'data-theme': theme.code },
          h(
            'a',
            { href: `#${themeId(theme.code)}`, onclick: jumpTo(themeId(theme.code)) },
            `${theme.nameZh} · ${theme.nameEn}`,
          ),
          h(
            'span',
            { class: 'report-contents-figures' },
            tx('contentsLine', { count: g.length, implemented: count(g, (r) => r.status === 'IMPLEMENTED'), avg }),
          ),
        );
      }),
    ),
  );
}

/** The console routes by the hash, so a contents link scrolls to its table instead of navigating. */
const jumpTo = (id: string) => (e: Event) => {
  e.preventDefault();
  document.getElementById(id)?.scrollIntoView();
};

function byTheme(rows: ReportRow[]): ReportRow[][] {
  const groups = new Map<string, ReportRow[]>();
  for (const r of rows) groups.set(r.theme.code, [...(groups.get(r.theme.code) ?? []), r]);
  const order = app.themes.map((t) => t.code);
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([, g]) => g);
}

export function reportView(initialDate: string | null): View {
  const asOf = initialDate && /^\d{4}-\d{2}-\d{2}$/.test(initialDate) ? initialDate : today();
  let rows: ReportRow[] | null = null;
  let error: ApiError | null = null;
  const root = h('article', { class: 'report', 'data-testid': 'report' });

  const render = () => {
    document.title = `${tx('reportTitle')} · ${t('appTitle')}`;
    // The console's one date style (YYYY-MM-DD), not the browser's own date widget.
    const date = dateInput({ id: 'report-date', 'data-testid': 'report-date', value: asOf });
    date.addEventListener('change', () => {
      const value = date.value.trim();
      date.setAttribute('aria-invalid', String(!isIsoDate(value)));
      if (isIsoDate(value)) window.location.hash = `#/report/${value}`;
    });
    const controls = h(
      'div',
      { class: 'report-controls no-print' },
      h('label', { for: 'report-date' }, tx('reportDate'), ' ', date),
      h('button', { type: 'button', 'data-testid': 'report-print', onclick: () => window.print() }, tx('print')),
      exportMenu(() => asOf),
    );
    const head = h(
      'header',
      { class: 'report-head' },
      h('h2', { id: 'view-title', tabindex: '-1' }, tx('reportTitle')),
      h('p', { class: 'report-asof', 'data-testid': 'report-asof' }, tx('reportAsOf', { date: asOf })),
    );
    if (error)
      return fill(
        root,
        controls,
        head,
        h('div', { class: 'error', role: 'alert' }, errorContent(error.message, error.code)),
      );
    if (!rows) return fill(root, controls, head, h('p', { role: 'status' }, tx('loading')));
    const chart = h(
      'section',
      { class: 'report-chart' },
      h('h3', null, tx('byTheme')),
      legend(),
      themeStatusChart(app.themes, rows),
    );
    const groups = byTheme(rows);
    fill(
      root,
      controls,
      head,
      figures(rows),
      contents(groups),
      chart,
      groups.map(themeTable),
      h(
        'p',
        { class: 'report-footer' },
        tx('generated', { when: new Date().toISOString().slice(0, 16).replace('T', ' ') }),
      ),
    );
    root.dataset.ready = 'true';
  };

  const controller = new AbortController();
  render();
  fetchReport(asOf)
    .then((r) => (rows = r))
    .catch((e: unknown) => (error = asApiError(e)))
    .finally(() => !controller.signal.aborted && render());
  return { root, rerender: render, destroy: () => controller.abort() };
}
