// A captured page is analysed (hashed, its title read) in a worker thread, not on the event loop that
// answers requests and runs the job queue: a page built to make reading it slow delays only its own capture.
// Each analysis has a budget: past its time the worker is ended, past its heap V8 ends it, and the capture
// fails with TIMEOUT or TOO_LARGE instead of hanging.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PageFacts, PageInput } from './pageFacts';

export interface AnalysisLimits {
  readonly budgetMs: number;
  readonly maxHeapMb: number;
}

/** Generous for any honest page: hashing EVIDENCE_MAX_BYTES and reading 256 KB for a title take milliseconds. */
export const ANALYSIS_LIMITS: AnalysisLimits = { budgetMs: 10_000, maxHeapMb: 64 };

/** The analysis went past its budget. */
export class AnalysisFailed extends Error {
  constructor(
    readonly failure: 'TIMEOUT' | 'TOO_LARGE',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Built (dist/), the worker is the sibling .js file on plain node. From the sources (Jest, tsx) it is the .ts
 * file, which the worker loads through tsx, as the process itself is loaded (tsx found from the working
 * directory, the repository's).
 */
const PAGE_FACTS_WORKER = path.join(__dirname, `pageFacts.worker${path.extname(__filename)}`);

export type AnalysePage = (page: PageInput) => Promise<PageFacts>;

export const analysePage: AnalysePage = (page) => runInWorker(PAGE_FACTS_WORKER, page, ANALYSIS_LIMITS);

/** Runs `script` in a new worker thread with `data` as workerData, and answers its first message. */
export function runInWorker<T>(script: string, data: unknown, limits: AnalysisLimits): Promise<T> {
  const worker = new Worker(script, {
    workerData: data,
    execArgv: script.endsWith('.ts') ? ['--import', 'tsx'] : [],
    resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb, maxYoungGenerationSizeMb: 16 },
  });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(new AnalysisFailed('TIMEOUT', `reading the page took over ${limits.budgetMs} ms`))),
      limits.budgetMs,
    );
    worker.once('message', (result: T) => settle(() => resolve(result)));
    worker.once('error', (err: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AnalysisFailed('TOO_LARGE', `reading the page needed over ${limits.maxHeapMb} MB`)
            : err,
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the page analysis ended (${code}) without an answer`))),
    );
  });
}
