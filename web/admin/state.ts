// What the views share: the themes (loaded once) and who the token belongs to.
import type { Theme, Viewer } from './api';

export const app = {
  themes: [] as Theme[],
  /** undefined while unknown, null when anonymous. */
  me: undefined as Viewer | null | undefined,
};

/** A page of the console. `rerender` redraws from loaded data (language switch) without refetching. */
export interface View {
  root: HTMLElement;
  rerender(): void;
  /** The token's account changed (app.me). */
  meChanged?(): void;
  destroy(): void;
}
