// Where GraphiQL keeps its tabs, history and favorites: localStorage, minus every request's headers. A program's
// token typed into the headers editor is sent, never saved; `shouldPersistHeaders={false}` already keeps it out
// of the tabs, but GraphiQL's history and favorites store each run's headers regardless.
import type { Storage } from '@graphiql/toolkit';

const PREFIX = 'graphiql:';

/** A stored value with every `headers` property dropped, at any depth; text that is not JSON is kept as it is. */
function withoutHeaders(value: string): string {
  try {
    return JSON.stringify(JSON.parse(value), (key, v: unknown) => (key === 'headers' ? undefined : v));
  } catch {
    return value;
  }
}

const keys = () => Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));

export const headerlessStorage: Storage = {
  getItem: (key) => localStorage.getItem(key),
  setItem(key, value) {
    if (key === `${PREFIX}headers`)
      localStorage.removeItem(key); // the headers editor's own text
    else localStorage.setItem(key, withoutHeaders(value));
  },
  removeItem: (key) => localStorage.removeItem(key),
  clear() {
    for (const key of keys()) localStorage.removeItem(key);
  },
  get length() {
    return keys().length;
  },
};
