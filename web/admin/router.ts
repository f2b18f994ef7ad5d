// Which view the address bar asks for. Views record their own changes (urlState.recordRoute) without a
// redraw; back, forward, a link or an edited address redraw from the URL, once per distinct URL.
import { auditView } from './audit';
import { catalogView } from './catalog';
import { detailView } from './detail';
import type { View } from './state';
import { currentRoute, recordLang } from './urlState';

export function viewForUrl(): View {
  const route = currentRoute();
  recordLang(); // a link without lang (or an old #/r/<code>) gains it, so a copy of the address is complete
  if (route.view === 'detail') return detailView(route.code, route.asOf);
  if (route.view === 'audit') return auditView(route.query);
  return catalogView(route.query);
}

/** Calls `onNavigate` when the URL changes by navigation (popstate and hashchange both fire for one). */
export function onNavigation(onNavigate: () => void): void {
  let shown = window.location.href;
  const check = () => {
    if (window.location.href === shown) return;
    shown = window.location.href;
    onNavigate();
  };
  window.addEventListener('popstate', check);
  window.addEventListener('hashchange', check);
  // Views change the URL with pushState, which fires neither event: keep `shown` in step with them.
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      shown = window.location.href;
    };
  }
}
