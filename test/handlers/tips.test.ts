import { FOLLOW_UP, TIP, WELCOME } from '../../lambda/content/prompts';
import { TIPS } from '../../lambda/content/tips';
import { device, newId } from '../../simulator/envelopes';
import { addDays } from '../../lambda/coach/calendar';
import { Conversation, resolved, type Reply } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';
import type { LocalAlexaApi } from '../../simulator/local-alexa-api';
import { writeFor } from '../support/progress-changes';

let skill: TestSkill;
/** Alexa's Settings API on loopback: the time zone of each device. */
let alexa: LocalAlexaApi;
beforeAll(async () => {
  skill = await startTestSkill({ alexaApi: true });
  alexa = skill.alexa!;
});
afterAll(() => skill.stop());

const stored = (user: Conversation) => skill.store!.load(user.device.userId);

/** The tip of the day in a welcome, if there is one. */
function tipIn(reply: Reply): string | undefined {
  if (!reply.text.includes(WELCOME.tipIntro)) return undefined;
  const tip = TIPS.find((t) => reply.text.includes(`${WELCOME.tipIntro} ${t.text}`));
  if (!tip) throw new Error(`a tip intro without a known tip: ${reply.text}`);
  return tip.id;
}

/** A new session on the user's device at `iso`. */
function sessionAt(user: Conversation, iso: string): Conversation {
  const session = new Conversation(skill, user.device);
  session.clock = new Date(iso);
  return session;
}

describe('the tip of the day', () => {
  test('comes with the first launch of the day only', async () => {
    const user = new Conversation(skill);

    const morning = await sessionAt(user, '2026-03-02T08:00:00Z').launch();
    const evening = await sessionAt(user, '2026-03-02T20:00:00Z').launch();
    const tomorrow = await sessionAt(user, '2026-03-03T08:00:00Z').launch();

    expect(tipIn(morning)).toBe(TIPS[0]!.id);
    expect(tipIn(evening)).toBeUndefined();
    expect(tipIn(tomorrow)).toBe(TIPS[1]!.id);
    expect((await stored(user))?.lastTipDay).toBe('2026-03-03');
  });

  test('is new each day and repeats only once all thirteen were heard', async () => {
    const user = new Conversation(skill);
    const heard: (string | undefined)[] = [];

    for (let n = 0; n < 15; n++) {
      heard.push(tipIn(await sessionAt(user, `${addDays('2026-04-01', n)}T07:30:00Z`).launch()));
    }

    expect(new Set(heard.slice(0, 13)).size).toBe(13);
    expect([...heard.slice(0, 13)].sort()).toEqual(TIPS.map((tip) => tip.id).sort());
    expect(heard[13]).toBe(heard[0]);
    expect(heard[14]).toBe(heard[1]);
    expect((await stored(user))?.tipsHeard.sort()).toEqual([heard[0], heard[1]].sort());
  });
});

describe('asking for a tip', () => {
  test('gives a tip not heard yet, even right after the tip of the day, and keeps listening', async () => {
    const user = new Conversation(skill);
    const welcome = await user.launch();

    const reply = await user.say('TipIntent');

    const tip = TIPS.find((t) => reply.text === `Here’s a back care tip. ${t.text} ${FOLLOW_UP.anythingElse}`);
    expect(tip).toBeDefined();
    expect(tip!.id).not.toBe(tipIn(welcome));
    expect(reply.reprompt).toBe(FOLLOW_UP.anythingElse);
    expect(reply.ended).toBe(false);
    expect(reply.card).toEqual({ type: 'Simple', title: 'Back care tip', content: tip!.text });
    expect((await stored(user))?.tipsHeard).toContain(tip!.id);
  });

  test('one-shot, gives a tip and ends the session', async () => {
    const reply = await new Conversation(skill).say('TipIntent');

    expect(reply.text).toBe(`Here’s a back care tip. ${TIPS[0]!.text}`);
    expect(reply.ended).toBe(true);
  });

  test('after finishing a routine, yes to the offered tip gives one', async () => {
    const user = new Conversation(skill);
    await user.launch();
    await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });
    for (let step = 1; step < 4; step++) await user.say('AMAZON.NextIntent');

    const reply = await user.say('AMAZON.YesIntent');

    expect(reply.text).toMatch(/^Here’s a back care tip\./);
  });
});

