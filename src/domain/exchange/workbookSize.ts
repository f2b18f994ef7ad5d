// An XLSX workbook is a zip, and deflate packs a run of one letter about a thousand to one: a 24 KB upload can
// be a 24 MB cell. ExcelJS unzips and parses every part before the import's row and cell limits can look, so
// the zip is measured first, with the reader ExcelJS itself uses (JSZip): two readers could disagree about
// which bytes a part is. Its directory is read first, inflating nothing, and a workbook declaring too many
// parts or bytes is refused; then each part is inflated as a stream, counting, and the count stops at the limit,
// since a directory can lie. Only then does ExcelJS unzip the same parts (spreadsheet.ts).
// Small XML can cost as much: ExcelJS builds a row for every number up to the highest row, and a cell for every
// cell of a merged or validated range (one <mergeCell ref="A1:ZZ20000"/> in a 6 KB file held the event loop for
// minutes). So the same pass reads the cell references of the XML parts (workbookRefs.ts) against limits too.
import JSZip from 'jszip';
import { badInput, DomainError } from '../../errors';
import { RefScanner, type RefLimits } from './workbookRefs';

export interface WorkbookLimits extends RefLimits {
  /** Parts (files) in the zip. */
  readonly zipParts: number;
  /** Bytes of all parts together, unzipped. */
  readonly unzippedBytes: number;
}

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/**
 * The size the directory gives for a part. JSZip keeps it from the central directory on the part's compressed
 * data (`_data`), which its typings leave out; a part without it counts as 0 here and is measured below.
 */
const declaredSize = (part: JSZip.JSZipObject): number =>
  ((part as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize as number | undefined) ?? 0;

/**
 * Inflates one part as a stream, handing each chunk to `onChunk`, and stops once the count passes `budget`:
 * pausing the stream fills its small buffer, which pauses JSZip's inflater. Resolves with the count; rejects on a
 * damaged part or when `onChunk` throws.
 */
function inflatedSize(part: JSZip.JSZipObject, budget: number, onChunk: (chunk: Buffer) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = part.nodeStream('nodebuffer');
    const stop = (settle: () => void) => {
      stream.pause();
      stream.removeAllListeners('data');
      settle();
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) return stop(() => resolve(size));
      try {
        onChunk(chunk);
      } catch (err) {
        stop(() => reject(err));
      }
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(size));
  });
}

/**
 * Refuses (BAD_USER_INPUT) a workbook of more parts, more unzipped bytes, or cell references further out, than
 * `limits` allow. A file that is not a zip at all, or has a damaged part, is left to the parser, which reports it.
 */
export async function checkWorkbookSize(bytes: Buffer, limits: WorkbookLimits): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes); // reads the directory; inflates nothing
  } catch {
    return;
  }
  const parts = Object.values(zip.files).filter((f) => !f.dir);
  if (parts.length > limits.zipParts)
    throw badInput(`The workbook has ${parts.length} parts: at most ${limits.zipParts} are accepted.`);
  const declared = parts.reduce((sum, part) => sum + declaredSize(part), 0);
  const refused = `at most ${mb(limits.unzippedBytes)} is accepted.`;
  if (declared > limits.unzippedBytes) throw badInput(`The workbook unpacks to ${mb(declared)}: ${refused}`);
  const refs = new RefScanner(limits);
  let total = 0;
  for (const part of parts) {
    const scan = /\.(xml|vml)$/i.test(part.name) ? refs.part() : () => {};
    try {
      total += await inflatedSize(part, limits.unzippedBytes - total, scan);
    } catch (err) {
      if (err instanceof DomainError) throw err;
      return; // a damaged part: the parser reports it
    }
    if (total > limits.unzippedBytes)
      throw badInput(
        `The workbook unpacks to more than ${mb(limits.unzippedBytes)}, more than it declares: ${refused}`,
      );
  }
}
