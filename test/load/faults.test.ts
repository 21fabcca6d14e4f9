import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dynalite from 'dynalite';
import { STRETCH, WALK, PROGRESS } from '../../lambda/content/prompts';
import { ROUTINES } from '../../lambda/content/routines';
import { createDynamoDbDocumentClient } from '../../lambda/storage/dynamodb-client';
import { DynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import { device, newId } from '../../simulator/envelopes';
import { startLocalDynamoDb, type LocalDynamoDb } from '../../simulator/local-dynamodb';
import { Conversation, resolved, type Reply } from '../fixtures/conversation';
import { loseNextReply } from '../support/store-faults';
import { startStoreProxy, type StoreProxy } from './store-proxy';
import { startTimedSkill, type TimedSkill } from './timed-skill';

/**
 * The store fails the way real ones do, under the skill's production client (1 s per call, two attempts): it
 * never answers, it throttles, it drops off the network mid-session, or its process dies and comes back with its
 * data. Every turn is still answered well within Alexa's 8 seconds, says nothing false about what was saved, and
 * once the store is back nothing it held is lost and nothing is counted twice.
 */
const ANSWER_LIMIT_MS = 5000;
const FULL = process.env.FULL_LOAD === '1';
/** Users who open the skill at once while the store hangs. */
const CROWD = FULL ? 50 : 10;

let db: LocalDynamoDb;
let proxy: StoreProxy;
let skill: TimedSkill;
/** The truth, read from dynalite itself rather than through the proxy. */
let truth: DynamoDbProgressStore;

beforeAll(async () => {
  db = await startLocalDynamoDb();
  proxy = await startStoreProxy(db.endpoint);
  skill = startTimedSkill({ endpoint: proxy.endpoint, tableName: db.tableName });
  truth = new DynamoDbProgressStore({ tableName: db.tableName, client: createDynamoDbDocumentClient({ endpoint: db.endpoint }) });
});

afterEach(async () => {
  await proxy.setMode('pass');
  proxy.reset();
});

afterAll(async () => {
  truth?.client.destroy();
  await skill?.stop();
  await proxy?.stop();
  await db?.stop();
});

const newUser = (target: TimedSkill = skill) => new Conversation(target, device({ userId: newId('amzn1.ask.account.FAULT') }));

/** A turn, and how long its answer took. */
async function timed(turn: Promise<Reply>): Promise<Reply & { ms: number }> {
  const started = performance.now();
  const reply = await turn;
  return { ...reply, ms: performance.now() - started };
}

/** The counts a user's stored progress holds, in one comparable object. */
async function counts(userId: string, store: DynamoDbProgressStore = truth) {
  const progress = await store.load(userId);
  return progress && {
    sessionsCompleted: progress.sessionsCompleted,
    walksLogged: progress.walksLogged,
    walkMinutes: progress.walkMinutes,
    unfinished: progress.unfinished,
    firstVisit: progress.firstVisit,
  };
}

describe('a write the store applied but whose reply never came back is retried and counted once', () => {
  /** Arranges for the next write's reply to be lost; returns how to undo it. */
  type LoseReply = () => () => void;
  const cases: [string, LoseReply][] = [
    ['the connection is cut before the reply', () => (proxy.failNext('drop-reply', 'UpdateItem'), () => undefined)],
    ['the reply never comes and the call times out', () => (proxy.failNext('withhold-reply', 'UpdateItem'), () => undefined)],
    ['the SDK loses the reply (loseNextReply)', () => loseNextReply(skill.store.client, 'UpdateItem')],
  ];
  test.each(cases)('when %s', async (_case, loseReply) => {
    // Prepare
    const user = newUser();
    await user.launch();
    await user.say('LogWalkIntent', { duration: 'PT20M' });
    proxy.reset();
    const restore = loseReply();

    // Act
    const reply = await timed(user.say('LogWalkIntent', { duration: 'PT15M' }));
    restore();

    // Assess
    expect(reply.ms).toBeLessThan(ANSWER_LIMIT_MS);
    expect(reply.text).toContain(WALK.logged({ minutes: 15, when: 'today' }, 35));
    expect(await counts(user.device.userId)).toMatchObject({ walksLogged: 2, walkMinutes: 35 });
    expect(skill.badResponses).toEqual([]);
  });
});

describe('the store never answers', () => {
  test('turns are answered within seconds, say only what is true, and nothing is lost once it answers again', async () => {
    // Prepare: a user with one walk logged, in an open session.
    const user = newUser();
    await user.launch();
    await user.say('LogWalkIntent', { duration: 'PT20M' });
    const before = await counts(user.device.userId);

    // Act: the store accepts connections and never answers.
    await proxy.setMode('hang');
    const walk = await timed(user.say('LogWalkIntent', { duration: 'PT15M' }));
    await user.end();
    const progress = await timed(user.oneShot('ProgressIntent'));
    const welcome = await timed(user.launch());
    await user.end();
    await proxy.setMode('pass');

    // Assess: answers came, and told the truth: the walk was not saved, progress could not be read.
    for (const reply of [walk, progress, welcome]) expect(reply.ms).toBeLessThan(ANSWER_LIMIT_MS);
    expect(walk.text).toContain(WALK.notSaved(15));
    expect(progress.text).toContain(PROGRESS.unavailable);
    expect(welcome.text).toMatch(/^Welcome to Back Care Coach/);
    expect(await counts(user.device.userId)).toEqual(before);

    // Once the store is back, the user's next walk counts once, on top of what was there.
    const again = await user.oneShot('LogWalkIntent', { duration: 'PT15M' });
    expect(again.text).toContain(WALK.logged({ minutes: 15, when: 'today' }, 35));
    expect(await counts(user.device.userId)).toMatchObject({ walksLogged: 2, walkMinutes: 35 });
    expect(skill.badResponses).toEqual([]);
  });

  test(`${CROWD} users opening the skill at once are all answered within seconds`, async () => {
    await proxy.setMode('hang');

    const replies = await Promise.all(Array.from({ length: CROWD }, () => timed(newUser().launch())));

    expect(Math.max(...replies.map(({ ms }) => ms))).toBeLessThan(ANSWER_LIMIT_MS);
    for (const reply of replies) expect(reply.text).toMatch(/^Welcome to Back Care Coach/);
  });
});

describe('the store throttles', () => {
  test('one throttled write is retried and saved once', async () => {
    const user = newUser();
    await user.launch();
    await proxy.failNext('throttle', 'UpdateItem');

    const reply = await timed(user.say('LogWalkIntent', { duration: 'PT25M' }));

    expect(reply.ms).toBeLessThan(ANSWER_LIMIT_MS);
    expect(reply.text).toContain(WALK.logged({ minutes: 25, when: 'today' }, 25));
    expect(await counts(user.device.userId)).toMatchObject({ walksLogged: 1, walkMinutes: 25 });
  });

  test('a store that throttles everything still gets answers, and nothing is counted when it recovers', async () => {
    // Prepare
    const user = newUser();
    await user.launch();
    await user.say('LogWalkIntent', { duration: 'PT10M' });
    const before = await counts(user.device.userId);
    proxy.reset();

    // Act
    await proxy.setMode('throttle');
    const walk = await timed(user.say('LogWalkIntent', { duration: 'PT30M' }));
    await proxy.setMode('pass');

    // Assess
    expect(walk.ms).toBeLessThan(ANSWER_LIMIT_MS);
    expect(walk.text).toContain(WALK.notSaved(30));
    expect(proxy.count('UpdateItem')).toBe(2); // the first try and one retry
    expect(await counts(user.device.userId)).toEqual(before);
    const again = await user.say('LogWalkIntent', { duration: 'PT30M' });
    expect(again.text).toContain(WALK.logged({ minutes: 30, when: 'today' }, 40));
  });
});

describe('the store disappears mid-routine', () => {
  test('the routine carries on and says it could not save; the place saved before is kept and the next run counts once', async () => {
    // Prepare: a user two stretches into the quick routine.
    const routine = ROUTINES.quick;
    const user = newUser();
    await user.launch();
    await user.say('StretchGuideIntent', { routine: resolved(routine.name, 'quick') });
    await user.say('AMAZON.NextIntent');
    const before = await counts(user.device.userId);
    expect(before?.unfinished).toEqual({ routineId: 'quick', step: 1 });

    // Act: every open connection is cut and new ones are refused, until the store comes back.
    await proxy.setMode('down');
    const rest: (Reply & { ms: number })[] = [];
    for (let step = 2; step < routine.steps.length; step += 1) rest.push(await timed(user.say('AMAZON.NextIntent')));
    await proxy.setMode('pass');

    // Assess
    for (const reply of rest) expect(reply.ms).toBeLessThan(ANSWER_LIMIT_MS);
    const last = rest[rest.length - 1]!;
    expect(last.text).toContain(STRETCH.finished(routine.name));
    expect(last.text).toContain(STRETCH.finishedUnsaved);
    expect(await counts(user.device.userId)).toEqual(before);

    // Next time the user is offered their place back, and finishing counts one session.
    const welcome = await user.launch();
    expect(welcome.text).toMatch(/pick up where you left off/i);
    let reply = await user.say('AMAZON.YesIntent');
    for (let step = 2; step < routine.steps.length; step += 1) reply = await user.say('AMAZON.NextIntent');
    expect(reply.text).toContain(STRETCH.weekSessions(1));
    expect(await counts(user.device.userId)).toMatchObject({ sessionsCompleted: { quick: 1 }, unfinished: undefined });
    expect(skill.badResponses).toEqual([]);
  });
});

describe('the store process dies and restarts with its data', () => {
  let dataDir: string;
  let onDisk: LocalDynamoDb;
  let restarted: Server | undefined;
  let diskSkill: TimedSkill;
  let diskTruth: DynamoDbProgressStore;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'back-care-coach-faults-'));
    onDisk = await startLocalDynamoDb({ dataDir });
    diskSkill = startTimedSkill({ endpoint: onDisk.endpoint, tableName: onDisk.tableName });
    diskTruth = new DynamoDbProgressStore({ tableName: onDisk.tableName, client: createDynamoDbDocumentClient({ endpoint: onDisk.endpoint }) });
  });

  afterAll(async () => {
    diskTruth?.client.destroy();
    await diskSkill?.stop();
    await new Promise<void>((resolve) => (restarted ? restarted.close(() => resolve()) : resolve()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('turns while it is gone are answered; afterwards everything stored before is there and counts go on from it', async () => {
    // Prepare: a user with a finished routine and a walk.
    const user = newUser(diskSkill);
    await user.launch();
    await user.say('StretchGuideIntent', { routine: resolved(ROUTINES.quick.name, 'quick') });
    for (let step = 1; step < ROUTINES.quick.steps.length; step += 1) await user.say('AMAZON.NextIntent');
    await user.say('LogWalkIntent', { duration: 'PT12M' });
    const before = await counts(user.device.userId, diskTruth);

    // Act: the store's process stops mid-session...
    await onDisk.stop();
    const walk = await timed(user.say('LogWalkIntent', { duration: 'PT8M' }));
    // ...and a new one starts on the same port and data.
    const port = Number(new URL(onDisk.endpoint).port);
    restarted = dynalite({ path: dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await new Promise<void>((resolve, reject) => {
      restarted!.once('error', reject);
      restarted!.listen(port, '127.0.0.1', () => resolve());
    });

    // Assess
    expect(walk.ms).toBeLessThan(ANSWER_LIMIT_MS);
    expect(walk.text).toContain(WALK.notSaved(8));
    expect(await counts(user.device.userId, diskTruth)).toEqual(before);
    const again = await user.say('LogWalkIntent', { duration: 'PT8M' });
    expect(again.text).toContain(WALK.logged({ minutes: 8, when: 'today' }, 20));
    expect(await counts(user.device.userId, diskTruth)).toEqual({ ...before, walksLogged: 2, walkMinutes: 20 });
    expect(diskSkill.badResponses).toEqual([]);
  });
});
