// The Institutions page (#/institutions, admins): every owner with its Chinese and English names, kind, other
// names and members; an admin adds, renames, merges (choosing the one kept), archives and restores them. Members
// are listed read-only: memberships are edited on the Users page (shared decisions), which the page links to.
// An archived institution stays on the records that have it, but the owners picker no longer offers it.
import { asApiError } from './api';
import { fill, h } from './dom';
import { ownerKindName, pick } from './i18n';
import { ins } from './institutionText';
import {
  archiveInstitution,
  createInstitution,
  fetchInstitutionPage,
  mergeInstitutions,
  restoreInstitution,
  updateInstitution,
  type InstitutionRow,
} from './institutionsApi';
import { OWNER_KINDS } from './enumValues';
import type { OwnerKind } from './__generated__/operations';
import { app, type View } from './state';
import { drawIfAllowed, headedTable, startView } from './viewParts';

const shown = (o: InstitutionRow) => pick(o.nameZh ?? '', o.nameEn ?? '') || o.name;

/** "a, b，c" as ["a", "b", "c"]: either comma, blanks dropped. */
const splitAliases = (text: string) =>
  text
    .split(/[,，]/)
    .map((a) => a.trim())
    .filter(Boolean);

interface Actions {
  run(work: () => Promise<unknown>, done: string): void;
}

function kindSelect(attrs: Record<string, string>, value: OwnerKind): HTMLSelectElement {
  return h(
    'select',
    attrs,
    OWNER_KINDS.map((k) => h('option', { value: k, selected: k === value }, ownerKindName(k))),
  );
}

/** The names and kind of a new institution, or of one renamed: the same four fields. */
function nameFields(prefix: string, o: Partial<InstitutionRow> = {}) {
  const zh = h('input', { id: `${prefix}-zh`, type: 'text', maxlength: 200, value: o.nameZh ?? '', lang: 'zh-CN' });
  const en = h('input', { id: `${prefix}-en`, type: 'text', maxlength: 200, value: o.nameEn ?? '', lang: 'en' });
  const kind = kindSelect({ id: `${prefix}-kind` }, o.kind ?? 'OTHER');
  const aliases = h('input', { id: `${prefix}-aliases`, type: 'text', value: (o.aliases ?? []).join(', ') });
  const field = (input: HTMLElement, id: string, text: string) =>
    h('div', { class: 'field' }, h('label', { for: id }, text), input);
  return {
    inputs: { zh, en, kind, aliases },
    el: h(
      'div',
      { class: 'institution-fields' },
      field(zh, `${prefix}-zh`, ins('nameZhField')),
      field(en, `${prefix}-en`, ins('nameEnField')),
      field(kind, `${prefix}-kind`, ins('kindField')),
      field(aliases, `${prefix}-aliases`, ins('aliasesField')),
    ),
    values: () => ({
      nameZh: zh.value.trim() || null,
      nameEn: en.value.trim() || null,
      kind: kind.value as OwnerKind,
      aliases: splitAliases(aliases.value),
    }),
  };
}

function addForm(act: Actions, problem: (text: string) => void): HTMLElement {
  const fields = nameFields('new-institution');
  const form = h(
    'form',
    { id: 'add-institution', class: 'institution-form', 'aria-labelledby': 'add-institution-title' },
    h('h2', { id: 'add-institution-title' }, ins('addTitle')),
    fields.el,
    h('button', { type: 'submit' }, ins('addButton')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = fields.values();
    if (!input.nameZh && !input.nameEn) {
      fields.inputs.zh.setAttribute('aria-invalid', 'true');
      fields.inputs.zh.focus();
      return problem(ins('needName'));
    }
    act.run(() => createInstitution(input), ins('added', { name: pick(input.nameZh ?? '', input.nameEn ?? '') }));
  });
  return form;
}

function membersCell(o: InstitutionRow, members: string[]): HTMLElement {
  return h(
    'td',
    { 'data-label': ins('colMembers'), class: 'institution-members' },
    h(
      'p',
      { class: 'member-count' },
      members.length === 0
        ? ins('noMembers')
        : members.length === 1
          ? ins('oneMember')
          : ins('memberCount', { count: members.length }),
    ),
    members.length
      ? h(
          'ul',
          { class: 'members' },
          members.map((m) => h('li', null, m)),
        )
      : null,
    h('a', { href: '#/users', class: 'edit-members', 'data-owner': o.id }, ins('editMembers')),
  );
}

