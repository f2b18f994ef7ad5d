// The GraphQL playground served at /playground/: GraphiQL 5 with every asset bundled locally
// (Monaco, its workers and fonts), so it works with no network beyond this server.
import './setup-workers';
import 'graphiql/style.css';
import './playground.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { exampleTabs } from './examples';
import { bindTokenInput, readToken } from '../shared/token';
import { bindPaneSwitch, requestSent } from './paneSwitch';
import { mendGraphiQL } from './a11yFixes';

/**
 * Adds `Authorization: Bearer <token>` from the token bar to every request, unless the headers
 * editor already sets Authorization (an explicit header there wins).
 */
const authorizedFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  const token = readToken();
  if (token && !headers.has('Authorization')) headers.set('Authorization', `Bearer ${token}`);
  requestSent(init?.body);
  return window.fetch(input, { ...init, headers });
};

const fetcher = createGraphiQLFetcher({ url: '/graphql', fetch: authorizedFetch });

/** GraphiQL keeps its tabs in localStorage under "graphiql:"; dropping them brings the examples back. */
function resetExamples(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('graphiql:')) localStorage.removeItem(key);
  }
  window.location.reload();
}

const tokenInput = document.getElementById('token-input') as HTMLInputElement;
bindTokenInput(tokenInput);
// Enter in the token field saves it; the form never navigates.
document.getElementById('token-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  tokenInput.dispatchEvent(new Event('change'));
});
document.getElementById('reset-examples')?.addEventListener('click', resetExamples);
bindPaneSwitch();

const graphiqlRoot = document.getElementById('graphiql')!;
mendGraphiQL(graphiqlRoot);
createRoot(graphiqlRoot).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs()} />
  </StrictMode>,
);
