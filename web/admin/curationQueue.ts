// A document's curation queue (on its page, documentPage.ts): the candidates the extraction proposed, each with
// its verbatim text, section, suggested title and theme, confidence and the rules' reason. An admin accepts one
// (a new record: the titles, summaries and theme the mutation needs are asked for, prefilled from the
// suggestion), merges it into an existing record by code, or rejects it with a reason; and runs the extraction
// again. Everyone else sees the queue read-only: the API lets only admins decide.
import { fill, h } from './dom';
import { candidateStateName, dt, extractionSentence } from './documentText';
import type { CandidateRow, DocumentPage } from './documentsApi';
import { acceptCandidate, extractCandidates, mergeCandidate, rejectCandidate } from './documentsApi';
import { emptyState } from './emptyState';
import { formatInstant, pick } from './i18n';

/** What the page does for the queue: run a write, then reload and say `done` (given the reloaded document). */
export interface QueueActions {
  run(work: () => Promise<unknown>, done: (doc: DocumentPage) => string, problem?: HTMLElement): void;
  refuse(message: string, at: HTMLElement): void;
}

export interface QueueOptions {
  mayCurate: boolean;
  /** 'all' shows every candidate; anything else the open ones. */
  show: string;
  setShow(show: 'open' | 'all'): void;
}

const field = (input: HTMLElement, id: string, text: string) =>
  h('div', { class: 'field' }, h('label', { for: id }, text), input);

function acceptForm(doc: DocumentPage, c: CandidateRow, n: number, act: QueueActions): HTMLElement {
  const id = (name: string) => `cand-${n}-${name}`;
  const text = (name: string, value = '', lang?: string) =>
    h('input', { id: id(name), type: 'text', value, ...(lang && { lang }) });
  const docIsEn = doc.language === 'en';
  const code = text('code');
  const titleZh = text('title-zh', docIsEn ? '' : c.suggestedTitle, 'zh-CN');
  const titleEn = text('title-en', docIsEn ? c.suggestedTitle : '', 'en');
  const summaryZh = h('textarea', { id: id('summary-zh'), rows: 2, lang: 'zh-CN' });
  const summaryEn = h('textarea', { id: id('summary-en'), rows: 2, lang: 'en' });
  const theme = h(
    'select',
    { id: id('theme') },
    h('option', { value: '' }, '—'),
    doc.themes.map((t) =>
      h(
        'option',
        { value: t.code, selected: t.code === c.suggestedTheme?.code },
        `${pick(t.nameZh, t.nameEn)} (${t.code})`,
      ),
    ),
  );
  const form = h(
    'form',
    { class: 'candidate-form accept-form', novalidate: true },
    h(
      'div',
      { class: 'document-fields' },
      field(titleZh, id('title-zh'), dt('acceptTitleZh')),
      field(titleEn, id('title-en'), dt('acceptTitleEn')),
      field(theme, id('theme'), dt('acceptTheme')),
      field(code, id('code'), dt('acceptCode')),
    ),
    field(summaryEn, id('summary-en'), dt('acceptSummaryEn')),
    field(summaryZh, id('summary-zh'), dt('acceptSummaryZh')),
    h('button', { type: 'submit', class: 'accept-candidate' }, dt('acceptButton')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const missing = [titleZh, titleEn, summaryEn, theme].find((el) => !el.value.trim());
    if (missing) return act.refuse(dt('needAccept'), missing);
    const input = {
      id: c.id,
      code: code.value.trim() || null,
      titleZh: titleZh.value.trim(),
      titleEn: titleEn.value.trim(),
      summaryZh: summaryZh.value.trim() || null,
      summaryEn: summaryEn.value.trim(),
      theme: theme.value,
    };
    let made = '';
    act.run(
      async () => (made = (await acceptCandidate(input)).recommendation?.code ?? ''),
      () => dt('acceptedNotice', { n, code: made }),
    );
  });
  return form;
}

/** A one-field form (merge: a record's code; reject: a reason) with its button. */
function oneFieldForm(
  n: number,
  kind: 'merge' | 'reject',
  act: QueueActions,
  send: (value: string) => { work: () => Promise<unknown>; done: () => string },
): HTMLElement {
  const id = `cand-${n}-${kind}-value`;
  const input =
    kind === 'merge'
      ? h('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false' })
      : h('textarea', { id, rows: 2 });
  const form = h(
    'form',
    { class: `candidate-form ${kind}-form`, novalidate: true },
    field(input, id, kind === 'merge' ? dt('mergeCode') : dt('rejectReason')),
    h(
      'button',
      { type: 'submit', class: `secondary ${kind}-candidate` },
      kind === 'merge' ? dt('mergeButton') : dt('rejectButton'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) return act.refuse(kind === 'merge' ? dt('needCode') : dt('needReason'), input);
    const { work, done } = send(value);
    act.run(work, done);
  });
  return form;
}

