// Escaping by construction: every page is built with the `html` tag, which escapes each interpolated value
// unless it is already Html (made by this tag, or by `trusted` for the few fixed strings that are markup).
// A note holding <script> therefore shows as text wherever it lands; JSON-LD has its own escape (jsonLd).

/** Markup that is safe to send as it is. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or an attribute value (always double-quoted in our templates). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

function render(v: Value): string {
  if (v === null || v === undefined || v === false) return '';
  if (v instanceof Html) return v.text;
  if (Array.isArray(v)) return (v as readonly Value[]).map(render).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0];
  values.forEach((v, i) => (out += render(v) + strings[i + 1]));
  return new Html(out);
}

/** A fixed string of our own markup (never data). */
export const trusted = (markup: string): Html => new Html(markup);

/**
 * A JSON-LD block. JSON.stringify escapes quotes, and `<`, `>`, `&` and the two line separators are written as
 * \u escapes, so that no text can close the script element or start a comment inside it.
 */
export function jsonLd(data: unknown): Html {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return new Html(`<script type="application/ld+json">${json}</script>`);
}
