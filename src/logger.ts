// Structured JSON logs. Authorization headers and anything named like a token are redacted at the source.
import pino, { type Logger } from 'pino';
import type { Config } from './config';

export const REDACT_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  'token',
  '*.token',
  'variables.input.token',
  'adminToken',
];

export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  return pino({ level: config.logLevel, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: undefined }, destination);
}
