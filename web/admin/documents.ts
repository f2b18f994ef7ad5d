// The Documents page (#/documents): every policy document with its kind, language, measures (live top-level
// records) and the candidates still to decide, each linked to its page (documentPage.ts). Anyone signed in or not
// reads it; admins, the only ones the API lets add a document, get the form that adds one (documentForm.ts).
import { asApiError } from './api';
import { fill, h } from './dom';
import { documentForm } from './documentForm';
import { documentHash } from './documentPage';
import { dt, kindName, languageName } from './documentText';
import { fetchDocuments, type DocumentRow } from './documentsApi';
import { emptyState } from './emptyState';
import { lang } from './i18n';
import { app, type View } from './state';
import { headedTable, startView } from './viewParts';

function documentRow(d: DocumentRow): HTMLElement {
  const pending = d.coverage.candidates - d.coverage.decided;
  const zh = lang() === 'zh';
  return h(
    'tr',
    { 'data-slug': d.slug },
    h(
      'th',
      { scope: 'row' },
      h(
        'a',
        { href: documentHash(d.slug), class: 'document-link', lang: zh ? 'zh-CN' : 'en' },
        zh ? d.titleZh : d.titleEn,
      ),
      h('br'),
      h('span', { class: 'secondary-text', lang: zh ? 'en' : 'zh-CN' }, zh ? d.titleEn : d.titleZh),
    ),
    h('td', { 'data-label': dt('colKind') }, kindName(d.kind)),
    h('td', { 'data-label': dt('colLanguage') }, languageName(d.language)),
    h('td', { 'data-label': dt('colMeasures'), class: 'num', 'data-measures': d.coverage.records }, d.coverage.records),
    h('td', { 'data-label': dt('colPending'), class: 'num', 'data-pending': pending }, pending),
  );
}

export function documentsView(): View {
  const root = h('section', { class: 'documents', 'aria-labelledby': 'view-title' });
  const notice = h('p', { id: 'documents-status', role: 'status', class: 'success' });
  const alert = h('div', { id: 'documents-error', class: 'alert', role: 'alert' });
  let rows: DocumentRow[] | null = null;

  function render() {
    const heading = h('h1', { id: 'view-title', tabindex: '-1' }, dt('documentsTitle'));
    const table =
      rows === null
        ? null
        : rows.length
          ? headedTable(
              { id: 'documents-table', class: 'account-table documents-table' },
              {
                caption: dt('documentsTitle'),
                headings: [dt('colTitle'), dt('colKind'), dt('colLanguage'), dt('colMeasures'), dt('colPending')],
              },
              h('tbody', null, rows.map(documentRow)),
            )
          : emptyState('documents-empty', dt('empty'), dt('emptyNext'));
    const isAdmin = app.me?.role === 'ADMIN';
    fill(
      root,
      heading,
      h('p', { class: 'muted' }, dt('documentsIntro')),
      notice,
      alert,
      table,
      isAdmin
        ? documentForm((_slug, message) => {
            notice.textContent = message;
            void load();
          })
        : app.me === undefined
          ? null
          : h('p', { id: 'documents-admins-only', class: 'muted' }, dt('adminsOnlyAdd')),
    );
  }

  async function load() {
    try {
      rows = await fetchDocuments();
      alert.textContent = '';
    } catch (error) {
      alert.textContent = dt('loadFailed', { message: asApiError(error).message });
    }
    render();
  }

  return startView({ root, render, load, destroy: () => {}, perAccount: true });
}
