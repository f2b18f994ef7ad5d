// On a narrow screen (≤ 600 px) the playground shows the editor or the result, not both squeezed side by
// side; two buttons in the top bar switch between them, and running an operation shows its result.
const NARROW = window.matchMedia('(max-width: 600px)');

function showPane(pane: 'editor' | 'result'): void {
  document.body.dataset.pane = pane;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-pane-button]'))
    button.setAttribute('aria-pressed', String(button.dataset.paneButton === pane));
}

export function bindPaneSwitch(): void {
  showPane('editor');
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-pane-button]'))
    button.addEventListener('click', () => showPane(button.dataset.paneButton === 'result' ? 'result' : 'editor'));
}

/** Called for every request GraphiQL sends: one the user ran (not the schema's introspection) shows its result. */
export function requestSent(body: BodyInit | null | undefined): void {
  if (!NARROW.matches || typeof body !== 'string' || body.includes('"operationName":"IntrospectionQuery"')) return;
  showPane('result');
}
