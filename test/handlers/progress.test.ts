import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { FOLLOW_UP, PROGRESS, WALK } from '../../lambda/content/prompts';
import { ROUTINES, type RoutineId } from '../../lambda/content/routines';
import { DynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import { Conversation, resolved } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';
import { captureLambdaLogs, type LambdaLogs } from '../support/lambda-logs';

let skill: TestSkill;
beforeAll(async () => {
  // Logging on, so the privacy test can read every line the skill writes; the spies keep the output quiet.
  skill = await startTestSkill({ logLevel: 'debug' });
});
afterAll(() => skill.stop());
let logs: LambdaLogs;
beforeEach(() => {
  logs = captureLambdaLogs('lambda-request', 'DEBUG');
});
afterEach(() => logs.restore());

const stored = (user: Conversation) => skill.store!.load(user.device.userId);
const day = (date: string) => new Date(`${date}T09:00:00Z`);

/** A new session on the user's device at `date`. */
function sessionOn(user: Conversation, date: string): Conversation {
  const session = new Conversation(skill, user.device);
  session.clock = day(date);
  return session;
}

async function finishRoutine(user: Conversation, id: RoutineId): Promise<void> {
  await user.say('StretchGuideIntent', { routine: resolved(ROUTINES[id].name, id) });
  for (let step = 1; step < ROUTINES[id].steps.length; step++) await user.say('AMAZON.NextIntent');
}

describe('progress that lasts', () => {
  test('a completed routine, a logged walk and a streak survive into a new session', async () => {
    const first = sessionOn(new Conversation(skill), '2026-03-02');
    await first.launch();
    await finishRoutine(first, 'quick');
    await first.say('LogWalkIntent', { duration: 'PT25M' });
    await first.say('AMAZON.StopIntent');

    const later = sessionOn(first, '2026-03-03');
    const reply = await later.say('ProgressIntent');

    expect(reply.text).toBe(
      'You’ve done 1 stretch session this week. You’ve logged 1 walk, 25 minutes of walking in all. ' +
        'You’re on a 1 day streak, your best yet. Keep it up!',
    );
    expect(reply.ended).toBe(true);
    expect(await stored(first)).toMatchObject({
      sessionsCompleted: { quick: 1 },
      walksLogged: 1,
      walkMinutes: 25,
      streak: { current: 1, best: 1, lastActiveDay: '2026-03-02' },
    });
  });

  test('the streak counts consecutive days, resets after a gap, and keeps the best', async () => {
    const user = new Conversation(skill);
    const day1 = sessionOn(user, '2026-03-02');
    await day1.launch();
    await finishRoutine(day1, 'quick');

    const day2 = sessionOn(user, '2026-03-03');
    const welcome2 = await day2.launch();
    await day2.say('LogWalkIntent', { duration: 'PT20M' });

    const day3 = sessionOn(user, '2026-03-04');
    const welcome3 = await day3.launch();
    await day3.say('LogWalkIntent', { duration: 'PT15M' });
    const summary3 = await day3.say('ProgressIntent');

    expect(welcome2.text).not.toMatch(/streak/);
    expect(welcome3.text).toMatch(/^Welcome back to Back Care Coach\. You’re on a 2 day streak\. Nice going\./);
    expect(summary3.text).toBe(
      'You’ve done 1 stretch session this week. You’ve logged 2 walks, 35 minutes of walking in all. ' +
        'You’re on a 3 day streak, your best yet. Keep it up! What else can I help with?',
    );
    expect(summary3.ended).toBe(false);
    expect(summary3.reprompt).toBe('What else can I help with?');

    // Nothing on the 5th: by the 6th the streak is over, but the best is kept.
    const day6 = sessionOn(user, '2026-03-06');
    const welcome6 = await day6.launch();
    const summary6 = await day6.say('ProgressIntent');
    await day6.say('LogWalkIntent', { duration: 'PT10M' });

    expect(welcome6.text).not.toMatch(/streak/);
    expect(summary6.text).toContain('Your best streak is 3 days. A stretch or a walk today starts a new one.');
    expect(summary6.text).not.toMatch(/keep it up/i);
    expect((await stored(user))?.streak).toEqual({ current: 1, best: 3, lastActiveDay: '2026-03-06' });
  });

  test('a second activity on the same day does not stretch the streak', async () => {
    const user = sessionOn(new Conversation(skill), '2026-03-02');
    await user.launch();
    await user.say('LogWalkIntent', { duration: 'PT10M' });
    await finishRoutine(user, 'quick');
    await user.say('LogWalkIntent', { duration: 'PT10M' });

    expect((await stored(user))?.streak).toEqual({ current: 1, best: 1, lastActiveDay: '2026-03-02' });
  });

  test('“how am I doing” counts the sessions of the last seven days only', async () => {
    const user = new Conversation(skill);
    const early = sessionOn(user, '2026-03-02');
    await early.launch();
    await finishRoutine(early, 'quick');
    await finishRoutine(early, 'lower-back');
    const midweek = sessionOn(user, '2026-03-05');
    await midweek.launch();
    await finishRoutine(midweek, 'quick');

    const sameWeek = await sessionOn(user, '2026-03-08').say('ProgressIntent');
    const nextWeek = await sessionOn(user, '2026-03-09').say('ProgressIntent');
    const later = await sessionOn(user, '2026-03-20').say('ProgressIntent');

    expect(sameWeek.text).toMatch(/^You’ve done 3 stretch sessions this week\./);
    expect(nextWeek.text).toMatch(/^You’ve done 1 stretch session this week\./);
    expect(later.text).toMatch(/^No stretch sessions yet this week\./);
    expect(later.text).not.toMatch(/logged/);
  });

  test('finishing a routine says how many sessions this week', async () => {
    const user = sessionOn(new Conversation(skill), '2026-03-02');
    await user.launch();
    await finishRoutine(user, 'quick');
    await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });
    for (let step = 1; step < 3; step++) await user.say('AMAZON.NextIntent');

    const last = await user.say('AMAZON.NextIntent');

    expect(last.text).toContain('That’s 2 sessions this week.');
    expect((await stored(user))?.sessionsCompleted).toEqual({ quick: 2 });
  });

  test('a streak shorter than the best is cheered on and names the best', async () => {
    const user = new Conversation(skill);
    for (const date of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-06', '2026-03-07']) {
      await sessionOn(user, date).say('LogWalkIntent', { duration: 'PT10M' });
    }

    const summary = await sessionOn(user, '2026-03-07').say('ProgressIntent');

    expect(summary.text).toMatch(/You’re on a 2 day streak, and your best is 3 days\. Keep it up!$/);
  });

  test('walking totals are read in hours and minutes', async () => {
    const user = new Conversation(skill);
    await user.launch();
    for (const duration of ['PT4H', 'PT4H', 'PT4H', 'PT4H', 'PT2H2M']) await user.say('LogWalkIntent', { duration });

    const summary = await user.say('ProgressIntent');
    const hour = await user.say('LogWalkIntent', { duration: 'PT58M' });

    expect(summary.text).toContain('You’ve logged 5 walks, 18 hours and 2 minutes of walking in all.');
    expect(hour.text).toContain('That’s 19 hours of walking in all.');
  });

  test('someone who has done nothing yet is encouraged to start', async () => {
    const reply = await new Conversation(skill).say('ProgressIntent');

    expect(reply.text).toBe(PROGRESS.nothingYet);
    expect(reply.ended).toBe(true);
  });
});

