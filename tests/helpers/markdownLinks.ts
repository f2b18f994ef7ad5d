// The links of a Markdown page and the anchors its headings make, as GitHub renders them: parsed with
// markdown-it (CommonMark, so links in code blocks and code spans are not links), and slugged as GitHub's
// github-slugger does (lower case, punctuation and symbols dropped, each space a hyphen, repeats numbered).
import fs from 'node:fs';
import path from 'node:path';
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: true });

interface Link {
  target: string;
  line: number;
}

function walk(tokens: MarkdownIt.Token[], visit: (token: MarkdownIt.Token, line: number) => void, line = 0): void {
  for (const token of tokens) {
    const here = token.map ? token.map[0] + 1 : line;
    visit(token, here);
    if (token.children) walk(token.children, visit, here);
  }
}

/** Every link, image and HTML `src`/`href` of the page, with the line it starts on. */
export function linksOf(text: string): Link[] {
  const links: Link[] = [];
  walk(markdown.parse(text, {}), (token, line) => {
    const attr = token.type === 'link_open' ? 'href' : token.type === 'image' ? 'src' : null;
    if (attr) links.push({ target: String(token.attrGet(attr) ?? ''), line });
    if (token.type === 'html_block' || token.type === 'html_inline')
      for (const m of token.content.matchAll(/\b(?:src|href)="([^"]*)"/g)) links.push({ target: m[1], line });
  });
  return links;
}

/** GitHub's anchor for a heading's text. */
function slugOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of the page's headings, a repeated one numbered as GitHub does (`-1`, `-2`…). */
export function anchorsOf(text: string): Set<string> {
  const tokens = markdown.parse(text, {});
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const inline = tokens[i + 1].children ?? [];
    const slug = slugOf(inline.map((t) => (t.type === 'text' || t.type === 'code_inline' ? t.content : '')).join(''));
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  });
  return anchors;
}

/**
 * The relative links of `page` (a path under `root`) that lead nowhere: to a file that does not exist, or
 * to a `#anchor` that no heading of the Markdown file makes. Links with a scheme (https:, mailto:) are not
 * followed.
 */
export function brokenLinks(root: string, page: string, text: string): string[] {
  return linksOf(text).flatMap(({ target, line }) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return [];
    const [file, anchor] = target.split('#', 2);
    const resolved = file ? path.join(path.dirname(page), decodeURI(file)) : page;
    const where = `${page}:${line} → ${target}`;
    if (!file && !anchor) return [`${where} (empty link)`];
    if (resolved !== page && !fs.existsSync(path.join(root, resolved))) return [`${where} (no file ${resolved})`];
    if (anchor === undefined) return [];
    if (!resolved.endsWith('.md')) return [`${where} (an anchor into a file that is not Markdown)`];
    const targetText = resolved === page ? text : fs.readFileSync(path.join(root, resolved), 'utf8');
    return anchorsOf(targetText).has(anchor) ? [] : [`${where} (no heading #${anchor} in ${resolved})`];
  });
}
