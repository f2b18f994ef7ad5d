// A recommendation's indicators on its page (issue 23): each as a chart (indicatorChart.ts) with its status, and,
// for today's record, a form that records a value with recordIndicatorValue. A value that meets a target goes to
// review: the form then says it was proposed. Refusals are shown as sentences: the server's own words for bad
// input, and ours for a sign-in, a role or a stale version.
import { type ApiError, asApiError, gql, type RecommendationDetail } from './api';
import { fill, h } from './dom';
import { pick } from './i18n';
import { indicatorChart, indicatorStatusChip, type IndicatorData } from './indicatorChart';
import { nt } from './indicatorText';
import { ConsoleRecordIndicatorValueDocument } from './__generated__/operations';

type Message = { kind: 'saved' | 'proposed' } | { kind: 'error'; text: string; field?: string } | null;
type Draft = Record<'start' | 'end' | 'value' | 'note' | 'evidence', string>;

export interface IndicatorSection {
  el: HTMLElement;
  /** Draws the record's indicators again (after a load, or in the other language), keeping what was typed. */
  update(rec: RecommendationDetail | null): void;
}

/** An error as a sentence: the server's message for bad input, ours for the rest; never a bare code. */
function sentenceOf(error: ApiError): string {
  if (error.code === 'UNAUTHENTICATED') return nt('signInToRecord');
  if (error.code === 'FORBIDDEN') return nt('notAllowed');
  if (error.code === 'CONFLICT') return nt('changedMeanwhile');
  if (error.code === 'NETWORK_ERROR') return nt('networkFailed');
  return nt('failed', { message: error.message });
}

