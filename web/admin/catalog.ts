// The catalog: filters and search (sent to the API as `filter`), summary figures, two charts, and the
// recommendations as one table grouped by pillar, then theme.
import { asApiError, fetchCatalog, isAbort, type RecommendationRow, type Summary, type Theme } from './api';
import { cardsFromRows, type indicatorCounts, seriesAsOf, themeStatsFromRows } from './catalogFigures';
import { nt } from './indicatorText';
import { legend, monthlyChart, themeStatusChart } from './charts';
import { yearEndingOn } from './dates';
import { fill, h, today } from './dom';
import { emptyState } from './emptyState';
import { healthName, lang, matchFieldName, ownerKindName, pick, pillarName, statusName, t } from './i18n';
import { asOfControl } from './pastView';
import { chartsOpen, rememberChartsOpen } from './preferences';
import { app, type View } from './state';
import { SORTS, sortOptions } from './sorting';
import { emptyCatalogQuery, hashOf, recordRoute, type CatalogQuery } from './urlState';
import type { Pillar, RecommendationFilter } from './__generated__/operations';
import { HEALTHS, PILLARS, STATUSES } from './enumValues';
import { headedTable, startView } from './viewParts';
import { errorContent, healthOf, progressBar, statusChip } from './widgets';

/** The view's state, read from and written to the URL (urlState.ts). */
let filters: CatalogQuery = emptyCatalogQuery();

type Data = { rows: RecommendationRow[]; totalCount: number; summary: Summary };

function toApiFilter(): RecommendationFilter {
  const f: RecommendationFilter = {};
  if (filters.search.trim()) f.search = filters.search.trim();
  if (filters.status) f.status = [filters.status as RecommendationRow['status']];
  if (filters.theme) f.theme = [filters.theme];
  if (filters.pillar) f.pillar = filters.pillar as Pillar;
  if (filters.health) f.health = [filters.health as RecommendationRow['health']];
  return f;
}

function request() {
  const filter = toApiFilter();
  const { status: _status, ...summaryFilter } = filter;
  return {
    filter,
    summaryFilter: filters.asOf ? summaryFilter : filter,
    range: yearEndingOn(filters.asOf || today()),
    orderBy: (SORTS[filters.sort] ?? SORTS.code).orderBy,
    asOf: filters.asOf || null,
  };
}

function select(
  id: string,
  label: string,
  key: keyof typeof filters,
  options: (HTMLOptionElement | HTMLOptGroupElement)[],
  emptyLabel = t('all'),
) {
  const el = h('select', { id, name: key, 'data-testid': id }, h('option', { value: '' }, emptyLabel), options);
  el.value = filters[key];
  return h('label', { class: 'field', for: id }, h('span', null, label), el);
}

const option = (value: string, label: string) => h('option', { value }, label);

function pillarOrder(themes: Theme[]): Pillar[] {
  const seen = [...new Set(themes.flatMap((th) => (th.pillar ? [th.pillar] : [])))];
  return [...seen, ...PILLARS.filter((p) => !seen.includes(p))];
}

