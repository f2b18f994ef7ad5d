// Small pieces shared by the catalog and the recommendation page. Colour is never the only signal:
// every chip and badge carries its label as text.
import { h } from './dom';
import { healthName, statusName, t } from './i18n';
import type { Health, RecommendationStatus as Status } from './__generated__/operations';

export const statusChip = (status: Status, attrs: Record<string, string> = { 'data-testid': 'status-chip' }) =>
  h('span', { class: `chip status-${status}`, 'data-status': status, ...attrs }, statusName(status));

/**
 * A status that is only proposed (awaiting review): said in words ("Proposed: Implemented") and outlined, never
 * the filled chip of a record's own status, so a pending proposal never reads as the record's state.
 */
export const proposedStatus = (status: Status, label: string) =>
  h('span', { class: `proposed-status status-${status}`, 'data-proposed-status': status }, label);

const healthBadge = (health: Health, attrs: Record<string, string> = {}) =>
  h('span', { class: `badge health-${health}`, 'data-health': health, ...attrs }, healthName(health));

/**
 * A record's health as the console says it: "No target" where the API's health is ON_TRACK only because no
 * target date was set (a console label: the API's Health is unchanged; docs/methodology.md).
 */
export const healthOf = (r: { health: Health; targetDate?: string | null }, attrs: Record<string, string> = {}) =>
  r.health === 'ON_TRACK' && !r.targetDate
    ? h(
        'span',
        { class: 'badge health-NO_TARGET', 'data-health': 'ON_TRACK', 'data-no-target': 'true', ...attrs },
        t('noTarget'),
      )
    : healthBadge(r.health, attrs);

export function progressBar(progress: number, attrs: Record<string, string> = {}): HTMLElement {
  const value = Math.max(0, Math.min(100, Math.round(progress)));
  const fillBar = h('span', { class: 'progress-fill' });
  fillBar.style.width = `${value}%`; // CSSOM, allowed by a CSP without 'unsafe-inline'
  return h(
    'span',
    { class: 'progress', ...attrs },
    h(
      'span',
      {
        class: 'progress-track',
        role: 'progressbar',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': value,
        'aria-label': t('progress'),
      },
      fillBar,
    ),
    h('span', { class: 'progress-text' }, `${value}%`),
  );
}

/** The "API token" message area and alerts share one look: a plain sentence (errorText.ts) and a hint. */
export function errorContent(message: string, code: string, hint?: string): (HTMLElement | string)[] {
  return [
    // The code stays for programs (data-code), never as words on the screen.
    h('strong', { class: 'error-message', 'data-code': code }, message),
    hint ? h('span', { class: 'error-hint' }, hint) : '',
  ];
}
