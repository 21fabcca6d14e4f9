import { format } from 'node:util';

/**
 * What CloudWatch stores from a Lambda function on the Node.js runtime with the JSON log format, captured in a test.
 * As the runtime does (aws-lambda-nodejs-runtime-interface-client, `LogPatch`), each `console` method is replaced
 * by one that writes a record of the runtime's own, `{ timestamp, level, requestId, message }`, its level taken
 * from the method (`console.error` is ERROR whatever was logged) and its message the formatted arguments, so a JSON
 * line logged through `console` ends up an escaped string; records below `AWS_LAMBDA_LOG_LEVEL` are dropped. Lines
 * written straight to stdout or stderr are stored as they are. Each stored line that is a JSON object is a
 * structured record in CloudWatch.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html
 */
export interface LambdaLogs {
  /** Each line CloudWatch would store, parsed when it is a JSON object. */
  records(): { readonly line: string; readonly record?: Record<string, unknown> }[];
  restore(): void;
}

const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;
const CONSOLE_LEVELS = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', log: 'INFO', warn: 'WARN', error: 'ERROR' } as const;

export function captureLambdaLogs(awsRequestId: string, applicationLogLevel: (typeof LEVELS)[number] = 'INFO'): LambdaLogs {
  const lines: string[] = [];
  const keep = (chunk: unknown) => lines.push(...String(chunk).split('\n').filter((line) => line !== ''));
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => (keep(chunk), true)),
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (keep(chunk), true)),
    ...Object.entries(CONSOLE_LEVELS).map(([method, level]) =>
      jest.spyOn(console, method as keyof typeof CONSOLE_LEVELS).mockImplementation((...args: unknown[]) => {
        if (LEVELS.indexOf(level) < LEVELS.indexOf(applicationLogLevel)) return;
        const message = args.length === 1 && typeof args[0] !== 'string' ? args[0] : format(...args);
        keep(JSON.stringify({ timestamp: new Date().toISOString(), level, requestId: awsRequestId, message }));
      }),
    ),
  ];
  return {
    records: () =>
      lines.map((line) => {
        try {
          const parsed: unknown = JSON.parse(line);
          return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { line, record: parsed as Record<string, unknown> } : { line };
        } catch {
          return { line };
        }
      }),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}
