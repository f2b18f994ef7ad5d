// The catalog: filters and search (sent to the API as `filter`), summary figures, two charts, and the
// recommendations as one table grouped by pillar, then theme.
import { ApiError, fetchCatalog, isAbort } from './api';
import { legend, monthlyChart, themeStatusChart } from './charts';
import { fill, h, today } from './dom';
import { healthName, lang, ownerKindName, pick, pillarName, statusName, t } from './i18n';
import { app, type View } from './state';
import {
  HEALTHS,
  PILLARS,
  STATUSES,
  type Pillar,
  type RecommendationFilter,
  type RecommendationRow,
  type Summary,
  type Theme,
} from './types';
import { errorContent, healthBadge, progressBar, statusChip } from './widgets';

/** Kept across visits, so returning from a recommendation finds the same list. */
const filters = { search: '', status: '', theme: '', pillar: '', health: '' };

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

function lastTwelveMonths() {
  const now = new Date();
  const start = new Date(now.getFullYear(), now.getMonth() - 11, 1);
  return { from: `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-01`, to: today() };
}

function select(
  id: string,
  label: string,
  key: keyof typeof filters,
  options: (HTMLOptionElement | HTMLOptGroupElement)[],
) {
  const el = h('select', { id, name: key, 'data-testid': id }, h('option', { value: '' }, t('all')), options);
  el.value = filters[key];
  return h('label', { class: 'field', for: id }, h('span', null, label), el);
}

const option = (value: string, label: string) => h('option', { value }, label);

function pillarOrder(themes: Theme[]): Pillar[] {
  const seen = [...new Set(themes.map((th) => th.pillar))];
  return [...seen, ...PILLARS.filter((p) => !seen.includes(p))];
}

function filterForm(onChange: (debounce: boolean) => void): HTMLFormElement {
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
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('filters'), onsubmit: (e: Event) => e.preventDefault() },
    h('label', { class: 'field field-search', for: 'search-input' }, h('span', null, t('search')), search),
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
    h('button', { type: 'button', id: 'clear-filters', class: 'secondary' }, t('clearFilters')),
  );
  form.addEventListener('input', (e) => {
    if ((e as InputEvent).isComposing) return; // mid-IME (pinyin): wait for the composed characters
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    if (!(target.name in filters)) return;
    filters[target.name as keyof typeof filters] = target.value;
    onChange(target === search);
  });
  form.querySelector('#clear-filters')!.addEventListener('click', () => {
    Object.assign(filters, { search: '', status: '', theme: '', pillar: '', health: '' });
    form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select').forEach((el) => (el.value = ''));
    onChange(false);
  });
  return form;
}

function cards(summary: Summary): HTMLElement {
  const health = (key: string) => summary.byHealth.find((x) => x.health === key)?.count ?? 0;
  const card = (label: string, value: string | number, id: string) =>
    h('div', { class: 'card' }, h('dt', null, label), h('dd', { 'data-testid': id }, value));
  return h(
    'dl',
    { class: 'cards' },
    card(t('total'), summary.total, 'summary-total'),
    card(t('averageProgress'), `${Math.round(summary.averageProgress)}%`, 'summary-progress'),
    card(t('implemented'), summary.byStatus.find((x) => x.status === 'IMPLEMENTED')?.count ?? 0, 'summary-implemented'),
    card(t('atRisk'), health('AT_RISK'), 'summary-at-risk'),
    card(t('overdue'), health('OVERDUE'), 'summary-overdue'),
  );
}

