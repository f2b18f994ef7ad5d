// The GraphQL playground served at /playground/: GraphiQL 5 with every asset bundled locally
// (Monaco, its workers and fonts), so it works with no network beyond this server. Requests are signed in by
// the console's session cookie (same-origin JSON, which the server's Origin check accepts); a program's token
// may be typed into the headers editor as `Authorization: Bearer …`, which then wins, and is never saved.
import './setup-workers';
import 'graphiql/style.css';
import './playground.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { exampleTabs } from './examples';
import { headerlessStorage } from './headerlessStorage';
import { bindPaneSwitch, requestSent } from './paneSwitch';
import { mendGraphiQL } from './a11yFixes';

/** Every request with the session cookie; the pane switch hears of it. */
const sessionFetch: typeof fetch = (input, init) => {
  requestSent(init?.body);
  return window.fetch(input, { ...init, credentials: 'same-origin' });
};

const fetcher = createGraphiQLFetcher({ url: '/graphql', fetch: sessionFetch });

/** GraphiQL keeps its tabs in localStorage under "graphiql:"; dropping them brings the examples back. */
function resetExamples(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('graphiql:')) localStorage.removeItem(key);
  }
  window.location.reload();
}

document.getElementById('reset-examples')?.addEventListener('click', resetExamples);
bindPaneSwitch();

const graphiqlRoot = document.getElementById('graphiql')!;
mendGraphiQL(graphiqlRoot);
createRoot(graphiqlRoot).render(
  <StrictMode>
    {/* Headers (a pasted token) are never written to localStorage, and the setting to do so is hidden. */}
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs()} shouldPersistHeaders={false} storage={headerlessStorage} />
  </StrictMode>,
);
