// MAX_RESPONSE_BYTES: the largest answer the server sends. The cost limit (costLimit.ts) refuses a query whose
// possible answer is huge before it runs; this cap measures the answer actually built, where it becomes text:
// Apollo's serializer for HTTP, each event for subscriptions (http/subscriptions.ts). An answer over it is
// replaced by one RESPONSE_TOO_LARGE error with `data: null`, so no client receives a partial or giant body.
import type { ExecutionResult, FormattedExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import type { ErrorCode } from '../errors';

const CODE: ErrorCode = 'RESPONSE_TOO_LARGE';

/**
 * Whether `text` takes more than `maxBytes` in UTF-8. A UTF-16 unit takes 1 to 3 bytes (a surrogate pair, two
 * units, takes 4), so most texts are decided by their length alone, without a scan.
 */
function exceedsBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;
  return Buffer.byteLength(text, 'utf8') > maxBytes;
}

/** The answer sent instead: errors first, so that HTTP caching never stores it (http/conditionalGet.ts). */
const tooLargeResult = (maxBytes: number) => ({
  errors: [
    {
      // The serializer does not know whether a write ran before the answer was refused: say what holds either way.
      message: `The answer would be larger than ${maxBytes} bytes (MAX_RESPONSE_BYTES) and was not sent: ask for fewer records, entries or fields. Any write the request made was done: read it back rather than repeat it.`,
      extensions: { code: CODE },
    },
  ],
  data: null,
});

/** Apollo's `stringifyResult` with the cap: the text is made once and measured, never serialized twice. */
export function cappedStringify(
  stringify: (value: FormattedExecutionResult) => string,
  maxBytes: number,
  log: Logger,
): (value: FormattedExecutionResult) => string {
  return (value) => {
    const text = stringify(value);
    if (!exceedsBytes(text, maxBytes)) return text;
    log.warn({ code: CODE, chars: text.length, maxBytes }, 'answer over MAX_RESPONSE_BYTES refused');
    return `${JSON.stringify(tooLargeResult(maxBytes))}\n`;
  };
}

/**
 * A subscription event, or its replacement when over the cap. graphql-ws serializes the event itself, so this
 * measures a serialization of its own: an event is one record, which the cost limit keeps small.
 */
export function cappedEvent<T extends ExecutionResult | FormattedExecutionResult>(
  event: T,
  maxBytes: number,
  log: Logger,
): T | ReturnType<typeof tooLargeResult> {
  const text = JSON.stringify(event);
  if (!exceedsBytes(text, maxBytes)) return event;
  log.warn({ code: CODE, chars: text.length, maxBytes }, 'subscription event over MAX_RESPONSE_BYTES refused');
  return tooLargeResult(maxBytes);
}
