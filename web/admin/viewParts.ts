// What the console's data views (catalog, audit, review queue, report) build alike: a table with its column
// headings, the notice a view for some roles shows everyone else, and the start that draws a view, loads it and
// hands the router its controls.
import { fill, h, type Attrs, type Child } from './dom';
import { emptyState } from './emptyState';
import { t } from './i18n';
import { app, type View } from './state';

/** A table with one row of column headings; a `caption` names it for screen readers only. */
export function headedTable(
  attrs: Attrs,
  { caption, headings }: { caption?: string; headings: string[] },
  ...bodies: Child[]
): HTMLTableElement {
  return h(
    'table',
    attrs,
    caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        headings.map((heading) => h('th', { scope: 'col' }, heading)),
      ),
    ),
    ...bodies,
  );
}

/**
 * Fills `root` with the view's heading and, unless `allowed`, the notice in its place: "loading" while the
 * token's account is still unknown, then `notice` (what the view is and who may see it). Returns `allowed`.
 */
export function drawIfAllowed(
  root: HTMLElement,
  heading: HTMLElement,
  allowed: boolean,
  notice: { id: string; title: string; next: string },
): boolean {
  if (allowed) return true;
  fill(
    root,
    heading,
    app.me === undefined ? h('p', { class: 'muted' }, t('loading')) : emptyState(notice.id, notice.title, notice.next),
  );
  return false;
}

/**
 * Draws a view and starts its first load. `perAccount`: what it shows depends on who the token belongs to, so a
 * change of account draws and loads it again.
 */
export function startView(parts: {
  root: HTMLElement;
  render: () => void;
  load: () => Promise<void>;
  destroy: () => void;
  perAccount?: boolean;
}): View {
  const { root, render, load, destroy } = parts;
  render();
  void load();
  const view: View = { root, rerender: render, destroy };
  if (parts.perAccount)
    view.meChanged = () => {
      render();
      void load();
    };
  return view;
}
