// "My account" (#/account): the signed-in person's sessions (this browser's marked; any may be ended), their
// password (only the new one asked in the session the first-start link opened), their passkeys (added through
// this browser's authenticator, removed here), and their API tokens (tokenPanel.ts).
import { ac } from './accountText';
import {
  changePassword,
  endSession,
  fetchMyAccount,
  removePasskey,
  type MyAccount,
  type PasskeyRow,
  type SessionRow,
} from './accountApi';
import { asApiError } from './api';
import { formatInstant } from './dates';
import { fill, h } from './dom';
import { browserHasPasskeys, registerPasskey } from './session';
import { SIGNED_OUT_EVENT, app, type View } from './state';
import { tokenPanel } from './tokenPanel';
import { drawIfAllowed, headedTable, startView } from './viewParts';

function sessionRow(session: SessionRow, ended: () => void, failed: (message: string) => void): HTMLElement {
  const end = h(
    'button',
    {
      type: 'button',
      class: 'secondary end-session',
      'aria-label': ac('endSessionLabel', { date: formatInstant(session.createdAt) }),
    },
    ac('endSession'),
  );
  end.addEventListener('click', () => {
    end.disabled = true;
    endSession(session.id)
      .then(() => (session.current ? window.dispatchEvent(new Event(SIGNED_OUT_EVENT)) : ended()))
      .catch((error) => failed(asApiError(error).message));
  });
  return h(
    'tr',
    { 'data-session': session.id, 'data-current': String(session.current) },
    h('td', { 'data-label': ac('sessionStarted') }, formatInstant(session.createdAt)),
    h('td', { 'data-label': ac('sessionLastSeen') }, formatInstant(session.lastSeenAt)),
    h('td', { 'data-label': ac('sessionExpires') }, formatInstant(session.expiresAt)),
    h(
      'td',
      { 'data-label': ac('sessionBrowser') },
      session.current ? h('strong', { class: 'this-session' }, ac('thisSession'), ' · ') : null,
      session.userAgent ?? ac('unknownBrowser'),
    ),
    h('td', null, end),
  );
}

