// Keeps the map of the documentation true: every relative link of the README and of docs/*.md leads to a
// file that exists, and every #anchor to a heading of the page it names (as GitHub makes anchors).
import fs from 'node:fs';
import path from 'node:path';
import { anchorsOf, brokenLinks, linksOf } from '../helpers/markdownLinks';

const root = path.join(__dirname, '../..');
const pages = [
  'README.md',
  ...fs.readdirSync(path.join(root, 'docs')).flatMap((f) => (f.endsWith('.md') ? [`docs/${f}`] : [])),
];

describe('the checker', () => {
  it('makes the anchors GitHub makes, a repeated heading numbered', () => {
    const text =
      "# An analyst's guide\n\n## A round trip (export → edit → dry run → apply)\n\n## `asOf`, again\n\n## Search\n\n## Search\n";
    expect([...anchorsOf(text)]).toEqual([
      'an-analysts-guide',
      'a-round-trip-export--edit--dry-run--apply',
      'asof-again',
      'search',
      'search-1',
    ]);
  });

  it('finds links in text, images and HTML, and none in code', () => {
    const text = '[a](x.md#y) ![b](pic.png)\n\n<img src="p.png">\n\n`[c](code.md)`\n\n```\n[d](block.md)\n```\n';
    expect(linksOf(text).map((l) => l.target)).toEqual(['x.md#y', 'pic.png', 'p.png']);
  });

  it('reports a missing file, a missing heading and an anchor into a picture, and follows no web link', () => {
    const text =
      '# Here\n\n[ok](#here) [gone](#there) [no file](nowhere.md) [web](https://example.org/#x)\n' +
      '[readme](../README.md#ai-governance-recommendation-tracker) [bad anchor](../README.md#nothing) [pic](screenshots/playground.png#a)\n';
    expect(brokenLinks(root, 'docs/example.md', text)).toEqual([
      'docs/example.md:3 → #there (no heading #there in docs/example.md)',
      'docs/example.md:3 → nowhere.md (no file docs/nowhere.md)',
      'docs/example.md:3 → ../README.md#nothing (no heading #nothing in README.md)',
      'docs/example.md:3 → screenshots/playground.png#a (an anchor into a file that is not Markdown)',
    ]);
  });
});

describe.each(pages)('%s', (page) => {
  it('has only links that lead to an existing file and heading', () => {
    expect(brokenLinks(root, page, fs.readFileSync(path.join(root, page), 'utf8'))).toEqual([]);
  });
});
