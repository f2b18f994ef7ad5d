// A person's API tokens on "My account": the list (name, prefix, access, created, last use, expiry, state) with
// Revoke, and the form that creates one, read-only or not. Any signed-in account issues and revokes its own
// (issueToken without userName). A new token's secret is shown once, in the page only: nothing stores it.
import { ac } from './accountText';
import { issueToken, revokeToken, type TokenRow } from './accountApi';
import { asApiError } from './api';
import { dateInput, formatInstant } from './dates';
import { h } from './dom';
import { headedTable } from './viewParts';

export interface TokenPanelParts {
  tokens: TokenRow[];
  /** The secret of the token just created, shown once. */
  secret: string | null;
  /** A token was created (with its secret) or revoked: redraw with the new list. */
  changed(secret: string | null): void;
  /** Says what failed. */
  failed(message: string): void;
}

function state(token: TokenRow): string {
  if (token.revokedAt) return ac('tokenRevoked', { date: formatInstant(token.revokedAt).slice(0, 10) });
  if (token.expiresAt && new Date(token.expiresAt) <= new Date()) return ac('tokenExpired');
  return ac('tokenActive');
}

function tokenRow(token: TokenRow, parts: TokenPanelParts): HTMLElement {
  const active = !token.revokedAt && !(token.expiresAt && new Date(token.expiresAt) <= new Date());
  const revoke = active
    ? h('button', {
        type: 'button',
        class: 'secondary revoke-token',
        'aria-label': ac('revokeLabel', { label: token.label }),
      })
    : null;
  revoke?.append(ac('revoke'));
  revoke?.addEventListener('click', () => {
    revoke.disabled = true;
    revokeToken(token.id)
      .then(() => parts.changed(null))
      .catch((error) => parts.failed(asApiError(error).message));
  });
  return h(
    'tr',
    { 'data-token': token.id, 'data-state': token.revokedAt ? 'revoked' : active ? 'active' : 'expired' },
    h('td', { 'data-label': ac('tokenLabel') }, token.label, ' ', h('code', null, `${token.prefix}…`)),
    h(
      'td',
      { 'data-label': ac('tokenAccess'), 'data-read-only': String(token.readOnly) },
      token.readOnly ? ac('tokenReadOnlyNote') : ac('tokenReadWrite'),
    ),
    h('td', { 'data-label': ac('tokenCreatedAt') }, formatInstant(token.createdAt)),
    h(
      'td',
      { 'data-label': ac('tokenLastUsed') },
      token.lastUsedAt ? formatInstant(token.lastUsedAt) : ac('tokenNever'),
    ),
    h('td', { 'data-label': ac('tokenExpires') }, token.expiresAt ? formatInstant(token.expiresAt) : ac('tokenNever')),
    h('td', { 'data-label': ac('tokenState') }, state(token)),
    h('td', null, revoke),
  );
}

function createForm(parts: TokenPanelParts): HTMLFormElement {
  const label = h('input', { id: 'token-label', required: true, maxlength: 100, autocomplete: 'off' });
  const expiry = dateInput({ id: 'token-expiry' });
  const readOnly = h('input', { id: 'token-read-only', type: 'checkbox' });
  const submit = h('button', { type: 'submit', id: 'token-create' }, ac('createToken'));
  const form = h(
    'form',
    { id: 'token-form', class: 'account-form' },
    h('label', { for: 'token-label' }, ac('tokenLabel')),
    label,
    h('label', { for: 'token-expiry' }, ac('tokenExpiry')),
    expiry,
    h('label', { for: 'token-read-only', class: 'checkbox' }, readOnly, ' ', ac('tokenReadOnly')),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    // The end of the chosen day, in the browser's time zone.
    const expiresAt = expiry.value ? new Date(`${expiry.value}T23:59:59`).toISOString() : null;
    issueToken({ label: label.value.trim(), expiresAt, readOnly: readOnly.checked })
      .then((issued) => parts.changed(issued.token))
      .catch((error) => {
        submit.disabled = false;
        parts.failed(asApiError(error).message);
      });
  });
  return form;
}

export function tokenPanel(parts: TokenPanelParts): HTMLElement {
  return h(
    'section',
    { id: 'account-tokens', 'aria-labelledby': 'tokens-title' },
    h('h2', { id: 'tokens-title' }, ac('tokensTitle')),
    h('p', { class: 'muted' }, ac('tokensIntro')),
    parts.secret
      ? h(
          'div',
          { class: 'token-secret', role: 'status' },
          h('p', null, ac('tokenShownOnce')),
          h('input', { id: 'token-secret', readonly: true, value: parts.secret, 'aria-label': ac('tokenShownOnce') }),
        )
      : null,
    createForm(parts),
    parts.tokens.length
      ? headedTable(
          { id: 'token-table', class: 'account-table' },
          {
            caption: ac('tokensTitle'),
            headings: [
              ac('tokenLabel'),
              ac('tokenAccess'),
              ac('tokenCreatedAt'),
              ac('tokenLastUsed'),
              ac('tokenExpires'),
              ac('tokenState'),
              '',
            ],
          },
          h(
            'tbody',
            null,
            parts.tokens.map((token) => tokenRow(token, parts)),
          ),
        )
      : h('p', { class: 'muted', id: 'no-tokens' }, ac('noTokens')),
  );
}