describe('“what was today’s tip”', () => {
  /** The tip a reply gives, by its text. */
  const tipOf = (reply: Reply) => TIPS.find((t) => reply.text.includes(t.text))?.id;

  test('repeats the tip of the day heard at launch, and marks nothing new as heard', async () => {
    const user = sessionAt(new Conversation(skill), '2026-03-02T08:00:00Z');
    const welcome = await user.launch();
    const before = await stored(user);

    const reply = await user.say('TodaysTipIntent');

    expect(reply.text).toBe(`${TIP.todays} ${TIPS.find((t) => t.id === tipIn(welcome))!.text} ${FOLLOW_UP.anythingElse}`);
    expect(await stored(user)).toEqual(before);
  });

  test('repeats the tip asked for last today, in a later session too', async () => {
    const user = new Conversation(skill);
    await sessionAt(user, '2026-03-02T08:00:00Z').launch();
    const asked = sessionAt(user, '2026-03-02T09:00:00Z');
    const tip = await asked.say('TipIntent');

    const later = await sessionAt(user, '2026-03-02T18:00:00Z').say('TodaysTipIntent');

    expect(tipOf(later)).toBe(tipOf(tip));
    expect(later.text).toMatch(new RegExp(`^${TIP.todays}`));
  });

  test('on a day with no tip yet, gives the day’s tip and remembers it', async () => {
    const user = new Conversation(skill);
    await sessionAt(user, '2026-03-02T08:00:00Z').launch();

    const nextDay = await sessionAt(user, '2026-03-03T08:00:00Z').say('TodaysTipIntent');
    const again = await sessionAt(user, '2026-03-03T09:00:00Z').say('TodaysTipIntent');

    expect(tipOf(nextDay)).toBe(TIPS[1]!.id);
    expect(tipOf(again)).toBe(TIPS[1]!.id);
    expect((await stored(user))?.lastTipDay).toBe('2026-03-03');
  });

  test('after a whole round in one day, the next day’s first tip is not the one heard last', async () => {
    // Prepare: every tip but the first heard earlier today (as on a second device), then the first one at launch.
    const user = new Conversation(skill);
    for (const [n, tip] of TIPS.slice(1).entries()) {
      await skill.store!.apply(user.device.userId, { tipHeard: { tipId: tip.id, day: '2026-03-02', newRound: n === 0 } }, writeFor(`prep-${n}`));
    }
    await skill.store!.apply(user.device.userId, { visitAt: '2026-03-02T07:00:00Z', tipHeard: { tipId: TIPS[0]!.id, day: '2026-03-01', newRound: false } }, writeFor('prep-last'));

    const tomorrow = await sessionAt(user, '2026-03-03T08:00:00Z').launch();

    expect(tipIn(tomorrow)).toBeDefined();
    expect(tipIn(tomorrow)).not.toBe(TIPS[0]!.id);
    expect((await stored(user))?.tipsHeard).toEqual([tipIn(tomorrow)]);
  });
});

describe('time zones', () => {
  /** A user whose device reports `zone` (or nothing) to the settings API. */
  function userIn(zone: string | undefined): Conversation {
    const dev = device({
      userId: newId('amzn1.ask.account.user'),
      deviceId: newId('amzn1.ask.device'),
      apiEndpoint: alexa.endpoint,
      apiAccessToken: 'token',
    });
    alexa.setTimeZone(dev.deviceId, zone);
    return new Conversation(skill, dev);
  }
  const lookUpsBy = (user: Conversation) =>
    alexa.requests.filter(({ path }) => path === `/v2/devices/${user.device.deviceId}/settings/System.timeZone`);

  test('around midnight UTC, Auckland has already moved on to a new day and a new tip, UTC has not', async () => {
    const auckland = userIn('Pacific/Auckland');
    const utc = userIn(undefined);

    // 10:00 UTC is 23:00 in Auckland (daylight time); 11:30 UTC is 00:30 the next day there.
    const aucklandEvening = await sessionAt(auckland, '2026-03-10T10:00:00Z').launch();
    const aucklandMidnight = await sessionAt(auckland, '2026-03-10T11:30:00Z').launch();
    const utcMorning = await sessionAt(utc, '2026-03-10T10:00:00Z').launch();
    const utcLater = await sessionAt(utc, '2026-03-10T11:30:00Z').launch();

    expect(tipIn(aucklandEvening)).toBe(TIPS[0]!.id);
    expect(tipIn(aucklandMidnight)).toBe(TIPS[1]!.id);
    expect((await stored(auckland))?.lastTipDay).toBe('2026-03-11');
    expect(tipIn(utcMorning)).toBe(TIPS[0]!.id);
    expect(tipIn(utcLater)).toBeUndefined();
    expect((await stored(utc))?.lastTipDay).toBe('2026-03-10');
  });

  test('the day of a streak is the user’s own day', async () => {
    const auckland = userIn('Pacific/Auckland');

    await sessionAt(auckland, '2026-03-10T10:00:00Z').say('LogWalkIntent', { duration: 'PT10M' });
    await sessionAt(auckland, '2026-03-10T11:30:00Z').say('LogWalkIntent', { duration: 'PT10M' });

    expect((await stored(auckland))?.streak).toEqual({ current: 2, best: 2, lastActiveDay: '2026-03-11' });
  });

  test('a time zone lookup that fails or gives no real zone counts the day in UTC', async () => {
    const failing = userIn('Pacific/Auckland');
    const nonsense = userIn('Mars/Olympus_Mons');

    alexa.injectFault('settings', 500);
    await sessionAt(failing, '2026-03-10T23:30:00Z').say('LogWalkIntent', { duration: 'PT10M' });
    alexa.injectFault('settings', undefined);
    await sessionAt(nonsense, '2026-03-10T23:30:00Z').say('LogWalkIntent', { duration: 'PT10M' });

    expect((await stored(failing))?.streak.lastActiveDay).toBe('2026-03-10');
    expect((await stored(nonsense))?.streak.lastActiveDay).toBe('2026-03-10');
  });

  test('the time zone is looked up once a session', async () => {
    const user = userIn('Pacific/Auckland');

    await user.launch();
    await user.say('LogWalkIntent', { duration: 'PT10M' });
    await user.say('TipIntent');

    expect(lookUpsBy(user)).toHaveLength(1);
  });
});
