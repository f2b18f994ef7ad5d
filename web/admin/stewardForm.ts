// On a recommendation's page, for analysts and admins: its owners, picked from the list of institutions (the
// first is the lead), and its target date with the reason for the change. The date's history is shown beside
// it (targetHistory.ts). Every save passes the version read, so a concurrent edit is refused, not overwritten.
import {
  ApiError,
  createOwner,
  fetchInstitutions,
  setOwners,
  setTargetDate,
  type Institution,
  type RecommendationDetail,
} from './api';
import { dateInput, isIsoDate } from './dates';
import { fill, h } from './dom';
import { pick, t } from './i18n';
import { ins } from './institutionText';
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

  /** The institution a typed text names: by any of its names or aliases, ignoring case and extra spaces. */
  const named = (text: string) => {
    const key = text.trim().replace(/\s+/g, ' ').toLowerCase();
    return institutions.find((o) =>
      [label(o), o.name, o.nameZh, o.nameEn, ...o.aliases].some((n) => n && n.toLowerCase() === key),
    );
  };
  const isAdmin = () => app.me?.role === 'ADMIN';
  // After a move the same control keeps the focus, on the row's new place, so arrows can be pressed again.
  let refocus: string | null = null;

  function addChosen(o: Institution) {
    if (!chosen.some((c) => c.name === o.name)) chosen = [...chosen, { name: o.name, kind: o.kind }];
    refocus = 'owner-picker';
    draw();
  }

  async function createAndAdd(text: string) {
    const han = /[\u3400-\u9fff]/u.test(text);
    try {
      await createOwner({ [han ? 'nameZh' : 'nameEn']: text, kind: 'OTHER' });
      institutions = await fetchInstitutions();
      const o = named(text);
      if (o) addChosen(o);
    } catch (error) {
      show(error);
    }
  }

  function moveButton(i: number, by: -1 | 1, name: string): HTMLButtonElement {
    const id = `owner-${by < 0 ? 'up' : 'down'}-${i}`;
    const target = i + by;
    return h(
      'button',
      {
        type: 'button',
        id,
        class: 'secondary icon-button',
        title: ins(by < 0 ? 'moveUp' : 'moveDown'),
        'aria-label': ins(by < 0 ? 'moveUpLabel' : 'moveDownLabel', { name }),
        disabled: target < 0 || target >= chosen.length,
        onclick: () => {
          const next = [...chosen];
          [next[i], next[target]] = [next[target], next[i]];
          chosen = next;
          // The row moved: keep the focus on its arrow, or on the other one when this one is now at an end.
          const again = target + by >= 0 && target + by < chosen.length;
          refocus = `owner-${again === by < 0 ? 'up' : 'down'}-${target}`;
          draw();
        },
      },
      by < 0 ? '↑' : '↓',
    );
  }

  function ownersPart(): HTMLElement {
    const taken = new Set(chosen.map((o) => o.name));
    const options = h(
      'datalist',
      { id: 'owner-options' },
      institutions.filter((o) => !taken.has(o.name)).map((o) => h('option', { value: label(o) })),
    );
    const picker = h('input', {
      id: 'owner-picker',
      'data-testid': 'owner-picker',
      type: 'text',
      list: 'owner-options',
      autocomplete: 'off',
      'aria-describedby': 'owner-hint',
    });
    const unknown = h('div', { id: 'owner-unknown', class: 'owner-unknown' });
    const add = () => {
      const text = picker.value.trim();
      if (!text) return picker.focus();
      const o = named(text);
      if (o) return addChosen(o);
      picker.setAttribute('aria-invalid', 'true');
      fill(
        unknown,
        h('p', null, ins(isAdmin() ? 'unknownOwnerAdmin' : 'unknownOwner', { name: text })),
        isAdmin()
          ? h(
              'button',
              { type: 'button', id: 'create-owner', class: 'secondary', onclick: () => void createAndAdd(text) },
              ins('createOwner', { name: text }),
            )
          : null,
      );
    };
    picker.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        add();
      }
    });
    const list = chosen.length
      ? h(
          'ol',
          { id: 'owner-choice', class: 'owner-choice' },
          chosen.map((o, i) => {
            const name = label(institutions.find((x) => x.name === o.name) ?? o);
            return h(
              'li',
              { 'data-owner': o.name, class: i === 0 ? 'lead' : null },
              h('span', { class: 'owner-name' }, name),
              i === 0 ? h('span', { class: 'lead-badge' }, ins('leadBadge')) : null,
              h(
                'span',
                { class: 'owner-moves' },
                moveButton(i, -1, name),
                moveButton(i, 1, name),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'secondary icon-button',
                    'aria-label': t('removeOwner', { name }),
                    onclick: () => ((chosen = chosen.filter((_, j) => j !== i)), (refocus = 'owner-picker'), draw()),
                  },
                  '×',
                ),
              ),
            );
          }),
        )
      : h('p', { id: 'owner-choice', class: 'muted' }, ins('noOwnersChosen'));
    return h(
      'div',
      { class: 'field owners-field' },
      h('p', { class: 'field-title' }, t('ownersField')),
      list,
      h('label', { for: 'owner-picker' }, t('addOwner')),
      h('p', { id: 'owner-hint', class: 'hint' }, ins('pickerHint')),
      h(
        'div',
        { class: 'field-row' },
        picker,
        options,
        h('button', { type: 'button', id: 'add-owner', class: 'secondary', onclick: add }, t('addOwnerButton')),
      ),
      unknown,
      h(
        'button',
        { type: 'button', id: 'save-owners', 'data-testid': 'save-owners', onclick: () => void submitOwners() },
        t('saveOwners'),
      ),
    );
  }

  /** Saves the chosen owners, unless they are the record's already (the server would write nothing either). */
  async function submitOwners() {
    const had = rec().owners.map((o) => o.name);
    const now = chosen.map((o) => o.name);
    const same = had.length === now.length && had[0] === now[0] && now.every((n) => had.includes(n));
    if (same) return fill(message, h('p', { class: 'success' }, ins('noChange')));
    if (now.length === 0 && !window.confirm(ins('confirmClear'))) return;
    const version = rec().version;
    try {
      const saved = await setOwners({ code: rec().code, expectedVersion: version, owners: chosen });
      if (saved.setOwners.version === version) fill(message, h('p', { class: 'success' }, ins('noChange')));
      else show(null);
      await reload();
    } catch (error) {
      show(error);
    }
  }

  function datePart(): HTMLElement {
    // The browser's calendar where it has one; its value, and what a browser without one takes, is YYYY-MM-DD.
    const date = dateInput({
      id: 'target-input',
      'data-testid': 'target-input',
      value: rec().targetDate ?? '',
      type: 'date',
    });
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
    if (refocus) el.querySelector<HTMLElement>(`#${refocus}`)?.focus();
    refocus = null;
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
