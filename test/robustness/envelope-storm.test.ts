import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { createDynamoDbDocumentClient } from '../../lambda/storage/dynamodb-client';
import { DynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import { DEFAULT_SKILL_ID } from '../../simulator/envelopes';
import { startLocalDynamoDb, type LocalDynamoDb } from '../../simulator/local-dynamodb';
import { loadLambdaEntry, type LambdaEntry } from '../entry/lambda-entry';
import { speechProblems } from '../fixtures/speech-rules';
import { startStoreProxy, type StoreProxy } from '../load/store-proxy';
import { MARK, exchanges, readModelIntents, type EnvelopeOptions } from './envelope-arbitraries';
import { storedChangeProblems, type StoredItem } from './stored-changes';
import { writeFor } from '../support/progress-changes';

/**
 * Thousands of generated envelopes (hundreds in the short form) through the Lambda entry, with and without
 * `SKILL_ID`, against dynalite on loopback: every one resolves to a valid response (or, for another skill, is
 * refused without touching the store), no markup from the input reaches what Alexa says, and the stored progress
 * of the users they name only ever changes the way the skill's turns change it.
 */
const FULL = process.env.FULL_LOAD === '1';
const RUNS = FULL ? 5000 : 500;

const SEEDED = 'amzn1.ask.account.STORM-SEEDED';
const LEGACY = 'amzn1.ask.account.STORM-LEGACY';
const NEWCOMER = 'amzn1.ask.account.STORM-NEWCOMER';
const USERS = [SEEDED, LEGACY, NEWCOMER] as const;

/** Alexa's cap on a whole response. */
const MAX_RESPONSE_BYTES = 24 * 1024;

let db: LocalDynamoDb;
let proxy: StoreProxy;
let direct: DynamoDBDocumentClient;
let settings: Server;
let open: LambdaEntry;
let locked: LambdaEntry;
let options: EnvelopeOptions;
/** What the storm did, printed at the end so that a run that exercised little shows. */
const stats = { sent: 0, refused: 0, spoken: 0, empty: 0, largestResponse: 0, writes: 0, walksAdded: 0, sessionsAdded: 0 };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stand-in for the Alexa Settings API on loopback; the device id picks its answer, good or bad.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-settings-api-reference.html
 */
function startSettingsApi(): Promise<Server> {
  const answers: Record<string, [number, string]> = {
    'tz-new-york': [200, '"America/New_York"'],
    'tz-kiritimati': [200, '"Pacific/Kiritimati"'],
    'tz-unknown': [200, '"Mars/Olympus"'],
    'tz-markup': [200, JSON.stringify(`<speak>${MARK}</speak>`)],
    'tz-not-json': [200, `<html>${MARK}`],
    'tz-error': [500, '{}'],
  };
  const server = createServer((request, response) => {
    const device = decodeURIComponent(request.url?.split('/')[3] ?? '');
    const [status, body] = answers[device] ?? [404, '{}'];
    response.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function seed(store: DynamoDbProgressStore): Promise<void> {
  await store.apply(SEEDED, { visitAt: '2026-11-01T08:00:00.000Z', completedRoutine: { routineId: 'quick', day: '2026-11-20' }, walk: { minutes: 30, day: '2025-03-04', id: 'walk-30' } }, writeFor('seed-1'));
  await store.apply(
    SEEDED,
    {
      visitAt: '2026-11-28T08:00:00.000Z',
      completedRoutine: { routineId: 'lower-back', day: '2026-11-28' },
      walk: { minutes: 25, day: '2025-03-04', id: 'walk-25' },
      streak: { current: 3, best: 5, lastActiveDay: '2026-11-28' },
      unfinished: { routineId: 'upper-back-neck', step: 2 },
      preferences: { holdSeconds: 30, pace: 'slow' },
      tipHeard: { tipId: 'work-your-core', day: '2026-11-28', newRound: false },
    },
    writeFor('seed-2'),
  );
  // A prototype (schema version 0) item, written whole as the prototype did.
  await direct.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        userId: LEGACY,
        firstVisit: '2025-06-01T08:00:00.000Z',
        lastVisit: '2025-06-02T08:00:00.000Z',
        'completed_lower-back': 2,
        walksLogged: 3,
        minutesWalked: 75,
        tips: ['work-your-core', 'stand-tall'],
        streak: { current: 1, best: 4, lastActiveDay: '2025-06-02' },
      },
    }),
  );
}

async function storedItems(): Promise<Map<string, StoredItem | undefined>> {
  const items = await Promise.all(
    USERS.map((userId) => direct.send(new GetCommand({ TableName: db.tableName, Key: { userId }, ConsistentRead: true }))),
  );
  return new Map(USERS.map((userId, index) => [userId, items[index]!.Item]));
}

/** The application id the skill is asked to check: Alexa's `context.System`, else the session's. */
function applicationIdOf(event: Json): unknown {
  const system = isObject(event.context) && isObject(event.context.System) ? event.context.System : {};
  const session = isObject(event.session) ? event.session : {};
  const application = isObject(system.application) ? system.application : isObject(session.application) ? session.application : {};
  return application.applicationId;
}

const isRequest = (event: unknown): event is Json & { request: { type: string } } =>
  isObject(event) && isObject(event.request) && typeof event.request.type === 'string';