describe('logging a walk', () => {
  test('a walk is logged with the running total, one write a walk', async () => {
    const user = new Conversation(skill);
    await user.launch();
    skill.commands!.reset();

    const first = await user.say('LogWalkIntent', { duration: 'PT20M' });
    const second = await user.say('LogWalkIntent', { duration: 'PT1H' });

    expect(first.text).toBe('Nice work. I’ve logged your 20 minute walk. That’s 20 minutes of walking in all. What else can I help with?');
    expect(second.text).toBe('Nice work. I’ve logged your walk of 1 hour. That’s 1 hour and 20 minutes of walking in all. What else can I help with?');
    expect(second.reprompt).toBe(FOLLOW_UP.anythingElse);
    expect(second.ended).toBe(false);
    expect(skill.commands!.sentByOperation()).toEqual({ UpdateItem: 2 });
    expect(await stored(user)).toMatchObject({ walksLogged: 2, walkMinutes: 80 });
  });

  test('a walk logged one-shot is saved and the session ends', async () => {
    const user = new Conversation(skill);

    const reply = await user.say('LogWalkIntent', { duration: 'PT30M' });

    expect(reply.text).toMatch(/logged your 30 minute walk/);
    expect(reply.ended).toBe(true);
    expect((await stored(user))?.walkMinutes).toBe(30);
  });

  test.each([
    ['no duration', undefined, WALK.askDuration],
    ['a duration that is not one', 'because my disc hurts', WALK.askDuration],
    ['less than a minute', 'PT10S', WALK.askDuration],
    ['more than twelve hours', 'PT13H', WALK.tooLong],
  ])('a walk of %s is not logged, and the user is asked again', async (_case, duration, answer) => {
    const user = new Conversation(skill);
    await user.launch();
    skill.commands!.reset();

    const reply = await user.say('LogWalkIntent', { duration });

    expect(reply.text).toBe(answer);
    expect(reply.reprompt).toBe(WALK.askDurationReprompt);
    expect(reply.ended).toBe(false);
    expect(skill.commands!.sentByOperation()).toEqual({});
  });
});

