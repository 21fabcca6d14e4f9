import type { RequestEnvelope } from 'ask-sdk-model';
import { hashUserId } from '../../lambda/log';
import {
  device,
  intentRequest,
  launchRequest,
  newId,
  sessionEndedRequest,
  skillDisabledEvent,
  type SessionInfo,
} from '../../simulator/envelopes';
import { startLocalDynamoDb, type LocalDynamoDb } from '../../simulator/local-dynamodb';
import { startStoreProxy, type StoreProxy } from '../load/store-proxy';
import { captureLambdaLogs } from '../support/lambda-logs';
import { loadLambdaEntry, type LambdaEntry } from './lambda-entry';

/**
 * What CloudWatch stores of a whole session, with the Lambda runtime's JSON log format in place: each record a JSON
 * object with its fields at the top level and its own level, the Alexa request id, the user named only by a hash,
 * and nothing the user said.
 */
const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const USER = 'amzn1.ask.account.AFAKEUSERID7Q3VX9LOGTEST0001XYZ';
/** What the user "said", as slot values: none of it may reach a log line. */
const SAID = {
  duration: 'PT37M',
  routine: 'my sciatica flare up routine',
  seconds: 'fortyseven',
  query: 'my lower back hurts when I cough',
} as const;

let db: LocalDynamoDb;
let proxy: StoreProxy;
let entry: LambdaEntry;

beforeAll(async () => {
  db = await startLocalDynamoDb();
  proxy = await startStoreProxy(db.endpoint);
  entry = loadLambdaEntry({
    TABLE_NAME: db.tableName,
    DYNAMODB_ENDPOINT: proxy.endpoint,
    SKILL_ID,
    AWS_REGION: 'us-east-1',
    LOG_LEVEL: 'info',
  });
});

afterAll(async () => {
  await proxy?.setMode('pass');
  await proxy?.stop();
  await db?.stop();
});

afterEach(() => jest.restoreAllMocks());

interface LogLine {
  readonly text: string;
  readonly fields: Record<string, unknown>;
}

const AWS_REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef';

/** Invokes the handler as Lambda would, logs captured as CloudWatch stores them; the records, and how it ended. */
async function invoke(envelope: unknown, handler = entry.handler): Promise<{ lines: LogLine[]; outcome: 'answered' | 'refused' }> {
  const logs = captureLambdaLogs(AWS_REQUEST_ID);
  let outcome: 'answered' | 'refused' = 'answered';
  try {
    await handler(envelope, { awsRequestId: AWS_REQUEST_ID });
  } catch (error) {
    if (!(error instanceof entry.SkillIdMismatchError)) throw error;
    outcome = 'refused';
  } finally {
    logs.restore();
  }
  return {
    lines: logs.records().map(({ line, record }) => {
      if (!record) throw new Error(`a log line CloudWatch can't read as a record: ${line}`);
      return { text: line, fields: record };
    }),
    outcome,
  };
}

const requestIdOf = (envelope: RequestEnvelope) => envelope.request.requestId;

