// Every page with examples has them run: the pages whose ```graphql blocks or curl ```bash blocks exist are
// exactly the ones tests/graphql/readmeExamples.test.ts and tests/workflow/analystSession.test.ts run, so a
// new guide with examples cannot be skipped; and no GraphQL block hides where the runner cannot see it.
import fs from 'node:fs';
import path from 'node:path';
import { examplesOf } from '../helpers/markdownExamples';
import { GUIDE_PAGES, SESSION_PAGE } from '../helpers/documentedSessions';

const root = path.join(__dirname, '../..');
const read = (page: string) => fs.readFileSync(path.join(root, page), 'utf8');
const docs = fs.readdirSync(path.join(root, 'docs')).flatMap((f) => (f.endsWith('.md') ? [`docs/${f}`] : []));
const pages = ['README.md', ...docs];

it('runs the examples of every page that has any, the README and its guides in the order they build on', () => {
  const withExamples = pages.filter((page) => examplesOf(read(page)).length > 0);
  expect(withExamples.sort()).toEqual([...GUIDE_PAGES, SESSION_PAGE].sort());
  expect(GUIDE_PAGES[0]).toBe('README.md');
});

it.each(pages)('%s has no GraphQL block that the runner misses (one indented in a list, say)', (page) => {
  const fences = read(page).match(/^[ \t]*```graphql[ \t]*$/gm) ?? [];
  expect(examplesOf(read(page)).filter((e) => e.kind === 'graphql')).toHaveLength(fences.length);
});
