// The console's preferences: its language and whether the catalog's charts are open. A signed-in user's are the
// account's (`Viewer.preferences`, `setPreferences`), so they follow the person to another browser; an
// anonymous visitor's stay in this browser (localStorage: nothing secret). Each choice is kept in both places
// while signed in, so that signing out leaves the console as it was.
import { gql } from './api';
import { ConsoleSetPreferencesDocument, type SetPreferencesInput } from './__generated__/operations';
import type { Lang } from './i18n';
import { app } from './state';

const CHARTS_KEY = 'tracker.charts';

function stored(): string | null {
  try {
    return localStorage.getItem(CHARTS_KEY);
  } catch {
    return null; // storage disabled: the default
  }
}

/** Sends a choice to the account; a failure keeps it in this browser only, which is all an unsaved choice loses. */
function save(input: SetPreferencesInput): void {
  if (!app.me) return;
  gql(ConsoleSetPreferencesDocument, { input }).catch(() => undefined);
}

/** Whether the catalog's charts section starts open: the account's choice, else this browser's; closed at first. */
export function chartsOpen(): boolean {
  const mine = app.me?.preferences.chartsOpen;
  return mine ?? stored() === 'open';
}

export function rememberChartsOpen(open: boolean): void {
  if (open === chartsOpen()) return;
  try {
    localStorage.setItem(CHARTS_KEY, open ? 'open' : 'closed');
  } catch {
    // not remembered in this browser, still saved to the account
  }
  if (app.me) app.me.preferences.chartsOpen = open;
  save({ chartsOpen: open });
}

/** The language the signed-in account chose, if it chose one. */
export function accountLang(): Lang | null {
  const chosen = app.me?.preferences.language;
  return chosen ? (chosen === 'ZH' ? 'zh' : 'en') : null;
}

/** The language switch's choice, for the account (this browser keeps it through i18n.setLang). */
export function rememberLang(next: Lang): void {
  if (!app.me || accountLang() === next) return;
  app.me.preferences.language = next === 'zh' ? 'ZH' : 'EN';
  save({ language: app.me.preferences.language });
}