/** The password form; `byLink`: the first-start link's session, which sets a password without the current one. */
function passwordForm(
  byLink: boolean,
  done: (message: string) => void,
  failed: (message: string) => void,
): HTMLFormElement {
  const field = (id: string, label: string, autocomplete: string) => {
    const input = h('input', { id, type: 'password', autocomplete, required: true });
    return { input, parts: [h('label', { for: id }, label), input] };
  };
  const current = byLink ? null : field('current-password', ac('currentPassword'), 'current-password');
  const next = field('new-password', ac('newPassword'), 'new-password');
  const again = field('new-password-again', ac('newPasswordAgain'), 'new-password');
  const submit = h('button', { type: 'submit', id: 'password-submit' }, ac('savePassword'));
  const form = h(
    'form',
    { id: 'password-form', class: 'account-form', 'data-by-link': String(byLink) },
    byLink ? h('p', { id: 'password-by-link', class: 'muted' }, ac('passwordByLink')) : null,
    current?.parts ?? null,
    next.parts,
    again.parts,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (next.input.value !== again.input.value) return failed(ac('passwordsDiffer'));
    submit.disabled = true;
    changePassword(current ? current.input.value : null, next.input.value)
      .then(() => {
        form.reset();
        done(ac('passwordChanged'));
      })
      .catch((error) => failed(asApiError(error).message))
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

function passkeyRow(passkey: PasskeyRow, removed: () => void, failed: (message: string) => void): HTMLElement {
  const remove = h(
    'button',
    {
      type: 'button',
      class: 'secondary remove-passkey',
      'aria-label': ac('removePasskeyLabel', { name: passkey.name }),
    },
    ac('removePasskey'),
  );
  remove.addEventListener('click', () => {
    remove.disabled = true;
    removePasskey(passkey.id)
      .then(removed)
      .catch((error) => {
        remove.disabled = false;
        failed(asApiError(error).message);
      });
  });
  return h(
    'tr',
    { 'data-passkey': passkey.id },
    h('td', { 'data-label': ac('passkeyName') }, passkey.name),
    h('td', { 'data-label': ac('passkeyAdded') }, formatInstant(passkey.createdAt)),
    h(
      'td',
      { 'data-label': ac('passkeyLastUsed') },
      passkey.lastUsedAt ? formatInstant(passkey.lastUsedAt) : ac('tokenNever'),
    ),
    h('td', null, remove),
  );
}

/** The form that adds a passkey: this browser's authenticator makes it, the server keeps its public key. */
function passkeyForm(added: (name: string) => void, failed: (message: string) => void): HTMLElement {
  if (!browserHasPasskeys()) return h('p', { class: 'muted', id: 'passkeys-unsupported' }, ac('passkeysUnsupported'));
  const name = h('input', { id: 'passkey-name', maxlength: 100, autocomplete: 'off' });
  const submit = h('button', { type: 'submit', id: 'passkey-add' }, ac('addPasskey'));
  const form = h(
    'form',
    { id: 'passkey-form', class: 'account-form' },
    h('label', { for: 'passkey-name' }, ac('passkeyNameField')),
    name,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    registerPasskey(name.value.trim())
      .then((passkey) => added(passkey.name))
      .catch((error) => failed(asApiError(error).message))
      .finally(() => {
        submit.disabled = false;
      });
  });
  return form;
}

function passkeysSection(account: MyAccount, changed: (message: string) => void, failed: (m: string) => void) {
  return h(
    'section',
    { id: 'account-passkeys', 'aria-labelledby': 'passkeys-title' },
    h('h2', { id: 'passkeys-title' }, ac('passkeysTitle')),
    h('p', { class: 'muted' }, ac('passkeysIntro')),
    account.passkeys.length
      ? headedTable(
          { id: 'passkey-table', class: 'account-table' },
          {
            caption: ac('passkeysTitle'),
            headings: [ac('passkeyName'), ac('passkeyAdded'), ac('passkeyLastUsed'), ''],
          },
          h(
            'tbody',
            null,
            account.passkeys.map((p) => passkeyRow(p, () => changed(ac('passkeyRemoved')), failed)),
          ),
        )
      : h('p', { class: 'muted', id: 'no-passkeys' }, ac('noPasskeys')),
    passkeyForm((name) => changed(ac('passkeyAddedNotice', { name })), failed),
  );
}

export function accountView(): View {
  const root = h('section', { class: 'account', 'aria-labelledby': 'view-title' });
  const notice = h('p', { id: 'account-status', role: 'status' });
  const alert = h('div', { id: 'account-error', class: 'alert', role: 'alert' });
  let account: MyAccount | null = null;
  let secret: string | null = null; // a new token's, shown once; only ever in this page's memory
  let loadError = '';
  const say = (message: string) => {
    alert.textContent = '';
    notice.textContent = message;
  };
  const failed = (message: string) => {
    notice.textContent = '';
    alert.textContent = ac('actionFailed', { message });
  };

  function render() {
    const heading = h('h1', { id: 'view-title', tabindex: '-1' }, ac('accountTitle'));
    const notes = { id: 'account-signin', title: ac('accountSignInTitle'), next: ac('accountSignInNext') };
    if (!drawIfAllowed(root, heading, !!app.me, notes)) return;
    if (!account) return fill(root, heading, loadError ? h('p', { class: 'alert' }, loadError) : null);
    fill(
      root,
      heading,
      notice,
      alert,
      h(
        'section',
        { id: 'account-sessions', 'aria-labelledby': 'sessions-title' },
        h('h2', { id: 'sessions-title' }, ac('sessionsTitle')),
        h('p', { class: 'muted' }, ac('sessionsIntro')),
        headedTable(
          { id: 'session-table', class: 'account-table' },
          {
            caption: ac('sessionsTitle'),
            headings: [ac('sessionStarted'), ac('sessionLastSeen'), ac('sessionExpires'), ac('sessionBrowser'), ''],
          },
          h(
            'tbody',
            null,
            account.sessions.map((s) => sessionRow(s, () => void load(), failed)),
          ),
        ),
      ),
      h(
        'section',
        { id: 'account-password', 'aria-labelledby': 'password-title' },
        h('h2', { id: 'password-title' }, ac('passwordTitle')),
        passwordForm(
          account.setsPasswordByLink,
          (message) => {
            say(message);
            void load();
          },
          failed,
        ),
      ),
      passkeysSection(
        account,
        (message) => {
          say(message);
          void load();
        },
        failed,
      ),
      tokenPanel({
        tokens: account.tokens,
        secret,
        changed(next) {
          secret = next;
          void load();
        },
        failed,
      }),
    );
    root.dataset.state = 'ready';
  }

  async function load() {
    try {
      account = app.me ? await fetchMyAccount() : null;
      loadError = '';
      // Signed in a moment ago, nobody now: the session ended elsewhere. The shell asks again who is in.
      if (!account && app.me) window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
    } catch (error) {
      loadError = ac('loadFailed', { message: asApiError(error).message });
    }
    render();
  }

  return startView({ root, render, load, destroy: () => {}, perAccount: true });
}
