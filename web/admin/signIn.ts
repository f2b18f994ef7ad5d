// The sign-in page (#/sign-in?next=<hash>): a button per identity provider and for a passkey, as GET
// /auth/methods offers them, and the password form. Signing in sets the session cookie; the page then tells
// the shell (SIGNED_IN_EVENT), which learns who is signed in and returns to `next`.
import { ac } from './accountText';
import { asApiError } from './api';
import { fill, h } from './dom';
import { emptyState } from './emptyState';
import {
  fetchSignInMethods,
  signInWithPasskey,
  signInWithPassword,
  type SignInMethods,
  type SignInResult,
} from './session';
import { app, SIGNED_IN_EVENT, type View } from './state';

/** Only a hash of this console is a place to return to; anything else goes to the catalog. */
const safeNext = (next: string): string => (/^#\/(?!\/)/.test(next) && !next.startsWith('#/sign-in') ? next : '#/');

const clock = (date: Date) =>
  `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/** Why signing in failed; a refused passkey is not a wrong name or password. */
function resultMessage(result: Exclude<SignInResult, { kind: 'signedIn' }>, byPasskey: boolean): string {
  if (result.kind === 'badCredentials') return byPasskey ? ac('passkeyRefused') : ac('badCredentials');
  if (result.kind === 'throttled') {
    const minutes = Math.ceil(result.retryAfterSeconds / 60);
    return ac('throttled', { minutes, time: clock(new Date(Date.now() + result.retryAfterSeconds * 1000)) });
  }
  return ac('signInFailed', { message: result.message });
}

/** Runs one way of signing in from `button`; in, it tells the shell; otherwise `error` says why. */
async function attempt(
  button: HTMLButtonElement,
  error: HTMLElement,
  next: string,
  work: () => Promise<SignInResult>,
  byPasskey = false,
) {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = ac('signingIn');
  error.textContent = '';
  const result = await work();
  button.disabled = false;
  button.textContent = label;
  if (result.kind === 'signedIn') window.dispatchEvent(new CustomEvent(SIGNED_IN_EVENT, { detail: { next } }));
  else error.textContent = resultMessage(result, byPasskey);
  return result.kind === 'signedIn';
}

function passwordForm(next: string, error: HTMLElement): HTMLFormElement {
  const name = h('input', { id: 'signin-name', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', {
    id: 'signin-password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const submit = h('button', { type: 'submit', id: 'signin-submit' }, ac('signInSubmit'));
  const form = h(
    'form',
    { id: 'signin-form', class: 'signin-form', 'aria-describedby': 'signin-error' },
    h('label', { for: 'signin-name' }, ac('nameField')),
    name,
    h('label', { for: 'signin-password' }, ac('passwordField')),
    password,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void attempt(submit, error, next, () => signInWithPassword(name.value.trim(), password.value)).then((ok) => {
      if (ok) password.value = '';
      else password.select();
    });
  });
  return form;
}

function passkeyButton(next: string, error: HTMLElement): HTMLButtonElement {
  const button = h('button', { type: 'button', id: 'signin-passkey' }, ac('signInPasskey'));
  button.addEventListener('click', () => void attempt(button, error, next, signInWithPasskey, true));
  return button;
}

/** The identity providers' buttons: links to their start route, which redirects to the provider. */
const providerButtons = (methods: SignInMethods) =>
  methods.providers.length
    ? h(
        'ul',
        { class: 'signin-providers', id: 'signin-providers' },
        methods.providers.map((p) =>
          h(
            'li',
            null,
            h('a', { href: p.startUrl, class: 'button', 'data-provider': p.id }, ac('signInWith', { label: p.label })),
          ),
        ),
      )
    : null;

export function signInView(rawNext: string): View {
  const next = safeNext(rawNext);
  const root = h('section', { class: 'signin', 'aria-labelledby': 'view-title' });
  let methods: SignInMethods | null = null;
  let failure = '';
  // One message area for every way in, kept across redraws so that a language switch keeps what it says.
  const error = h('p', { id: 'signin-error', class: 'alert', role: 'alert' });
  // Drawn at once and never moved when the methods arrive: re-inserting the form would take the focus from the
  // field being typed in, and the rest of what is typed would go nowhere. Only the slots around it change.
  let form = passwordForm(next, error);
  const heading = h('h1', { id: 'view-title', tabindex: '-1' });
  const intro = h('p', { class: 'muted' });
  const failureSlot = h('div', { class: 'signin-failure' });
  const methodsSlot = h('div', { class: 'signin-methods' });

  function render() {
    fill(heading, ac('signInTitle'));
    if (app.me) {
      const go = h('a', { href: next, class: 'button', id: 'signin-continue' }, ac('continue'));
      fill(root, heading, emptyState('signin-already', ac('alreadySignedIn', { name: app.me.name }), '', go));
      return;
    }
    if (!root.contains(methodsSlot)) fill(root, heading, intro, failureSlot, methodsSlot, form, error);
    fill(intro, ac('signInIntro'));
    fill(failureSlot, failure ? h('p', { class: 'alert', role: 'alert' }, failure) : null);
    fill(
      methodsSlot,
      methods ? providerButtons(methods) : null,
      methods?.passkey ? passkeyButton(next, error) : null,
      methods && (methods.providers.length || methods.passkey) ? h('h2', null, ac('orPassword')) : null,
    );
    form.hidden = methods?.password === false;
  }

  async function load() {
    try {
      methods = await fetchSignInMethods();
    } catch (err) {
      failure = ac('methodsFailed', { message: asApiError(err).message });
    }
    root.dataset.state = 'ready';
    render();
  }

  render();
  void load();
  return {
    root,
    rerender() {
      const relabelled = passwordForm(next, error); // its labels in the new language
      form.replaceWith(relabelled);
      form = relabelled;
      render();
    },
    meChanged: render,
    destroy() {},
  };
}
