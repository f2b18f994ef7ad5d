// The analyst console served at /admin/: a shell (the signed-in account, language) around client-side routes
// (router.ts): #/ for the catalog, #/r/<code> for one recommendation, #/audit for admins, #/reviews for reviewers
// and admins, #/sign-in, #/account, #/users for admins. It talks to POST /graphql and the session's /auth
// routes; the browser's session cookie (HttpOnly) signs its requests in, so no credential is kept by a script.
import './admin.css';
import { accountBox } from './accountBox';
import { ac } from './accountText';
import { ins } from './institutionText';
import { dt } from './documentText';
import { asApiError, fetchMe, fetchThemes } from './api';
import { exportMenu } from './exportMenu';
import { tx } from './exchangeText';
import { mayReview, rv } from './reviewText';
import { decisionNotice, pendingBadge, pendingCount } from './reviewSignals';
import { ft } from './followText';
import { fill, h } from './dom';
import { lang, setLang, t } from './i18n';
import { onNavigation, viewForUrl } from './router';
import { app, REVIEWED_EVENT, SIGNED_IN_EVENT, SIGNED_OUT_EVENT, type View } from './state';
import { accountLang, rememberLang } from './preferences';
import { addressNamesLang, currentRoute, inCurrentLang, recordLang } from './urlState';

const account = accountBox(() => void refreshMe());
const langToggle = h('button', { type: 'button', id: 'lang-toggle', 'data-testid': 'lang-toggle', class: 'secondary' });
const title = h('a', { href: '#/', class: 'brand' });
const navPlayground = h('a', { href: '../playground', class: 'nav-link' });
const navAudit = h('a', { href: '#/audit', id: 'nav-audit', class: 'nav-link', hidden: true });
const navReviews = h('a', { href: '#/reviews', id: 'nav-reviews', class: 'nav-link', hidden: true });
const navReport = h('a', { href: '#/report', class: 'nav-link', 'data-testid': 'nav-report' });
const navFollowing = h('a', { href: '#/following', id: 'nav-following', class: 'nav-link', hidden: true });
const navUsers = h('a', { href: '#/users', id: 'nav-users', class: 'nav-link', hidden: true });
const navDocuments = h('a', { href: '#/documents', id: 'nav-documents', class: 'nav-link' });
const navInstitutions = h('a', { href: '#/institutions', id: 'nav-institutions', class: 'nav-link', hidden: true });
let shellExport = exportMenu();
const main = h('main', { id: 'main', tabindex: '-1' });
const decisions = decisionNotice();
let view: View | null = null;
let pending: number | null = null;

function labelShell() {
  fill(title, h('strong', null, t('appTitle')), h('span', null, t('appSubtitle')));
  fill(navPlayground, t('navPlayground'));
  fill(navAudit, t('auditTitle'));
  fill(navReport, tx('navReport'));
  fill(navReviews, rv('reviewsTitle'), pendingBadge(pending));
  fill(navFollowing, ft('navFollowing'));
  fill(navUsers, ac('navUsers'));
  fill(navInstitutions, ins('navInstitutions'));
  fill(navDocuments, dt('navDocuments'));
  shellExport.replaceWith((shellExport = exportMenu()));
  account.relabel();
  decisions.relabel();
  // The visible word is the whole accessible name (label in name); the title explains it.
  fill(langToggle, h('span', { lang: lang() === 'zh' ? 'en' : 'zh-CN' }, t('langToggle')));
  langToggle.title = t('langToggleLabel');
}

/**
 * Whether the next answer of who is signed in brings the account's language: at the start, unless the address
 * named one (a pasted link wins for its page), and after each sign-in.
 */
let adoptAccountLang = !addressNamesLang();

/** The account's language, once known: the whole page is redrawn in it, and the address says it. */
function applyAccountLang() {
  adoptAccountLang = false;
  const chosen = accountLang();
  if (!chosen || chosen === lang()) return;
  setLang(chosen);
  recordLang();
  labelShell();
  view?.rerender();
}

/** Counts the asks of who is signed in: only the latest answer counts. */
let meAsked = 0;

async function refreshMe() {
  // The first ask at start may still be on its way when the sign-in page's ask (after the cookie was set) has
  // answered: an older answer arriving last must not sign the header out again.
  const ask = ++meAsked;
  let me: typeof app.me = null;
  let failure: string | undefined;
  try {
    me = await fetchMe();
  } catch (error) {
    // A server that is down: say so, keep the console usable as an anonymous reader's.
    failure = asApiError(error).message;
  }
  if (ask !== meAsked) return;
  app.me = me;
  if (adoptAccountLang) applyAccountLang();
  account.show(me, failure);
  navFollowing.hidden = !app.me; // a watch list is one's own
  navAudit.hidden = app.me?.role !== 'ADMIN'; // the audit trail is for admins; others never see the link
  navUsers.hidden = app.me?.role !== 'ADMIN'; // accounts are admins' to manage
  navInstitutions.hidden = app.me?.role !== 'ADMIN'; // so are institutions (shared decisions)
  navReviews.hidden = !mayReview(app.me); // the review queue is for reviewers and admins
  view?.meChanged?.();
  void decisions.refresh(app.me);
  void refreshPending();
}

/** The review link's count, asked again on each redraw so that it follows decisions made meanwhile. */
async function refreshPending() {
  pending = await pendingCount(app.me);
  fill(navReviews, rv('reviewsTitle'), pendingBadge(pending));
}

/** The sign-in page set the session cookie: learn who it is, then go where the visitor was going. */
async function signedIn(next: string) {
  adoptAccountLang = true;
  await refreshMe();
  window.location.hash = next ? inCurrentLang(next) : next;
}

function route(focus: boolean) {
  view?.destroy();
  view = viewForUrl(); // applies the address's lang (urlState.currentRoute)
  // One language state: the header and the language button are redrawn with the body on every redraw (Back,
  // Forward, a pasted link with the other lang), so a page is never half in one language.
  labelShell();
  if (app.me !== undefined) void refreshPending();
  fill(main, view.root);
  if (focus) (main.querySelector<HTMLElement>('#view-title') ?? main).focus();
  window.scrollTo(0, 0);
}

async function start() {
  currentRoute(); // a lang in the URL wins
  setLang(lang());
  document.body.append(
    h(
      'a',
      {
        href: '#main',
        class: 'skip-link',
        onclick: (e: Event) => {
          e.preventDefault();
          main.focus();
        },
      },
      'Skip to content / 跳到正文',
    ),
    h(
      'header',
      { class: 'shell' },
      title,
      h(
        'nav',
        { class: 'shell-nav' },
        navFollowing,
        navReviews,
        navAudit,
        navUsers,
        navInstitutions,
        navDocuments,
        navReport,
        navPlayground,
        shellExport,
      ),
      account.root,
      langToggle,
    ),
    decisions.root,
    main,
  );
  labelShell();
  window.addEventListener(SIGNED_OUT_EVENT, () => void refreshMe());
  window.addEventListener(REVIEWED_EVENT, () => void refreshPending());
  window.addEventListener(
    SIGNED_IN_EVENT,
    (event) => void signedIn((event as CustomEvent<{ next: string }>).detail.next),
  );
  langToggle.addEventListener('click', () => {
    setLang(lang() === 'zh' ? 'en' : 'zh');
    rememberLang(lang());
    recordLang();
    labelShell();
    view?.rerender();
  });
  onNavigation(() => route(true));
  try {
    app.themes = await fetchThemes();
  } catch {
    // The catalog view reports the failure itself when its own request fails too.
  }
  route(false);
  void refreshMe();
}

void start();
