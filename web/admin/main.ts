// The analyst console served at /admin/: a shell (token, language) around client-side routes (router.ts):
// #/ for the catalog, #/r/<code> for one recommendation, #/audit for admins, #/reviews for reviewers and admins. It talks only to POST /graphql.
import './admin.css';
import { bindTokenInput } from '../shared/token';
import { asApiError, fetchMe, fetchThemes } from './api';
import { exportMenu } from './exportMenu';
import { tx } from './exchangeText';
import { mayReview, rv } from './reviewText';
import { ft } from './followText';
import { fill, h } from './dom';
import { lang, setLang, t } from './i18n';
import { onNavigation, viewForUrl } from './router';
import { app, type View } from './state';
import { currentRoute, recordLang } from './urlState';

const tokenInput = h('input', {
  id: 'token-input',
  'data-testid': 'token-input',
  type: 'password',
  autocomplete: 'off',
  spellcheck: 'false',
  'aria-describedby': 'token-hint me-status',
});
const tokenLabel = h('label', { for: 'token-input' });
const tokenHint = h('span', { id: 'token-hint', class: 'visually-hidden' });
const meStatus = h('span', { id: 'me-status', 'data-testid': 'me-status', class: 'me-status', role: 'status' });
const langToggle = h('button', { type: 'button', id: 'lang-toggle', 'data-testid': 'lang-toggle', class: 'secondary' });
const title = h('a', { href: '#/', class: 'brand' });
const navPlayground = h('a', { href: '../playground', class: 'nav-link' });
const navAudit = h('a', { href: '#/audit', id: 'nav-audit', class: 'nav-link', hidden: true });
const navReviews = h('a', { href: '#/reviews', id: 'nav-reviews', class: 'nav-link', hidden: true });
const navReport = h('a', { href: '#/report', class: 'nav-link', 'data-testid': 'nav-report' });
const navFollowing = h('a', { href: '#/following', id: 'nav-following', class: 'nav-link', hidden: true });
let shellExport = exportMenu();
const main = h('main', { id: 'main', tabindex: '-1' });
let meText: () => string = () => '';
let view: View | null = null;

function labelShell() {
  fill(title, h('strong', null, t('appTitle')), h('span', null, t('appSubtitle')));
  fill(navPlayground, t('navPlayground'));
  fill(navAudit, t('auditTitle'));
  fill(navReport, tx('navReport'));
  fill(navReviews, rv('reviewsTitle'));
  fill(navFollowing, ft('navFollowing'));
  shellExport.replaceWith((shellExport = exportMenu()));
  fill(tokenLabel, t('apiToken'));
  fill(tokenHint, t('tokenHint'));
  tokenInput.placeholder = t('tokenPlaceholder');
  // The visible word is the whole accessible name (label in name); the title explains it.
  fill(langToggle, h('span', { lang: lang() === 'zh' ? 'en' : 'zh-CN' }, t('langToggle')));
  langToggle.title = t('langToggleLabel');
  fill(meStatus, meText());
}

async function refreshMe() {
  try {
    app.me = await fetchMe();
    const me = app.me;
    meText = () => (me ? t('signedInAs', { name: me.name, role: me.role }) : t('anonymous'));
    meStatus.dataset.state = me ? 'signed-in' : 'anonymous';
  } catch (error) {
    // A rejected token (UNAUTHENTICATED) or a server that is down: say so, keep the console usable.
    app.me = null;
    const e = asApiError(error);
    const message = `${e.message} (${e.code})`;
    meText = () => t(e.code === 'UNAUTHENTICATED' ? 'tokenRejected' : 'meFailed', { message });
    meStatus.dataset.state = 'error';
  }
  fill(meStatus, meText());
  navFollowing.hidden = !app.me; // a watch list is one's own
  navAudit.hidden = app.me?.role !== 'ADMIN'; // the audit trail is for admins; others never see the link
  navReviews.hidden = !mayReview(app.me); // the review queue is for reviewers and admins
  view?.meChanged?.();
}

function route(focus: boolean) {
  view?.destroy();
  view = viewForUrl();
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
      h('nav', { class: 'shell-nav' }, navFollowing, navReviews, navAudit, navReport, navPlayground, shellExport),
      // A form so that Enter saves the token and password managers know the field; it never submits.
      h(
        'form',
        {
          class: 'token-box',
          onsubmit: (e: Event) => {
            e.preventDefault();
            tokenInput.dispatchEvent(new Event('change'));
          },
        },
        tokenLabel,
        tokenInput,
        tokenHint,
        meStatus,
      ),
      langToggle,
    ),
    main,
  );
  labelShell();
  bindTokenInput(tokenInput, () => void refreshMe());
  langToggle.addEventListener('click', () => {
    setLang(lang() === 'zh' ? 'en' : 'zh');
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
