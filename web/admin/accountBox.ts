// The header's account area: who is signed in (name, role, institutions), "My account", and Sign out; for an
// anonymous visitor, what they may do (read) and a "Sign in" link that returns to the page they were on.
import { ac, roleName } from './accountText';
import { asApiError, type Viewer } from './api';
import { fill, h } from './dom';
import { lang, pick } from './i18n';
import { signOut } from './session';
import { hashOf } from './urlState';

export interface AccountBox {
  root: HTMLElement;
  /** Draws the account (undefined: not known yet; null: anonymous; an error: the check failed). */
  show(me: Viewer | null | undefined, failure?: string): void;
  /** Redraws in the current language. */
  relabel(): void;
}

/** The sign-in page's address, returning to where the visitor is now. */
const signInHash = () => hashOf({ view: 'signIn', next: window.location.hash || '#/' });

export function accountBox(signedOut: () => void): AccountBox {
  const status = h('span', { id: 'me-status', 'data-testid': 'me-status', class: 'me-status', role: 'status' });
  const institutions = h('span', { id: 'me-institutions', class: 'me-institutions' });
  const signInLink = h('a', { href: '#/sign-in', id: 'sign-in-link', class: 'button', hidden: true });
  const accountLink = h('a', { href: '#/account', id: 'nav-account', class: 'nav-link', hidden: true });
  const signOutButton = h('button', { type: 'button', id: 'sign-out', class: 'secondary', hidden: true });
  const root = h('div', { class: 'account-box' }, status, institutions, accountLink, signInLink, signOutButton);
  let shown: { me: Viewer | null | undefined; failure?: string } = { me: undefined };

  signInLink.addEventListener('click', (event) => {
    event.preventDefault();
    window.location.hash = signInHash();
  });
  signOutButton.addEventListener('click', () => {
    signOutButton.disabled = true;
    signOut()
      .then(signedOut)
      .catch((error) => {
        fill(status, ac('signOutFailed', { message: asApiError(error).message }));
        status.dataset.state = 'error';
      })
      .finally(() => {
        signOutButton.disabled = false;
      });
  });

  function draw() {
    const { me, failure } = shown;
    status.dataset.state = failure ? 'error' : me ? 'signed-in' : me === null ? 'anonymous' : 'unknown';
    fill(
      status,
      failure
        ? ac('meFailed', { message: failure })
        : me
          ? ac('signedInAs', { name: me.name, role: roleName(me.role) })
          : me === null
            ? ac('anonymous')
            : '',
    );
    const names = me?.memberships.map((o) => pick(o.nameZh ?? '', o.nameEn ?? '') || o.name) ?? [];
    fill(
      institutions,
      me
        ? names.length
          ? ac('institutions', { names: names.join(lang() === 'zh' ? '、' : ', ') })
          : ac('noInstitutions')
        : '',
    );
    institutions.hidden = !me;
    accountLink.hidden = !me;
    signOutButton.hidden = !me;
    signInLink.hidden = me !== null; // anonymous (or the check failed: signing in again is the way out)
    if (failure) signInLink.hidden = false;
    fill(signInLink, ac('signInLink'));
    fill(accountLink, ac('navAccount'));
    fill(signOutButton, ac('signOut'));
  }

  return {
    root,
    show(me, failure) {
      shown = { me, failure };
      draw();
    },
    relabel: draw,
  };
}
