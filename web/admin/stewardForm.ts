// On a recommendation's page, for analysts and admins: its owners, picked from the list of institutions (the
// first is the lead), and its target date with the reason for the change. The date's history is shown beside
// it (targetHistory.ts). Every save passes the version read, so a concurrent edit is refused, not overwritten.
import {
  ApiError,
  fetchInstitutions,
  setOwners,
  setTargetDate,
  type Institution,
  type RecommendationDetail,
} from './api';
import { dateInput, isIsoDate } from './dates';
import { fill, h } from './dom';
import { pick, t } from './i18n';
import { app } from './state';
import { errorContent } from './widgets';

export interface StewardForm {
  el: HTMLElement;
  /** Redraws for the record now loaded (or hides itself: the past, or a caller who may not edit). */
  update(): void;
}

const label = (o: { name: string; nameZh?: string | null; nameEn?: string | null }) =>
  o.nameZh && o.nameEn ? pick(o.nameZh, o.nameEn) : o.name;

export function createStewardForm(rec: () => RecommendationDetail, reload: () => Promise<void>): StewardForm {
  const el = h('section', { class: 'log-section steward-section', 'aria-labelledby': 'steward-title' });
  let institutions: Institution[] = [];
  let chosen: { name: string; kind: Institution['kind'] }[] = [];
  const message = h('div', { id: 'steward-message', role: 'status' });

  const show = (error: unknown) =>
    error === null
      ? fill(message, h('p', { class: 'success' }, t('stewardSaved')))
      : fill(
          message,
          h(
            'div',
            { class: 'alert', role: 'alert' },
            errorContent(String((error as Error).message), (error as ApiError).code ?? 'ERROR'),
          ),
        );

  async function save(work: () => Promise<unknown>) {
    try {
      await work();
      show(null);
      await reload();
    } catch (error) {
      show(error);
    }
  }

  function ownersPart(): HTMLElement {
    const names = new Set(chosen.map((o) => o.name));
    const picker = h(
      'select',
      { id: 'owner-picker', 'data-testid': 'owner-picker' },
      h('option', { value: '' }, '—'),
      institutions.filter((o) => !names.has(o.name)).map((o) => h('option', { value: o.name }, label(o))),
    );
    const add = () => {
      const o = institutions.find((i) => i.name === picker.value);
      if (o) chosen = [...chosen, { name: o.name, kind: o.kind }];
      draw();
    };
    const list = h(
      'ol',
      { id: 'owner-choice', class: 'owner-list' },
      chosen.map((o, i) =>
        h(
          'li',
          null,
          label(institutions.find((x) => x.name === o.name) ?? o),
          ' ',
          h(
            'button',
            {
              type: 'button',
              'aria-label': t('removeOwner', { name: o.name }),
              onclick: () => ((chosen = chosen.filter((_, j) => j !== i)), draw()),
            },
            '×',
          ),
        ),
      ),
    );
    const submit = () => save(() => setOwners({ code: rec().code, expectedVersion: rec().version, owners: chosen }));
    return h(
      'div',
      { class: 'field' },
      h('p', null, t('ownersField')),
      list,
      h('label', { for: 'owner-picker' }, t('addOwner')),
      h(
        'div',
        { class: 'field-row' },
        picker,
        h('button', { type: 'button', id: 'add-owner', onclick: add }, t('addOwnerButton')),
      ),
      h(
        'button',
        { type: 'button', id: 'save-owners', 'data-testid': 'save-owners', onclick: () => void submit() },
        t('saveOwners'),
      ),
    );
  }

  function datePart(): HTMLElement {
    const date = dateInput({ id: 'target-input', 'data-testid': 'target-input', value: rec().targetDate ?? '' });
    const reason = h('input', { id: 'target-reason', 'data-testid': 'target-reason', type: 'text', maxlength: 2000 });
    const submit = () => {
      const value = date.value.trim();
      if (!reason.value.trim() || (value && !isIsoDate(value))) {
        const field = reason.value.trim() ? date : reason;
        field.setAttribute('aria-invalid', 'true');
        field.focus();
        return show(new ApiError(t(reason.value.trim() ? 'needDate' : 'reasonRequired'), 'BAD_USER_INPUT'));
      }
      return save(() =>
        setTargetDate({
          code: rec().code,
          expectedVersion: rec().version,
          targetDate: value || null,
          reason: reason.value.trim(),
        }),
      );
    };
    return h(
      'div',
      null,
      h('div', { class: 'field' }, h('label', { for: 'target-input' }, t('targetDateField')), date),
      h('div', { class: 'field' }, h('label', { for: 'target-reason' }, t('targetReason')), reason),
      h(
        'button',
        { type: 'button', id: 'save-target', 'data-testid': 'save-target', onclick: () => void submit() },
        t('saveTargetDate'),
      ),
    );
  }

  function draw() {
    const can = rec().viewerCan;
    fill(
      el,
      h('h2', { id: 'steward-title' }, t('stewardTitle')),
      can.setOwners ? ownersPart() : null,
      can.setTargetDate ? datePart() : null,
      message,
    );
  }

  async function update() {
    const r = rec();
    const can = r.viewerCan;
    el.hidden =
      Boolean(r.asOf) || r.archived || !app.me || app.me.role === 'VIEWER' || (!can.setOwners && !can.setTargetDate);
    if (el.hidden) return;
    chosen = r.owners.map((o) => ({ name: o.name, kind: o.kind }));
    try {
      institutions = await fetchInstitutions();
    } catch (error) {
      show(error);
    }
    draw();
  }

  return { el, update: () => void update() };
}
