/** Where endlessAnalysis.ts says that it has started (a BroadcastChannel reaches every thread of the process). */
export const BUSY_CHANNEL = 'evidence-analysis-busy';
