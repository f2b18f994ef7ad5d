// One audit entry as a table row: when, who (and their role), the operation, the target, and each value
// that changed, before and after, in the console's date style.
import type { AuditEntry } from './auditApi';
import { formatInstant } from './dates';
import { h } from './dom';
import { t } from './i18n';

const MIDNIGHT_UTC = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A recorded value in the console's style: days as YYYY-MM-DD, instants in local time, nothing as a dash. */
function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value !== 'string') return JSON.stringify(value);
  const day = MIDNIGHT_UTC.exec(value);
  if (day) return day[1];
  return INSTANT.test(value) ? formatInstant(value) : value;
}

/** The keys whose values differ between before and after, each as [key, before, after]. */
function changes(before: unknown, after: unknown): [string, string, string][] {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => show(b[k]) !== show(a[k])).map((k) => [k, show(b[k]), show(a[k])]);
}

export function entryRow(e: AuditEntry): HTMLTableRowElement {
  const diff = changes(e.before, e.after);
  return h(
    'tr',
    { 'data-id': e.id, 'data-operation': e.operation },
    h('td', { 'data-label': t('auditWhen') }, h('time', { datetime: e.createdAt }, formatInstant(e.createdAt))),
    h(
      'td',
      { 'data-label': t('auditWho'), class: 'audit-actor' },
      e.actor,
      e.actorRole ? h('small', null, ` (${e.actorRole})`) : null,
    ),
    h('td', { 'data-label': t('auditWhat'), class: 'audit-operation' }, h('code', null, e.operation)),
    h('td', { 'data-label': t('auditTarget'), class: 'audit-target' }, `${e.targetType} `, h('code', null, e.targetId)),
    h(
      'td',
      { 'data-label': t('auditChange'), class: 'audit-change' },
      diff.length
        ? h(
            'dl',
            { class: 'diff' },
            diff.map(([k, b, a]) =>
              h(
                'div',
                null,
                h('dt', null, k),
                h(
                  'dd',
                  null,
                  h('del', null, b),
                  h('span', { 'aria-hidden': 'true' }, ' → '),
                  h('span', { class: 'visually-hidden' }, ` ${t('changedTo')} `),
                  h('ins', null, a),
                ),
              ),
            ),
          )
        : t('auditNoChange'),
    ),
  );
}
