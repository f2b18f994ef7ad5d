// An indicator as an inline SVG line chart (no script, no request), with its text equivalent beside it: a
// table of the same values, which the chart names through aria-describedby.
import { html, type Html } from './html';
import type { PublicIndicator } from '../../domain/publicSite/measurePage';
import { formatDate, named, t, type Lang } from './words';

const W = 480;
const H = 160;
const PAD = 28;

interface Point {
  date: Date;
  value: number;
}

function scale(points: Point[]) {
  const xs = points.map((p) => p.date.getTime());
  const ys = points.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys, 0), Math.max(...ys)];
  const x = (d: Date) => PAD + ((d.getTime() - x0) / (x1 - x0 || 1)) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - ((v - y0) / (y1 - y0 || 1)) * (H - 2 * PAD);
  return { x, y, y0, y1 };
}

const polyline = (points: Point[], s: ReturnType<typeof scale>) =>
  points.map((p) => `${s.x(p.date).toFixed(1)},${s.y(p.value).toFixed(1)}`).join(' ');

export function indicatorChart(lang: Lang, p: PublicIndicator, id: string): Html {
  const ind = p.indicator;
  const plan: Point[] = [
    { date: ind.baseline.date, value: ind.baseline.value },
    ...ind.targets.map((tg) => ({ date: tg.dueDate, value: tg.value })),
  ];
  const actual: Point[] = p.values.map((v) => ({ date: v.periodEnd, value: v.value }));
  const s = scale([...plan, ...actual]);
  const name = named(lang, ind.nameZh, ind.nameEn);
  return html`<svg
    viewBox="0 0 ${W} ${H}"
    width="${W}"
    height="${H}"
    role="img"
    aria-labelledby="${id}-t"
    aria-describedby="${id}-d"
  >
    <title id="${id}-t">${t(lang, 'chartOf')} ${name}</title>
    <line x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}" stroke="#8c959f" />
    <text x="2" y="${PAD}" font-size="11" fill="#57606a">${String(s.y1)}</text>
    <text x="2" y="${H - PAD}" font-size="11" fill="#57606a">${String(s.y0)}</text>
    <polyline points="${polyline(plan, s)}" fill="none" stroke="#8c959f" stroke-dasharray="4 3" />
    ${actual.length ? html`<polyline points="${polyline(actual, s)}" fill="none" stroke="#0b5cad" stroke-width="2" />` : ''}
    ${actual.map((a) => html`<circle cx="${s.x(a.date).toFixed(1)}" cy="${s.y(a.value).toFixed(1)}" r="3" fill="#0b5cad" />`)}
  </svg>`;
}

/** The chart's text equivalent: baseline, targets and values as a table. */
export function indicatorTable(lang: Lang, p: PublicIndicator, id: string): Html {
  const ind = p.indicator;
  const rows = [
    html`<tr>
      <th scope="row">${t(lang, 'baseline')}</th>
      <td>${formatDate(ind.baseline.date)}</td>
      <td>${String(ind.baseline.value)}</td>
    </tr>`,
    ...ind.targets.map(
      (tg) =>
        html`<tr>
          <th scope="row">${t(lang, 'target')}</th>
          <td>${formatDate(tg.dueDate)}</td>
          <td>${String(tg.value)}</td>
        </tr>`,
    ),
    ...p.values.map(
      (v) =>
        html`<tr>
          <th scope="row">${t(lang, 'value')}</th>
          <td>${formatDate(v.periodEnd)}</td>
          <td>${String(v.value)}</td>
        </tr>`,
    ),
  ];
  return html`<table id="${id}-d">
    <caption>
      ${named(lang, ind.nameZh, ind.nameEn)} (${ind.unit})
    </caption>
    <thead>
      <tr>
        <th scope="col">${t(lang, 'kind')}</th>
        <th scope="col">${t(lang, 'period')}</th>
        <th scope="col">${t(lang, 'value')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}