describe('disabling the skill', () => {
  test('disabled without keeping data, the user’s item is deleted, silently', async () => {
    const user = new Conversation(skill);
    await user.launch();
    await user.say('LogWalkIntent', { duration: 'PT20M' });
    skill.commands!.reset();

    const response = await user.disableSkill('NOT_PERSISTED');

    expect(response.response.outputSpeech).toBeUndefined();
    expect(response.response.reprompt).toBeUndefined();
    expect(skill.commands!.sentByOperation()).toEqual({ DeleteItem: 1 });
    expect(await stored(user)).toBeUndefined();
    const welcome = await new Conversation(skill, user.device).launch();
    expect(welcome.text).toMatch(/^Welcome to Back Care Coach\. I can guide you through gentle stretches/);
  });

  test('disabled keeping data, the item stays', async () => {
    const user = new Conversation(skill);
    await user.say('LogWalkIntent', { duration: 'PT20M' });
    skill.commands!.reset();

    const response = await user.disableSkill('PERSISTED');

    expect(response.response.outputSpeech).toBeUndefined();
    expect(skill.commands!.sentByOperation()).toEqual({});
    expect((await stored(user))?.walkMinutes).toBe(20);
  });
});

describe('privacy', () => {
  test('what a user says about their pain is neither stored nor logged', async () => {
    const user = new Conversation(skill);
    const symptom = 'my sciatica is killing me';
    await user.launch();

    const routine = await user.say('StretchGuideIntent', { routine: symptom });
    await user.say('LogWalkIntent', { duration: symptom });
    await user.say('SetHoldTimeIntent', { seconds: symptom });
    await user.say('SetPaceIntent', { pace: symptom });
    await user.say('LogWalkIntent', { duration: 'PT5M' });

    expect(routine.text).not.toContain('sciatica');
    const store = skill.store as DynamoDbProgressStore;
    const { Item } = await store.client.send(new GetCommand({ TableName: store.tableName, Key: { userId: user.device.userId } }));
    expect(JSON.stringify(Item, (_key, value: unknown) => (value instanceof Set ? [...value] : value))).not.toMatch(/sciatica|killing/);
    const logged = logs.records().map(({ line }) => line).join('\n');
    expect(logged).not.toMatch(/sciatica|killing/);
    expect(logged).not.toContain(user.device.userId);
  });
});