function decisionControls(doc: DocumentPage, c: CandidateRow, n: number, act: QueueActions): HTMLElement {
  const disclose = (summary: string, label: string, body: HTMLElement, cls: string) =>
    h('details', { class: `candidate-action ${cls}` }, h('summary', { 'aria-label': label }, summary), body);
  return h(
    'div',
    { class: 'candidate-actions' },
    disclose(dt('accept'), dt('acceptLabel', { n }), acceptForm(doc, c, n, act), 'accept'),
    disclose(
      dt('merge'),
      dt('mergeLabel', { n }),
      oneFieldForm(n, 'merge', act, (code) => ({
        work: () => mergeCandidate(c.id, code.toUpperCase()),
        done: () => dt('mergedNotice', { n, code: code.toUpperCase() }),
      })),
      'merge',
    ),
    disclose(
      dt('reject'),
      dt('rejectLabel', { n }),
      oneFieldForm(n, 'reject', act, (reason) => ({
        work: () => rejectCandidate(c.id, reason),
        done: () => dt('rejectedNotice', { n }),
      })),
      'reject',
    ),
  );
}

function decision(c: CandidateRow): HTMLElement | null {
  const record = c.recommendation;
  if (c.state === 'REJECTED')
    return h('p', { class: 'candidate-decision' }, dt('rejectedBecause', { reason: c.rejectionReason ?? '' }));
  if (!record) return null;
  return h(
    'p',
    { class: 'candidate-decision' },
    c.state === 'ACCEPTED' ? dt('acceptedAs') : dt('mergedInto'),
    ' ',
    h('a', { href: `#/r/${encodeURIComponent(record.code)}`, class: 'code' }, record.code),
    ' · ',
    pick(record.titleZh, record.titleEn),
  );
}

function candidateItem(doc: DocumentPage, c: CandidateRow, n: number, mayCurate: boolean, act: QueueActions) {
  const quoteLang = doc.language === 'en' ? 'en' : doc.language === 'zh' ? 'zh-CN' : doc.language;
  return h(
    'li',
    { class: 'candidate', 'data-candidate': c.id, 'data-state': c.state, 'aria-labelledby': `cand-${n}-title` },
    h(
      'h3',
      { id: `cand-${n}-title` },
      dt('candidateLabel', { n }),
      ' ',
      h('span', { class: `chip candidate-${c.state}` }, candidateStateName(c.state)),
    ),
    h('blockquote', { class: 'candidate-quote', lang: quoteLang }, c.quote),
    h(
      'p',
      { class: 'candidate-meta muted' },
      c.sectionHeading ? [dt('section', { heading: c.sectionHeading }), h('br')] : null,
      dt('suggestedTitle', { title: c.suggestedTitle }),
      h('br'),
      dt('confidence', { percent: Math.round(c.confidence * 100) }),
      h('br'),
      dt('reason'),
      ' ',
      h('span', { lang: 'en' }, c.reason),
    ),
    decision(c),
    mayCurate && c.state === 'OPEN' ? decisionControls(doc, c, n, act) : null,
  );
}

/** The queue's section: the extraction's state, the filter, the candidates (numbered in text order). */
export function curationQueue(doc: DocumentPage, options: QueueOptions, act: QueueActions): HTMLElement {
  const all = doc.candidates.edges.map((e) => e.node);
  const showAll = options.show === 'all';
  const shown = all.map((c, i) => ({ c, n: i + 1 })).filter(({ c }) => showAll || c.state === 'OPEN');
  const { extraction } = doc;
  const filter = h(
    'select',
    { id: 'queue-show' },
    h('option', { value: 'open', selected: !showAll }, dt('showOpen')),
    h('option', { value: 'all', selected: showAll }, dt('showAll')),
  );
  filter.addEventListener('change', () => options.setShow(filter.value === 'all' ? 'all' : 'open'));
  const run = h('button', { type: 'button', id: 'run-extraction', class: 'secondary' }, dt('runExtraction'));
  run.addEventListener('click', () => {
    run.disabled = true;
    fill(run, dt('runningExtraction'));
    act.run(
      () => extractCandidates(doc.id),
      (after) => {
        const open = after.coverage.candidates - after.coverage.decided;
        return open === 1 ? dt('extractedOne') : dt('extracted', { open });
      },
    );
  });
  const list = shown.length
    ? h(
        'ol',
        { class: 'candidates', id: 'candidates' },
        shown.map(({ c, n }) => candidateItem(doc, c, n, options.mayCurate, act)),
      )
    : all.length
      ? emptyState('queue-done', dt('noOpenCandidates'), dt('noOpenCandidatesNext'))
      : emptyState('queue-empty', dt('noCandidates'), dt('noCandidatesNext'));
  return h(
    'section',
    { class: 'curation-queue', 'aria-labelledby': 'queue-title' },
    h('h2', { id: 'queue-title', tabindex: '-1' }, dt('queueTitle')),
    h(
      'p',
      { id: 'extraction-state', 'data-state': extraction.state },
      extractionSentence(extraction.state, {
        date: formatInstant(extraction.extractedAt),
        failure: extraction.failure ?? '',
      }),
    ),
    options.mayCurate ? null : h('p', { id: 'queue-read-only', class: 'muted' }, dt('queueReadOnly')),
    h(
      'div',
      { class: 'field-row queue-bar' },
      h('div', { class: 'field' }, h('label', { for: 'queue-show' }, dt('showState')), filter),
      options.mayCurate ? run : null,
    ),
    list,
  );
}