function filterForm(onChange: (debounce: boolean) => void, asOfField: HTMLElement): HTMLFormElement {
  const themes = app.themes;
  const search = h('input', {
    id: 'search-input',
    'data-testid': 'search-input',
    type: 'search',
    name: 'search',
    value: filters.search,
    placeholder: t('searchPlaceholder'),
    autocomplete: 'off',
  });
  const themeGroups = pillarOrder(themes).map((p) =>
    h(
      'optgroup',
      { label: pillarName(p) },
      themes.filter((th) => th.pillar === p).map((th) => option(th.code, pick(th.nameZh, th.nameEn))),
    ),
  );
  // On a phone the filters beside the search fold into a drawer behind one "Filters" button (admin.css shows
  // them always on wider screens); it starts open when a filter is set, so the view's state is in sight.
  const anySet = Boolean(filters.status || filters.theme || filters.pillar || filters.health || filters.asOf);
  const drawer = h(
    'div',
    { class: 'filter-drawer', id: 'filter-drawer', 'data-open': anySet },
    select(
      'status-filter',
      t('status'),
      'status',
      STATUSES.map((s) => option(s, statusName(s))),
    ),
    select('theme-filter', t('theme'), 'theme', themeGroups),
    select(
      'pillar-filter',
      t('pillar'),
      'pillar',
      PILLARS.map((p) => option(p, pillarName(p))),
    ),
    select(
      'health-filter',
      t('health'),
      'health',
      HEALTHS.map((x) => option(x, healthName(x))),
    ),
    select(
      'sort-select',
      t('sortBy'),
      'sort',
      sortOptions().map(([value, label]) => option(value, label)),
      t('sortCode'),
    ),
    asOfField,
    h('button', { type: 'button', id: 'clear-filters', class: 'secondary' }, t('clearFilters')),
  );
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'secondary filters-toggle',
      id: 'filters-toggle',
      'aria-controls': 'filter-drawer',
      'aria-expanded': String(anySet),
      onclick: () => {
        const open = !drawer.hasAttribute('data-open');
        drawer.toggleAttribute('data-open', open);
        toggle.setAttribute('aria-expanded', String(open));
      },
    },
    t('filters'),
  );
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('filters'), onsubmit: (e: Event) => e.preventDefault() },
    h('label', { class: 'field field-search', for: 'search-input' }, h('span', null, t('search')), search),
    toggle,
    drawer,
  );
  form.addEventListener('input', (e) => {
    if ((e as InputEvent).isComposing) return; // mid-IME (pinyin): wait for the composed characters
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (!(target.name in filters) || target.name === 'asOf') return;
    filters[target.name as keyof typeof filters] = target.value;
    onChange(target === search);
  });
  form.querySelector('#clear-filters')!.addEventListener('click', () => {
    filters = { ...emptyCatalogQuery(), sort: filters.sort, asOf: filters.asOf };
    form
      .querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[type=search], select:not(#sort-select)')
      .forEach((el) => (el.value = ''));
    onChange(false);
  });
  return form;
}

function cards(
  summary: Pick<Summary, 'total' | 'averageProgress' | 'byStatus' | 'byHealth'> & {
    indicators: ReturnType<typeof indicatorCounts>;
  },
): HTMLElement {
  const ind = summary.indicators;
  const health = (key: string) => summary.byHealth.find((x) => x.health === key)?.count ?? 0;
  const card = (label: string, value: string | number, id: string) =>
    h('div', { class: 'card' }, h('dt', null, label), h('dd', { 'data-testid': id }, value));
  // Each "count · words" part kept whole, so that a narrow card breaks between parts, never inside a word.
  const partsCard = (label: string, value: string, id: string) =>
    h(
      'div',
      { class: 'card' },
      h('dt', null, label),
      h(
        'dd',
        { 'data-testid': id, class: 'card-parts' },
        value.split(' · ').flatMap((part, i) => (i ? [' · ', h('span', null, part)] : [h('span', null, part)])),
      ),
    );
  return h(
    'dl',
    { class: 'cards' },
    card(t('total'), summary.total, 'summary-total'),
    card(t('averageProgress'), `${Math.round(summary.averageProgress)}%`, 'summary-progress'),
    card(t('implemented'), summary.byStatus.find((x) => x.status === 'IMPLEMENTED')?.count ?? 0, 'summary-implemented'),
    card(t('atRisk'), health('AT_RISK'), 'summary-at-risk'),
    card(t('overdue'), health('OVERDUE'), 'summary-overdue'),
    partsCard(
      nt('figureIndicators'),
      nt('figureIndicatorsValue', {
        count: ind.total,
        onTrack: ind.onTrack,
        offTrack: ind.offTrack,
        achieved: ind.achieved,
        noData: ind.noData,
      }),
      'summary-indicators',
    ),
  );
}

/** Why a searched record was found: "matched in: title · log note", and the first excerpt. */
function matchesOf(r: RecommendationRow): Node[] {
  const matches = r.searchMatches ?? [];
  if (!matches.length) return [];
  const fields = [...new Set(matches.map((m) => matchFieldName(m.field)))].join(' · ');
  return [
    h(
      'span',
      { class: 'search-matches', 'data-testid': 'search-matches' },
      `${t('matchedIn')} ${fields}`,
      h('q', { class: 'search-excerpt' }, matches[0].excerpt),
    ),
  ];
}

