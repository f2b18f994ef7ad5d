// A document's page (#/documents/<slug or global id>?show=all): its titles and coverage ("31 of 34 candidates
// decided; 28 records"), what is known of it (kind, language, publisher, date, address, revisions), its themes,
// its measures (links to #/r/<code>), and its curation queue (curationQueue.ts). The queue's filter is in the
// address, so that a copied link opens the same view.
import { asApiError } from './api';
import { curationQueue, type QueueActions } from './curationQueue';
import { fill, h, safeLink } from './dom';
import { dt, kindName, languageName } from './documentText';
import { fetchDocument, type DocumentMeasure, type DocumentPage } from './documentsApi';
import { emptyState } from './emptyState';
import { formatInstant, lang, pick, t } from './i18n';
import { app, type View } from './state';
import { hashOf, recordRoute } from './urlState';
import { startView } from './viewParts';
import { statusChip } from './widgets';

export const documentHash = (slug: string): string => hashOf({ view: 'document', slug, show: '' });

function about(doc: DocumentPage): HTMLElement {
  const item = (label: string, value: Node | string | null | undefined) =>
    h('div', null, h('dt', null, label), h('dd', null, value || dt('unknown')));
  const pending = doc.pendingRevision;
  return h(
    'section',
    { 'aria-labelledby': 'about-title' },
    h('h2', { id: 'about-title' }, dt('aboutTitle')),
    h(
      'dl',
      { class: 'meta', id: 'document-meta' },
      item(dt('colKind'), kindName(doc.kind)),
      item(dt('colLanguage'), languageName(doc.language)),
      item(dt('publisher'), doc.publisher),
      item(dt('author'), doc.author),
      item(dt('publishedOn'), doc.publishedOn),
      item(dt('address'), doc.url ? safeLink(doc.url) : null),
      item(dt('format'), doc.mediaType),
      item(
        dt('revisions'),
        h(
          'span',
          { id: 'document-revisions' },
          dt('revisionCount', { n: doc.revision }),
          ' ',
          pending
            ? dt('pendingRevision', { date: formatInstant(pending.createdAt), count: pending.brokenQuotes.length })
            : dt('noPendingRevision'),
        ),
      ),
    ),
  );
}

function themesAndMeasures(doc: DocumentPage, measures: DocumentMeasure[]): HTMLElement[] {
  return [
    h(
      'section',
      { 'aria-labelledby': 'themes-title' },
      h('h2', { id: 'themes-title' }, dt('themesTitle')),
      doc.themes.length
        ? h(
            'ul',
            { id: 'document-themes' },
            doc.themes.map((th) =>
              h(
                'li',
                { 'data-theme': th.code },
                pick(th.nameZh, th.nameEn),
                ' ',
                h(
                  'span',
                  { class: 'muted' },
                  `(${th.code}) · ${th.recommendationCount === 1 ? dt('themeOneRecord') : dt('themeRecords', { count: th.recommendationCount })}`,
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, dt('noThemes')),
    ),
    h(
      'section',
      { 'aria-labelledby': 'measures-title' },
      h('h2', { id: 'measures-title' }, dt('measuresTitle')),
      measures.length
        ? h(
            'ul',
            { id: 'document-measures', class: 'document-measures' },
            measures.map((m) =>
              h(
                'li',
                { 'data-code': m.code },
                h('a', { href: `#/r/${encodeURIComponent(m.code)}`, class: 'code' }, m.code),
                ' ',
                pick(m.titleZh, m.titleEn),
                ' ',
                statusChip(m.status, {}),
              ),
            ),
          )
        : h('p', { id: 'no-measures', class: 'muted' }, dt('noMeasures')),
    ),
  ];
}

export function documentView(slug: string, initialShow: string): View {
  const root = h('section', { class: 'document', 'aria-labelledby': 'view-title' });
  const notice = h('p', { id: 'document-status', role: 'status', class: 'success' });
  const alert = h('div', { id: 'document-error', class: 'alert', role: 'alert' });
  let data: { document: DocumentPage; measures: DocumentMeasure[] } | null | undefined;
  let show = initialShow === 'all' ? 'all' : '';

  const act: QueueActions = {
    run(work, done) {
      alert.textContent = '';
      notice.textContent = '';
      work()
        .then(async () => {
          await load();
          if (data) notice.textContent = done(data.document);
          // The form that was used is gone with the redraw: the queue's heading takes the focus, not the page.
          root.querySelector<HTMLElement>('#queue-title')?.focus();
        })
        .catch((error) => {
          alert.textContent = dt('actionFailed', { message: asApiError(error).message });
          render();
        });
    },
    refuse(message, at) {
      notice.textContent = '';
      alert.textContent = message;
      at.setAttribute('aria-invalid', 'true');
      at.focus();
    },
  };

  function render() {
    const back = h('a', { href: hashOf({ view: 'documents' }), class: 'back' }, '← ', dt('backToDocuments'));
    const nav = h('nav', { 'aria-label': t('breadcrumb') }, back);
    if (data === undefined) return fill(root, nav, h('h1', { id: 'view-title', tabindex: '-1' }, t('loading')), alert);
    if (data === null)
      return fill(
        root,
        nav,
        h('h1', { id: 'view-title', tabindex: '-1' }, dt('notFound')),
        alert,
        emptyState('document-missing', dt('notFound'), dt('notFoundNext')),
      );
    const { document: doc, measures } = data;
    const zh = lang() === 'zh';
    const { coverage } = doc;
    fill(
      root,
      nav,
      h('h1', { id: 'view-title', tabindex: '-1', lang: zh ? 'zh-CN' : 'en' }, zh ? doc.titleZh : doc.titleEn),
      h('p', { class: 'subtitle', lang: zh ? 'en' : 'zh-CN' }, zh ? doc.titleEn : doc.titleZh),
      h(
        'p',
        { id: 'document-coverage', 'data-candidates': coverage.candidates },
        dt(coverage.records === 1 ? 'coverageOneRecord' : 'coverage', { ...coverage }),
      ),
      notice,
      alert,
      about(doc),
      themesAndMeasures(doc, measures),
      curationQueue(
        doc,
        {
          mayCurate: app.me?.role === 'ADMIN',
          show,
          setShow(next) {
            show = next === 'all' ? 'all' : '';
            recordRoute({ view: 'document', slug, show });
            render();
            root.querySelector<HTMLElement>('#queue-show')?.focus();
          },
        },
        act,
      ),
    );
  }

  async function load() {
    try {
      data = await fetchDocument(slug);
    } catch (error) {
      alert.textContent = dt('loadFailed', { message: asApiError(error).message });
    }
    render();
  }

  return startView({ root, render, load, destroy: () => {}, perAccount: true });
}
