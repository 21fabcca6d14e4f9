import { createHash } from 'node:crypto';
import { LOG_LEVELS, type LogLevel } from './config';

/**
 * Structured, one-line JSON logs for CloudWatch. They carry the request id and a hash of the user id, never the
 * full user id and never what the user said: a user may mention their health, which the skill must not keep.
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

export function createLogger(level: LogLevel, context: LogFields = {}): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const write = (at: Exclude<LogLevel, 'silent'>) => (message: string, fields: LogFields = {}) => {
    if (LOG_LEVELS.indexOf(at) < threshold) return;
    const line = JSON.stringify({ level: at, message, ...context, ...fields });
    if (at === 'error' || at === 'warn') console.error(line);
    else console.log(line);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** The name and message of whatever was thrown, for a log line. */
export function describeError(error: unknown): { errorName: string; errorMessage: string } {
  return error instanceof Error
    ? { errorName: error.name, errorMessage: error.message }
    : { errorName: typeof error, errorMessage: String(error) };
}
