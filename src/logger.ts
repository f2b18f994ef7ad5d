// Structured JSON logs. Authorization headers and anything named like a token are redacted at the source.
import pino, { type Logger } from 'pino';
import type { Config } from './config';

const REDACT_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  'token',
  '*.token',
  'variables.input.token',
  'adminToken',
];

/**
 * Writes to stdout synchronously by default. pino's asynchronous default can drop the lines still in
 * flight when the process exits (its flush() returns at once), which lost "stopped" after SIGTERM.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  const dest = destination ?? pino.destination({ dest: 1, sync: true });
  return pino({ level: config.logLevel, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: undefined }, dest);
}
