// A document's content into its stored text (catalog/documentText.ts), whatever it arrived as. Plain text and
// Markdown are read here; HTML, PDF and DOCX are parsed in a worker thread with a budget (documentFile.worker.ts):
// past its time the worker is ended, past its heap V8 ends it, and the document is refused instead of hanging
// the server. A malformed or encrypted PDF is refused the same way, with its reason.
import path from 'node:path';
import { badInput } from '../../errors';
import {
  layoutText,
  markdownBlocks,
  plainTextBlocks,
  type DocumentText,
  type TextBlock,
} from '../catalog/documentText';
import { AnalysisFailed, runInWorker, type AnalysisLimits } from '../evidence/pageAnalysis';
import { DOCX, PDF } from './fileChecks';

export const TEXT_TYPES: readonly string[] = ['text/plain', 'text/markdown', 'text/html'];

export interface FileInput {
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

export type FileOutcome = { readonly blocks: TextBlock[] } | { readonly refused: string };

/** Generous for an honest 20 MB PDF; a file built to make parsing slow or greedy is refused past it. */
const PARSE_LIMITS: AnalysisLimits = { budgetMs: 60_000, maxHeapMb: 512 };

const WORKER = path.join(__dirname, `documentFile.worker${path.extname(__filename)}`);

/** The media type without parameters, lower case. */
export const bareType = (mediaType: string) => mediaType.split(';')[0]!.trim().toLowerCase();

/**
 * The stored text of content of this media type, or BAD_USER_INPUT on `field` with why it was refused.
 * `limits` is the parsing worker's budget (tests shrink it).
 */
export async function documentTextOf(
  input: FileInput,
  field: string,
  limits: AnalysisLimits = PARSE_LIMITS,
): Promise<DocumentText> {
  const type = bareType(input.mediaType);
  const text = () => Buffer.from(input.bytes).toString('utf8');
  let blocks: TextBlock[];
  if (type === 'text/plain') blocks = plainTextBlocks(text());
  else if (type === 'text/markdown') blocks = markdownBlocks(text());
  else if (type === 'text/html' || type === PDF || type === DOCX)
    blocks = await parseInWorker({ ...input, mediaType: type }, field, limits);
  else throw badInput(`Unsupported media type ${type}.`, { field: 'mediaType' });
  const laid = layoutText(blocks);
  if (!laid.text) throw badInput('The document has no text.', { field });
  return laid;
}

async function parseInWorker(input: FileInput, field: string, limits: AnalysisLimits): Promise<TextBlock[]> {
  let outcome: FileOutcome;
  try {
    outcome = await runInWorker<FileOutcome>(WORKER, input, limits);
  } catch (err) {
    if (!(err instanceof AnalysisFailed)) throw err;
    throw badInput(
      err.failure === 'TIMEOUT'
        ? `Reading the document took over ${limits.budgetMs / 1000} s: it is refused.`
        : `Reading the document needed over ${limits.maxHeapMb} MB: it is refused.`,
      { field },
    );
  }
  if ('refused' in outcome) throw badInput(outcome.refused, { field });
  return outcome.blocks;
}
