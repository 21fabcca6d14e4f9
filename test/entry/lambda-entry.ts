/**
 * Loads a fresh copy of the Lambda entry (`lambda/index.ts`) with the given environment, as a new Lambda
 * instance would: the entry reads its environment once, when the module loads, so each set of settings needs its
 * own module registry. The environment is restored as soon as the module has loaded.
 */
export type LambdaEntry = typeof import('../../lambda/index');

export interface EntryEnvironment {
  TABLE_NAME?: string;
  DYNAMODB_ENDPOINT?: string;
  SKILL_ID?: string;
  LOG_LEVEL?: string;
  AWS_REGION?: string;
  /** What Lambda sets from the function's `applicationLogLevelV2`. */
  AWS_LAMBDA_LOG_LEVEL?: string;
}

const KEYS = ['TABLE_NAME', 'DYNAMODB_ENDPOINT', 'SKILL_ID', 'LOG_LEVEL', 'AWS_REGION', 'AWS_LAMBDA_LOG_LEVEL'] as const;

export function loadLambdaEntry(env: EntryEnvironment): LambdaEntry {
  const saved = Object.fromEntries(KEYS.map((key) => [key, process.env[key]]));
  for (const key of KEYS) {
    if (env[key] === undefined) delete process.env[key];
    else process.env[key] = env[key];
  }
  try {
    let entry: LambdaEntry | undefined;
    jest.isolateModules(() => {
      entry = require('../../lambda/index') as LambdaEntry;
    });
    return entry!;
  } finally {
    for (const key of KEYS) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}
