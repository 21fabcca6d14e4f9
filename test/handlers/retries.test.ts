import { GOODBYE, STRETCH, stepLabel, WALK, WELCOME } from '../../lambda/content/prompts';
import { ROUTINES } from '../../lambda/content/routines';
import { TIPS } from '../../lambda/content/tips';
import { device, newId } from '../../simulator/envelopes';
import { Conversation, resolved, type Reply } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';

/**
 * Alexa sends a request again, byte for byte, when the skill's answer did not reach it in time. Every writing turn,
 * first of its session or later, must answer the retry exactly as it answered the first attempt, and change
 * nothing more, even when another device of the same user wrote in between.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.stop());

const MORNING = new Date('2026-03-02T08:00:00Z');
const quick = { routine: resolved('quick', 'quick') };
const stored = (user: Conversation) => skill.store!.load(user.device.userId);

/** A user on a device of their own, speaking at `clock`. */
function newUser(clock = MORNING): Conversation {
  const user = new Conversation(skill, device({ userId: newId('amzn1.ask.account.RETRY'), deviceId: newId('amzn1.ask.device.bedroom') }));
  user.clock = clock;
  return user;
}

/** The same user on another device (the kitchen Echo, the phone). */
function otherDevice(user: Conversation, name = 'kitchen'): Conversation {
  const other = new Conversation(skill, device({ userId: user.device.userId, deviceId: newId(`amzn1.ask.device.${name}`) }));
  other.clock = user.clock;
  return other;
}

/** The user's bedroom and kitchen devices, each in a session it opened. */
async function twoDevicesInSession(): Promise<[Conversation, Conversation]> {
  const bedroom = newUser();
  const kitchen = otherDevice(bedroom);
  await bedroom.launch();
  await kitchen.launch();
  return [bedroom, kitchen];
}

async function intoQuickRoutine(user: Conversation, steps = 1): Promise<void> {
  await user.launch();
  await user.say('StretchGuideIntent', quick);
  for (let step = 1; step < steps; step++) await user.say('AMAZON.NextIntent');
}

type Turn = (user: Conversation) => Promise<Reply>;
type Setup = (user: Conversation) => Promise<unknown>;
const nothing: Setup = async () => undefined;

