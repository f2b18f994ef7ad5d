// The Users page (#/users, admins): every account with its role (changed here), whether it is disabled
// (disabled and enabled here, after a confirmation), its institutions (added and removed here), its API tokens
// (revocable), a new password (which ends its sessions) and "End sessions". Only admins see it, as only they
// may take these actions (the server's rule for each). The server refuses to demote or disable the last active
// admin (FORBIDDEN, reason LAST_ADMIN): the page says so in a sentence.
import { ac, roleName } from './accountText';
import {
  addMembership,
  disableUser,
  enableUser,
  endSessions,
  fetchUsers,
  removeMembership,
  revokeToken,
  setPassword,
  setRole,
  type OwnerChoice,
  type UserRow,
} from './accountApi';
import { asApiError } from './api';
import { fill, h } from './dom';
import { pick } from './i18n';
import type { Role } from './__generated__/operations';
import { app, type View } from './state';
import { drawIfAllowed, headedTable, startView } from './viewParts';

interface Actions {
  /** Runs a write on one account; its answer (the account as it is now) replaces the row. */
  run(work: () => Promise<unknown>, done?: string): void;
}

const ROLES: Role[] = ['VIEWER', 'ANALYST', 'REVIEWER', 'ADMIN'];

/** The role, and a choice of another after a confirmation (setRole). */
function roleCell(user: UserRow, act: Actions): HTMLElement {
  const select = h(
    'select',
    { class: 'set-role', 'aria-label': ac('roleFor', { name: user.name }) },
    ROLES.map((role) => h('option', { value: role, selected: role === user.role }, roleName(role))),
  );
  const change = h('button', { type: 'button', class: 'secondary' }, ac('setRoleButton'));
  change.addEventListener('click', () => {
    const role = select.value as Role;
    if (role === user.role) return;
    if (!window.confirm(ac('confirmRole', { name: user.name, role: roleName(role) }))) return;
    act.run(() => setRole(user.name, role), ac('roleSet', { name: user.name, role: roleName(role) }));
  });
  return h(
    'td',
    { 'data-label': ac('userRole'), 'data-role': user.role },
    h('span', { class: 'role-name' }, roleName(user.role)),
    ' ',
    select,
    change,
  );
}

/** Active or disabled, with Disable (after a confirmation: it signs the account out) or Enable. */
function statusCell(user: UserRow, act: Actions): HTMLElement {
  const name = user.name;
  const button = user.disabled
    ? h('button', { type: 'button', class: 'secondary enable-user', 'aria-label': ac('enableUserLabel', { name }) })
    : h('button', { type: 'button', class: 'secondary disable-user', 'aria-label': ac('disableUserLabel', { name }) });
  button.append(user.disabled ? ac('enableUser') : ac('disableUser'));
  button.addEventListener('click', () => {
    if (user.disabled) return act.run(() => enableUser(name), ac('userEnabledNotice', { name }));
    if (window.confirm(ac('confirmDisable', { name })))
      act.run(() => disableUser(name), ac('userDisabledNotice', { name }));
  });
  return h(
    'td',
    { 'data-label': ac('userStatus'), 'data-disabled': String(user.disabled) },
    user.disabled ? ac('userDisabled') : ac('userActive'),
    ' ',
    button,
  );
}

const ownerName = (o: { name: string; nameZh?: string | null; nameEn?: string | null }) =>
  pick(o.nameZh ?? '', o.nameEn ?? '') || o.name;

function institutionsCell(user: UserRow, owners: OwnerChoice[], act: Actions): HTMLElement {
  const mine = new Set(user.memberships.map((m) => m.id));
  const select = h(
    'select',
    { 'aria-label': ac('addInstitution', { name: user.name }), class: 'add-institution' },
    h('option', { value: '' }, '—'),
    owners.filter((o) => !mine.has(o.id)).map((o) => h('option', { value: o.id }, ownerName(o))),
  );
  const add = h('button', { type: 'button', class: 'secondary' }, ac('addInstitutionButton'));
  add.addEventListener('click', () => {
    if (select.value) act.run(() => addMembership(user.name, select.value));
  });
  return h(
    'td',
    { 'data-label': ac('userInstitutions') },
    h(
      'ul',
      { class: 'memberships' },
      user.memberships.map((m) => {
        const remove = h(
          'button',
          {
            type: 'button',
            class: 'secondary remove-institution',
            'aria-label': ac('removeInstitution', { name: user.name, institution: ownerName(m) }),
          },
          '×',
        );
        remove.addEventListener('click', () => act.run(() => removeMembership(user.name, m.id)));
        return h('li', { 'data-owner': m.id }, ownerName(m), ' ', remove);
      }),
    ),
    select,
    add,
  );
}

