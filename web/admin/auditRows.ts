// One audit entry as a table row: when, who (and their role, in words), what happened as a sentence (the
// server's summaryEn/summaryZh, made from the operation table's labels) with a link to the record, and each
// value that changed, before and after, under its field's name in the current language. Fields with no name
// here (raw ids such as updateId) and nested values are left out: the API's auditLog keeps them all.
import { roleName } from './accountText';
import type { AuditEntry } from './auditApi';
import { formatInstant } from './dates';
import { h } from './dom';
import { lang, statusName, t } from './i18n';
import type { RecommendationStatus } from './__generated__/operations';
import { hashOf } from './urlState';

const MIDNIGHT_UTC = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const STATUSES = new Set(['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'IMPLEMENTED', 'ABANDONED']);

/** The recorded fields a reader is shown, with their names in each language. */
const FIELDS: Record<string, { en: string; zh: string }> = {
  status: { en: 'Status', zh: '状态' },
  progress: { en: 'Progress', zh: '进度' },
  note: { en: 'Note', zh: '说明' },
  reason: { en: 'Reason', zh: '理由' },
  occurredOn: { en: 'Date', zh: '日期' },
  evidenceUrls: { en: 'Evidence', zh: '证据' },
  targetDate: { en: 'Target date', zh: '目标日期' },
  owners: { en: 'Owners', zh: '负责单位' },
  titleZh: { en: 'Chinese title', zh: '中文标题' },
  titleEn: { en: 'English title', zh: '英文标题' },
  summaryZh: { en: 'Chinese summary', zh: '中文摘要' },
  summaryEn: { en: 'English summary', zh: '英文摘要' },
  quote: { en: 'Quote', zh: '原文引述' },
  archived: { en: 'Archived', zh: '已归档' },
  role: { en: 'Role', zh: '角色' },
  name: { en: 'Name', zh: '名称' },
  nameZh: { en: 'Chinese name', zh: '中文名称' },
  nameEn: { en: 'English name', zh: '英文名称' },
  visibility: { en: 'Visibility', zh: '可见范围' },
};

/** A recorded value in the console's style, or null when it is not one a reader can read (a nested record). */
function show(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return lang() === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    const parts = value.map(show);
    return parts.every((p): p is string => p !== null) ? parts.join(lang() === 'zh' ? '、' : ', ') || '—' : null;
  }
  if (typeof value !== 'string') return null;
  if (STATUSES.has(value)) return statusName(value as RecommendationStatus);
  const day = MIDNIGHT_UTC.exec(value);
  if (day) return day[1];
  return INSTANT.test(value) ? formatInstant(value) : value;
}

/** The named fields whose values differ between before and after, each as [name, before, after]. */
function changes(before: unknown, after: unknown): [string, string, string][] {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const rows: [string, string, string][] = [];
  // In the order the write recorded them; only the fields a reader has a name for.
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (!(key in FIELDS)) continue;
    const [was, is] = [show(b[key]), show(a[key])];
    if (was === null || is === null || was === is) continue;
    rows.push([FIELDS[key][lang()], was, is]);
  }
  return rows;
}

/** The sentence, with the record's code as a link to its page. */
function sentence(e: AuditEntry): (HTMLElement | string)[] {
  const text = lang() === 'zh' ? e.summaryZh : e.summaryEn;
  const at = text.indexOf(e.targetId);
  if (e.targetType !== 'Recommendation' || at < 0) return [text];
  const link = h('a', { href: hashOf({ view: 'detail', code: e.targetId, asOf: '' }) }, e.targetId);
  return [text.slice(0, at), link, text.slice(at + e.targetId.length)];
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
      e.actorRole
        ? h('small', null, lang() === 'zh' ? `（${roleName(e.actorRole)}）` : ` (${roleName(e.actorRole)})`)
        : null,
    ),
    h('td', { 'data-label': t('auditWhat'), class: 'audit-summary' }, sentence(e)),
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
