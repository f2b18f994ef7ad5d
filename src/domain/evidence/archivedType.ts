// Which content types the archive keeps, and the one type a copy is stored and served under.

/**
 * What an archived copy may be: documents and raster images. Not SVG (it carries scripts), nor anything a
 * browser would run or an office suite open with macros.
 */
const ARCHIVED_TYPES: readonly string[] = [
  'text/html',
  'application/xhtml+xml',
  'application/pdf',
  'text/plain',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
];

/** A charset value worth keeping: a plain token, so that nothing else rides along in the header. */
const CHARSET = /^[a-z0-9][a-z0-9._:+-]{0,39}$/;

function charsetOf(params: string[]): string | null {
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = param
      .slice(eq + 1)
      .trim()
      .replace(/^"([^"]*)"$/, '$1')
      .toLowerCase();
    return CHARSET.test(value) ? value : null;
  }
  return null;
}

/**
 * The type a copy is kept and served under, rebuilt from the media type the archive checked (lowercased) and
 * a plain charset; null when the archive does not take that type. Never the raw header: a browser reads
 * `text/plain; a=b, image/svg+xml` as SVG, where the check read text/plain.
 */
export function archivedType(header: string | null | undefined): string | null {
  if (!header) return null;
  const [essence, ...params] = header.split(';');
  const type = essence.trim().toLowerCase();
  if (!ARCHIVED_TYPES.includes(type)) return null;
  const charset = charsetOf(params);
  return charset ? `${type}; charset=${charset}` : type;
}
