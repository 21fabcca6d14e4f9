import { FALLBACK, HELP, PREFERENCES, stepLabel, STRETCH } from '../../lambda/content/prompts';
import { ROUTINE_IDS, ROUTINES, type Routine, type RoutineId } from '../../lambda/content/routines';
import { say, SPEECH_LIMITS } from '../../lambda/speech/ssml';
import { SETTLE_SECONDS } from '../../lambda/speech/stretch-step';
import { Conversation, resolved, type Reply } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';
import { breakSeconds, estimatedAudioSeconds, speechProblems } from '../fixtures/speech-rules';
import { heardHold, stepTitle } from '../fixtures/stretch';

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.stop());

const routineSlot = (id: RoutineId) => ({ routine: resolved(ROUTINES[id].name, id) });
const stored = (user: Conversation) => skill.store!.load(user.device.userId);

async function launched(): Promise<Conversation> {
  const user = new Conversation(skill);
  await user.launch();
  return user;
}

/** Starts `id` and says next until the routine is done; one reply per step. */
async function followToTheEnd(user: Conversation, id: RoutineId): Promise<Reply[]> {
  const replies = [await user.say('StretchGuideIntent', routineSlot(id))];
  for (let step = 1; step < ROUTINES[id].steps.length; step++) replies.push(await user.say('AMAZON.NextIntent'));
  return replies;
}

/** The checks every step's response must pass: the stretch named, its hold timed as stated, Alexa's limits kept. */
function expectStep(reply: Reply, routine: Routine, index: number, holdSeconds = routine.steps[index]!.holdSeconds): void {
  expect(reply.text).toContain(stepTitle(routine, index));
  const hold = heardHold(reply.ssml, routine.steps[index]!);
  expect(hold.stated).toBe(holdSeconds);
  expect(Math.abs(hold.seconds - holdSeconds)).toBeLessThanOrEqual(2);
  expect(Math.max(...breakSeconds(reply.ssml))).toBeLessThanOrEqual(SPEECH_LIMITS.maxBreakSeconds);
  expect(estimatedAudioSeconds(reply.ssml)).toBeLessThan(SPEECH_LIMITS.maxAudioSeconds);
  expect(speechProblems(reply.ssml)).toEqual([]);
  expect(reply.ended).toBe(false);
}

