// What an empty catalog, chart or panel says instead of showing nothing: what happened and what to do next.
import { h } from './dom';

export function emptyState(id: string, title: string, next: string, action?: HTMLElement): HTMLElement {
  return h(
    'div',
    { class: 'empty-state', id, 'data-testid': id },
    h('p', { class: 'empty-title' }, title),
    h('p', { class: 'muted' }, next),
    action ?? null,
  );
}