function checkResponse(response: ResponseEnvelope): void {
  if (!isObject(response) || response.version !== '1.0' || !isObject(response.response as unknown)) {
    throw new Error(`not a response envelope: ${JSON.stringify(response).slice(0, 200)}`);
  }
  const bytes = Buffer.byteLength(JSON.stringify(response));
  stats.largestResponse = Math.max(stats.largestResponse, bytes);
  if (bytes > MAX_RESPONSE_BYTES) throw new Error(`a response of ${bytes} bytes`);
  const { outputSpeech, reprompt } = response.response;
  const speeches = [outputSpeech, reprompt?.outputSpeech].filter((speech) => speech !== undefined);
  if (speeches.length > 0) stats.spoken += 1;
  else stats.empty += 1;
  for (const speech of speeches) {
    if (speech.type !== 'SSML') throw new Error(`speech of type ${speech.type}`);
    const problems = speechProblems(speech.ssml);
    if (problems.length > 0) throw new Error(`invalid SSML (${problems.join('; ')}): ${speech.ssml.slice(0, 300)}`);
  }
  const said = JSON.stringify(response.response);
  if (said.includes(MARK)) throw new Error(`input reached the response: ${said.slice(0, 300)}`);
}

/** The envelope carrying on the session the skill just answered, with the attributes it sent back. */
function carriedOn(envelope: unknown, attributes: unknown): unknown {
  if (!isObject(envelope) || !isObject(envelope.session) || attributes === undefined) return envelope;
  return { ...envelope, session: { ...envelope.session, new: false, attributes } };
}

/** fast-check's report with long values cut short: a counterexample may hold 100 KB slot values. */
async function briefReport(details: fc.RunDetails<[boolean, { envelope: unknown; carryOn: boolean }[]]>): Promise<void> {
  if (!details.failed) return;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const report = (fc.defaultReportMessage(details) ?? '').replace(/(.)\1{200,}|(.{2,40}?)\2{20,}/gs, (run) => `${run.slice(0, 120)}…[${run.length} chars]`);
  throw new Error(`${cause.slice(0, 2000)}\n\n${report.slice(0, 6000)}`);
}

beforeAll(async () => {
  db = await startLocalDynamoDb();
  proxy = await startStoreProxy(db.endpoint);
  direct = createDynamoDbDocumentClient({ endpoint: db.endpoint });
  settings = await startSettingsApi();
  await seed(new DynamoDbProgressStore({ tableName: db.tableName, client: direct }));
  const env = { TABLE_NAME: db.tableName, DYNAMODB_ENDPOINT: proxy.endpoint, AWS_REGION: 'us-east-1', LOG_LEVEL: 'silent' };
  open = loadLambdaEntry(env);
  locked = loadLambdaEntry({ ...env, SKILL_ID: DEFAULT_SKILL_ID });
  const { port } = settings.address() as AddressInfo;
  options = {
    intents: readModelIntents(),
    userIds: [SEEDED, SEEDED, SEEDED, LEGACY, NEWCOMER],
    skillId: DEFAULT_SKILL_ID,
    apiEndpoints: [`http://127.0.0.1:${port}`, 'http://127.0.0.1:9'],
    deviceIds: ['tz-new-york', 'tz-kiritimati', 'tz-unknown', 'tz-markup', 'tz-not-json', 'tz-error', 'amzn1.ask.device.X'],
  };
});

afterAll(async () => {
  direct?.destroy();
  await new Promise<void>((resolve) => (settings ? settings.close(() => resolve()) : resolve()));
  await proxy?.stop();
  await db?.stop();
  // eslint-disable-next-line no-console
  console.log(`envelope storm, ${RUNS} runs: ${JSON.stringify(stats)}`);
});

test(
  `every generated envelope gets a valid answer and leaves stored progress intact (${RUNS} runs)`,
  async () => {
    const start = await storedItems();
    await fc.assert(
      fc.asyncProperty(fc.boolean(), exchanges(options), async (withSkillId, steps) => {
        const entry = withSkillId ? locked : open;
        const before = await storedItems();
        let attributes: unknown;
        for (const { envelope, carryOn } of steps) {
          const event = structuredClone(carryOn ? carriedOn(envelope, attributes) : envelope);
          const callsBefore = proxy.count();
          stats.sent += 1;
          if (withSkillId && isRequest(event) && applicationIdOf(event) !== DEFAULT_SKILL_ID) {
            await expect(entry.handler(event)).rejects.toBeInstanceOf(entry.SkillIdMismatchError);
            if (proxy.count() !== callsBefore) throw new Error('a refused request reached the store');
            stats.refused += 1;
            continue;
          }
          const response = await entry.handler(event);
          checkResponse(response);
          attributes = response.sessionAttributes;
        }
        const after = await storedItems();
        for (const userId of USERS) {
          const problems = storedChangeProblems(before.get(userId), after.get(userId));
          if (problems.length > 0) throw new Error(`stored progress of ${userId}: ${problems.join('; ')}`);
        }
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: FULL ? 20 * 60_000 : 45_000, asyncReporter: briefReport },
    );
    stats.writes = proxy.count('UpdateItem');
    const end = await storedItems();
    const total = (items: Map<string, StoredItem | undefined>, pick: (item: StoredItem) => number) =>
      [...items.values()].reduce((sum, item) => sum + (item ? pick(item) : 0), 0);
    const walks = (item: StoredItem) => Number(item.walksLogged ?? 0);
    const sessions = (item: StoredItem) =>
      Object.entries(item).reduce((sum, [name, value]) => sum + (name.startsWith('completed_') ? Number(value) : 0), 0);
    stats.walksAdded = total(end, walks) - total(start, walks);
    stats.sessionsAdded = total(end, sessions) - total(start, sessions);
  },
  FULL ? 30 * 60_000 : 60_000,
);