describe('following a routine to the end', () => {
  test.each(ROUTINE_IDS)('the %s routine goes step by step through next, each hold timed as it says', async (id) => {
    const routine = ROUTINES[id];
    const user = await launched();

    const replies = await followToTheEnd(user, id);

    replies.forEach((reply, index) => expectStep(reply, routine, index));
    expect(replies[0]!.text).toMatch(new RegExp(`^Let’s do the ${routine.name} routine: ${routine.summary}\\.`));
    replies.slice(0, -1).forEach((reply, index) => {
      const next = stepLabel(routine.steps[index + 1]!);
      expect(reply.text).toMatch(new RegExp(`Next is the ${next}\\. Say next when you’re ready\\.$`));
      expect(reply.reprompt).toBe(STRETCH.handOffReprompt(next));
    });
    const last = replies.at(-1)!;
    expect(last.text).toContain(`That’s the end of the ${routine.name} routine. Well done. That’s 1 session this week.`);
    expect(last.reprompt).toBe(STRETCH.afterFinishReprompt);
    expect(last.attributes.stretch).toBeUndefined();
    const after = await stored(user);
    expect(after?.sessionsCompleted).toEqual({ [id]: 1 });
    expect(after?.unfinished).toBeUndefined();
  });

  test.each(ROUTINE_IDS)('the %s routine at 60 second holds and a slow pace keeps every response within Alexa’s limits', async (id) => {
    const user = await launched();
    await user.say('SetHoldTimeIntent', { seconds: '60' });
    await user.say('SetPaceIntent', { pace: resolved('slower', 'slow') });

    const replies = await followToTheEnd(user, id);

    replies.forEach((reply, index) => expectStep(reply, ROUTINES[id], index, 60));
  });

  test('the place is saved as the user moves through a routine', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('lower-back'));
    expect((await stored(user))?.unfinished).toEqual({ routineId: 'lower-back', step: 0 });

    await user.say('AMAZON.NextIntent');
    expect((await stored(user))?.unfinished).toEqual({ routineId: 'lower-back', step: 1 });

    await user.say('AMAZON.NextIntent');
    expect((await stored(user))?.unfinished).toEqual({ routineId: 'lower-back', step: 2 });
  });

  test('next after the routine is finished says so and counts nothing twice', async () => {
    const user = await launched();
    await followToTheEnd(user, 'quick');
    skill.commands!.reset();

    const reply = await user.say('AMAZON.NextIntent');

    expect(reply.text).toBe(STRETCH.finishedAlready('quick two minute'));
    expect(reply.ended).toBe(false);
    expect(skill.commands!.sentByOperation()).toEqual({});
    expect((await stored(user))?.sessionsCompleted).toEqual({ quick: 1 });
  });

  test('without a routine named, the skill asks floor or chair rather than picking one', async () => {
    const user = await launched();

    const reply = await user.say('StretchGuideIntent');

    expect(reply.text).toBe(STRETCH.choosePlace);
    expect(reply.attributes.stretch).toBeUndefined();
    expect(reply.ended).toBe(false);
  });

  test('"on the floor" starts the lower back routine and says how to switch to the quick one', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent');

    const reply = await user.say('ChoosePlaceIntent', { place: resolved('the floor', 'floor') });

    expect(reply.text).toMatch(/^Let’s do the lower back routine: .* For a shorter one, say the quick two minute routine\. Stop if anything hurts\./);
    expectStep(reply, ROUTINES['lower-back'], 0);
  });

  test('"in a chair" starts the seated routine', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent');

    const reply = await user.say('ChoosePlaceIntent', { place: resolved('a chair', 'chair') });

    expect(reply.text).toMatch(/^Let’s do the upper back and neck routine: seven seated stretches/);
    expect(reply.text).not.toMatch(/shorter one/);
  });

  test.each([
    ['a routine name', 'StretchGuideIntent', { routine: resolved('quick', 'quick') }, /^Let’s do the quick two minute routine/],
    ['yes', 'AMAZON.YesIntent', {}, /^Would you like to stretch lying on the floor, or sitting in a chair\?$/],
    ['something not understood', 'AMAZON.FallbackIntent', {}, /^Would you like to stretch lying on the floor, or sitting in a chair\?$/],
    ['a question', 'WalkingIntent', {}, /^Yes, for most people walking/],
  ])('after "floor or chair?", %s is understood as what it is', async (_case, intent, slots, expected) => {
    const user = await launched();
    await user.say('StretchGuideIntent');

    const reply = await user.say(intent, slots);

    expect(reply.text).toMatch(expected);
  });

  test('after the list of routines, a routine name or a place starts it', async () => {
    const user = await launched();
    await user.say('ListRoutinesIntent');
    const yes = await user.say('AMAZON.YesIntent');
    const floor = await user.say('ChoosePlaceIntent', { place: resolved('on the floor', 'floor') });

    expect(yes.text).toBe(STRETCH.choosePlace);
    expect(floor.text).toMatch(/^Let’s do the lower back routine/);
  });

  test('a routine the skill does not have is refused with the ones it has', async () => {
    const user = await launched();

    const reply = await user.say('StretchGuideIntent', { routine: 'pilates' });

    expect(reply.text).toBe(STRETCH.unknownRoutine);
    expect(reply.attributes.stretch).toBeUndefined();
    expect(reply.ended).toBe(false);
  });

  test('“what routines do you have” names each routine the way it can be asked for, and its length', async () => {
    const user = await launched();

    const reply = await user.say('ListRoutinesIntent');

    expect(reply.text).toMatch(/^I have 3 routines\. /);
    for (const routine of Object.values(ROUTINES)) expect(reply.text).toContain(`The ${routine.name} routine: ${routine.summary}.`);
    expect(reply.text).toMatch(/Which one would you like\?$/);
    expect(reply.reprompt).toBe(STRETCH.routinesReprompt);
    expect(reply.ended).toBe(false);
  });
});

