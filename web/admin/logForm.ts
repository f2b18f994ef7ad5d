// The "log progress" form of a recommendation page. It sends logProgress with the version it read as
// expectedVersion and shows the server's refusals (errors[0].message and extensions.code) verbatim.
import { ApiError, asApiError, logProgress, type LogProgressInput, type RecommendationDetail } from './api';
import { dateInput, isIsoDate } from './dates';
import { fill, h, today } from './dom';
import { needsOf, problemsOf } from './formRules';
import { statusName, t } from './i18n';
import { app } from './state';
import { rv } from './reviewText';
import type { RecommendationStatus as Status } from './__generated__/operations';
import { errorContent } from './widgets';

type Message = { kind: 'error'; error: ApiError } | { kind: 'saved' } | { kind: 'proposed' } | null;

export interface LogForm {
  el: HTMLElement;
  /** Redraws the labels in the current language, keeping what was typed. */
  relabel(): void;
  /** Follows a reloaded recommendation: allowed statuses, current progress. */
  update(): void;
}

const HINTS: Record<string, Parameters<typeof t>[0]> = {
  UNAUTHENTICATED: 'hintUnauthenticated',
  FORBIDDEN: 'hintForbidden',
  CONFLICT: 'hintConflict',
};

export function createLogForm(rec: () => RecommendationDetail, reload: () => Promise<void>): LogForm {
  const el = h('section', { class: 'log-section', 'aria-labelledby': 'log-title' });
  let message: Message = null;
  let fields = build();

  function build() {
    const note = h('textarea', {
      id: 'note-input',
      'data-testid': 'note-input',
      name: 'note',
      rows: 4,
      required: true,
      maxlength: 10000,
    });
    const status = h('select', { id: 'status-select', 'data-testid': 'status-select', name: 'status' });
    const progress = h('input', {
      id: 'progress-input',
      'data-testid': 'progress-input',
      name: 'progress',
      type: 'number',
      min: 0,
      max: 100,
      step: 1,
      inputmode: 'numeric',
      'aria-describedby': 'progress-hint',
    });
    const evidence = h('textarea', {
      id: 'evidence-input',
      'data-testid': 'evidence-input',
      name: 'evidenceUrls',
      rows: 3,
      spellcheck: 'false',
      'aria-describedby': 'evidence-hint',
    });
    const occurred = dateInput({
      id: 'occurred-input',
      'data-testid': 'occurred-input',
      name: 'occurredOn',
      value: today(),
      'aria-describedby': 'occurred-hint',
    });
    const reason = h('input', { id: 'reason-input', 'data-testid': 'reason-input', name: 'reason', type: 'text' });
    // Not for publication: signed-in users read the note and its evidence, everyone else sees only the change.
    const internal = h('input', { id: 'internal-input', name: 'visibility', type: 'checkbox' });
    const internalField = h(
      'div',
      { class: 'field field-check' },
      internal,
      h('label', { for: 'internal-input' }, t('internalField')),
      h('small', { id: 'internal-hint', class: 'hint' }, t('internalHint')),
    );
    internal.setAttribute('aria-describedby', 'internal-hint');
    const reasonField = h(
      'div',
      { class: 'field', id: 'reason-field' },
      h('label', { for: 'reason-input' }, t('reason')),
      reason,
    );
    const submit = h('button', { type: 'submit', id: 'submit-log', 'data-testid': 'submit-log' }, t('submit'));
    const error = h('div', { id: 'form-error', 'data-testid': 'form-error', class: 'alert', role: 'alert' });
    const ok = h('p', { id: 'form-status', 'data-testid': 'form-status', class: 'success', role: 'status' });
    const who = h('p', { class: 'form-hint', id: 'form-hint' });
    const progressHint = h('small', { id: 'progress-hint', class: 'hint' });
    const evidenceLabel = h('label', { for: 'evidence-input' }, t('evidenceField'));
    const evidenceHint = h('small', { id: 'evidence-hint', class: 'hint' }, t('evidenceHint'));
    const field = (id: string, label: string | HTMLElement, control: HTMLElement, hint?: HTMLElement) =>
      h(
        'div',
        { class: 'field' },
        typeof label === 'string' ? h('label', { for: id }, label) : label,
        control,
        hint ?? null,
      );
    const form = h(
      'form',
      { id: 'log-form', 'data-testid': 'log-form', novalidate: true, 'aria-labelledby': 'log-title' },
      who,
      field('note-input', t('note'), note),
      h(
        'div',
        { class: 'field-row' },
        field('status-select', t('newStatus'), status),
        field('progress-input', t('progressField'), progress, progressHint),
      ),
      reasonField,
      field('evidence-input', evidenceLabel, evidence, evidenceHint),
      field(
        'occurred-input',
        t('occurredOn'),
        occurred,
        h('small', { id: 'occurred-hint', class: 'hint' }, t('dateHint')),
      ),
      internalField,
      h('div', { class: 'actions' }, submit),
      error,
      ok,
    );
    status.addEventListener('change', () => markNeeds());
    // "Entry saved" is about the entry sent: typing the next one clears it (an error stays until the next send).
    form.addEventListener('input', () => {
      if (message?.kind !== 'saved' && message?.kind !== 'proposed') return;
      message = null;
      showMessage();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void send();
    });
    fill(el, h('h2', { id: 'log-title' }, t('logProgress')), form);
    return {
      form,
      note,
      status,
      progress,
      evidence,
      occurred,
      reason,
      reasonField,
      internal,
      submit,
      error,
      ok,
      who,
      progressHint,
      evidenceLabel,
      evidenceHint,
    };
  }

  /** Marks what the chosen status needs: a reason to abandon; progress 100 and a link to implement. */
  function markNeeds() {
    const needs = needsOf(rec(), fields.status.value as Status | '');
    fields.reasonField.hidden = !needs.reason;
    fields.reason.required = needs.reason;
    fields.evidence.required = needs.evidence;
    fields.evidence.setAttribute('aria-required', String(needs.evidence));
    fill(
      fields.evidenceLabel,
      t('evidenceField'),
      needs.evidence ? h('span', { class: 'required' }, ` (${t('required')})`) : null,
    );
    fill(fields.evidenceHint, needs.evidence ? t('evidenceRequiredHint') : t('evidenceHint'));
    fill(
      fields.progressHint,
      needs.progress100 ? t('progress100Hint') : t('progressHint', { progress: rec().progress }),
    );
    if (needs.progress100 && fields.progress.value.trim() === '') fields.progress.value = '100';
  }

  function update(chosen = fields.status.value) {
    const r = rec();
    fill(
      fields.status,
      h('option', { value: '' }, t('unchanged')),
      r.allowedNextStatuses.map((s) =>
        h(
          'option',
          { value: s },
          r.statusesNeedingReview.includes(s) ? rv('needsReview', { status: statusName(s) }) : statusName(s),
        ),
      ),
    );
    fields.status.value = r.allowedNextStatuses.includes(chosen as Status) ? chosen : '';
    fields.progress.placeholder = String(r.progress);
    markNeeds();
    const role = app.me === null ? t('formAnonymous') : app.me?.role === 'VIEWER' ? t('formViewer') : '';
    const pending = r.openProposal
      ? rv('awaitingReview', { status: statusName(r.openProposal.status), name: r.openProposal.proposer })
      : '';
    fill(fields.who, [role, pending].filter(Boolean).join(' '));
    fields.who.hidden = !role && !pending;
    showMessage();
  }

  function showMessage() {
    fill(fields.error);
    fill(fields.ok);
    if (message?.kind === 'saved') fill(fields.ok, t('saved'));
    if (message?.kind === 'proposed') fill(fields.ok, rv('sentForReview'));
    if (message?.kind !== 'error') return;
    const { error } = message;
    const hintKey = HINTS[error.code];
    fill(fields.error, errorContent(error.message, error.code, hintKey ? t(hintKey) : undefined));
    if (error.code === 'CONFLICT') {
      fields.error.append(
        h(
          'button',
          { type: 'button', id: 'reload-recommendation', class: 'secondary', onclick: () => void reloadKeepingDraft() },
          t('reload'),
        ),
      );
    }
  }

  async function reloadKeepingDraft() {
    message = null;
    await reload();
  }

  function input(): LogProgressInput {
    const r = rec();
    const value: LogProgressInput = { code: r.code, note: fields.note.value, expectedVersion: r.version };
    if (fields.status.value) value.status = fields.status.value as Status;
    if (fields.progress.value.trim() !== '') value.progress = Number(fields.progress.value);
    if (fields.occurred.value) value.occurredOn = fields.occurred.value;
    const urls = fields.evidence.value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (urls.length) value.evidenceUrls = urls;
    if (value.status === 'ABANDONED' && fields.reason.value.trim()) value.reason = fields.reason.value.trim();
    if (fields.internal.checked) value.visibility = 'INTERNAL';
    return value;
  }

  /** Refuses, before sending, what the server would refuse anyway, and puts the focus on the field to fix. */
  function checkLocally(value: LogProgressInput): boolean {
    const problem = problemsOf(rec(), value, isIsoDate);
    for (const control of [fields.note, fields.progress, fields.evidence, fields.occurred, fields.reason])
      control.removeAttribute('aria-invalid');
    if (!problem) return true;
    const control = {
      note: fields.note,
      progress: fields.progress,
      evidenceUrls: fields.evidence,
      occurredOn: fields.occurred,
      reason: fields.reason,
    }[problem.field];
    control.setAttribute('aria-invalid', 'true');
    message = { kind: 'error', error: new ApiError(t(problem.message), 'BAD_USER_INPUT') };
    showMessage();
    control.focus();
    return false;
  }

  async function send() {
    if (fields.submit.disabled) return;
    if (!checkLocally(input())) return;
    fields.submit.disabled = true;
    fields.form.setAttribute('aria-busy', 'true');
    fill(fields.submit, t('saving'));
    try {
      const { logProgress: logged } = await logProgress(input());
      message = logged.proposal ? { kind: 'proposed' } : { kind: 'saved' };
      for (const control of [fields.note, fields.progress, fields.evidence, fields.reason]) control.value = '';
      fields.status.value = '';
      fields.internal.checked = false;
      fields.occurred.value = today();
      await reload();
    } catch (error) {
      message = { kind: 'error', error: asApiError(error) };
    } finally {
      fields.submit.disabled = false;
      fields.form.removeAttribute('aria-busy');
      fill(fields.submit, t('submit'));
      update();
    }
  }

  function relabel() {
    const keep = {
      note: fields.note.value,
      status: fields.status.value,
      progress: fields.progress.value,
      evidence: fields.evidence.value,
      occurred: fields.occurred.value,
      reason: fields.reason.value,
      internal: fields.internal.checked,
    };
    fields = build();
    Object.assign(fields.note, { value: keep.note });
    Object.assign(fields.progress, { value: keep.progress });
    Object.assign(fields.evidence, { value: keep.evidence });
    Object.assign(fields.occurred, { value: keep.occurred });
    Object.assign(fields.reason, { value: keep.reason });
    fields.internal.checked = keep.internal;
    update(keep.status);
  }

  return { el, relabel, update: () => update() };
}