function row(r: RecommendationRow): HTMLTableRowElement {
  const [title, other] = lang() === 'zh' ? [r.titleZh, r.titleEn] : [r.titleEn, r.titleZh];
  const owners = r.owners.map((o) => h('span', { class: 'owner', title: ownerKindName(o.kind) }, o.name));
  const href = hashOf({ view: 'detail', code: r.code, asOf: filters.asOf });
  // data-label: on a narrow screen each cell shows its column's name (admin.css), so no value is bare.
  const cell = (label: Parameters<typeof t>[0], attrs: Record<string, string> | null, ...content: (Node | string)[]) =>
    h('td', { ...attrs, 'data-label': t(label) }, ...content);
  return h(
    'tr',
    { 'data-code': r.code },
    cell('code', { class: 'code' }, h('a', { href }, r.code)),
    cell(
      'recommendation',
      { class: 'title' },
      h('a', { href, lang: lang() === 'zh' ? 'zh-CN' : 'en' }, title),
      h('span', { class: 'secondary-text', lang: lang() === 'zh' ? 'en' : 'zh-CN' }, other),
      ...matchesOf(r),
    ),
    cell('status', null, statusChip(r.status)),
    cell('progress', null, progressBar(r.progress)),
    cell('health', null, healthOf(r)),
    cell(
      'owners',
      { class: 'owners' },
      ...(owners.length ? owners.flatMap((o, i) => (i ? [lang() === 'zh' ? '、' : ', ', o] : [o])) : [t('noOwners')]),
    ),
    cell('targetDate', { class: `date${r.health === 'OVERDUE' ? ' overdue' : ''}` }, r.targetDate ?? t('notSet')),
  );
}

function table(rows: RecommendationRow[]): HTMLTableElement {
  const cols = [t('code'), t('recommendation'), t('status'), t('progress'), t('health'), t('owners'), t('targetDate')];
  const el = headedTable(
    { id: 'catalog-table', 'data-testid': 'catalog-table', class: 'catalog' },
    { caption: t('catalogCaption'), headings: cols },
  );
  const groupHead = (cls: string, text: string, extra?: string) =>
    h(
      'tr',
      { class: cls },
      h('th', { colspan: cols.length, scope: 'rowgroup' }, text, extra ? h('span', { class: 'count' }, extra) : null),
    );
  // Sorted by anything but code, the list is one run in that order; by code, it is grouped by pillar and theme.
  if (filters.sort && rows.length) {
    el.append(h('tbody', { class: 'sorted', 'data-sort': filters.sort }, rows.map(row)));
    return el;
  }
  const known = new Set(app.themes.map((th) => th.code));
  for (const pillar of pillarOrder(app.themes)) {
    const themes: { code: string; name: string }[] = app.themes
      .filter((th) => th.pillar === pillar)
      .map((th) => ({ code: th.code, name: pick(th.nameZh, th.nameEn) }));
    const orphans = [
      ...new Set(rows.filter((r) => r.pillar === pillar && !known.has(r.theme.code)).map((r) => r.theme.code)),
    ];
    themes.push(...orphans.map((code) => ({ code, name: code })));
    const groups = themes
      .map((th) => ({ ...th, rows: rows.filter((r) => r.theme.code === th.code) }))
      .filter((g) => g.rows.length);
    if (!groups.length) continue;
    el.append(
      h('tbody', { class: 'pillar-group', 'data-pillar': pillar }, groupHead('pillar-head', pillarName(pillar))),
    );
    for (const g of groups) {
      el.append(
        h(
          'tbody',
          { class: 'theme-group', 'data-theme': g.code },
          groupHead('theme-head', g.name, String(g.rows.length)),
          g.rows.map(row),
        ),
      );
    }
  }
  if (!rows.length)
    el.append(h('tbody', null, h('tr', null, h('td', { colspan: cols.length, class: 'empty' }, t('noMatch')))));
  return el;
}

