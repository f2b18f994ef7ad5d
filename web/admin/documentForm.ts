// The form that adds a document on #/documents (admins): titles, kind, publisher, date, address, language, and
// the content pasted as text, Markdown or HTML, or a PDF or DOCX sent first to POST /documents/upload.
import type { DocumentKind } from './__generated__/operations';
import { asApiError } from './api';
import { dateInput } from './dates';
import { h } from './dom';
import { dt, kindName } from './documentText';
import { addDocument, uploadDocumentFile, type AddDocumentInput } from './documentsApi';
import { pick } from './i18n';

const KINDS: DocumentKind[] = ['ARTICLE', 'LAW', 'REGULATION', 'PLAN', 'SPEECH', 'OTHER'];
const FORMATS = [
  ['text/plain', 'formatText'],
  ['text/markdown', 'formatMarkdown'],
  ['text/html', 'formatHtml'],
  ['file', 'formatFile'],
] as const;

const field = (input: HTMLElement, id: string, text: string, hint?: string) =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, text),
    hint ? h('span', { id: `${id}-hint`, class: 'hint' }, hint) : null,
    input,
  );

/** The form; `added(slug, message)` runs once the server stored the document. */
export function documentForm(added: (slug: string, message: string) => void): HTMLElement {
  const input = (id: string, attrs: Record<string, string | number> = {}) =>
    h('input', { id, name: id, type: 'text', ...attrs });
  const titleZh = input('doc-title-zh', { lang: 'zh-CN', maxlength: 300 });
  const titleEn = input('doc-title-en', { lang: 'en', maxlength: 300 });
  const slug = input('doc-slug', { maxlength: 80 });
  const kind = h(
    'select',
    { id: 'doc-kind' },
    KINDS.map((k) => h('option', { value: k }, kindName(k))),
  );
  const publisher = input('doc-publisher', { maxlength: 300 });
  const publishedOn = dateInput({ id: 'doc-published-on' });
  const url = input('doc-url', { type: 'url', maxlength: 2000 });
  const language = h(
    'select',
    { id: 'doc-language' },
    h('option', { value: '' }, dt('languageGuess')),
    h('option', { value: 'zh' }, '中文 (zh)'),
    h('option', { value: 'en' }, 'English (en)'),
  );
  const format = h(
    'select',
    { id: 'doc-format' },
    FORMATS.map(([v, k]) => h('option', { value: v }, dt(k))),
  );
  const content = h('textarea', { id: 'doc-content', rows: 10, 'aria-describedby': 'doc-content-hint' });
  const file = h('input', { id: 'doc-file', type: 'file', accept: '.pdf,.docx,application/pdf' });
  const contentField = field(content, 'doc-content', dt('contentField'), dt('contentHint'));
  const fileField = field(file, 'doc-file', dt('fileField'));
  const status = h('p', { id: 'doc-add-status', role: 'status' });
  const alert = h('div', { id: 'doc-add-error', class: 'alert', role: 'alert' });
  const submit = h('button', { type: 'submit', id: 'doc-add' }, dt('addButton'));
  const showFormat = () => {
    contentField.hidden = format.value === 'file';
    fileField.hidden = format.value !== 'file';
  };
  format.addEventListener('change', showFormat);
  // A field being fixed is no longer marked, and the refusal that marked it goes.
  const fixed = (event: Event) => {
    const target = event.target as HTMLElement;
    if (!target.hasAttribute('aria-invalid')) return;
    target.removeAttribute('aria-invalid');
    alert.textContent = '';
  };
  showFormat();

  const refuse = (message: string, at: HTMLElement) => {
    at.setAttribute('aria-invalid', 'true');
    at.focus();
    status.textContent = '';
    alert.textContent = message;
  };

  async function send(base: AddDocumentInput) {
    const chosen = file.files?.[0];
    const body: AddDocumentInput =
      format.value === 'file' && chosen
        ? { ...base, uploadId: await uploadDocumentFile(chosen) }
        : { ...base, content: content.value, mediaType: format.value };
    return addDocument(body);
  }

  const form = h(
    'form',
    { id: 'add-document', class: 'document-form', 'aria-labelledby': 'add-document-title', novalidate: true },
    h('h2', { id: 'add-document-title' }, dt('addTitle')),
    h(
      'div',
      { class: 'document-fields' },
      field(titleZh, 'doc-title-zh', dt('titleZhField')),
      field(titleEn, 'doc-title-en', dt('titleEnField')),
      field(slug, 'doc-slug', dt('slugField')),
      field(kind, 'doc-kind', dt('kindField')),
      field(publisher, 'doc-publisher', dt('publisherField')),
      field(publishedOn, 'doc-published-on', dt('publishedOnField')),
      field(url, 'doc-url', dt('urlField')),
      field(language, 'doc-language', dt('languageField')),
      field(format, 'doc-format', dt('formatField')),
    ),
    contentField,
    fileField,
    alert,
    status,
    submit,
  );
  form.addEventListener('input', fixed);
  form.addEventListener('change', fixed);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    if (!titleZh.value.trim()) return refuse(dt('needTitles'), titleZh);
    if (!titleEn.value.trim()) return refuse(dt('needTitles'), titleEn);
    if (format.value === 'file' && !file.files?.length) return refuse(dt('needFile'), file);
    if (format.value !== 'file' && !content.value.trim()) return refuse(dt('needContent'), content);
    const optional = (el: HTMLInputElement | HTMLSelectElement) => el.value.trim() || null;
    const base: AddDocumentInput = {
      titleZh: titleZh.value.trim(),
      titleEn: titleEn.value.trim(),
      slug: optional(slug),
      kind: kind.value as DocumentKind,
      publisher: optional(publisher),
      publishedOn: optional(publishedOn),
      url: optional(url),
      language: optional(language),
    };
    alert.textContent = '';
    status.textContent = dt('adding');
    submit.disabled = true;
    send(base)
      .then((doc) => added(doc.slug, dt('added', { title: pick(base.titleZh, base.titleEn) })))
      .catch((error) => {
        status.textContent = '';
        alert.textContent = dt('addFailed', { message: asApiError(error).message });
      })
      .finally(() => (submit.disabled = false));
  });
  return form;
}
