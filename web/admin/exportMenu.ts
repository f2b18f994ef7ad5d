// The console's export control: the four files of GET /export/…, for the catalog's current filters (read from
// its form by field name) or a given asOf. Fetched with the session cookie, since PUBLIC_READ=false servers need
// it, then handed to the browser as a download under the server's file name.
import { h } from './dom';
import { tx } from './exchangeText';

const FILTER_FIELDS = ['search', 'status', 'theme', 'pillar', 'health'];

/** The catalog's filters as the export's query string, when its form is on the page. */
function currentFilters(): URLSearchParams {
  const params = new URLSearchParams();
  const form = document.querySelector<HTMLFormElement>('form.filters');
  for (const name of FILTER_FIELDS) {
    const field = form?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const value = field?.value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/.exec(header);
  if (star) return decodeURIComponent(star[1]);
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}

async function download(path: string, params: URLSearchParams, status: HTMLElement): Promise<void> {
  status.textContent = '';
  const response = await fetch(`${path}?${params.toString()}`, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    status.textContent = tx('exportFailed', { message: body?.errors?.[0]?.message ?? `HTTP ${response.status}` });
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: fileNameOf(response, path.split('/').pop()!) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// One listener for every menu on the page: a click outside an open menu closes it.
document.addEventListener('click', (e) => {
  for (const menu of document.querySelectorAll<HTMLDetailsElement>('details.export-menu[open]'))
    if (!menu.contains(e.target as Node)) menu.open = false;
});

/** `asOf`, when given, is the date the files are as of; otherwise they are current. */
export function exportMenu(asOf?: () => string | null): HTMLElement {
  const status = h('span', { class: 'export-status', role: 'status', 'data-testid': 'export-status' });
  const button = (kind: 'recommendations' | 'progress', ext: 'csv' | 'xlsx') =>
    h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'data-testid': `export-${kind}-${ext}`,
        onclick: () => {
          const params = currentFilters();
          const date = asOf?.();
          if (date) params.set('asOf', date);
          void download(`/export/${kind}.${ext}`, params, status);
        },
      },
      `${kind === 'recommendations' ? tx('exportCatalog') : tx('exportProgress')} · ${ext.toUpperCase()}`,
    );
  // A menu closes as menus do: on Escape (focus back on its summary) and on a click anywhere outside it.
  const menu: HTMLDetailsElement = h(
    'details',
    {
      class: 'export-menu no-print',
      'data-testid': 'export-menu',
      onkeydown: (e: Event) => {
        if ((e as KeyboardEvent).key !== 'Escape' || !menu.open) return;
        menu.open = false;
        menu.querySelector('summary')?.focus();
      },
    },
    h('summary', null, tx('export')),
    h(
      'div',
      { class: 'export-buttons', title: tx('exportHint') },
      button('recommendations', 'csv'),
      button('recommendations', 'xlsx'),
      button('progress', 'csv'),
      button('progress', 'xlsx'),
      status,
    ),
  );
  return menu;
}