function actionsCell(o: InstitutionRow, all: InstitutionRow[], act: Actions): HTMLElement {
  const name = shown(o);
  const fields = nameFields(`rename-${o.id.replace(/[^\w-]/g, '')}`, o);
  const rename = h(
    'form',
    { class: 'rename-institution' },
    fields.el,
    h('button', { type: 'submit', class: 'secondary' }, ins('saveRename')),
  );
  rename.addEventListener('submit', (event) => {
    event.preventDefault();
    const v = fields.values();
    act.run(
      () => updateInstitution({ id: o.id, ...v }),
      ins('renamed', { name: pick(v.nameZh ?? '', v.nameEn ?? '') }),
    );
  });
  const others = all.filter((x) => x.id !== o.id && !x.archivedAt);
  const mergeTarget = h(
    'select',
    { class: 'merge-target', 'aria-label': ins('mergeInto', { name }) },
    h('option', { value: '' }, '—'),
    others.map((x) => h('option', { value: x.id }, shown(x))),
  );
  const merge = h('button', { type: 'button', class: 'secondary merge-institution' }, ins('mergeButton'));
  merge.addEventListener('click', () => {
    const target = others.find((x) => x.id === mergeTarget.value);
    if (!target) return mergeTarget.focus();
    const names = { source: name, target: shown(target) };
    if (window.confirm(ins('confirmMerge', names)))
      act.run(() => mergeInstitutions(o.id, target.id), ins('merged', names));
  });
  const archive = o.archivedAt
    ? h(
        'button',
        { type: 'button', class: 'secondary restore-institution', 'aria-label': ins('restoreLabel', { name }) },
        ins('restore'),
      )
    : h(
        'button',
        { type: 'button', class: 'secondary archive-institution', 'aria-label': ins('archiveLabel', { name }) },
        ins('archive'),
      );
  archive.addEventListener('click', () => {
    if (o.archivedAt) return act.run(() => restoreInstitution(o.id), ins('restoredNotice', { name }));
    if (window.confirm(ins('confirmArchive', { name })))
      act.run(() => archiveInstitution(o.id), ins('archivedNotice', { name }));
  });
  return h(
    'td',
    { 'data-label': ins('colActions'), class: 'institution-actions' },
    h('details', null, h('summary', { 'aria-label': ins('renameLabel', { name }) }, ins('rename')), rename),
    o.archivedAt ? null : h('div', { class: 'field-row merge-row' }, mergeTarget, merge),
    archive,
  );
}

export function institutionsView(): View {
  const root = h('section', { class: 'institutions', 'aria-labelledby': 'view-title' });
  const notice = h('p', { id: 'institutions-status', role: 'status' });
  const alert = h('div', { id: 'institutions-error', class: 'alert', role: 'alert' });
  let data: { owners: InstitutionRow[]; members: Map<string, string[]> } | null = null;

  const act: Actions = {
    run(work, done) {
      alert.textContent = '';
      notice.textContent = '';
      work()
        .then(() => {
          notice.textContent = done;
          return load();
        })
        .catch((error) => {
          alert.textContent = ins('actionFailed', { message: asApiError(error).message });
        });
    },
  };
  const problem = (text: string) => {
    notice.textContent = '';
    alert.textContent = text;
  };

  function render() {
    const heading = h('h1', { id: 'view-title', tabindex: '-1' }, ins('institutionsTitle'));
    const notes = {
      id: 'institutions-forbidden',
      title: ins('institutionsAdminsOnly'),
      next: ins('institutionsAdminsOnlyNext'),
    };
    if (!drawIfAllowed(root, heading, app.me?.role === 'ADMIN', notes)) return;
    if (!data) return fill(root, heading, alert);
    const { owners, members } = data;
    fill(
      root,
      heading,
      h('p', { class: 'muted' }, ins('institutionsIntro')),
      notice,
      alert,
      owners.length
        ? headedTable(
            { id: 'institutions-table', class: 'account-table institutions-table' },
            {
              caption: ins('institutionsTitle'),
              headings: [
                ins('colName'),
                ins('colKind'),
                ins('colAliases'),
                ins('colMembers'),
                ins('colState'),
                ins('colActions'),
              ],
            },
            h(
              'tbody',
              null,
              owners.map((o) =>
                h(
                  'tr',
                  { 'data-owner': o.id, 'data-name': o.name, 'data-archived': String(Boolean(o.archivedAt)) },
                  h(
                    'th',
                    { scope: 'row' },
                    o.nameZh ? h('span', { lang: 'zh-CN', class: 'name-zh' }, o.nameZh) : null,
                    o.nameZh && o.nameEn ? h('br') : null,
                    o.nameEn ? h('span', { lang: 'en', class: 'name-en' }, o.nameEn) : null,
                    !o.nameZh && !o.nameEn ? o.name : null,
                  ),
                  h('td', { 'data-label': ins('colKind') }, ownerKindName(o.kind)),
                  h(
                    'td',
                    { 'data-label': ins('colAliases') },
                    o.aliases.length ? o.aliases.join(', ') : ins('noAliases'),
                  ),
                  membersCell(o, members.get(o.id) ?? []),
                  h(
                    'td',
                    { 'data-label': ins('colState'), class: 'institution-state' },
                    o.archivedAt ? ins('archived') : ins('active'),
                  ),
                  actionsCell(o, owners, act),
                ),
              ),
            ),
          )
        : h('p', { id: 'institutions-empty', class: 'muted' }, ins('empty')),
      addForm(act, problem),
    );
  }

  async function load() {
    if (app.me?.role !== 'ADMIN') return;
    try {
      const page = await fetchInstitutionPage();
      const members = new Map<string, string[]>();
      for (const user of page.users)
        for (const m of user.memberships) members.set(m.id, [...(members.get(m.id) ?? []), user.name]);
      data = { owners: page.owners, members };
    } catch (error) {
      alert.textContent = ins('loadFailed', { message: asApiError(error).message });
    }
    render();
  }

  return startView({ root, render, load, destroy: () => {}, perAccount: true });
}
