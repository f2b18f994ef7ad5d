// What the views share: the themes (loaded once) and who is signed in.
import type { Theme, Viewer } from './api';

export const app = {
  themes: [] as Theme[],
  /** undefined while unknown, null when anonymous. */
  me: undefined as Viewer | null | undefined,
};

/** Sent on window by the sign-in page once the session cookie is set; `detail.next` is the hash to return to. */
export const SIGNED_IN_EVENT = 'tracker:signed-in';

/** Sent on window when this browser's session has ended from a view (My account): the shell asks who is in. */
export const SIGNED_OUT_EVENT = 'tracker:signed-out';

/** Sent on window when the review queue decided a proposal: the shell's review link counts again. */
export const REVIEWED_EVENT = 'tracker:reviewed';

/** A page of the console. `rerender` redraws from loaded data (language switch) without refetching. */
export interface View {
  root: HTMLElement;
  rerender(): void;
  /** The signed-in account changed (app.me): signed in, out, or another. */
  meChanged?(): void;
  destroy(): void;
}