test('a whole session logs JSON lines with the request id and a hashed user id, never the user id or their words', async () => {
  // Prepare: a session with slot values, a store that goes away mid-session, another skill's request, and the
  // skill being disabled, so that every kind of line the skill writes at info level shows up.
  const me = device({ userId: USER, skillId: SKILL_ID });
  const session: SessionInfo = { sessionId: newId('amzn1.echo-api.session'), new: true };
  const next = (): SessionInfo => ({ ...session, new: false });
  const turns: { envelope: RequestEnvelope; before?: () => Promise<void> }[] = [
    { envelope: launchRequest(me, session) },
    { envelope: intentRequest(me, next(), 'LogWalkIntent', { duration: SAID.duration }) },
    { envelope: intentRequest(me, next(), 'StretchGuideIntent', { routine: SAID.routine }) },
    { envelope: intentRequest(me, next(), 'SetHoldTimeIntent', { seconds: SAID.seconds }) },
    { envelope: intentRequest(me, next(), 'AMAZON.FallbackIntent', { query: SAID.query }) },
    { envelope: intentRequest(me, next(), 'LogWalkIntent', { duration: SAID.duration }), before: () => proxy.setMode('down') },
    { envelope: sessionEndedRequest(me, next(), 'ERROR'), before: () => proxy.setMode('pass') },
    { envelope: launchRequest(device({ userId: USER, skillId: 'amzn1.ask.skill.99999999-0000-0000-0000-000000000000' }), session) },
    { envelope: skillDisabledEvent(me, 'NOT_PERSISTED') },
  ];

  // Act
  const logs: { envelope: RequestEnvelope; lines: LogLine[] }[] = [];
  for (const { envelope, before } of turns) {
    await before?.();
    const { lines } = await invoke(envelope);
    logs.push({ envelope, lines });
  }

  // Assess
  const all = logs.flatMap(({ lines }) => lines);
  expect(all.map(({ fields }) => fields.message)).toEqual(
    expect.arrayContaining([
      'progress store unavailable',
      'session ended',
      'refused a request for another skill',
      'user data deleted after the skill was disabled',
    ]),
  );
  for (const { envelope, lines } of logs) {
    const withoutRequestId = lines.filter(({ fields }) => fields.requestId !== requestIdOf(envelope)).map(({ text }) => text);
    expect(withoutRequestId).toEqual([]);
    for (const { fields } of lines) {
      expect(fields).toMatchObject({ timestamp: expect.any(String), level: expect.stringMatching(/^(DEBUG|INFO|WARN|ERROR)$/), message: expect.any(String) });
      // Not the runtime's wrapper around a line logged through console: the message is words, not a JSON record.
      expect(fields.message).not.toMatch(/^\s*\{/);
    }
  }
  const levelOf = (message: string) => all.find((line) => line.fields.message === message)?.fields.level;
  expect(levelOf('refused a request for another skill')).toBe('WARN');
  expect(levelOf('progress store unavailable')).toBe('ERROR');
  expect(levelOf('user data deleted after the skill was disabled')).toBe('INFO');
  expect(all.filter(({ fields }) => fields.user !== undefined).every(({ fields }) => fields.awsRequestId === AWS_REQUEST_ID)).toBe(true);
  const hashed = hashUserId(USER);
  expect(all.filter(({ fields }) => fields.user === hashed).length).toBeGreaterThan(0);
  for (const { fields } of all) if (fields.user !== undefined) expect(fields.user).toBe(hashed);
  const secrets = [USER, USER.slice('amzn1.ask.account.'.length), ...Object.values(SAID)];
  for (const { text } of all) {
    for (const secret of secrets) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
  }
});

test('in Lambda, the function’s log level (AWS_LAMBDA_LOG_LEVEL) sets what is written, over LOG_LEVEL', async () => {
  const warnOnly = loadLambdaEntry({
    TABLE_NAME: db.tableName,
    DYNAMODB_ENDPOINT: proxy.endpoint,
    AWS_REGION: 'us-east-1',
    LOG_LEVEL: 'debug',
    AWS_LAMBDA_LOG_LEVEL: 'WARN',
  });
  const me = device({ userId: USER, skillId: SKILL_ID });

  const ended = await invoke(sessionEndedRequest(me, { sessionId: newId('amzn1.echo-api.session'), new: false }), warnOnly.handler);
  await proxy.setMode('down');
  const failed = await invoke(intentRequest(me, { sessionId: newId('amzn1.echo-api.session'), new: true }, 'LogWalkIntent', { duration: 'PT10M' }), warnOnly.handler);
  await proxy.setMode('pass');

  expect(ended.lines).toEqual([]);
  expect(failed.lines.map(({ fields }) => [fields.level, fields.message])).toEqual([['ERROR', 'progress store unavailable']]);
});

test('nothing is logged below the level LOG_LEVEL sets', async () => {
  const quiet = loadLambdaEntry({ TABLE_NAME: db.tableName, DYNAMODB_ENDPOINT: proxy.endpoint, AWS_REGION: 'us-east-1', LOG_LEVEL: 'warn' });
  const me = device({ userId: USER, skillId: SKILL_ID });

  const { lines } = await invoke(sessionEndedRequest(me, { sessionId: newId('amzn1.echo-api.session'), new: false }), quiet.handler);

  expect(lines).toEqual([]);
});
