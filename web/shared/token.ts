// One bearer token for both pages: the playground and the analyst console read and write the same
// localStorage key, so signing in on one serves the other.
const TOKEN_KEY = 'tracker.token';

export function readToken(): string {
  try {
    return (localStorage.getItem(TOKEN_KEY) ?? '').trim();
  } catch {
    return ''; // storage disabled (private mode, sandboxed frame): act as anonymous
  }
}

function saveToken(token: string): void {
  try {
    const value = token.trim();
    if (value) localStorage.setItem(TOKEN_KEY, value);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing to do: the token then lives only as long as the input's value.
  }
}

/** The Authorization header for the stored token, or nothing when anonymous. */
export function authHeader(): Record<string, string> {
  const token = readToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/**
 * Fills the input from storage and saves every keystroke at once (so a request sent right after
 * typing already carries the new token). `onChange` runs when the stored token changed, debounced
 * while typing and immediately on change/blur.
 */
export function bindTokenInput(input: HTMLInputElement, onChange?: (token: string) => void): void {
  input.value = readToken();
  let notified = readToken();
  let timer: number | undefined;
  const notify = () => {
    window.clearTimeout(timer);
    const now = readToken();
    if (now === notified) return;
    notified = now;
    onChange?.(now);
  };
  input.addEventListener('input', () => {
    saveToken(input.value);
    window.clearTimeout(timer);
    timer = window.setTimeout(notify, 400);
  });
  input.addEventListener('change', () => {
    saveToken(input.value);
    notify();
  });
  // Another tab changed the token: follow it.
  window.addEventListener('storage', (event) => {
    if (event.key !== TOKEN_KEY && event.key !== null) return;
    input.value = readToken();
    notify();
  });
}
