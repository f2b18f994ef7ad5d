// Collects a pino logger's JSON lines in memory, for tests that assert what was (and was not) logged.
import type { DestinationStream } from 'pino';

export interface LogCapture {
  stream: DestinationStream;
  lines: Record<string, any>[];
  raw: string[];
  clear(): void;
}

export function captureLogs(): LogCapture {
  const capture: LogCapture = {
    lines: [],
    raw: [],
    stream: {
      write(line: string) {
        capture.raw.push(line);
        capture.lines.push(JSON.parse(line));
      },
    },
    clear() {
      capture.lines.length = 0;
      capture.raw.length = 0;
    },
  };
  return capture;
}
