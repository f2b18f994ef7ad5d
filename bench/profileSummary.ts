// `npx tsx bench/profileSummary.ts <file.cpuprofile> [top]`: self time by function and by package, from a
// profile written by `npm run bench -- --profile` (bench/.work/profiles). The evidence behind docs/performance.md.
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const packageOf = (url: string) => {
  if (!url) return '(native/idle/gc)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node core';
  return url.includes('/src/') ? `src/${url.split('/src/')[1]}` : url.split('/').slice(-2).join('/');
};

function tally(key: (n: Node) => string) {
  const sums = new Map<string, number>();
  for (const [id, t] of self) {
    const k = key(byId.get(id)!);
    sums.set(k, (sums.get(k) ?? 0) + t);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** Share of samples with each package anywhere on the stack: where the time goes, callees included. */
function inclusive() {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sums = new Map<string, number>();
  for (const [id, t] of self) {
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
      seen.add(packageOf(byId.get(cur)!.callFrame.url));
    for (const k of seen) sums.set(k, (sums.get(k) ?? 0) + t);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

const top = Number(topArg ?? 25);
const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
console.log(`total ${(total / 1e6).toFixed(1)} s sampled\n\nby package:`);
for (const [k, t] of tally((n) => packageOf(n.callFrame.url)).slice(0, top)) console.log(`${pct(t)}  ${k}`);
console.log('\nby package, callees included:');
for (const [k, t] of inclusive().slice(0, top)) console.log(`${pct(t)}  ${k}`);
console.log('\nby function:');
for (const [k, t] of tally(
  (n) => `${n.callFrame.functionName || '(anonymous)'}  ${packageOf(n.callFrame.url)}:${n.callFrame.lineNumber}`,
).slice(0, top)) {
  console.log(`${pct(t)}  ${k}`);
}
