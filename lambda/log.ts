import { createHash } from 'node:crypto';
import { LOG_LEVELS, type LogLevel } from './config';

/**
 * Structured logs for CloudWatch: each record one JSON object on one line, its fields at the top level, as Lambda's
 * JSON log format stores them, so Logs Insights can query `level`, `requestId` or `user` directly. They carry the
 * Alexa request id and a hash of the user id, never the full user id and never what the user said: a user may
 * mention their health, which the skill must not keep.
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** A short, stable, one-way tag for a user id, so logs of one user can be followed without identifying them. */
export function hashUserId(userId: string): string {
  return createHash('sha256').update(userId).digest('hex').slice(0, 16);
}

/**
 * A logger for one turn (or the Lambda instance, without `context`), writing records at `level` and above.
 *
 * Records go straight to the process's stderr, not through `console`: with the JSON log format, the Lambda runtime
 * wraps every `console` call in a record of its own, so a JSON line becomes an escaped string inside `message` and
 * its level is the console method's (`console.error` for a warning reads ERROR). A line that already is a JSON
 * object with a `level` is stored as it is, and filtered by the function's log level. Stderr, because whatever
 * embeds the handler (the simulator) keeps stdout for itself.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html
 */
export function createLogger(level: LogLevel, context: LogFields = {}): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const write = (at: Exclude<LogLevel, 'silent'>) => (message: string, fields: LogFields = {}) => {
    if (LOG_LEVELS.indexOf(at) < threshold) return;
    // The record's own keys come last, so no field can pass for its level, time or message.
    const record = { ...context, ...fields, timestamp: new Date().toISOString(), level: at.toUpperCase(), message };
    process.stderr.write(`${JSON.stringify(record)}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** The name and message of whatever was thrown, for a log line. */
export function describeError(error: unknown): { errorName: string; errorMessage: string } {
  return error instanceof Error
    ? { errorName: error.name, errorMessage: error.message }
    : { errorName: typeof error, errorMessage: String(error) };
}