describe('a retried request gets the answer its first attempt gave, and changes nothing more', () => {
  test.each<[string, Setup, Turn]>([
    ['a first launch', nothing, (u) => u.launch()],
    [
      'a returning launch with a streak, the day’s tip and a routine to resume',
      async (u) => {
        await intoQuickRoutine(u, ROUTINES.quick.steps.length);
        await u.say('AMAZON.NextIntent');
        await u.say('LogWalkIntent', { duration: 'PT10M' });
        await u.end();
        u.clock = new Date('2026-03-03T08:00:00Z');
        await intoQuickRoutine(u, 2);
        await u.end();
        u.clock = new Date('2026-03-04T07:00:00Z');
      },
      (u) => u.launch(),
    ],
    ['a walk, one-shot', nothing, (u) => u.say('LogWalkIntent', { duration: 'PT20M' })],
    ['a walk in a launched session', (u) => u.launch(), (u) => u.say('LogWalkIntent', { duration: 'PT20M' })],
    ['a tip, one-shot', nothing, (u) => u.say('TipIntent')],
    ['a tip in a launched session', (u) => u.launch(), (u) => u.say('TipIntent')],
    ['yes to a tip after a routine', (u) => intoQuickRoutine(u, ROUTINES.quick.steps.length), (u) => u.say('AMAZON.YesIntent')],
    ['the hold length, one-shot', nothing, (u) => u.say('SetHoldTimeIntent', { seconds: '40' })],
    ['the pace in a session', (u) => u.launch(), (u) => u.say('SetPaceIntent', { pace: resolved('slowly', 'slow') })],
    ['a routine started one-shot', nothing, (u) => u.say('StretchGuideIntent', quick)],
    ['the next stretch', (u) => intoQuickRoutine(u), (u) => u.say('AMAZON.NextIntent')],
    ['the last stretch, which records the session', (u) => intoQuickRoutine(u, ROUTINES.quick.steps.length - 1), (u) => u.say('AMAZON.NextIntent')],
    ['the previous stretch', (u) => intoQuickRoutine(u, 3), (u) => u.say('AMAZON.PreviousIntent')],
    [
      'no to the offer to resume',
      async (u) => {
        await intoQuickRoutine(u, 2);
        await u.end();
        await u.launch();
      },
      (u) => u.say('AMAZON.NoIntent'),
    ],
  ])('%s', async (_case, setup, turn) => {
    // Prepare
    const user = newUser();
    await setup(user);

    // Act
    const first = await turn(user);
    const afterFirst = await stored(user);
    const retried = await user.retry();

    // Assess: the same response, byte for byte, and the stored progress as the first attempt left it.
    expect(retried.envelope).toEqual(first.envelope);
    expect(await stored(user)).toEqual(afterFirst);
  });

  test('a first launch retried is still the first-time welcome, with the disclaimer and the tip it gave', async () => {
    const user = newUser();

    const first = await user.launch();
    const retried = await user.retry();

    expect(retried.text).toContain(WELCOME.firstTime);
    expect(retried.text).toContain(`${WELCOME.tipIntro} ${TIPS[0]!.text}`);
    expect(retried.text).toBe(first.text);
    expect((await stored(user))?.tipsHeard).toEqual([TIPS[0]!.id]);
  });

  test('a one-shot walk whose reply was lost says the total it logged, not twice that', async () => {
    const user = newUser();

    await user.say('LogWalkIntent', { duration: 'PT20M' });
    const retried = await user.retry();

    expect(retried.text).toContain(WALK.logged({ minutes: 20, when: 'today' }, 20));
    expect(await stored(user)).toMatchObject({ walksLogged: 1, walkMinutes: 20 });
  });

  test('a walk retried after another device logged one counts once and says what the first attempt said', async () => {
    // Prepare
    const [bedroom, kitchen] = await twoDevicesInSession();

    // Act: the bedroom logs 30, the kitchen 10, then Alexa resends the bedroom's request.
    const first = await bedroom.say('LogWalkIntent', { duration: 'PT30M' });
    const kitchenWalk = await kitchen.say('LogWalkIntent', { duration: 'PT10M' });
    const retried = await bedroom.retry();

    // Assess
    expect(first.text).toContain(WALK.logged({ minutes: 30, when: 'today' }, 30));
    expect(kitchenWalk.text).toContain(WALK.logged({ minutes: 10, when: 'today' }, 40));
    expect(retried.text).toBe(first.text);
    expect(await stored(bedroom)).toMatchObject({ walksLogged: 2, walkMinutes: 40 });
  });

  test('a first launch retried after the other device wrote still welcomes a first-time user', async () => {
    const bedroom = newUser();
    const kitchen = otherDevice(bedroom);

    const first = await bedroom.launch();
    await kitchen.say('TipIntent');
    const retried = await bedroom.retry();

    expect(retried.text).toBe(first.text);
    expect(retried.text).toContain(WELCOME.firstTime);
  });

  test('a request retried after many other writes is still recognised and not counted again', async () => {
    const bedroom = newUser();
    const kitchen = otherDevice(bedroom);
    await bedroom.launch();

    const first = await bedroom.say('LogWalkIntent', { duration: 'PT30M' });
    for (let walk = 0; walk < 6; walk++) await kitchen.oneShot('LogWalkIntent', { duration: 'PT5M' });
    const retried = await bedroom.retry();

    expect(retried.text).toBe(first.text);
    expect(await stored(bedroom)).toMatchObject({ walksLogged: 7, walkMinutes: 60 });
  });
});

