import fc from 'fast-check';
import { PROGRESS, WALK, WELCOME } from '../../lambda/content/prompts';
import { TIPS } from '../../lambda/content/tips';
import { createDynamoDbDocumentClient } from '../../lambda/storage/dynamodb-client';
import { DynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import { device, newId } from '../../simulator/envelopes';
import { startLocalDynamoDb, type LocalDynamoDb } from '../../simulator/local-dynamodb';
import { Conversation, type Reply } from '../fixtures/conversation';
import { startStoreProxy, type StoreProxy } from '../load/store-proxy';
import { startTimedSkill, type TimedSkill } from '../load/timed-skill';
import { loseNextReply } from '../support/store-faults';

/**
 * One user's household: two or three devices (an Echo in the bedroom, one in the kitchen, a phone) taking turns
 * and talking at once, while Alexa resends requests, DynamoDB throttles and write replies get lost. Against a
 * model of what was said: the stored totals are exactly the walks the skill said it logged, every figure spoken
 * after a write is the stored figure at that moment, a retry is answered word for word as its first attempt and
 * changes nothing, and a tip is never skipped nor heard twice in a round. 40 households in `npm test`, 300 with
 * `npm run test:load`.
 */
const RUNS = process.env.FULL_LOAD === '1' ? 300 : 40;
const DEVICES = ['bedroom', 'kitchen', 'phone'] as const;

type Fault = 'throttle' | 'drop-reply' | 'lost-reply';
type Action =
  | { readonly kind: 'launch'; readonly device: number }
  | { readonly kind: 'walk'; readonly device: number; readonly minutes: number; readonly oneShot: boolean }
  | { readonly kind: 'tip'; readonly device: number }
  | { readonly kind: 'progress'; readonly device: number }
  | { readonly kind: 'end'; readonly device: number }
  | { readonly kind: 'retry'; readonly device: number }
  | { readonly kind: 'fault'; readonly fault: Fault }
  | { readonly kind: 'together'; readonly devices: readonly [number, number]; readonly minutes: readonly [number, number] };

const actions = (devices: number): fc.Arbitrary<Action> => {
  const on = fc.nat(devices - 1);
  return fc.oneof(
    { weight: 2, arbitrary: on.map((d) => ({ kind: 'launch', device: d }) as const) },
    {
      weight: 4,
      arbitrary: fc
        .record({ device: on, minutes: fc.integer({ min: 1, max: 90 }), oneShot: fc.boolean() })
        .map((walk) => ({ kind: 'walk', ...walk }) as const),
    },
    { weight: 2, arbitrary: on.map((d) => ({ kind: 'tip', device: d }) as const) },
    { weight: 1, arbitrary: on.map((d) => ({ kind: 'progress', device: d }) as const) },
    { weight: 1, arbitrary: on.map((d) => ({ kind: 'end', device: d }) as const) },
    { weight: 3, arbitrary: on.map((d) => ({ kind: 'retry', device: d }) as const) },
    {
      weight: 2,
      arbitrary: fc.constantFrom<Fault>('throttle', 'drop-reply', 'lost-reply').map((fault) => ({ kind: 'fault', fault }) as const),
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          devices: fc.tuple(on, on).filter(([a, b]) => a !== b),
          minutes: fc.tuple(fc.integer({ min: 1, max: 90 }), fc.integer({ min: 1, max: 90 })),
        })
        .map((together) => ({ kind: 'together', ...together }) as const),
    },
  );
};

const households = fc
  .integer({ min: 2, max: DEVICES.length })
  .chain((devices) => fc.tuple(fc.constant(devices), fc.array(actions(devices), { minLength: 4, maxLength: 24 })));

let db: LocalDynamoDb;
let proxy: StoreProxy;
let skill: TimedSkill;
/** The truth, read from dynalite itself rather than through the proxy. */
let truth: DynamoDbProgressStore;

beforeAll(async () => {
  db = await startLocalDynamoDb();
  proxy = await startStoreProxy(db.endpoint);
  // Faults here are the ones injected; a machine too busy to connect within production's half second is not one.
  skill = startTimedSkill({ endpoint: proxy.endpoint, tableName: db.tableName, requestTimeoutMs: 5000, connectionTimeoutMs: 5000 });
  truth = new DynamoDbProgressStore({ tableName: db.tableName, client: createDynamoDbDocumentClient({ endpoint: db.endpoint }) });
});