export function createIndicatorSection(reload: () => Promise<void>): IndicatorSection {
  const el = h('section', { class: 'indicators', id: 'rec-indicators', 'aria-labelledby': 'indicators-title' });
  const drafts = new Map<string, Draft>();
  const messages = new Map<string, Message>();
  let rec: RecommendationDetail | null = null;

  function form(ind: IndicatorData, prefix: string): HTMLElement {
    const draft = drafts.get(ind.id) ?? { start: '', end: '', value: '', note: '', evidence: '' };
    const id = (name: string) => `${prefix}-${name}`;
    const start = h('input', {
      id: id('start'),
      name: 'periodStart',
      type: 'date',
      required: true,
      value: draft.start,
    });
    const end = h('input', { id: id('end'), name: 'periodEnd', type: 'date', required: true, value: draft.end });
    const bounds = ind.min != null || ind.max != null;
    const value = h('input', {
      id: id('value'),
      name: 'value',
      type: 'number',
      step: 'any',
      required: true,
      value: draft.value,
      ...(ind.min != null && { min: ind.min }),
      ...(ind.max != null && { max: ind.max }),
      ...(bounds && { 'aria-describedby': id('value-hint') }),
    });
    const note = h('textarea', { id: id('note'), name: 'note', rows: 2, maxlength: 10000 });
    note.value = draft.note;
    const evidence = h('textarea', { id: id('evidence'), name: 'evidenceUrls', rows: 2, spellcheck: 'false' });
    evidence.value = draft.evidence;
    const submit = h('button', { type: 'submit', class: 'record-value' }, nt('submit'));
    const error = h('div', { class: 'alert indicator-error', role: 'alert', id: id('error') });
    const ok = h('p', { class: 'success indicator-ok', role: 'status', id: id('status') });
    const controls: Record<string, HTMLInputElement | HTMLTextAreaElement> = {
      periodStart: start,
      periodEnd: end,
      value,
    };
    const message = messages.get(ind.id) ?? null;
    if (message?.kind === 'saved') fill(ok, nt('saved'));
    if (message?.kind === 'proposed') fill(ok, nt('proposed'));
    if (message?.kind === 'error') {
      fill(error, h('p', { class: 'error-message' }, message.text));
      if (message.field && controls[message.field]) controls[message.field].setAttribute('aria-invalid', 'true');
    }
    const field = (control: HTMLElement, label: string, hint?: HTMLElement | null) =>
      h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hint ?? null);
    const el = h(
      'form',
      { class: 'indicator-form', novalidate: true, 'aria-labelledby': id('form-title') },
      h('h4', { id: id('form-title') }, nt('recordTitle')),
      h('div', { class: 'field-row' }, field(start, nt('periodStart')), field(end, nt('periodEnd'))),
      field(
        value,
        nt('valueField', { unit: ind.unit }),
        bounds
          ? h(
              'small',
              { class: 'hint', id: id('value-hint') },
              nt('valueHint', { min: ind.min ?? '−∞', max: ind.max ?? '∞' }),
            )
          : null,
      ),
      field(note, nt('note')),
      field(evidence, nt('evidence')),
      h('div', { class: 'actions' }, submit),
      error,
      ok,
    );
    const read = (): Draft => ({
      start: start.value,
      end: end.value,
      value: value.value,
      note: note.value,
      evidence: evidence.value,
    });
    el.addEventListener('input', () => {
      drafts.set(ind.id, read());
      if (messages.get(ind.id)?.kind === 'saved' || messages.get(ind.id)?.kind === 'proposed') {
        messages.delete(ind.id);
        fill(ok);
      }
    });
    el.addEventListener('submit', (event) => {
      event.preventDefault();
      void send(ind, read(), submit, controls);
    });
    return el;
  }

  /** What the browser can tell before sending: the first problem, as a sentence and the field to fix. */
  function problem(d: Draft): { text: string; field: string } | null {
    if (!d.start) return { text: nt('needStart'), field: 'periodStart' };
    if (!d.end) return { text: nt('needEnd'), field: 'periodEnd' };
    if (d.end < d.start) return { text: nt('endBeforeStart'), field: 'periodEnd' };
    if (d.value.trim() === '' || !Number.isFinite(Number(d.value))) return { text: nt('needValue'), field: 'value' };
    return null;
  }

  async function send(
    ind: IndicatorData,
    d: Draft,
    submit: HTMLButtonElement,
    controls: Record<string, HTMLElement>,
  ): Promise<void> {
    if (submit.disabled) return;
    const local = problem(d);
    if (local) {
      messages.set(ind.id, { kind: 'error', ...local });
      render();
      el.querySelector<HTMLElement>(`#${controls[local.field].id}`)?.focus();
      return;
    }
    submit.disabled = true;
    fill(submit, nt('saving'));
    const evidenceUrls = d.evidence
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    try {
      const { recordIndicatorValue: done } = await gql(ConsoleRecordIndicatorValueDocument, {
        input: {
          indicatorId: ind.id,
          periodStart: d.start,
          periodEnd: d.end,
          value: Number(d.value),
          note: d.note.trim() || null,
          evidenceUrls,
          expectedVersion: ind.version,
        },
      });
      messages.set(ind.id, { kind: done.proposal ? 'proposed' : 'saved' });
      drafts.delete(ind.id);
      await reload();
    } catch (error) {
      const e = asApiError(error);
      messages.set(ind.id, { kind: 'error', text: sentenceOf(e), field: fieldOf(e) });
      // A stale version: the page loads the indicator as it is now, keeping what was typed.
      if (e.code === 'CONFLICT') await reload();
      else render();
    }
  }

  function render() {
    if (!rec || !rec.indicators.length) {
      el.hidden = true;
      return fill(el);
    }
    el.hidden = false;
    const editable = !rec.asOf && !rec.archived;
    fill(
      el,
      h('h2', { id: 'indicators-title' }, nt('indicatorsTitle')),
      rec.indicators.map((ind, i) => {
        const prefix = `indicator-${i + 1}`;
        const name = pick(ind.nameZh, ind.nameEn);
        return h(
          'article',
          {
            class: 'indicator',
            'data-indicator-id': ind.id,
            'data-code': ind.code ?? '',
            'aria-labelledby': `${prefix}-title`,
          },
          h(
            'h3',
            { id: `${prefix}-title` },
            name,
            ind.code ? h('small', { class: 'code' }, ` ${ind.code}`) : null,
            ' ',
            indicatorStatusChip(ind),
          ),
          indicatorChart(ind, prefix),
          editable ? form(ind, prefix) : null,
        );
      }),
    );
  }

  return {
    el,
    update(next) {
      rec = next;
      render();
    },
  };
}

/** The form field a refusal names (extensions.field, e.g. `input.value`), when it is one of the form's. */
const fieldOf = (e: ApiError) => /(?:^|\.)(periodStart|periodEnd|value)$/.exec(e.field ?? '')?.[1];
