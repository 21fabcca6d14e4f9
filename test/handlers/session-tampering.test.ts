import { ANSWERS } from '../../lambda/content/answers';
import { FOLLOW_UP, HELP, STRETCH } from '../../lambda/content/prompts';
import { ROUTINES } from '../../lambda/content/routines';
import { Conversation, resolved } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';
import { heardHold } from '../fixtures/stretch';

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.stop());

/** A user whose client sends back `attributes` as the session's state. */
function userWithSession(attributes: Record<string, unknown>): Conversation {
  const user = new Conversation(skill);
  user.tamper(attributes);
  return user;
}

describe('a stale or tampered session', () => {
  test.each([
    ['an unknown routine', { routineId: 'pilates', step: 0 }],
    ['step 99', { routineId: 'lower-back', step: 99 }],
    ['step "x"', { routineId: 'lower-back', step: 'x' }],
    ['a negative step', { routineId: 'quick', step: -1 }],
    ['a stretch that is not an object', 'lower-back:3'],
  ])('next with a stretch at %s says no stretch is going and a new one starts cleanly', async (_case, stretch) => {
    const user = userWithSession({ stretch, toldControls: true });

    const next = await user.say('AMAZON.NextIntent');
    const start = await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });

    expect(next.text).toBe(STRETCH.notInRoutine);
    expect(next.ended).toBe(false);
    expect(next.attributes.stretch).toBeUndefined();
    expect(start.text).toContain('Stretch 1 of 4: double knee to chest.');
    expect(start.attributes.stretch).toEqual({ routineId: 'quick', step: 0 });
  });

  test.each(['AMAZON.HelpIntent', 'AMAZON.StopIntent', 'AMAZON.PauseIntent', 'HowManyLeftIntent', 'AMAZON.FallbackIntent'])(
    '%s with a stretch at step 99 answers as if no stretch were going',
    async (intent) => {
      const reply = await userWithSession({ stretch: { routineId: 'upper-back-neck', step: 99 } }).say(intent);

      expect(reply.text.length).toBeGreaterThan(0);
      expect(reply.text).not.toMatch(/something went wrong|stretch \d+ of/i);
    },
  );

  test.each([
    ['an unknown kind', { kind: 'free-money' }],
    ['an unknown routine', { kind: 'routine', routineId: 'pilates' }],
    ['an unknown topic', { kind: 'answer', topic: '__proto__' }],
    ['a resume at a step that does not exist', { kind: 'resume', position: { routineId: 'quick', step: 12 } }],
    ['a string', 'yes please'],
  ])('yes to an offer of %s is treated as no offer at all', async (_case, offer) => {
    const reply = await userWithSession({ offer }).say('AMAZON.YesIntent');

    expect(reply.text).toBe(FOLLOW_UP.yesWithoutOffer);
    expect(reply.ended).toBe(false);
    expect(reply.attributes.offer).toBeUndefined();
  });

  test('start over after a finished routine that does not exist explains how to start one', async () => {
    const reply = await userWithSession({ finishedRoutine: 'pilates' }).say('AMAZON.StartOverIntent');

    expect(reply.text).toBe(STRETCH.notInRoutine);
  });

  test('repeat of a last answer that does not exist gives help instead', async () => {
    const reply = await userWithSession({ lastTopic: 'astrology' }).say('AMAZON.RepeatIntent');

    expect(reply.text).toBe(HELP.general);
  });

  test('a progress cache with fields of the wrong type still guides a stretch at the step’s own hold', async () => {
    const user = userWithSession({
      progress: {
        sessionsCompleted: 'lots',
        sessionsByDay: ['2026-03-01'],
        walksLogged: 'seven',
        walkMinutes: -5,
        streak: 'long',
        unfinished: { routineId: 'quick', step: 'x' },
        preferences: { holdSeconds: 500, pace: 'warp' },
        tipsHeard: 'all of them',
        lastTipDay: 42,
      },
      preferences: { holdSeconds: 5 },
      explained: 'everything',
      timeZone: 'Mars/Olympus_Mons',
    });

    const start = await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });
    const progress = await user.say('ProgressIntent');
    const tip = await user.say('TipIntent');
    const walk = await user.say('LogWalkIntent', { duration: 'PT10M' });

    const step = ROUTINES.quick.steps[0]!;
    expect(heardHold(start.ssml, step)).toMatchObject({ stated: step.holdSeconds });
    expect(start.text).toContain(step.position);
    expect(progress.text).not.toMatch(/something went wrong/);
    expect(tip.text).toMatch(/^Here’s a back care tip\./);
    expect(walk.text).toMatch(/I’ve logged your 10 minute walk/);
  });

  test('a progress cache that is not an object is read again from the store', async () => {
    const user = userWithSession({ progress: 'garbage' });
    skill.commands!.reset();

    const reply = await user.say('ProgressIntent');

    expect(reply.text).toMatch(/You haven’t logged anything yet/);
    expect(skill.commands!.sentByOperation()).toEqual({ GetItem: 1 });
  });

  test('session attributes that are not an object at all start a clean conversation', async () => {
    const user = new Conversation(skill);
    user.tamper('stretch=quick' as unknown as Record<string, unknown>);

    const reply = await user.say('WalkingIntent');

    expect(reply.text).toContain(ANSWERS.walking.text);
  });
});
