/**
 * Structured logs (pino). Log ids and counts, never claim amounts, free text or secrets; the
 * redaction list is a second line of defence for fields that slip through.
 */
import pino from 'pino';

/** Where log lines go; tests swap `write` to read what would have been logged. */
export const logSink = { write: (line: string): void => void process.stdout.write(line) };

export const log = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    base: undefined,
    redact: {
      paths: [
        'password', '*.password', 'authorization', '*.authorization', 'headers.authorization', 'req.headers.authorization',
        'connectionString', '*.connectionString', 'amountPence', '*.amountPence', 'text', '*.text', 'summary', '*.summary',
      ],
      censor: '[redacted]',
    },
  },
  { write: (line: string) => logSink.write(line) },
);
