// HTML into the blocks of a document's text (catalog/documentText.ts). The page is parsed by linkedom, a DOM with
// no script engine at all: nothing in the page can run, and no resource is fetched. Scripts, styles and embedded
// objects are removed before Readability picks the main content, and only text leaves this file: no markup is
// stored. DOCX arrives here too, as the HTML mammoth makes of it, without Readability (it is all content).
import { Readability } from '@mozilla/readability';
import type { TextBlock, TextRun } from '../catalog/documentText';

const INERT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, nav, footer';
const HEADING = /^H([1-6])$/;
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'DT',
  'DD',
  'DL',
  'FIGCAPTION',
  'FIGURE',
  'HEADER',
  'ASIDE',
  'BR',
  'HR',
]);
const BOLD = new Set(['B', 'STRONG']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function blocksOf(root: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let runs: TextRun[] = [];
  const flush = () => {
    if (runs.some((r) => r.text.trim())) blocks.push({ kind: 'paragraph', runs });
    runs = [];
  };
  const walk = (node: DomNode, bold: boolean) => {
    if (node.nodeType === 3) {
      if (node.textContent) runs.push({ text: node.textContent, bold });
      return;
    }
    if (node.nodeType !== 1) return;
    const heading = HEADING.exec(node.nodeName);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: Number(heading[1]), text: node.textContent ?? '' });
      return;
    }
    const block = BLOCK.has(node.nodeName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child, bold || BOLD.has(node.nodeName));
    if (block) flush();
  };
  walk(root, false);
  flush();
  return blocks;
}

interface Removable {
  remove(): void;
}
interface ParsedRoot {
  querySelectorAll(selector: string): ArrayLike<Removable>;
}

// linkedom is an ES module: loaded with import(), in the parsing worker only (documentFile.worker.ts).
async function parse(html: string) {
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(html);
  for (const el of Array.from((document as unknown as ParsedRoot).querySelectorAll(INERT))) el.remove();
  return document;
}

const wrapped = (html: string) => `<!doctype html><html><head></head><body>${html}</body></html>`;

/** A web page's main content as blocks. */
export async function htmlBlocks(html: string): Promise<TextBlock[]> {
  const document = await parse(html);
  // Readability works on the tree as given (inert parts removed); its answer is sanitised HTML of the main content.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    keepClasses: false,
  }).parse();
  const content = article?.content ? (await parse(wrapped(article.content))).body : document.body;
  return content ? blocksOf(content as unknown as DomNode) : [];
}

/** HTML that is all content (mammoth's DOCX conversion): headings, paragraphs and bold, as they are. */
export async function contentHtmlBlocks(html: string): Promise<TextBlock[]> {
  return blocksOf((await parse(wrapped(html))).body as unknown as DomNode);
}