describe('moving around a routine', () => {
  test('pause holds the place and resume returns to the same stretch, with nothing written', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('lower-back'));
    await user.say('AMAZON.NextIntent');
    skill.commands!.reset();

    const paused = await user.say('AMAZON.PauseIntent');
    const resumed = await user.say('AMAZON.ResumeIntent');

    expect(paused.text).toBe(
      'Paused on the knee to chest, right side. Say resume when you’re ready. ' +
        'If I’ve stopped listening by then, say: Alexa, ask back care coach to resume.',
    );
    expect(paused.reprompt).toBe(STRETCH.pausedReprompt);
    expect(paused.ended).toBe(false);
    expect(paused.attributes.stretch).toEqual({ routineId: 'lower-back', step: 1 });
    expect(resumed.text).toMatch(/^Picking up where you left off\. Stretch 2 of 7: knee to chest, right side\./);
    expectStep(resumed, ROUTINES['lower-back'], 1);
    expect(skill.commands!.sentByOperation()).toEqual({});
  });

  test('repeat gives the same stretch again with its full hold, and writes nothing', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    await user.say('AMAZON.NextIntent');
    skill.commands!.reset();

    const reply = await user.say('AMAZON.RepeatIntent');

    expectStep(reply, ROUTINES.quick, 1);
    expect(reply.attributes.stretch).toEqual({ routineId: 'quick', step: 1 });
    expect(skill.commands!.sentByOperation()).toEqual({});
  });

  test('previous at the first stretch stays on it and says so', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    skill.commands!.reset();

    const reply = await user.say('AMAZON.PreviousIntent');

    expect(reply.text).toMatch(/^This is the first stretch\. Here it is again\. Stretch 1 of 4: double knee to chest\./);
    expectStep(reply, ROUTINES.quick, 0);
    expect(reply.attributes.stretch).toEqual({ routineId: 'quick', step: 0 });
    expect(skill.commands!.sentByOperation()).toEqual({});
  });

  test('previous in the middle goes back one stretch and saves the place', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.NextIntent');
    skill.commands!.reset();

    const reply = await user.say('AMAZON.PreviousIntent');

    expectStep(reply, ROUTINES.quick, 1);
    expect(skill.commands!.sentByOperation()).toEqual({ UpdateItem: 1 });
    expect((await stored(user))?.unfinished).toEqual({ routineId: 'quick', step: 1 });
  });

  test('start over goes back to the first stretch, mid-routine or after finishing', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    await user.say('AMAZON.NextIntent');

    const midway = await user.say('AMAZON.StartOverIntent');
    expect(midway.text).toMatch(/^Starting over from the top\. Stretch 1 of 4: double knee to chest\./);
    expect((await stored(user))?.unfinished).toEqual({ routineId: 'quick', step: 0 });

    for (let step = 1; step < 4; step++) await user.say('AMAZON.NextIntent');
    const again = await user.say('AMAZON.StartOverIntent');
    expect(again.text).toMatch(/^Starting over from the top\. Stretch 1 of 4/);
    expect(again.attributes.stretch).toEqual({ routineId: 'quick', step: 0 });
  });

  test('how many are left answers from the routine', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    skill.commands!.reset();

    const first = await user.say('HowManyLeftIntent');
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.NextIntent');
    const third = await user.say('HowManyLeftIntent');

    expect(first.text).toBe(
      "3 stretches left after this one, about 2 minutes: lower back rotation on the left, lower back rotation on the right, and child's pose.",
    );
    expect(third.text).toBe("1 stretch left after this one, about 1 minute: child's pose.");
    expect(third.ended).toBe(false);
    expect(third.attributes.stretch).toEqual({ routineId: 'quick', step: 2 });
  });

  test('tell me more says what the stretch is for and one tip, with no hold and without moving on', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.NextIntent');
    const right = ROUTINES.quick.steps[2]!;

    const more = await user.say('TellMeMoreIntent');
    const next = await user.say('AMAZON.NextIntent');

    expect(more.text).toBe(`${right.purpose} ${right.tip} ${right.position} ${STRETCH.handOffReprompt("child's pose")}`);
    expect(more.ssml).not.toMatch(/<break/);
    expect(more.attributes.stretch).toEqual({ routineId: 'quick', step: 2 });
    expectStep(next, ROUTINES.quick, 3);
  });

  test('help during a stretch says what to say there, and keeps the place', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    await user.say('AMAZON.NextIntent');
    skill.commands!.reset();

    const help = await user.say('AMAZON.HelpIntent');
    const next = await user.say('AMAZON.NextIntent');

    expect(help.text).toBe(HELP.duringStretch(2, 4, 'lower back rotation, left side'));
    expect(help.text).toMatch(/next, previous, repeat, pause, start over, or stop/);
    expect(help.ended).toBe(false);
    expect(help.attributes.stretch).toEqual({ routineId: 'quick', step: 1 });
    expect(next.text).toContain('Stretch 3 of 4');
    expect(skill.commands!.sentByOperation()).toEqual({ UpdateItem: 1 });
  });

  test('something not understood during a stretch keeps the place', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));

    const fallback = await user.say('AMAZON.FallbackIntent');
    const next = await user.say('AMAZON.NextIntent');

    expect(fallback.text).toBe(FALLBACK.duringStretch('double knee to chest'));
    expect(fallback.reprompt).toBe(fallback.text);
    expect(fallback.attributes.stretch).toEqual({ routineId: 'quick', step: 0 });
    expect(next.text).toContain('Stretch 2 of 4');
  });

  test('a question during a stretch is answered and the routine carries on from the same place', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));

    const answer = await user.say('WalkingIntent');
    const yes = await user.say('AMAZON.YesIntent');

    expect(answer.text).toMatch(/When you’re ready, say next to go on from the double knee to chest\.$/);
    expect(answer.attributes.stretch).toEqual({ routineId: 'quick', step: 0 });
    expect(yes.text).toContain('Stretch 2 of 4');
  });

  test('no during a stretch waits instead of ending', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));

    const reply = await user.say('AMAZON.NoIntent');

    expect(reply.text).toBe(STRETCH.takeYourTime);
    expect(reply.ended).toBe(false);
  });
});

