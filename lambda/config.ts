/** The Lambda's settings, read from the environment once at start-up and validated there. */
export interface Config {
  /** DynamoDB table for progress; without it the skill runs without remembering anything. */
  readonly tableName?: string;
  readonly region?: string;
  /** A local DynamoDB-compatible endpoint (dynalite) instead of AWS. */
  readonly dynamoDbEndpoint?: string;
  /** When set, requests from any other skill are refused. */
  readonly skillId?: string;
  readonly logLevel: LogLevel;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Lambda's application log levels, as the skill's: it logs nothing at TRACE, nor anything FATAL. */
const LAMBDA_LOG_LEVELS: Readonly<Record<string, LogLevel>> = {
  trace: 'debug',
  debug: 'debug',
  info: 'info',
  warn: 'warn',
  error: 'error',
  fatal: 'error',
};

/** A skill id as Alexa issues it: `amzn1.ask.skill.<uuid>`, or `amzn1.echo-sdk-ams.app.<uuid>` before 2016. */
const SKILL_ID = /^amzn1\.(ask\.skill|echo-sdk-ams\.app)\.[0-9a-f-]{36}$/;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const value = (name: string) => env[name]?.trim() || undefined;
  const endpoint = value('DYNAMODB_ENDPOINT');
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    throw new ConfigError('DYNAMODB_ENDPOINT must be an http(s) URL, such as http://127.0.0.1:8000');
  }
  const skillId = value('SKILL_ID');
  if (skillId && !SKILL_ID.test(skillId)) {
    throw new ConfigError('SKILL_ID must be an Alexa skill id, such as amzn1.ask.skill.<uuid>');
  }
  // In Lambda the level is the function's `applicationLogLevelV2` (infra/constructs/skill-function.ts), which the
  // runtime passes as AWS_LAMBDA_LOG_LEVEL (TRACE to FATAL); LOG_LEVEL sets it anywhere else.
  const lambdaLevel = value('AWS_LAMBDA_LOG_LEVEL')?.toLowerCase();
  const logLevel = lambdaLevel ? (LAMBDA_LOG_LEVELS[lambdaLevel] ?? 'info') : (value('LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  return {
    tableName: value('TABLE_NAME'),
    region: value('AWS_REGION'),
    dynamoDbEndpoint: endpoint,
    skillId,
    logLevel: logLevel as LogLevel,
  };
}
