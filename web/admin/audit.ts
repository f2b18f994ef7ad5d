// The audit view (#/audit), for admins: who did what, when, and each changed value before and after, with
// filters on the target and paging both ways. Its query is in the URL like every other view's.
import { asApiError, isAbort } from './api';
import { fetchAuditPage, type AuditPage } from './auditApi';
import { entryRow } from './auditRows';
import { fill, h } from './dom';
import { emptyState } from './emptyState';
import { lang, t } from './i18n';
import { app, type View } from './state';
import { hashOf, recordRoute, type AuditQuery } from './urlState';
import { drawIfAllowed, headedTable, startView } from './viewParts';
import { errorContent } from './widgets';

/** The kinds of target the audit trail records (src/domain/operations.ts TargetType), named in each language. */
const TARGET_TYPES: Record<string, { en: string; zh: string }> = {
  Recommendation: { en: 'Recommendation', zh: '建议' },
  SourceDocument: { en: 'Document', zh: '文件' },
  Theme: { en: 'Theme', zh: '主题' },
  Owner: { en: 'Institution', zh: '机构' },
  User: { en: 'User', zh: '用户' },
  Webhook: { en: 'Webhook', zh: '推送地址' },
  Spreadsheet: { en: 'Spreadsheet', zh: '表格' },
};

export function auditView(initial: AuditQuery): View {
  let query = { ...initial };
  const root = h('section', { class: 'view audit-view', 'aria-labelledby': 'view-title' });
  const status = h('p', { id: 'audit-status', class: 'muted', role: 'status' });
  const alert = h('div', { id: 'audit-error', class: 'alert', role: 'alert' });
  const results = h('div', { class: 'results' });
  let page: AuditPage | null = null;
  let controller: AbortController | null = null;

  const go = (next: AuditQuery) => {
    query = next;
    recordRoute({ view: 'audit', query });
    void load();
  };

  const pager = () => {
    if (!page) return null;
    const { hasPreviousPage, hasNextPage, startCursor, endCursor } = page.pageInfo;
    const link = (id: string, label: string, enabled: boolean, next: AuditQuery) =>
      h(
        'a',
        {
          id,
          href: hashOf({ view: 'audit', query: next }),
          class: 'button secondary',
          'aria-disabled': String(!enabled),
          hidden: !enabled,
          onclick: (e: Event) => {
            e.preventDefault();
            go(next);
          },
        },
        label,
      );
    return h(
      'nav',
      { class: 'pager', 'aria-label': t('auditPaging') },
      link('audit-newer', t('auditNewer'), hasPreviousPage && Boolean(startCursor), {
        ...query,
        after: '',
        before: startCursor ?? '',
      }),
      link('audit-older', t('auditOlder'), hasNextPage && Boolean(endCursor), {
        ...query,
        before: '',
        after: endCursor ?? '',
      }),
    );
  };

  const renderResults = () => {
    if (!page) return fill(results);
    fill(status, t('auditShowing', { count: page.edges.length, total: page.totalCount }));
    if (!page.edges.length) return fill(results, emptyState('audit-empty', t('auditEmpty'), t('auditEmptyNext')));
    fill(
      results,
      headedTable(
        { id: 'audit-table', 'data-testid': 'audit-table', class: 'audit' },
        {
          caption: t('auditTitle'),
          headings: [t('auditWhen'), t('auditWho'), t('auditWhat'), t('auditChange')],
        },
        h(
          'tbody',
          null,
          page.edges.map((edge) => entryRow(edge.node)),
        ),
      ),
      pager(),
    );
  };

  const load = async () => {
    if (app.me?.role !== 'ADMIN') return;
    controller?.abort();
    const mine = (controller = new AbortController());
    fill(status, t('loading'));
    try {
      page = await fetchAuditPage(query, mine.signal);
      fill(alert);
      renderResults();
    } catch (error) {
      if (isAbort(error)) return;
      const e = asApiError(error);
      fill(status);
      fill(alert, errorContent(t('loadFailed', { message: e.message }), e.code));
    }
  };

  const filtersForm = () => {
    const type = h(
      'select',
      { id: 'audit-type', name: 'type' },
      h('option', { value: '' }, t('all')),
      Object.entries(TARGET_TYPES).map(([v, name]) => h('option', { value: v }, name[lang()])),
    );
    type.value = query.type;
    const target = h('input', {
      id: 'audit-target',
      name: 'id',
      type: 'search',
      value: query.id,
      autocomplete: 'off',
      placeholder: 'GOV-SANDBOX-01',
    });
    const form = h(
      'form',
      {
        class: 'filters',
        role: 'search',
        'aria-label': t('filters'),
        onsubmit: (e: Event) => {
          e.preventDefault();
          go({ ...query, id: target.value.trim(), after: '', before: '' });
        },
      },
      h('label', { class: 'field', for: 'audit-type' }, h('span', null, t('auditTargetType')), type),
      h('label', { class: 'field', for: 'audit-target' }, h('span', null, t('auditTargetId')), target),
      h('button', { type: 'submit', id: 'audit-apply' }, t('auditApply')),
    );
    type.addEventListener('change', () => go({ ...query, type: type.value, after: '', before: '' }));
    return form;
  };

  function render() {
    document.title = `${t('auditTitle')} · ${t('appTitle')}`;
    const heading = h('h1', { id: 'view-title', tabindex: '-1' }, t('auditTitle'));
    // Shown to anyone else who opens the link: the view itself is absent from their navigation.
    const notice = { id: 'audit-forbidden', title: t('auditAdminsOnly'), next: t('auditAdminsOnlyNext') };
    if (!drawIfAllowed(root, heading, app.me?.role === 'ADMIN', notice)) return;
    fill(root, heading, filtersForm(), status, alert, results);
    renderResults();
  }

  return startView({ root, render, load, destroy: () => controller?.abort(), perAccount: true });
}