describe('stopping and picking up later', () => {
  test('stop during a stretch says how far the user got, and a later session picks up at that stretch', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('lower-back'));
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.NextIntent');

    const stop = await user.say('AMAZON.StopIntent');

    expect(stop.text).toBe('Good work. You got to stretch 3 of 7 in the lower back routine. Next time, say resume to pick up there. Take care!');
    expect(stop.ended).toBe(true);
    expect((await stored(user))?.unfinished).toEqual({ routineId: 'lower-back', step: 2 });

    const later = new Conversation(skill, user.device);
    const welcome = await later.launch();
    expect(welcome.text).toMatch(/Last time you stopped at the double knee to chest in the lower back routine\. Pick up where you left off\?$/);
    expect(welcome.reprompt).toMatch(/pick up your stretch where you left off/);
    const resumed = await later.say('AMAZON.YesIntent');
    expectStep(resumed, ROUTINES['lower-back'], 2);
    const next = await later.say('AMAZON.NextIntent');
    expectStep(next, ROUTINES['lower-back'], 3);
  });

  test('next, to the offer to pick up where the user left off, picks it up', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.StopIntent');

    await user.launch();
    const resumed = await user.say('AMAZON.NextIntent');

    expectStep(resumed, ROUTINES.quick, 1);
  });

  test('start over, to the offer to pick up where the user left off, starts that routine from the top', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.StopIntent');

    await user.launch();
    const restarted = await user.say('AMAZON.StartOverIntent');

    expect(restarted.text).toMatch(/^Starting over from the top\./);
    expectStep(restarted, ROUTINES.quick, 0);
  });

  test('a session that times out mid-routine can be picked up at the same stretch later', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.NextIntent');

    await user.end('EXCEEDED_MAX_REPROMPTS');
    const welcome = await user.launch();
    const resumed = await user.say('AMAZON.YesIntent');

    expect(welcome.text).toMatch(/Last time you stopped at the lower back rotation, right side in the quick two minute routine/);
    expectStep(resumed, ROUTINES.quick, 2);
  });

  test('resume in a later one-shot picks up the unfinished routine', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('upper-back-neck'));
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.CancelIntent');

    const later = new Conversation(skill, user.device);
    const reply = await later.say('AMAZON.ResumeIntent');

    expect(reply.text).toMatch(/^Picking up where you left off\. .*Stretch 2 of 7: neck side stretch, left side\./);
    expectStep(reply, ROUTINES['upper-back-neck'], 1);
  });

  test('stop at the first stretch says the routine stopped and how to pick it up', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));

    const stop = await user.say('AMAZON.StopIntent');

    expect(stop.text).toBe('Good work. You got to stretch 1 of 4 in the quick two minute routine. Next time, say resume to pick up there. Take care!');
    expect(stop.ended).toBe(true);
  });

  test('resume with nothing unfinished says there is nothing to pick up', async () => {
    const user = await launched();

    const reply = await user.say('AMAZON.ResumeIntent');

    expect(reply.text).toBe(STRETCH.nothingToResume);
    expect(reply.ended).toBe(false);
  });
});

