import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createDynamoDbDocumentClient } from '../../lambda/storage/dynamodb-client';
import { DynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import {
  device,
  intentRequest,
  launchRequest,
  newId,
  sessionEndedRequest,
  skillDisabledEvent,
  type Device,
} from '../../simulator/envelopes';
import { startLocalDynamoDb, type LocalDynamoDb } from '../../simulator/local-dynamodb';
import { startStoreProxy, type StoreProxy } from '../load/store-proxy';
import { loadLambdaEntry, type LambdaEntry } from './lambda-entry';
import { writeFor } from '../support/progress-changes';
import { captureLambdaLogs, type LambdaLogs } from '../support/lambda-logs';

const OUR_SKILL = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const OTHER_SKILL = 'amzn1.ask.skill.99999999-8888-7777-6666-555555555555';
const USER = 'amzn1.ask.account.SKILL-ID-TEST';

let db: LocalDynamoDb;
let proxy: StoreProxy;
let direct: DynamoDBDocumentClient;
let entry: LambdaEntry;
let logged: LambdaLogs;

const session = () => ({ sessionId: newId('amzn1.echo-api.session'), new: true });
const stored = async () =>
  (await direct.send(new GetCommand({ TableName: db.tableName, Key: { userId: USER }, ConsistentRead: true }))).Item;

/** The envelope with its applicationId replaced wherever Alexa puts it, or removed when `id` is undefined. */
function withApplicationId(envelope: RequestEnvelope, id: unknown): RequestEnvelope {
  const copy = structuredClone(envelope) as unknown as { context: { System: Record<string, unknown> }; session?: Record<string, unknown> };
  copy.context.System.application = id === undefined ? {} : { applicationId: id };
  if (copy.session) copy.session.application = id === undefined ? {} : { applicationId: id };
  return copy as unknown as RequestEnvelope;
}

const from = (skillId: string): Device => device({ userId: USER, skillId });

beforeAll(async () => {
  db = await startLocalDynamoDb();
  proxy = await startStoreProxy(db.endpoint);
  direct = createDynamoDbDocumentClient({ endpoint: db.endpoint });
  await new DynamoDbProgressStore({ tableName: db.tableName, client: direct }).apply(
    USER,
    { visitAt: '2026-11-01T08:00:00.000Z', walk: { minutes: 20, day: '2025-03-04', id: 'walk-20' } },
    writeFor('seed'),
  );
  entry = loadLambdaEntry({
    TABLE_NAME: db.tableName,
    DYNAMODB_ENDPOINT: proxy.endpoint,
    SKILL_ID: OUR_SKILL,
    AWS_REGION: 'us-east-1',
    LOG_LEVEL: 'info',
  });
});

beforeEach(() => {
  proxy.reset();
  logged = captureLambdaLogs('lambda-request');
});

afterEach(() => jest.restoreAllMocks());

afterAll(async () => {
  direct?.destroy();
  await proxy?.stop();
  await db?.stop();
});

const logLines = () => logged.records().map(({ line }) => line);

describe('with SKILL_ID set', () => {
  test.each([
    ['a launch', () => launchRequest(from(OTHER_SKILL), session())],
    ['a walk to log', () => intentRequest(from(OTHER_SKILL), session(), 'LogWalkIntent', { duration: 'PT30M' })],
    ['a request to delete the user’s data', () => skillDisabledEvent(from(OTHER_SKILL), 'NOT_PERSISTED')],
    ['a session end', () => sessionEndedRequest(from(OTHER_SKILL), session())],
  ])('%s from another skill is refused before any handler runs and touches no data', async (_case, build) => {
    // Prepare
    const before = await stored();

    // Act
    const refused = entry.handler(build());

    // Assess
    await expect(refused).rejects.toBeInstanceOf(entry.SkillIdMismatchError);
    await expect(refused).rejects.toMatchObject({ name: 'SkillIdMismatchError' });
    expect(proxy.count()).toBe(0);
    expect(await stored()).toEqual(before);
    // No handler ran: the session-ended handler, for one, would have logged "session ended".
    expect(logLines().map((line) => JSON.parse(line).message)).toEqual(['refused a request for another skill']);
  });

  test.each([
    ['no application id', undefined],
    ['an empty application id', ''],
    ['an application id with a space in front', ` ${OUR_SKILL}`],
    ['an application id in another case', OUR_SKILL.toUpperCase()],
    ['a number for an application id', 42],
    ['an object for an application id', { applicationId: OUR_SKILL }],
  ])('a request with %s is refused and touches no data', async (_case, id) => {
    const envelope = withApplicationId(launchRequest(from(OUR_SKILL), session()), id);

    await expect(entry.handler(envelope)).rejects.toBeInstanceOf(entry.SkillIdMismatchError);

    expect(proxy.count()).toBe(0);
  });

  test('a request whose context names another skill is refused even when its session names ours', async () => {
    const envelope = launchRequest(from(OTHER_SKILL), session()) as unknown as { session: Record<string, unknown> };
    envelope.session.application = { applicationId: OUR_SKILL };

    await expect(entry.handler(envelope)).rejects.toBeInstanceOf(entry.SkillIdMismatchError);
    expect(proxy.count()).toBe(0);
  });

  test.each([
    ['no id', {}],
    ['a null id', { applicationId: null }],
  ])('a request whose context names an application with %s is refused even when its session names ours', async (_case, application) => {
    const envelope = launchRequest(from(OUR_SKILL), session()) as unknown as { context: { System: Record<string, unknown> } };
    envelope.context.System.application = application;

    await expect(entry.handler(envelope)).rejects.toBeInstanceOf(entry.SkillIdMismatchError);
    expect(proxy.count()).toBe(0);
  });

  test('a request for our skill is answered and reads and writes the user’s progress', async () => {
    const response = await entry.handler(launchRequest(from(OUR_SKILL), session()));

    expect(response.response.outputSpeech).toBeDefined();
    expect(proxy.received()).toEqual({ GetItem: 1, UpdateItem: 1 });
  });

  test('a request without context is checked against the session’s application id', async () => {
    const envelope = launchRequest(from(OUR_SKILL), session()) as unknown as Record<string, unknown>;
    delete envelope.context;
    const foreign = structuredClone(envelope) as { session: Record<string, unknown> };
    foreign.session.application = { applicationId: OTHER_SKILL };

    await expect(entry.handler(envelope)).resolves.toMatchObject({ version: '1.0' });
    await expect(entry.handler(foreign)).rejects.toBeInstanceOf(entry.SkillIdMismatchError);
  });

  test('an event that is not an Alexa request at all gets an empty response, not an error', async () => {
    await expect(entry.handler({ hello: 'world' })).resolves.toEqual({ version: '1.0', response: {} });
    expect(proxy.count()).toBe(0);
  });
});

describe('without SKILL_ID', () => {
  test('requests from any skill are answered', async () => {
    const open = loadLambdaEntry({ TABLE_NAME: db.tableName, DYNAMODB_ENDPOINT: proxy.endpoint, AWS_REGION: 'us-east-1', LOG_LEVEL: 'silent' });

    const response = await open.handler(launchRequest(from(OTHER_SKILL), session()));

    expect(response.response.outputSpeech).toBeDefined();
    expect(proxy.count('GetItem')).toBe(1);
  });
});
