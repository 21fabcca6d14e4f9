import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { applyChange, emptyProgress } from '../../lambda/coach/progress';
import type { Progress, ProgressChange } from '../../lambda/coach/progress';
import { createDynamoDbClient, createDynamoDbDocumentClient } from '../../lambda/storage/dynamodb-client';
import { DynamoDbProgressStore, SCHEMA_VERSION, createDynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import { ProgressStoreError } from '../../lambda/storage/progress-store';
import { startLocalDynamoDb } from '../../simulator/local-dynamodb';
import type { LocalDynamoDb } from '../../simulator/local-dynamodb';
import { countCommands } from '../support/command-counter';
import { loseNextReply, returnItemWithRefusals } from '../support/store-faults';
import { AWKWARD_IDS, comparable, progressChanges, writeFor } from '../support/progress-changes';

let local: LocalDynamoDb;
let store: DynamoDbProgressStore;
let users = 0;
/** A fresh user for each test, so tests share one table without seeing each other. */
const newUser = () => `amzn1.ask.account.TEST${++users}${'X'.repeat(40)}`;
let requests = 0;
const newRequestId = () => `amzn1.echo-api.request.${++requests}`;
const write = (requestId = newRequestId()) => writeFor(requestId);

/** Applies the changes one turn after another, as the skill would. */
async function applyAll(userId: string, changes: ProgressChange[]): Promise<Progress | undefined> {
  let progress: Progress | undefined;
  for (const change of changes) progress = (await store.apply(userId, change, write())).progress;
  return progress;
}

beforeAll(async () => {
  local = await startLocalDynamoDb();
  store = createDynamoDbProgressStore({ tableName: local.tableName, endpoint: local.endpoint });
});

afterAll(async () => {
  store.client.destroy();
  await local.stop();
});

describe('DynamoDbProgressStore on dynalite', () => {
  it('loads nothing for a user it has never seen', async () => {
    // Act
    const progress = await store.load(newUser());

    // Assess
    expect(progress).toBeUndefined();
  });

  it.each<[string, ProgressChange]>([
    ['a visit', { visitAt: '2025-03-04T19:30:00.000Z' }],
    ['a completed routine', { completedRoutine: { routineId: 'hip-openers', day: '2025-03-04' } }],
    ['a walk', { walk: { minutes: 25, day: '2025-03-04', id: 'walk-25' } }],
    ['a streak', { streak: { current: 3, best: 7, lastActiveDay: '2025-03-04' } }],
    ['a routine under way', { unfinished: { routineId: 'hip-openers', step: 2 } }],
    ['a finished routine', { unfinished: null }],
    ['preferences', { preferences: { holdSeconds: 45, pace: 'slow' } }],
    ['a tip heard', { tipHeard: { tipId: 'walk-breaks', day: '2025-03-04', newRound: false } }],
    ['a new tip round', { tipHeard: { tipId: 'sleep-side', day: '2025-03-04', newRound: true } }],
    ['forgotten days', { forgetDays: ['2025-03-01'] }],
  ])('stores %s and loads it back as applyChange computes it', async (_kind, change) => {
    // Prepare
    const userId = newUser();
    const before: ProgressChange = {
      visitAt: '2025-03-01T08:00:00.000Z',
      completedRoutine: { routineId: 'lower-back-basics', day: '2025-03-01' },
      unfinished: { routineId: 'desk-break', step: 1 },
      preferences: { holdSeconds: 20 },
      tipHeard: { tipId: 'lift-with-legs', day: '2025-03-01', newRound: false },
    };
    await store.apply(userId, before, write());

    // Act
    const { progress: applied } = await store.apply(userId, change, write());
    const loaded = await store.load(userId);

    // Assess
    const expected = applyChange(applyChange(emptyProgress(), before), change);
    expect(comparable(applied)).toEqual(comparable(expected));
    expect(comparable(loaded)).toEqual(comparable(expected));
  });

  it('takes back the last walk once, and not after another walk was logged', async () => {
    // Prepare
    const userId = newUser();
    const first = { minutes: 20, day: '2025-03-04', id: 'walk-a' };
    const second = { minutes: 45, day: '2025-03-04', id: 'walk-b' };
    await store.apply(userId, { walk: first }, write());
    await store.apply(userId, { walk: second }, write());

    // Act
    const stale = await store.apply(userId, { undoWalk: first }, write());
    const undone = await store.apply(userId, { undoWalk: second }, write());
    const again = await store.apply(userId, { undoWalk: second }, write());

    // Assess
    expect(stale.outcome).toBe('conflict');
    expect(undone.outcome).toBe('applied');
    expect(undone.progress).toMatchObject({ walksLogged: 1, walkMinutes: 20 });
    expect(undone.progress.lastWalk).toBeUndefined();
    expect(again.outcome).toBe('conflict');
    expect(await store.load(userId)).toMatchObject({ walksLogged: 1, walkMinutes: 20 });
  });

  it('keeps a completed routine, a walk and a streak for a new store instance', async () => {
    // Prepare
    const userId = newUser();
    await store.apply(
      userId,
      {
        completedRoutine: { routineId: 'lower-back-basics', day: '2025-03-04' },
        walk: { minutes: 30, day: '2025-03-04', id: 'walk-30' },
        streak: { current: 1, best: 4, lastActiveDay: '2025-03-04' },
      },
      write(),
    );
    const later = createDynamoDbProgressStore({ tableName: local.tableName, endpoint: local.endpoint });

    // Act
    const progress = await later.load(userId);
    later.client.destroy();

    // Assess
    expect(progress).toMatchObject({
      sessionsCompleted: { 'lower-back-basics': 1 },
      sessionsByDay: { '2025-03-04': 1 },
      walksLogged: 1,
      walkMinutes: 30,
      streak: { current: 1, best: 4, lastActiveDay: '2025-03-04' },
    });
  });

  it('counts every one of 50 concurrent changes of one user', async () => {
    // Prepare
    const userId = newUser();
    const minutes = Array.from({ length: 50 }, (_, i) => 5 + (i % 7));

    // Act: 50 at once queue up in one dynalite, longer than the production timeout allows on a busy machine; the
    // timeout is not what this tests (see dynamodb-progress-store-failures.test.ts).
    const patient = createDynamoDbProgressStore({ tableName: local.tableName, endpoint: local.endpoint });
    (patient.client.config.requestHandler as { updateHttpClientConfig(key: string, value: unknown): void }).updateHttpClientConfig('requestTimeout', 10_000);
    await Promise.all(
      minutes.map((walkMinutes) =>
        patient.apply(
          userId,
          { walk: { minutes: walkMinutes, day: '2025-03-04', id: `walk-${walkMinutes}` }, completedRoutine: { routineId: 'desk-break', day: '2025-03-04' } },
          write(),
        ),
      ),
    );

    patient.client.destroy();

    // Assess
    const progress = await store.load(userId);
    expect(progress).toMatchObject({
      walksLogged: 50,
      walkMinutes: minutes.reduce((sum, m) => sum + m, 0),
      sessionsCompleted: { 'desk-break': 50 },
      sessionsByDay: { '2025-03-04': 50 },
    });
  });

  it('applies a request id only once and answers the repeat with its receipt and the item as stored', async () => {
    // Prepare
    const userId = newUser();
    const requestId = newRequestId();
    const change = { walk: { minutes: 15, day: '2025-03-04', id: 'walk-15' } };
    const receipt = { at: Date.parse('2025-03-04T19:30:00.000Z'), answer: { walksLogged: 1, walkMinutes: 15 } };
    await store.apply(userId, change, writeFor(requestId, { receipt }));
    await store.apply(userId, { walk: { minutes: 5, day: '2025-03-04', id: 'walk-5' } }, write());

    // Act
    const repeat = await store.apply(userId, change, writeFor(requestId));

    // Assess
    expect(repeat).toMatchObject({ outcome: 'already-applied', receipt, progress: { walksLogged: 2, walkMinutes: 20 } });
    expect(await store.load(userId)).toMatchObject({ walksLogged: 2, walkMinutes: 20 });
  });

  it('refuses a change decided from an older version of the item, and returns the item as stored', async () => {
    // Prepare
    const userId = newUser();
    const { progress: seen } = await store.apply(userId, { walk: { minutes: 10, day: '2025-03-04', id: 'walk-10' } }, write());
    await store.apply(userId, { walk: { minutes: 20, day: '2025-03-04', id: 'walk-20' } }, write());

    // Act
    const stale = await store.apply(userId, { walk: { minutes: 30, day: '2025-03-04', id: 'walk-30' } }, writeFor(newRequestId(), { basedOn: seen }));
    const fresh = await store.apply(userId, { walk: { minutes: 30, day: '2025-03-04', id: 'walk-30' } }, writeFor(newRequestId(), { basedOn: stale.progress }));

    // Assess
    expect(stale).toMatchObject({ outcome: 'conflict', progress: { walksLogged: 2, walkMinutes: 30, version: 2 } });
    expect(fresh).toMatchObject({ outcome: 'applied', progress: { walksLogged: 3, walkMinutes: 60, version: 3 } });
  });

  it('takes the item a refusal brings, as DynamoDB sends it, instead of reading it again', async () => {
    // Prepare
    const userId = newUser();
    const { progress: seen } = await store.apply(userId, { walk: { minutes: 10, day: '2025-03-04', id: 'walk-10' } }, write());
    const retried = writeFor(newRequestId(), { receipt: { at: Date.parse('2025-03-04T19:31:00.000Z'), answer: { walksLogged: 2 } } });
    await store.apply(userId, { walk: { minutes: 20, day: '2025-03-04', id: 'walk-20' } }, retried);
    const reader = createDynamoDbClient({ endpoint: local.endpoint });
    const restore = returnItemWithRefusals(store.client, reader, local.tableName);
    const counter = countCommands(store.client);

    // Act
    const stale = await store.apply(userId, { walk: { minutes: 30, day: '2025-03-04', id: 'walk-30' } }, writeFor(newRequestId(), { basedOn: seen }));
    const again = await store.apply(userId, { walk: { minutes: 20, day: '2025-03-04', id: 'walk-20' } }, retried);
    counter.detach();
    restore();
    reader.destroy();

    // Assess
    expect(stale).toMatchObject({ outcome: 'conflict', progress: { walksLogged: 2, walkMinutes: 30, version: 2 } });
    expect(again).toMatchObject({ outcome: 'already-applied', progress: { walksLogged: 2 }, receipt: retried.receipt });
    expect(counter.sentByOperation()).toEqual({ UpdateItem: 2 });
  });

  it('refuses a streak worked out from an altered copy, even at the stored version', async () => {
    // Prepare
    const userId = newUser();
    const streak = { current: 2, best: 2, lastActiveDay: '2025-03-04' };
    const { progress: stored } = await store.apply(userId, { streak }, write());
    const altered = { ...stored, streak: { current: 40, best: 40, lastActiveDay: '2025-03-04' } };

    // Act
    const forged = await store.apply(userId, { streak: { current: 41, best: 41, lastActiveDay: '2025-03-05' } }, writeFor(newRequestId(), { basedOn: altered }));

    // Assess
    expect(forged.outcome).toBe('conflict');
    expect((await store.load(userId))?.streak).toEqual(streak);
  });

  it('keeps the receipts it is not told to forget, and drops those it is', async () => {
    // Prepare
    const userId = newUser();
    await store.apply(userId, {}, writeFor('r-1'));
    await store.apply(userId, {}, writeFor('r-2'));

    // Act
    const { progress } = await store.apply(userId, {}, writeFor('r-3', { forgetReceipts: ['r-1', 'never-there'] }));

    // Assess
    expect(Object.keys(progress.receipts).sort()).toEqual(['r-2', 'r-3']);
  });

  it('counts once a write whose reply was lost after it was applied and which the SDK then retried', async () => {
    // Prepare
    const userId = newUser();
    const client = createDynamoDbDocumentClient({ endpoint: local.endpoint });
    const flaky = new DynamoDbProgressStore({ tableName: local.tableName, client });
    const counter = countCommands(client);
    loseNextReply(client, 'UpdateItem');

    // Act
    const result = await flaky.apply(userId, { walk: { minutes: 15, day: '2025-03-04', id: 'walk-15' } }, write());

    // Assess
    expect(counter.sent('UpdateItem')).toBe(1);
    expect(counter.attempts('UpdateItem')).toBe(2);
    expect(result).toMatchObject({ outcome: 'already-applied', progress: { walksLogged: 1, walkMinutes: 15 } });
    expect(await store.load(userId)).toMatchObject({ walksLogged: 1, walkMinutes: 15 });
    client.destroy();
  });

  it('deletes the item, after which load finds nothing', async () => {
    // Prepare
    const userId = newUser();
    await store.apply(userId, { walk: { minutes: 10, day: '2025-03-04', id: 'walk-10' } }, write());

    // Act
    await store.delete(userId);

    // Assess
    expect(await store.load(userId)).toBeUndefined();
    expect((await store.client.send(new GetCommand({ TableName: local.tableName, Key: { userId } }))).Item).toBe(
      undefined,
    );
  });

  it('deletes a user it has never seen without complaint', async () => {
    // Act
    const deleting = store.delete(newUser());

    // Assess
    await expect(deleting).resolves.toBeUndefined();
  });

  it('grows the set of tips heard and starts it afresh with a new round', async () => {
    // Prepare
    const userId = newUser();
    const heard = (tipId: string, newRound = false) => ({ tipHeard: { tipId, day: '2025-03-04', newRound } });

    // Act
    const grown = await applyAll(userId, [heard('lift-with-legs'), heard('walk-breaks'), heard('walk-breaks')]);
    const renewed = await applyAll(userId, [heard('chair-height', true)]);

    // Assess
    expect(grown?.tipsHeard).toEqual(['lift-with-legs', 'walk-breaks']);
    expect(renewed?.tipsHeard).toEqual(['chair-height']);
    expect((await store.load(userId))?.tipsHeard).toEqual(['chair-height']);
  });

  it('forgets old days and keeps the recent ones and the per-routine totals', async () => {
    // Prepare
    const userId = newUser();
    const session = (day: string) => ({ completedRoutine: { routineId: 'hip-openers', day } });
    await applyAll(userId, [session('2025-02-10'), session('2025-02-11'), session('2025-03-04')]);

    // Act
    const forgetDays = ['2025-02-10', '2025-02-11', '2025-01-01'];
    const { progress } = await store.apply(userId, { forgetDays }, write());

    // Assess
    expect(progress?.sessionsByDay).toEqual({ '2025-03-04': 1 });
    expect(progress?.sessionsCompleted).toEqual({ 'hip-openers': 3 });
  });

  it('leaves one session on a day it forgets and counts a session on in the same turn', async () => {
    // Prepare
    const userId = newUser();
    await applyAll(userId, [{ completedRoutine: { routineId: 'desk-break', day: '2025-03-04' } }]);

    // Act
    const { progress } = await store.apply(
      userId,
      { completedRoutine: { routineId: 'desk-break', day: '2025-03-04' }, forgetDays: ['2025-03-04'] },
      write(),
    );

    // Assess
    expect(progress?.sessionsByDay).toEqual({ '2025-03-04': 1 });
    expect(progress?.sessionsCompleted).toEqual({ 'desk-break': 2 });
  });

  it('stores ids that look like expression syntax under their own names', async () => {
    // Prepare
    const userId = newUser();
    const changes = AWKWARD_IDS.map((id) => ({
      completedRoutine: { routineId: id, day: '2025-03-04' },
      tipHeard: { tipId: id, day: '2025-03-04', newRound: false },
    }));

    // Act
    const progress = await applyAll(userId, changes);

    // Assess
    expect(progress?.sessionsCompleted).toEqual(Object.fromEntries(AWKWARD_IDS.map((id) => [id, 1])));
    expect(progress?.tipsHeard).toEqual([...AWKWARD_IDS].sort());
  });

  it('loads a version-0 item, and the next change upgrades it to the current schema version and builds on it', async () => {
    // Prepare
    const userId = newUser();
    await store.client.send(
      new PutCommand({
        TableName: local.tableName,
        Item: {
          userId,
          firstVisit: '2024-11-02T07:00:00.000Z',
          'completed_lower-back-basics': 6,
          walksLogged: 4,
          minutesWalked: 95,
          streak: { current: 0, best: 3 },
          tips: ['lift-with-legs', 'walk-breaks'],
        },
      }),
    );

    // Act
    const loaded = await store.load(userId);
    const { progress: applied } = await store.apply(
      userId,
      { walk: { minutes: 5, day: '2025-03-04', id: 'walk-5' }, tipHeard: { tipId: 'chair-height', day: '2025-03-04', newRound: false } },
      writeFor(newRequestId(), { basedOn: loaded }),
    );

    // Assess
    expect(loaded).toMatchObject({
      firstVisit: '2024-11-02T07:00:00.000Z',
      sessionsCompleted: { 'lower-back-basics': 6 },
      walksLogged: 4,
      walkMinutes: 95,
      streak: { current: 0, best: 3 },
      tipsHeard: ['lift-with-legs', 'walk-breaks'],
    });
    expect(applied).toMatchObject({
      walksLogged: 5,
      walkMinutes: 100,
      tipsHeard: ['chair-height', 'lift-with-legs', 'walk-breaks'],
    });
    const raw = await store.client.send(new GetCommand({ TableName: local.tableName, Key: { userId } }));
    expect(raw.Item?.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('loads an item that holds only some attributes, with defaults for the rest', async () => {
    // Prepare
    const userId = newUser();
    await store.client.send(
      new PutCommand({ TableName: local.tableName, Item: { userId, schemaVersion: 1, walksLogged: 2 } }),
    );

    // Act
    const progress = await store.load(userId);

    // Assess
    expect(progress).toStrictEqual({ ...emptyProgress(), walksLogged: 2 });
  });

  it('reads once per load and writes once per change', async () => {
    // Prepare
    const userId = newUser();
    const counter = countCommands(store.client);

    // Act
    await store.load(userId);
    await store.apply(userId, { visitAt: '2025-03-04T19:30:00.000Z', walk: { minutes: 10, day: '2025-03-04', id: 'walk-10' } }, write());
    await store.delete(userId);
    counter.detach();

    // Assess
    expect(counter.sentByOperation()).toEqual({ GetItem: 1, UpdateItem: 1, DeleteItem: 1 });
  });

  it('ends any sequence of changes where applyChange ends', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(progressChanges, { minLength: 1, maxLength: 6 }), async (changes) => {
        // Prepare
        const userId = newUser();

        // Act
        const applied = await applyAll(userId, changes);

        // Assess: an undo with nothing to take back writes nothing, not even an empty item.
        const expected = changes.reduce(applyChange, emptyProgress());
        expect(comparable(applied)).toEqual(comparable(expected));
        expect(comparable((await store.load(userId)) ?? emptyProgress())).toEqual(comparable(expected));
      }),
      { numRuns: 40 },
    );
  });

  it('answers a write held to what was read with exactly what a read then gives, receipts and version included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(progressChanges, { minLength: 1, maxLength: 6 }), async (changes) => {
        // Prepare
        const userId = newUser();
        const now = Date.parse('2025-03-04T19:30:00.000Z');

        for (const [turn, change] of changes.entries()) {
          // Act
          const basedOn = (await store.load(userId)) ?? emptyProgress();
          const forgetReceipts = Object.keys(basedOn.receipts).slice(0, 1);
          const receipt = { at: now + turn, answer: { streak: turn } };
          const applied = await store.apply(userId, change, writeFor(newRequestId(), { basedOn, receipt, forgetReceipts }));

          // Assess
          const loaded = await store.load(userId);
          if (applied.outcome === 'applied') expect(applied.progress).toEqual(loaded);
          else expect(applied.outcome).toBe('conflict');
        }
      }),
      { numRuns: 25 },
    );
  });

  it('wraps a refusal from the table in ProgressStoreError naming the table, never the user', async () => {
    // Prepare
    const userId = newUser();
    const missing = new DynamoDbProgressStore({ tableName: 'NoSuchTable', client: store.client });

    // Act
    const loading = missing.load(userId);

    // Assess
    const error = await loading.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProgressStoreError);
    expect((error as Error).message).toMatch(
      /^could not load progress of user [0-9a-f]{16} from table NoSuchTable: ResourceNotFoundException$/,
    );
    expect((error as Error).message).not.toContain(userId);
    expect((error as Error).cause).toMatchObject({ name: 'ResourceNotFoundException' });
  });
});
