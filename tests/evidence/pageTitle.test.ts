// The title of a captured page is read in one forward pass (domain/evidence/titleScan.ts): its work grows
// with the page, so a page built against it (`<title<title<title…`, quadratic for the regex it replaces)
// costs what any page of its size costs. Work is counted in steps, never timed.
import { titleOf } from '../../src/domain/evidence/pageFacts';

const KB = 1024;

/** `unit` repeated to `bytes` bytes. */
const bomb = (unit: string, bytes: number) => Buffer.from(unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes));

function stepsFor(contentType: string, body: Buffer): number {
  const meter = { steps: 0 };
  titleOf(contentType, body, meter);
  return meter.steps;
}

it.each([
  ['text/html', '<title'],
  ['text/html', '<title>'],
  ['text/html', '<title a="'],
  ['text/html', '<title x=y '],
  ['text/html', '<!--<title>'],
  ['text/html', '<script></scrip'],
  ['text/html', '</'],
  ['application/xhtml+xml', '<title'],
  ['application/pdf', '/Title('],
  ['application/pdf', '/Title ( '],
])('reads a %s bomb of %j in work linear in its size: 256 KB costs four times 64 KB', (type, unit) => {
  const small = stepsFor(type, bomb(unit, 64 * KB));
  const large = stepsFor(type, bomb(unit, 256 * KB));
  // The meter counts what is read: about every character of a page with no title in it.
  expect(small).toBeGreaterThan(60 * KB);
  // Four times the bytes (the scan stops at 256 000), four times the work; a quadratic scan takes sixteen.
  expect(large / small).toBeLessThanOrEqual(4);
  expect(large).toBeLessThanOrEqual(3 * 256 * KB);
});

it.each([
  ['<html><head><title>Sandbox  pilot &amp; rules</title></head>', 'Sandbox pilot & rules'],
  ['<TITLE lang="zh">关于&#x5f00;展试点的通知</TITLE>', '关于开展试点的通知'],
  ['<!-- <title>old</title> --><title>new</title>', 'new'],
  ['<script>document.write("<title>x</title>")</script><title>real</title>', 'real'],
  ['<title data-x="a>b">quoted &gt; attr</title >', 'quoted > attr'],
  ['<titles>no</titles><title>yes</title>', 'yes'],
  ['<svg><title>icon</title></svg><title>page</title>', 'page'],
  ['<title>a</titlex> b</title>', 'a</titlex> b'],
  ['<title>   </title>', null],
  ['<title>never closed', null],
  ['<title<title<title>', null],
])('finds the title of %j', (html, title) => {
  expect(titleOf('text/html', Buffer.from(html))).toBe(title);
});

it('finds a PDF /Title as before: the first literal of 1 to 500 characters', () => {
  const pdf = `%PDF-1.4 /Title (${'x'.repeat(501)}) /Title() /Title  (Plan 2026)`;
  expect(titleOf('application/pdf', Buffer.from(pdf, 'latin1'))).toBe('Plan 2026');
});
