// A recommendation's target-date revisions, oldest first as the API gives them: each change with its
// reason, who made it and when.
import { formatInstant } from './dates';
import { h } from './dom';
import { t } from './i18n';
import type { TargetDateRevision } from './api';

export function targetHistory(revisions: TargetDateRevision[]): HTMLElement[] {
  const title = h('h2', { id: 'target-history-title' }, t('targetHistory'));
  if (!revisions.length) return [title, h('p', { class: 'muted', id: 'target-history-empty' }, t('noTargetHistory'))];
  return [
    title,
    h(
      'ol',
      { id: 'target-history', 'data-testid': 'target-history', class: 'revisions' },
      revisions.map((r) =>
        h(
          'li',
          { class: 'revision' },
          h(
            'p',
            { class: 'revision-dates' },
            h('span', { class: 'date' }, r.previousDate ?? t('notSet')),
            h('span', { 'aria-hidden': 'true' }, ' → '),
            h('span', { class: 'visually-hidden' }, ` ${t('changedTo')} `),
            h('strong', { class: 'date' }, r.newDate ?? t('notSet')),
          ),
          h('p', { class: 'revision-reason' }, r.reason),
          h(
            'p',
            { class: 'muted revision-meta' },
            t('changedBy', { actor: r.actor, when: formatInstant(r.createdAt) }),
          ),
        ),
      ),
    ),
  ];
}
