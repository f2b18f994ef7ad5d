// The page-analysis worker thread (pageAnalysis.ts): the page arrives as workerData, its facts go back.
import { parentPort, workerData } from 'node:worker_threads';
import { pageFacts, type PageInput } from './pageFacts';

parentPort?.postMessage(pageFacts(workerData as PageInput));