afterAll(async () => {
  truth?.client.destroy();
  await skill?.stop();
  await proxy?.stop();
  await db?.stop();
});

afterEach(async () => {
  await proxy.setMode('pass');
});

/** What is stored, in the figures the skill speaks. */
async function stored(userId: string) {
  const progress = await truth.load(userId);
  return {
    walks: progress?.walksLogged ?? 0,
    minutes: progress?.walkMinutes ?? 0,
    tipsHeard: progress?.tipsHeard ?? [],
    lastTipId: progress?.lastTipId,
  };
}

/** A walk of `minutes` today, as the skill speaks of it. */
const today = (minutes: number) => ({ minutes, when: 'today' }) as const;

const tipOf = (reply: Reply): string | undefined => TIPS.find((tip) => reply.text.includes(tip.text))?.id;

/** Plays one household's actions; throws at the first thing said or stored that the model does not allow. */
async function play(deviceCount: number, plan: readonly Action[]): Promise<void> {
  const userId = newId('amzn1.ask.account.HOUSEHOLD');
  proxy.reset(); // no fault armed by the last household is left for this one
  const clock = new Date('2026-03-02T09:00:00Z');
  const devices = DEVICES.slice(0, deviceCount).map((name) => {
    const conversation = new Conversation(skill, device({ userId, deviceId: newId(`amzn1.ask.device.${name}`) }));
    conversation.clock = clock;
    return conversation;
  });
  /** Per device: its last request's reply and the figures stored right after it, for a retry to be checked against. */
  const last = new Map<number, { reply: Reply; writesSince: number; wrote: boolean }>();
  const lostReplies: (() => void)[] = [];
  /** Writes the proxy had seen when a fault was last armed: one fault per write (two in a row fail the write). */
  let armedAt: number | undefined;
  /** Stored walk totals after every action: a report may be stale, but only to what was true since its session read. */
  const history: { walks: number; minutes: number }[] = [{ walks: 0, minutes: 0 }];
  /** Per device: the index in `history` its session's copy is at least as new as. */
  const syncedAt = new Map<number, number>();
  let model = { walks: 0, minutes: 0, visited: false };
  const fail = (step: number, what: string) => {
    const failures = skill.storeFailures.length ? ` (store failures: ${skill.storeFailures.slice(-3).join('; ')})` : '';
    throw new Error(`action ${step} (${JSON.stringify(plan[step])}): ${what}${failures}`);
  };

  for (const [step, action] of plan.entries()) {
    clock.setTime(clock.getTime() + 1000);
    const before = await stored(userId);

    const checkWalk = (reply: Reply, minutes: number, total: number) => {
      if (!reply.text.includes(WALK.logged(today(minutes), total))) fail(step, `said "${reply.text.slice(0, 140)}", not a ${minutes} minute walk making ${total}`);
    };
    const remember = async (d: number, reply: Reply) => {
      const after = await stored(userId);
      for (const entry of last.values()) entry.writesSince += 1;
      last.set(d, { reply, writesSince: 0, wrote: true });
      syncedAt.set(d, devices[d]!.sessionOpen ? history.length : Number.POSITIVE_INFINITY);
      return after;
    };

    switch (action.kind) {
      case 'launch': {
        const reply = await devices[action.device]!.launch();
        const expected = model.visited ? WELCOME.returning : WELCOME.firstTime;
        if (!reply.text.includes(expected)) fail(step, `the welcome was "${reply.text.slice(0, 80)}"`);
        model.visited = true;
        await remember(action.device, reply);
        break;
      }
      case 'walk': {
        const user = devices[action.device]!;
        const reply = action.oneShot ? await user.oneShot('LogWalkIntent', { duration: `PT${action.minutes}M` }) : await user.say('LogWalkIntent', { duration: `PT${action.minutes}M` });
        model = { walks: model.walks + 1, minutes: model.minutes + action.minutes, visited: true };
        const after = await remember(action.device, reply);
        checkWalk(reply, action.minutes, after.minutes);
        break;
      }
      case 'together': {
        const [a, b] = action.devices;
        const [one, two] = await Promise.all([
          devices[a]!.say('LogWalkIntent', { duration: `PT${action.minutes[0]}M` }),
          devices[b]!.say('LogWalkIntent', { duration: `PT${action.minutes[1]}M` }),
        ]);
        const [m1, m2] = action.minutes;
        model = { walks: model.walks + 2, minutes: model.minutes + m1 + m2, visited: true };
        const both = model.minutes;
        // Whichever was written first said the total without the other's walk; the other, the total with both.
        const oneFirst = one.text.includes(WALK.logged(today(m1), both - m2)) && two.text.includes(WALK.logged(today(m2), both));
        const twoFirst = two.text.includes(WALK.logged(today(m2), both - m1)) && one.text.includes(WALK.logged(today(m1), both));
        if (!oneFirst && !twoFirst) fail(step, `walks at once said "${one.text.slice(0, 100)}" and "${two.text.slice(0, 100)}"`);
        // The device written first holds the total between the two walks until its next write.
        history.push({ walks: model.walks - 1, minutes: oneFirst ? both - m2 : both - m1 });
        await remember(a, one);
        await remember(b, two);
        syncedAt.set(oneFirst ? a : b, history.length - 1);
        break;
      }
      case 'tip': {
        const reply = await devices[action.device]!.say('TipIntent');
        model.visited = true;
        const tip = tipOf(reply);
        const after = await remember(action.device, reply);
        if (!tip) fail(step, `no tip in "${reply.text.slice(0, 80)}"`);
        const newRound = before.tipsHeard.length === TIPS.length;
        if (!newRound && before.tipsHeard.includes(tip!)) fail(step, `${tip} was heard already this round`);
        const expected = newRound ? [tip!] : [...before.tipsHeard, tip!].sort();
        if (JSON.stringify(after.tipsHeard) !== JSON.stringify(expected)) fail(step, `tips heard ${after.tipsHeard.join()} after ${tip}`);
        break;
      }
      case 'progress': {
        const user = devices[action.device]!;
        const since = user.sessionOpen ? (syncedAt.get(action.device) ?? history.length - 1) : history.length - 1;
        const reply = await user.say('ProgressIntent');
        const possible = history.slice(Math.min(since, history.length - 1));
        const said = possible.some(({ walks, minutes }) => (walks === 0 ? !reply.text.includes('of walking in all') : reply.text.includes(PROGRESS.walking(walks, minutes))));
        if (!said) fail(step, `reported "${reply.text.slice(0, 160)}", none of ${JSON.stringify(possible)}`);
        last.set(action.device, { reply, writesSince: 0, wrote: false });
        if (!user.sessionOpen) syncedAt.delete(action.device);
        break;
      }
      case 'end':
        await devices[action.device]!.end();
        syncedAt.delete(action.device);
        break;
      case 'retry': {
        const previous = last.get(action.device);
        // Alexa resends within seconds: a handful of other writes at most (receipts keep the last eight). A turn that
        // wrote nothing kept no receipt: its retry says what is true now, the same words only if nothing was written since.
        if (!previous || previous.writesSince > 6 || (!previous.wrote && previous.writesSince > 0)) break;
        const reply = await devices[action.device]!.retry();
        if (reply.text !== previous.reply.text) fail(step, `the retry said "${reply.text.slice(0, 120)}", the first attempt "${previous.reply.text.slice(0, 120)}"`);
        const after = await stored(userId);
        if (JSON.stringify(after) !== JSON.stringify(before)) fail(step, `the retry changed ${JSON.stringify(before)} to ${JSON.stringify(after)}`);
        break;
      }
      case 'fault':
        if (armedAt === proxy.count('UpdateItem')) break;
        armedAt = proxy.count('UpdateItem');
        if (action.fault === 'lost-reply') lostReplies.push(loseNextReply(skill.store.client, 'UpdateItem'));
        else proxy.failNext(action.fault, 'UpdateItem');
        break;
    }
    const now = await stored(userId);
    if (now.walks !== model.walks || now.minutes !== model.minutes) {
      fail(step, `stored ${now.walks} walks, ${now.minutes} minutes; the skill said ${model.walks} and ${model.minutes}`);
    }
    history.push({ walks: now.walks, minutes: now.minutes });
  }
  for (const user of devices) await user.end();
  for (const remove of lostReplies) remove();
}

test(`${RUNS} households of two or three devices, with retries, throttling and lost replies: every figure exact`, async () => {
  await fc.assert(
    fc.asyncProperty(households, async ([deviceCount, plan]) => {
      await play(deviceCount, plan);
    }),
    { numRuns: RUNS },
  );
  expect(skill.storeFailures).toEqual([]);
  expect(skill.badResponses).toEqual([]);
}, 240_000);