export function catalogView(query: CatalogQuery): View {
  filters = { ...query };
  const root = h('section', { class: 'view catalog-view', 'aria-labelledby': 'view-title' });
  const status = h('p', { id: 'catalog-status', class: 'muted', role: 'status' });
  const alert = h('div', { id: 'catalog-error', class: 'alert', role: 'alert' });
  // data-state: "ready" once the answer to the latest change is shown (tests wait for it, never for a time).
  const results = h('div', { class: 'results', id: 'catalog-results', 'aria-live': 'off', 'data-state': 'loading' });
  let data: Data | null = null;
  let controller: AbortController | null = null;
  let timer: number | undefined;
  let typing = false;

  const clearButton = () =>
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        id: 'empty-clear',
        onclick: () => root.querySelector<HTMLElement>('#clear-filters')?.click(),
      },
      t('clearFilters'),
    );

  const renderResults = () => {
    if (!data) return fill(results);
    fill(status, t('showing', { count: data.rows.length, total: data.totalCount }));
    if (!data.rows.length) {
      fill(results, emptyState('catalog-empty', t('noMatch'), t('noMatchNext'), clearButton()));
      return;
    }
    const apiSeries = data.summary?.timeSeries ?? [];
    const series = filters.asOf ? seriesAsOf(apiSeries, data.rows, filters.asOf) : apiSeries;
    const anyMonth = series.some((m) => m.counts.some((c) => c.count > 0));
    // Content first: the figures and the table right under the filters, the charts after them in a section
    // that opens on request (its state the account's preference, or this browser's: preferences.ts).
    const charts = h(
      'details',
      {
        class: 'charts-section',
        id: 'catalog-charts',
        open: chartsOpen(),
        ontoggle: () => rememberChartsOpen(charts.open),
      },
      h('summary', null, t('chartsTitle')),
      h(
        'div',
        { class: 'charts' },
        h(
          'figure',
          { class: 'chart' },
          h('figcaption', null, t('statusByTheme'), h('small', null, t('statusByThemeNote'))),
          themeStatusChart(app.themes, data.rows, themeStatsFromRows(data.rows)),
        ),
        h(
          'figure',
          { class: 'chart' },
          h('figcaption', null, filters.asOf ? t('monthlyUntil', { date: filters.asOf }) : t('monthly')),
          anyMonth ? monthlyChart(series) : emptyState('monthly-empty', t('monthlyEmpty'), t('monthlyEmptyNext')),
        ),
      ),
      legend(),
    );
    fill(results, cards(cardsFromRows(data.rows, data.totalCount)), table(data.rows), charts);
  };

  const load = async () => {
    controller?.abort();
    const mine = (controller = new AbortController());
    results.setAttribute('aria-busy', 'true');
    fill(status, t('loading'));
    try {
      data = await fetchCatalog(request(), mine.signal);
      fill(alert);
      renderResults();
      results.dataset.state = 'ready';
    } catch (error) {
      if (isAbort(error)) return;
      const e = asApiError(error);
      fill(status);
      fill(alert, errorContent(t('loadFailed', { message: e.message }), e.code));
      results.dataset.state = 'error';
    } finally {
      if (controller === mine) results.removeAttribute('aria-busy');
    }
  };

  // Typing rewrites one history entry; any other change (or the first keystroke) makes a new one.
  const onChange = (debounce: boolean) => {
    recordRoute({ view: 'catalog', query: filters }, debounce && typing);
    typing = debounce;
    results.dataset.state = 'loading';
    window.clearTimeout(timer);
    if (debounce) timer = window.setTimeout(load, 300);
    else void load();
  };

  const setAsOf = (asOf: string) => {
    if (asOf === filters.asOf) return;
    filters.asOf = asOf;
    onChange(false);
    render();
  };

  const render = () => {
    document.title = `${t('navCatalog')} · ${t('appTitle')}`;
    const past = asOfControl('asof-input', filters.asOf, setAsOf);
    fill(
      root,
      h(
        'h1',
        { id: 'view-title', tabindex: '-1' },
        filters.asOf ? t('catalogAsOf', { date: filters.asOf }) : t('navCatalog'),
      ),
      past.banner,
      filterForm(onChange, past.field),
      status,
      alert,
      results,
    );
    renderResults();
  };

  const destroy = () => {
    window.clearTimeout(timer);
    controller?.abort();
  };
  const view = startView({ root, render, load, destroy });
  // Signed in (or out): the charts section follows the account's preference without a reload.
  view.meChanged = () => {
    const section = root.querySelector<HTMLDetailsElement>('#catalog-charts');
    if (section) section.open = chartsOpen();
  };
  return view;
}