describe('cues', () => {
  test('“Alexa, next” is mentioned once a session, on the first stretch', async () => {
    const user = await launched();

    const first = await user.say('StretchGuideIntent', routineSlot('quick'));
    const second = await user.say('AMAZON.NextIntent');
    const otherRoutine = await user.say('StretchGuideIntent', routineSlot('upper-back-neck'));
    const newSession = await new Conversation(skill, user.device).say('StretchGuideIntent', routineSlot('quick'));

    expect(first.text).toContain(STRETCH.controls);
    expect(second.text).not.toContain(STRETCH.controls);
    expect(otherRoutine.text).not.toContain(STRETCH.controls);
    expect(newSession.text).toContain(STRETCH.controls);
  });

  test('a stretch is explained in full the first time and with a short cue after that', async () => {
    const user = await launched();
    const [knee] = ROUTINES['lower-back'].steps;

    const left = await user.say('StretchGuideIntent', routineSlot('lower-back'));
    const right = await user.say('AMAZON.NextIntent');
    const repeat = await user.say('AMAZON.RepeatIntent');

    expect(left.text).toContain(knee!.position);
    expect(right.text).toContain(ROUTINES['lower-back'].steps[1]!.shortPosition);
    expect(right.text).not.toContain(ROUTINES['lower-back'].steps[1]!.position);
    expect(repeat.text).toContain(ROUTINES['lower-back'].steps[1]!.shortPosition);
  });

  test('someone who has finished a routine before hears the short cues from the start', async () => {
    const user = await launched();
    await followToTheEnd(user, 'quick');

    const later = await new Conversation(skill, user.device).say('StretchGuideIntent', routineSlot('quick'));

    const [first] = ROUTINES.quick.steps;
    expect(later.text).toContain(first!.shortPosition);
    expect(later.text).not.toContain(first!.position);
  });
});

describe('preferences', () => {
  test('“hold for thirty seconds” changes the hold of the next stretches and is kept for next time', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('lower-back'));
    skill.commands!.reset();

    const set = await user.say('SetHoldTimeIntent', { seconds: '30' });
    const next = await user.say('AMAZON.NextIntent');

    expect(set.text).toBe('OK, I’ll time each hold for 30 seconds. When you’re ready, say next to go on from the knee to chest, left side.');
    expect(set.ended).toBe(false);
    expectStep(next, ROUTINES['lower-back'], 1, 30);
    expect(skill.commands!.sentByOperation()).toEqual({ UpdateItem: 2 });
    expect((await stored(user))?.preferences.holdSeconds).toBe(30);

    const later = await new Conversation(skill, user.device).say('StretchGuideIntent', routineSlot('quick'));
    expectStep(later, ROUTINES.quick, 0, 30);
  });

  test.each(['5', '90', '0', 'many'])('a hold of %s seconds is refused with what is possible, and nothing changes', async (seconds) => {
    const user = await launched();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    skill.commands!.reset();

    const refused = await user.say('SetHoldTimeIntent', { seconds });
    const next = await user.say('AMAZON.NextIntent');

    expect(refused.text).toMatch(/^I can time holds from 10 to 60 seconds\. Try saying hold for thirty seconds\./);
    expect(refused.ended).toBe(false);
    expectStep(next, ROUTINES.quick, 1);
    expect(skill.commands!.sentByOperation()).toEqual({ UpdateItem: 1 });
    expect((await stored(user))?.preferences.holdSeconds).toBeUndefined();
  });

  test('a slower pace gives more time to get into each position, and normal pace goes back', async () => {
    const user = await launched();
    const step = ROUTINES.quick.steps[0]!;
    const settle = (seconds: number, position = step.position) => `${say(position)} <break time="${seconds}s"/>`;

    const slow = await user.say('SetPaceIntent', { pace: resolved('slower', 'slow') });
    const slowStep = await user.say('StretchGuideIntent', routineSlot('quick'));
    await user.say('SetPaceIntent', { pace: resolved('normal', 'normal') });
    const normalStep = await user.say('AMAZON.RepeatIntent');

    expect(slow.text).toMatch(new RegExp(`^${PREFERENCES.paceSlow}`));
    expect(slowStep.ssml).toContain(settle(SETTLE_SECONDS.slow.intoPosition));
    expect(normalStep.ssml).toContain(settle(SETTLE_SECONDS.normal.intoPosition, step.shortPosition));
    expect((await stored(user))?.preferences.pace).toBe('normal');
  });

  test('a pace the skill does not know is refused with the ones it has', async () => {
    const user = await launched();

    const reply = await user.say('SetPaceIntent', { pace: 'ludicrous' });

    expect(reply.text).toMatch(new RegExp(`^${PREFERENCES.paceUnknown}`));
    expect(reply.ended).toBe(false);
  });

  test('a preference set one-shot is confirmed and the session ends', async () => {
    const reply = await new Conversation(skill).say('SetHoldTimeIntent', { seconds: '45' });

    expect(reply.text).toBe(PREFERENCES.holdSet(45));
    expect(reply.ended).toBe(true);
  });
});
