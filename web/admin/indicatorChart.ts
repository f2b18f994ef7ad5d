// An indicator as an inline SVG, with no library: its recorded values (those that count) as points joined by a
// line, the trajectory from the baseline through each target as a dashed line with the targets marked, and its
// status in words. The drawing is hidden from screen readers, which read its text equivalent instead: a
// sentence for the whole and a table of the baseline, targets and values.
import { h, svg } from './dom';
import { pick } from './i18n';
import { nt } from './indicatorText';
import type { ConsoleIndicatorFragment } from './__generated__/operations';

export type IndicatorData = ConsoleIndicatorFragment;

const W = 480;
const H = 200;
const PAD = { left: 48, right: 16, top: 14, bottom: 30 };
const DAY = 86_400_000;

const time = (day: string) => Date.parse(`${day}T00:00:00Z`);
const num = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100));

/** The values that count (a corrected value gives way to its correction), earliest period first. */
const countingValues = (ind: IndicatorData) =>
  ind.values.edges
    .map((e) => e.node)
    .filter((v) => !v.corrected)
    .sort((a, b) => time(a.periodEnd) - time(b.periodEnd));

export const indicatorStatusChip = (ind: IndicatorData, id?: string) =>
  h(
    'span',
    { class: `chip indicator-status indicator-${ind.status}`, 'data-indicator-status': ind.status, ...(id && { id }) },
    nt('statusLabel', { status: nt(ind.status) }),
  );

function drawing(ind: IndicatorData): SVGSVGElement {
  const values = countingValues(ind);
  const trajectory = [
    { t: time(ind.baseline.date), v: ind.baseline.value },
    ...ind.targets.map((x) => ({ t: time(x.dueDate), v: x.value })),
  ];
  const points = values.map((v) => ({ t: time(v.periodEnd), v: v.value }));
  const all = [...trajectory, ...points];
  const t0 = Math.min(...all.map((p) => p.t));
  const t1 = Math.max(t0 + DAY, ...all.map((p) => p.t));
  let v0 = Math.min(...all.map((p) => p.v));
  let v1 = Math.max(...all.map((p) => p.v));
  if (v0 === v1) [v0, v1] = [v0 - 1, v1 + 1];
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((v - v0) / (v1 - v0)) * (H - PAD.top - PAD.bottom);
  const path = (ps: { t: number; v: number }[]) => ps.map((p) => `${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
  const axisY = H - PAD.bottom;
  return svg(
    'svg',
    {
      class: 'indicator-chart',
      viewBox: `0 0 ${W} ${H}`,
      width: '100%',
      'aria-hidden': 'true',
      focusable: 'false',
      'data-testid': 'indicator-chart',
    },
    svg('line', { class: 'axis', x1: PAD.left, x2: W - PAD.right, y1: axisY, y2: axisY }),
    svg('line', { class: 'axis', x1: PAD.left, x2: PAD.left, y1: PAD.top, y2: axisY }),
    [v0, v1].map((v) => svg('text', { class: 'tick', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, num(v))),
    [t0, t1].map((t, i) =>
      svg(
        'text',
        { class: 'tick', x: x(t), y: H - 10, 'text-anchor': i ? 'end' : 'start' },
        new Date(t).toISOString().slice(0, 10),
      ),
    ),
    svg('polyline', { class: 'trajectory', points: path(trajectory), fill: 'none' }),
    ind.targets.map((target) =>
      svg('circle', {
        class: 'target-point',
        cx: x(time(target.dueDate)),
        cy: y(target.value),
        r: 5,
        'data-value': target.value,
      }),
    ),
    points.length > 1 ? svg('polyline', { class: 'value-line', points: path(points), fill: 'none' }) : null,
    values.map((v) =>
      svg('circle', {
        class: 'value-point',
        cx: x(time(v.periodEnd)),
        cy: y(v.value),
        r: 4,
        'data-value': v.value,
        'data-period-end': v.periodEnd,
      }),
    ),
  );
}

/** What the drawing shows, as text: the baseline, each target and each value, in a table for screen readers. */
function textEquivalent(ind: IndicatorData, name: string): HTMLElement {
  const row = (kind: string, period: string, value: number) =>
    h('tr', null, h('td', null, kind), h('td', null, period), h('td', null, `${num(value)} ${ind.unit}`));
  return h(
    'table',
    { class: 'visually-hidden indicator-table' },
    h('caption', null, nt('tableCaption', { name })),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, nt('kind')),
        h('th', { scope: 'col' }, nt('period')),
        h('th', { scope: 'col' }, nt('value')),
      ),
    ),
    h(
      'tbody',
      null,
      row(nt('kindBaseline'), ind.baseline.date, ind.baseline.value),
      ind.targets.map((x) => row(nt('kindTarget'), x.dueDate, x.value)),
      countingValues(ind).map((v) => row(nt('kindValue'), `${v.periodStart} – ${v.periodEnd}`, v.value)),
    ),
  );
}

/** The chart as a figure: the drawing, its caption (status and a sentence) and its text equivalent. */
export function indicatorChart(ind: IndicatorData, idPrefix: string): HTMLElement {
  const name = pick(ind.nameZh, ind.nameEn);
  const count = countingValues(ind).length;
  const e = ind.statusExplanation;
  return h(
    'figure',
    { class: 'indicator-figure', 'aria-labelledby': `${idPrefix}-summary` },
    drawing(ind),
    h(
      'figcaption',
      null,
      h(
        'p',
        { id: `${idPrefix}-summary`, class: 'indicator-summary' },
        nt('chartLabel', { name, count, status: nt(ind.status) }),
      ),
      h(
        'p',
        { class: 'muted' },
        nt('baselineLine', {
          value: num(ind.baseline.value),
          unit: ind.unit,
          date: ind.baseline.date,
          source: ind.baseline.source,
        }),
        ' ',
        ind.targets.map((x) => [nt('targetLine', { value: num(x.value), unit: ind.unit, date: x.dueDate }), ' ']),
        e.expectedValue != null && e.latestPeriodEnd
          ? nt('expected', {
              date: e.latestPeriodEnd,
              expected: num(e.expectedValue),
              allowance: num(e.allowance ?? 0),
            })
          : nt('noValues'),
      ),
      textEquivalent(ind, name),
    ),
  );
}
