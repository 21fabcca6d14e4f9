import { mkdirSync } from 'node:fs';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Skill } from './conversation';
import type { AlexaAround } from './conversation';
import { DEFAULT_SKILL_ID, device, newId, type Device } from './envelopes';
import { reminderNote, startLocalAlexaApi } from './local-alexa-api';

/**
 * The skill running in this process as it would in Lambda, on an embedded DynamoDB-compatible store whose data
 * stays in a local folder between runs.
 */
export interface LocalSkill {
  skill: Skill;
  /** The simulated Echo: a fixed user and device, so a second run finds the first run's progress. */
  device: Device;
  /** Alexa around the skill, on loopback: the device's time zone, the reminders permission, the reminders made. */
  alexa: AlexaAround;
  stop(): Promise<void>;
}

export interface LocalSkillOptions {
  /** Where the store keeps its data. */
  dataDir: string;
  /** Show the skill's logs below warnings (on stderr, where it writes them) and console.log/info/debug instead of hiding them. */
  showSkillLogs?: boolean;
}

export class LocalSkillError extends Error {
  override name = 'LocalSkillError';
}

const LOCAL_USER_ID = 'amzn1.ask.account.LOCAL-SIMULATOR-USER';
const LOCAL_DEVICE_ID = 'amzn1.ask.device.LOCAL-SIMULATOR-DEVICE';
const LOCAL_ACCESS_TOKEN = 'local-simulator-access-token';
/** The simulated Echo's time zone, unless BACK_CARE_COACH_TIME_ZONE names another. */
const LOCAL_TIME_ZONE = 'America/Chicago';

/** A Lambda handler in either style the Node runtime accepts: returning a promise, or calling back. */
type LambdaHandler = (
  event: RequestEnvelope,
  context: unknown,
  callback: (error: unknown, result?: unknown) => void,
) => unknown;

/**
 * Settings the skill and the AWS SDK read when they load, so they must be in place before either is imported:
 * fixed region, dummy credentials unless some are set (the local store accepts any), and no Node-version notice
 * from the AWS SDK in the conversation.
 */
function prepareEnvironment(): void {
  process.env.AWS_REGION = 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
}

/** What Lambda passes as the context; enough for code that logs the request id or checks the time left. */
function lambdaContext(): Record<string, unknown> {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'back-care-coach-local',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:back-care-coach-local',
    memoryLimitInMB: '256',
    awsRequestId: newId('local-request'),
    logGroupName: '/aws/lambda/back-care-coach-local',
    logStreamName: 'local',
    getRemainingTimeInMillis: () => 8_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

function invoker(handler: LambdaHandler): Skill {
  return (request) =>
    new Promise<ResponseEnvelope>((resolve, reject) => {
      const settle = (error: unknown, result?: unknown): void =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result as ResponseEnvelope);
      try {
        const returned = handler(request, lambdaContext(), settle);
        if (returned && typeof (returned as PromiseLike<unknown>).then === 'function') {
          (returned as PromiseLike<unknown>).then((result) => settle(undefined, result), (error) => settle(error ?? 'rejected'));
        }
      } catch (error) {
        settle(error);
      }
    });
}

/**
 * Keeps the conversation on stdout clean: the skill writes its log records to stderr, below warnings only when
 * asked for (unless LOG_LEVEL says otherwise); console.log/info/debug go to stderr when asked for and nowhere
 * otherwise.
 */
function routeSkillLogs(show: boolean): void {
  process.env.LOG_LEVEL ??= show ? 'debug' : 'warn';
  const toStderr = show ? (...args: unknown[]): void => console.error(...args) : (): void => undefined;
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}

/**
 * Starts the local store, points the skill at it through the environment the Lambda reads at load time, then loads
 * the skill's handler from `lambda/index.ts`.
 */
export async function startLocalSkill(options: LocalSkillOptions): Promise<LocalSkill> {
  prepareEnvironment();
  mkdirSync(options.dataDir, { recursive: true });
  // Imported only now, so the AWS SDK sees the environment above.
  const { startLocalDynamoDb } = await import('./local-dynamodb');
  const store = await startLocalDynamoDb({ dataDir: options.dataDir });
  const alexaApi = await startLocalAlexaApi();
  alexaApi.setTimeZone(LOCAL_DEVICE_ID, process.env.BACK_CARE_COACH_TIME_ZONE || LOCAL_TIME_ZONE);
  const notes: string[] = [];
  alexaApi.onReminderChange = (change) => notes.push(reminderNote(change));
  const stop = async () => {
    await alexaApi.stop();
    await store.stop();
  };
  try {
    process.env.TABLE_NAME = store.tableName;
    process.env.DYNAMODB_ENDPOINT = store.endpoint;
    routeSkillLogs(options.showSkillLogs ?? false);
    const entry: Record<string, unknown> = await import('../lambda/index');
    if (typeof entry.handler !== 'function') throw new LocalSkillError('lambda/index.ts exports no handler function');
    return {
      skill: invoker(entry.handler as LambdaHandler),
      device: device({
        userId: LOCAL_USER_ID,
        deviceId: LOCAL_DEVICE_ID,
        skillId: process.env.SKILL_ID || DEFAULT_SKILL_ID,
        apiEndpoint: alexaApi.endpoint,
        apiAccessToken: LOCAL_ACCESS_TOKEN,
        remindersGranted: false,
      }),
      alexa: {
        answerPermission: (granted) => alexaApi.setReminderPermission(LOCAL_ACCESS_TOKEN, granted),
        notes: () => notes.splice(0),
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
