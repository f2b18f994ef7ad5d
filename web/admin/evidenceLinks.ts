// A log entry's evidence in the timeline: each link with what the server archived of it, "archived copy ·
// captured on 2026-11-20 · still online", or plainly why there is no copy. The copy is fetched with the session
// cookie (PUBLIC_READ=false servers need it) and handed to the browser as the download the server makes it.
import { h, safeLink } from './dom';
import { formatInstant, t } from './i18n';
import type { Evidence } from './api';

const day = (iso: string | null) => formatInstant(iso).slice(0, 10);

async function download(path: string, status: HTMLElement): Promise<void> {
  status.textContent = '';
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    status.textContent = t('archiveFailed', { message: body?.errors?.[0]?.message ?? `HTTP ${response.status}` });
    return;
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'evidence';
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function linkState(e: Evidence): string {
  if (e.linkState === 'ONLINE') return t('linkOnline');
  if (e.linkState === 'MISSING') return t('linkMissing', { date: day(e.checkedAt) });
  if (e.linkState === 'CHANGED') return t('linkChanged', { date: day(e.checkedAt) });
  return t('linkUnchecked');
}

function archiveFacts(e: Evidence): (HTMLElement | string)[] {
  if (e.captureState === 'PENDING') return [t('capturePending')];
  if (e.captureState === 'BLOCKED') return [t('captureBlocked')];
  // The failure's kind, in words; the server's logged detail (failureReason, admins only) is a developer's text
  // in English, so it stays behind the sentence, as its tooltip.
  if (e.captureState === 'FAILED')
    return [
      h(
        'span',
        { title: e.failureReason ?? undefined },
        t('captureFailed', { reason: e.failure ? t(`failure${e.failure}`) : t('failureHTTP_ERROR') }),
      ),
    ];
  const status = h('span', { role: 'status' });
  const copy = h(
    'a',
    {
      href: e.archivedCopyUrl ?? '#',
      'data-testid': 'archived-copy',
      onclick: (event: Event) => {
        event.preventDefault();
        if (e.archivedCopyUrl) void download(e.archivedCopyUrl, status);
      },
    },
    t('archivedCopy'),
  );
  return [copy, ' · ', t('capturedOn', { date: day(e.capturedAt) }), ' · ', linkState(e), status];
}

/** One row per link, in the entry's order; entries logged before evidence records show their plain links. */
export function evidenceList(evidence: Evidence[]): HTMLElement[] {
  return evidence.map((e) =>
    h(
      'div',
      {
        class: 'evidence-item',
        'data-testid': 'evidence-item',
        'data-capture': e.captureState,
        'data-link': e.linkState,
      },
      safeLink(e.url),
      h('span', { class: 'evidence-archive muted' }, archiveFacts(e)),
    ),
  );
}
