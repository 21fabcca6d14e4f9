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
import { loadLambdaEntry, type LambdaEntry } from './lambda-entry';

/**
 * What the Lambda writes to CloudWatch during a whole session, read from the console: one JSON object a line,
 * each with the request id, the user named only by a hash, and nothing the user said.
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

/** Invokes the handler with the console captured; the lines it wrote, and how it ended. */
async function invoke(envelope: unknown): Promise<{ lines: LogLine[]; outcome: 'answered' | 'refused' }> {
  const written: string[] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' ')));
  }
  let outcome: 'answered' | 'refused' = 'answered';
  try {
    await entry.handler(envelope);
  } catch (error) {
    if (!(error instanceof entry.SkillIdMismatchError)) throw error;
    outcome = 'refused';
  } finally {
    jest.restoreAllMocks();
  }
  return { lines: written.map((text) => ({ text, fields: JSON.parse(text) as Record<string, unknown> })), outcome };
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
    for (const { fields } of lines) expect(fields).toMatchObject({ level: expect.any(String), message: expect.any(String) });
  }
  const hashed = hashUserId(USER);
  expect(all.filter(({ fields }) => fields.user === hashed).length).toBeGreaterThan(0);
  for (const { fields } of all) if (fields.user !== undefined) expect(fields.user).toBe(hashed);
  const secrets = [USER, USER.slice('amzn1.ask.account.'.length), ...Object.values(SAID)];
  for (const { text } of all) {
    for (const secret of secrets) expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
  }
});

test('nothing is logged below the level LOG_LEVEL sets', async () => {
  const quiet = loadLambdaEntry({ TABLE_NAME: db.tableName, DYNAMODB_ENDPOINT: proxy.endpoint, AWS_REGION: 'us-east-1', LOG_LEVEL: 'warn' });
  const me = device({ userId: USER, skillId: SKILL_ID });
  const written: string[] = [];
  jest.spyOn(console, 'log').mockImplementation((line: unknown) => void written.push(String(line)));
  jest.spyOn(console, 'error').mockImplementation((line: unknown) => void written.push(String(line)));

  await quiet.handler(sessionEndedRequest(me, { sessionId: newId('amzn1.echo-api.session'), new: false }));

  expect(written).toEqual([]);
});