function tokensCell(user: UserRow, act: Actions): HTMLElement {
  const live = user.tokens.filter((t) => !t.revokedAt && !(t.expiresAt && new Date(t.expiresAt) <= new Date()));
  return h(
    'td',
    { 'data-label': ac('userTokens') },
    live.length
      ? h(
          'ul',
          null,
          live.map((token) => {
            const revoke = h(
              'button',
              {
                type: 'button',
                class: 'secondary revoke-token',
                'aria-label': ac('revokeLabel', { label: token.label }),
              },
              ac('revoke'),
            );
            revoke.addEventListener('click', () => act.run(() => revokeToken(token.id)));
            return h(
              'li',
              { 'data-token': token.id },
              token.label,
              ' ',
              h('code', null, `${token.prefix}…`),
              ' ',
              revoke,
            );
          }),
        )
      : ac('noTokens'),
  );
}

function actionsCell(user: UserRow, act: Actions): HTMLElement {
  const password = h('input', {
    type: 'password',
    autocomplete: 'new-password',
    class: 'reset-password',
    'aria-label': ac('resetPassword', { name: user.name }),
  });
  const set = h('button', { type: 'submit', class: 'secondary' }, ac('resetPasswordButton'));
  const form = h('form', { class: 'reset-form' }, password, set);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act.run(() => setPassword(user.name, password.value), ac('passwordSet', { name: user.name }));
  });
  const end = h(
    'button',
    { type: 'button', class: 'secondary end-sessions', 'aria-label': ac('endSessionsLabel', { name: user.name }) },
    ac('endSessions'),
  );
  end.addEventListener('click', () => act.run(() => endSessions(user.name), ac('sessionsEnded', { name: user.name })));
  return h('td', { 'data-label': ac('userActions') }, form, end);
}

export function usersView(): View {
  const root = h('section', { class: 'users', 'aria-labelledby': 'view-title' });
  const notice = h('p', { id: 'users-status', role: 'status' });
  const alert = h('div', { id: 'users-error', class: 'alert', role: 'alert' });
  let data: { users: UserRow[]; owners: OwnerChoice[] } | null = null;

  const act: Actions = {
    run(work, done) {
      alert.textContent = '';
      notice.textContent = '';
      work()
        .then(() => {
          if (done) notice.textContent = done;
          return load();
        })
        .catch((error) => {
          const failure = asApiError(error);
          alert.textContent =
            failure.reason === 'LAST_ADMIN' ? ac('lastAdmin') : ac('actionFailed', { message: failure.message });
        });
    },
  };

  function render() {
    const heading = h('h1', { id: 'view-title', tabindex: '-1' }, ac('usersTitle'));
    const notes = { id: 'users-forbidden', title: ac('usersAdminsOnly'), next: ac('usersAdminsOnlyNext') };
    if (!drawIfAllowed(root, heading, app.me?.role === 'ADMIN', notes)) return;
    if (!data) return fill(root, heading, alert);
    const { users, owners } = data;
    fill(
      root,
      heading,
      notice,
      alert,
      headedTable(
        { id: 'users-table', class: 'account-table' },
        {
          caption: ac('usersTitle'),
          headings: [
            ac('userName'),
            ac('userRole'),
            ac('userStatus'),
            ac('userInstitutions'),
            ac('userTokens'),
            ac('userActions'),
          ],
        },
        h(
          'tbody',
          null,
          users.map((user) =>
            h(
              'tr',
              { 'data-user': user.name, 'data-disabled': String(user.disabled) },
              h('th', { scope: 'row' }, user.name),
              roleCell(user, act),
              statusCell(user, act),
              institutionsCell(user, owners, act),
              tokensCell(user, act),
              actionsCell(user, act),
            ),
          ),
        ),
      ),
    );
  }

  async function load() {
    if (app.me?.role !== 'ADMIN') return;
    try {
      data = await fetchUsers();
    } catch (error) {
      alert.textContent = ac('loadFailed', { message: asApiError(error).message });
    }
    render();
  }

  return startView({ root, render, load, destroy: () => {}, perAccount: true });
}
