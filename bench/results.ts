// bench/results.json keeps the latest runs of each size (newest first), so the docs can give each figure's
// range over runs and the 100k-against-10k targets can compare the two sizes. --quick runs go to .work.
import fs from 'node:fs';
import path from 'node:path';
import { formatTargets, scaleTargets, writeResults, type Row, type Target } from './report';

export type Mode = 'quick' | 'standard' | 'scale';

interface RunRecord {
  date: string;
  rows: Row[];
  [key: string]: unknown;
}

interface ResultsFile {
  standard: RunRecord[];
  scale: RunRecord[];
  /** Issue 12's "at 100,000 records, at least 0.8× their throughput at 10,000", from the latest run of each. */
  scaleTargets: Target[];
}

const KEEP = 4;
const FILE = path.join(__dirname, 'results.json');

function read(): ResultsFile {
  try {
    const parsed = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Partial<ResultsFile>;
    // An older file held one run of one size; it is not comparable with these rows, so it starts over.
    if (Array.isArray(parsed.standard) && Array.isArray(parsed.scale))
      return { standard: parsed.standard, scale: parsed.scale, scaleTargets: [] };
  } catch {
    // no file yet
  }
  return { standard: [], scale: [], scaleTargets: [] };
}

/** Records a run and returns the file written. A partial run (--only) is kept apart: its rows are not comparable. */
export function recordRun(mode: Mode, run: RunRecord, partial: boolean): string {
  if (mode === 'quick' || partial) {
    const file = path.join(__dirname, '.work', `results.${mode}${partial ? '.partial' : ''}.json`);
    writeResults(file, run);
    return file;
  }
  const results = read();
  results[mode] = [run, ...results[mode]].slice(0, KEEP);
  const [standard, scale] = [results.standard[0], results.scale[0]];
  if (standard && scale) {
    results.scaleTargets = scaleTargets(standard.rows, scale.rows);
    console.log(`\nagainst the other size's latest run:\n${formatTargets(results.scaleTargets)}\n`);
  }
  writeResults(FILE, results);
  return FILE;
}
