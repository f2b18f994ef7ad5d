// The audit view (#/audit), for admins: who did what, when, and each changed value before and after, with
// filters on the target and paging both ways. Its query is in the URL like every other view's.
import { ApiError, isAbort } from './api';
import { fetchAuditPage, type AuditPage } from './auditApi';
import { entryRow } from './auditRows';
import { fill, h } from './dom';
import { emptyState } from './emptyState';
import { t } from './i18n';
import { app, type View } from './state';
import { hashOf, recordRoute, type AuditQuery } from './urlState';
import { errorContent } from './widgets';

const TARGET_TYPES = ['Recommendation', 'SourceDocument', 'User'];

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
      h(
        'table',
        { id: 'audit-table', 'data-testid': 'audit-table', class: 'audit' },
        h('caption', { class: 'visually-hidden' }, t('auditTitle')),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ['auditWhen', 'auditWho', 'auditWhat', 'auditTarget', 'auditChange'].map((k) =>
              h('th', { scope: 'col' }, t(k as 'auditWhen')),
            ),
          ),
        ),
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
      const e = error instanceof ApiError ? error : new ApiError(String(error), 'ERROR');
      fill(status);
      fill(alert, errorContent(t('loadFailed', { message: e.message }), e.code));
    }
  };

  const filtersForm = () => {
    const type = h(
      'select',
      { id: 'audit-type', name: 'type' },
      h('option', { value: '' }, t('all')),
      TARGET_TYPES.map((v) => h('option', { value: v }, v)),
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
    if (app.me?.role !== 'ADMIN') {
      // Shown to anyone else who opens the link: the view itself is absent from their navigation.
      fill(
        root,
        h('h1', { id: 'view-title', tabindex: '-1' }, t('auditTitle')),
        app.me === undefined
          ? h('p', { class: 'muted' }, t('loading'))
          : emptyState('audit-forbidden', t('auditAdminsOnly'), t('auditAdminsOnlyNext')),
      );
      return;
    }
    fill(root, h('h1', { id: 'view-title', tabindex: '-1' }, t('auditTitle')), filtersForm(), status, alert, results);
    renderResults();
  }

  render();
  void load();
  return {
    root,
    rerender: render,
    meChanged: () => {
      render();
      void load();
    },
    destroy: () => controller?.abort(),
  };
}