describe('several devices of one user', () => {
  test('a session whose copy went stale says the total as stored after its own walk', async () => {
    const bedroom = newUser();
    const kitchen = otherDevice(bedroom);
    await bedroom.launch();
    await bedroom.say('LogWalkIntent', { duration: 'PT10M' });

    await kitchen.oneShot('LogWalkIntent', { duration: 'PT20M' });
    const walk = await bedroom.say('LogWalkIntent', { duration: 'PT5M' });

    expect(walk.text).toContain(WALK.logged({ minutes: 5, when: 'today' }, 35));
    expect(await stored(bedroom)).toMatchObject({ walksLogged: 3, walkMinutes: 35 });
  });

  test('two devices asking for a tip one after the other hear two different tips, and both are marked heard', async () => {
    const [bedroom, kitchen] = await twoDevicesInSession();

    const one = await bedroom.say('TipIntent');
    const two = await kitchen.say('TipIntent');

    expect(one.card?.content).toBe(TIPS[1]!.text);
    expect(two.card?.content).toBe(TIPS[2]!.text);
    expect((await stored(bedroom))?.tipsHeard.sort()).toEqual([TIPS[0]!.id, TIPS[1]!.id, TIPS[2]!.id].sort());
  });

  test('two devices asking for a tip at the same moment never skip one', async () => {
    const [bedroom, kitchen] = await twoDevicesInSession();

    const tips = await Promise.all([bedroom.say('TipIntent'), kitchen.say('TipIntent')]);

    const given = tips.map((tip) => TIPS.find((t) => t.text === tip.card?.content)!.id);
    const heard = (await stored(bedroom))?.tipsHeard ?? [];
    expect(heard.sort()).toEqual([...new Set([TIPS[0]!.id, ...given])].sort());
    expect(given.every((id) => [TIPS[1]!.id, TIPS[2]!.id].includes(id))).toBe(true);
  });

  test('two devices stopping mid-routine are each told the truth about which place was kept', async () => {
    // Prepare: the bedroom starts the quick routine, then the kitchen the lower back one, both going on.
    const [bedroom, kitchen] = await twoDevicesInSession();
    await bedroom.say('StretchGuideIntent', quick);
    await kitchen.say('StretchGuideIntent', { routine: resolved('lower back', 'lower-back') });
    await kitchen.say('AMAZON.NextIntent');
    await bedroom.say('AMAZON.NextIntent');

    // Act
    const bedroomStop = await bedroom.say('AMAZON.StopIntent');
    const kitchenStop = await kitchen.say('AMAZON.StopIntent');
    const later = await otherDevice(bedroom, 'phone').launch();

    // Assess: the bedroom's place, saved first, is the one kept, and both say so.
    const kept = ROUTINES.quick.steps[1]!;
    expect((await stored(bedroom))?.unfinished).toEqual({ routineId: 'quick', step: 1 });
    expect(bedroomStop.text).toContain(GOODBYE.duringStretch(2, ROUTINES.quick.steps.length, ROUTINES.quick.name, true));
    expect(kitchenStop.text).toContain(
      GOODBYE.duringStretch(2, ROUTINES['lower-back'].steps.length, ROUTINES['lower-back'].name, { routine: ROUTINES.quick.name }),
    );
    expect(later.text).toContain(WELCOME.resumeOffer(stepLabel(kept), ROUTINES.quick.name));
  });

  test('once the other device finished its routine, a device saves its own place again', async () => {
    const [bedroom, kitchen] = await twoDevicesInSession();
    await bedroom.say('StretchGuideIntent', quick);
    await kitchen.say('StretchGuideIntent', { routine: resolved('lower back', 'lower-back') });
    for (let step = 1; step < ROUTINES.quick.steps.length; step++) await bedroom.say('AMAZON.NextIntent');

    await kitchen.say('AMAZON.NextIntent');
    const stop = await kitchen.say('AMAZON.StopIntent');

    expect((await stored(bedroom))?.unfinished).toEqual({ routineId: 'lower-back', step: 1 });
    expect(stop.text).toContain('say resume to pick up there');
  });

  test('a user who only ever used one-shots is welcomed back when they open the skill', async () => {
    const user = newUser();
    await user.oneShot('LogWalkIntent', { duration: 'PT15M' });

    const welcome = await user.launch();

    expect(welcome.text).toMatch(/^Welcome back to Back Care Coach\./);
    expect(welcome.text).not.toContain(WELCOME.firstTime);
  });

  test('a finished routine counts once on top of what another device logged meanwhile', async () => {
    const bedroom = newUser();
    const kitchen = otherDevice(bedroom);
    await intoQuickRoutine(bedroom, ROUTINES.quick.steps.length - 1);
    await kitchen.oneShot('LogWalkIntent', { duration: 'PT10M' });

    const last = await bedroom.say('AMAZON.NextIntent');

    expect(last.text).toContain(STRETCH.weekSessions(1));
    expect(await stored(bedroom)).toMatchObject({ walksLogged: 1, sessionsCompleted: { quick: 1 }, streak: { current: 1 } });
  });
});

describe('the stored streak is the table’s, never the session’s copy', () => {
  test('a streak altered in the session attributes is not written back', async () => {
    // Prepare: a user with a one-day streak, whose client sends back a cache claiming 40 days.
    const user = newUser();
    await user.launch();
    const walked = await user.say('LogWalkIntent', { duration: 'PT10M' });
    const progress = walked.attributes.progress as Record<string, unknown>;
    user.tamper({ ...walked.attributes, progress: { ...progress, streak: { current: 40, best: 40, lastActiveDay: '2026-03-01' } } });

    // Act
    user.clock = new Date('2026-03-03T08:00:00Z');
    await user.say('LogWalkIntent', { duration: 'PT10M' });

    // Assess
    expect((await stored(user))?.streak).toEqual({ current: 2, best: 2, lastActiveDay: '2026-03-03' });
  });

  test('a stale session never writes yesterday’s streak over today’s', async () => {
    const bedroom = newUser(new Date('2026-03-02T08:00:00Z'));
    await bedroom.oneShot('LogWalkIntent', { duration: 'PT10M' });
    bedroom.clock = new Date('2026-03-03T08:00:00Z');
    await bedroom.launch();
    const kitchen = otherDevice(bedroom);
    await kitchen.oneShot('LogWalkIntent', { duration: 'PT10M' });

    await bedroom.say('LogWalkIntent', { duration: 'PT10M' });

    expect((await stored(bedroom))?.streak).toEqual({ current: 2, best: 2, lastActiveDay: '2026-03-03' });
  });
});
