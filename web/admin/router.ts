// Which view the address bar asks for (#/, #/r/<code>, #/audit, #/report/<date>, #/reviews, #/sign-in, #/account, #/users, #/institutions, #/documents, #/documents/<slug>). Views record their own changes (urlState.recordRoute) without a
// redraw; back, forward, a link or an edited address redraw from the URL, once per distinct URL.
import { auditView } from './audit';
import { catalogView } from './catalog';
import { detailView } from './detail';
import { reportView } from './report';
import { followingView } from './following';
import { reviewsView } from './reviews';
import { signInView } from './signIn';
import { accountView } from './account';
import { usersView } from './users';
import { institutionsView } from './institutions';
import { documentsView } from './documents';
import { documentView } from './documentPage';
import type { View } from './state';
import { currentRoute, isShown, markShown, recordLang } from './urlState';

export function viewForUrl(): View {
  const route = currentRoute();
  recordLang(); // a link without lang (or an old #/r/<code>) gains it, so a copy of the address is complete
  if (route.view === 'detail') return detailView(route.code, route.asOf);
  if (route.view === 'audit') return auditView(route.query);
  if (route.view === 'report') return reportView(route.date);
  if (route.view === 'following') return followingView();
  if (route.view === 'reviews') return reviewsView();
  if (route.view === 'signIn') return signInView(route.next);
  if (route.view === 'account') return accountView();
  if (route.view === 'users') return usersView();
  if (route.view === 'institutions') return institutionsView();
  if (route.view === 'documents') return documentsView();
  if (route.view === 'document') return documentView(route.slug, route.show);
  return catalogView(route.query);
}

/**
 * Calls `onNavigate` when navigation (back, forward, a link, an edited address) leads to an address the
 * page does not show yet: popstate and hashchange both fire for one, and views' own pushState fires neither.
 */
export function onNavigation(onNavigate: () => void): void {
  markShown();
  const check = () => {
    if (isShown(window.location.href)) return;
    markShown();
    onNavigate();
  };
  window.addEventListener('popstate', check);
  window.addEventListener('hashchange', check);
}