function row(r: RecommendationRow): HTMLTableRowElement {
  const [title, other] = lang() === 'zh' ? [r.titleZh, r.titleEn] : [r.titleEn, r.titleZh];
  const owners = r.owners.map((o) => h('span', { class: 'owner', title: ownerKindName(o.kind) }, o.name));
  return h(
    'tr',
    { 'data-code': r.code },
    h('td', { class: 'code' }, h('a', { href: `#/r/${encodeURIComponent(r.code)}` }, r.code)),
    h(
      'td',
      { class: 'title' },
      h('a', { href: `#/r/${encodeURIComponent(r.code)}` }, title),
      h('span', { class: 'secondary-text', lang: lang() === 'zh' ? 'en' : 'zh-CN' }, other),
    ),
    h('td', null, statusChip(r.status)),
    h('td', null, progressBar(r.progress)),
    h('td', null, healthBadge(r.health)),
    h(
      'td',
      { class: 'owners' },
      owners.length ? owners.flatMap((o, i) => (i ? [lang() === 'zh' ? '、' : ', ', o] : [o])) : '—',
    ),
    h('td', { class: `date${r.health === 'OVERDUE' ? ' overdue' : ''}` }, r.targetDate ?? '—'),
  );
}

function table(rows: RecommendationRow[]): HTMLTableElement {
  const cols = [t('code'), t('recommendation'), t('status'), t('progress'), t('health'), t('owners'), t('targetDate')];
  const el = h(
    'table',
    { id: 'catalog-table', 'data-testid': 'catalog-table', class: 'catalog' },
    h('caption', { class: 'visually-hidden' }, t('catalogCaption')),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        cols.map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
  );
  const groupHead = (cls: string, text: string, extra?: string) =>
    h(
      'tr',
      { class: cls },
      h('th', { colspan: cols.length, scope: 'rowgroup' }, text, extra ? h('span', { class: 'count' }, extra) : null),
    );
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

export function catalogView(): View {
  const root = h('section', { class: 'view catalog-view', 'aria-labelledby': 'view-title' });
  const status = h('p', { id: 'catalog-status', class: 'muted', role: 'status' });
  const alert = h('div', { id: 'catalog-error', class: 'alert', role: 'alert' });
  const results = h('div', { class: 'results', 'aria-live': 'off' });
  let data: Data | null = null;
  let controller: AbortController | null = null;
  let timer: number | undefined;

  const renderResults = () => {
    if (!data) return fill(results);
    fill(status, t('showing', { count: data.rows.length, total: data.totalCount }));
    fill(
      results,
      data.summary ? cards(data.summary) : null,
      h(
        'div',
        { class: 'charts' },
        h(
          'figure',
          { class: 'chart' },
          h('figcaption', null, t('statusByTheme'), h('small', null, t('statusByThemeNote'))),
          themeStatusChart(app.themes, data.rows, data.summary?.byTheme),
        ),
        h(
          'figure',
          { class: 'chart' },
          h('figcaption', null, t('monthly')),
          monthlyChart(data.summary?.timeSeries ?? []),
        ),
      ),
      legend(),
      table(data.rows),
    );
  };

  const load = async () => {
    controller?.abort();
    const mine = (controller = new AbortController());
    results.setAttribute('aria-busy', 'true');
    fill(status, t('loading'));
    try {
      data = await fetchCatalog(toApiFilter(), lastTwelveMonths(), mine.signal);
      fill(alert);
      renderResults();
    } catch (error) {
      if (isAbort(error)) return;
      const e = error instanceof ApiError ? error : new ApiError(String(error), 'ERROR');
      fill(status);
      fill(alert, errorContent(t('loadFailed', { message: e.message }), e.code));
    } finally {
      if (controller === mine) results.removeAttribute('aria-busy');
    }
  };

  const onChange = (debounce: boolean) => {
    window.clearTimeout(timer);
    if (debounce) timer = window.setTimeout(load, 300);
    else void load();
  };

  const render = () => {
    document.title = `${t('navCatalog')} · ${t('appTitle')}`;
    fill(
      root,
      h('h1', { id: 'view-title', tabindex: '-1' }, t('navCatalog')),
      filterForm(onChange),
      status,
      alert,
      results,
    );
    renderResults();
  };

  render();
  void load();
  return {
    root,
    rerender: render,
    destroy: () => {
      window.clearTimeout(timer);
      controller?.abort();
    },
  };
}
