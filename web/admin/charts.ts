// Two charts with no library: status counts by theme as CSS bars, and the monthly status series as an
// inline SVG of stacked columns. Both describe themselves in text for screen readers.
import { h, svg } from './dom';
import { formatMonth, pick, statusName, t } from './i18n';
import type { RecommendationStatus as Status } from './__generated__/operations';
import type { RecommendationRow, Summary, Theme } from './api';
import { STATUSES } from './enumValues';

export const legend = () =>
  h(
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    STATUSES.map((s) => h('li', null, h('span', { class: `swatch status-${s}` }), statusName(s))),
  );

const describeCounts = (counts: Partial<Record<Status, number>>) =>
  STATUSES.filter((s) => counts[s])
    .map((s) => `${statusName(s)} ${counts[s]}`)
    .join(', ') || '0';

/** One stacked bar per theme (themes with no listed recommendation are left out). */
export function themeStatusChart(
  themes: Theme[],
  rows: Pick<RecommendationRow, 'theme' | 'status'>[],
  byTheme: Summary['byTheme'] = [],
): HTMLElement {
  const counts = new Map<string, Partial<Record<Status, number>>>();
  for (const row of rows) {
    const c = counts.get(row.theme.code) ?? {};
    c[row.status] = (c[row.status] ?? 0) + 1;
    counts.set(row.theme.code, c);
  }
  const totals = [...counts.values()].map((c) => Object.values(c).reduce((a, b) => a + (b ?? 0), 0));
  const max = Math.max(1, ...totals);
  const stats = new Map(byTheme.map((s) => [s.theme.code, s]));
  const list = h('ul', { class: 'bar-chart', 'data-testid': 'theme-chart' });
  for (const theme of themes) {
    const c = counts.get(theme.code);
    if (!c) continue;
    const name = pick(theme.nameZh, theme.nameEn);
    const total = Object.values(c).reduce((a, b) => a + (b ?? 0), 0);
    const track = h('span', { class: 'bar-track', 'aria-hidden': 'true' });
    for (const status of STATUSES) {
      const n = c[status];
      if (!n) continue;
      const seg = h('span', { class: `seg status-${status}`, title: `${statusName(status)}: ${n}` });
      seg.style.width = `${(n / max) * 100}%`;
      track.append(seg);
    }
    const s = stats.get(theme.code);
    list.append(
      h(
        'li',
        { class: 'bar-row', 'data-theme': theme.code },
        h(
          'span',
          { class: 'bar-label' },
          name,
          s
            ? h(
                'small',
                null,
                t('themeStats', { implemented: s.implemented, total: s.total, avg: Math.round(s.averageProgress) }),
              )
            : null,
        ),
        track,
        h('span', { class: 'bar-value', 'aria-hidden': 'true' }, total),
        h('span', { class: 'visually-hidden' }, t('chartSummary', { name, counts: describeCounts(c) })),
      ),
    );
  }
  return list;
}

/** A tick step of 1, 2 or 5 × 10^k giving about four whole-number intervals. */
function tickStep(max: number): number {
  const raw = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
}

/** Stacked columns, one per month, status counts at the end of that month. */
export function monthlyChart(series: Summary['timeSeries']): SVGSVGElement {
  const W = 640,
    H = 230,
    left = 34,
    right = 8,
    top = 10,
    bottom = 36;
  const innerW = W - left - right,
    innerH = H - top - bottom;
  const totals = series.map((m) => m.counts.reduce((a, c) => a + c.count, 0));
  const step = tickStep(Math.max(1, ...totals));
  const yMax = step * Math.max(1, Math.ceil(Math.max(1, ...totals) / step));
  const y = (v: number) => top + innerH - (v / yMax) * innerH;
  const slot = innerW / Math.max(1, series.length);
  const last = series[series.length - 1];
  const desc = last
    ? `${formatMonth(last.month)}: ${describeCounts(Object.fromEntries(last.counts.map((c) => [c.status, c.count])))}`
    : t('noMatch');
  const chart = svg(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      class: 'monthly-chart',
      role: 'img',
      'aria-labelledby': 'monthly-title monthly-desc',
      'data-testid': 'monthly-chart',
    },
    svg('title', { id: 'monthly-title' }, t('monthly')),
    svg('desc', { id: 'monthly-desc' }, desc),
  );
  for (let v = 0; v <= yMax; v += step) {
    chart.append(
      svg('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'grid' }),
      svg('text', { x: left - 6, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, v),
    );
  }
  series.forEach((month, i) => {
    const x = left + i * slot + slot * 0.15;
    let base = 0;
    for (const status of STATUSES) {
      const n = month.counts.find((c) => c.status === status)?.count ?? 0;
      if (!n) continue;
      chart.append(
        svg(
          'rect',
          {
            x,
            width: slot * 0.7,
            y: y(base + n),
            height: y(base) - y(base + n),
            class: `status-${status}`,
            'data-month': month.month,
            'data-status': status,
            'data-count': n,
          },
          svg('title', null, `${formatMonth(month.month)} · ${statusName(status)}: ${n}`),
        ),
      );
      base += n;
    }
    // The month under every column; the year under the first column and every January.
    const [label, year] = formatMonth(month.month, true);
    chart.append(svg('text', { x: x + slot * 0.35, y: H - 14, class: 'axis', 'text-anchor': 'middle' }, label));
    if (i === 0 || month.month.endsWith('-01'))
      chart.append(svg('text', { x: x + slot * 0.35, y: H - 1, class: 'axis year', 'text-anchor': 'middle' }, year));
  });
  return chart;
}
