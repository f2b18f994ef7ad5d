// Monaco's web workers, bundled by build.mjs as IIFE files next to main.js. Resolving them against
// import.meta.url keeps the page working under any mount path (/playground/ in production) and
// keeps every worker same-origin, so the CSP needs neither blob: nor a CDN.
type MonacoEnvironment = { getWorker(workerId: string, label: string): Worker };

const workerFile = (label: string): string => {
  if (label === 'json') return 'json.worker.js';
  if (label === 'graphql') return 'graphql.worker.js';
  return 'editor.worker.js';
};

(globalThis as typeof globalThis & { MonacoEnvironment: MonacoEnvironment }).MonacoEnvironment = {
  getWorker: (_workerId, label) => new Worker(new URL(workerFile(label), import.meta.url)),
};
