import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANSWERS, TOPIC_INTENTS, TOPICS } from '../../lambda/content/answers';
import { FALLBACK, FOLLOW_UP, GOODBYE, HELP, WELCOME } from '../../lambda/content/prompts';
import { ROUTINES } from '../../lambda/content/routines';
import { TIPS } from '../../lambda/content/tips';
import { Conversation, resolved } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.stop());

const KEY_FACTS = {
  walking: ['2004', 'Spine Journal', '10 to 50 percent'],
  chiropractor: ['2008', '192'],
  exerciseWithBackPain: ['more than mild', '15 minutes', 'doctor'],
  beginnerFlexibility: ['20 to 30 seconds'],
  warningSigns: ['see a doctor'],
} as const;

/** A user mid-conversation: launched, welcome heard. */
async function launched(): Promise<Conversation> {
  const user = new Conversation(skill);
  await user.launch();
  return user;
}

describe('questions', () => {
  test.each(TOPICS)('asked in a session, the %s answer ends with its follow-up question and keeps listening', async (topic) => {
    const user = await launched();
    const { title, text, followUp } = ANSWERS[topic];

    const reply = await user.say(TOPIC_INTENTS[topic]);

    expect(reply.text).toBe(`${text} ${followUp}`);
    expect(reply.reprompt).toBe(followUp);
    expect(reply.ended).toBe(false);
    expect(reply.card).toEqual({ type: 'Simple', title, content: text });
  });

  test.each(TOPICS)('asked one-shot, the %s answer is given and the session ends', async (topic) => {
    const user = new Conversation(skill);
    skill.commands!.reset();

    const reply = await user.say(TOPIC_INTENTS[topic]);

    expect(reply.text).toBe(ANSWERS[topic].text);
    expect(reply.reprompt).toBeUndefined();
    expect(reply.ended).toBe(true);
    expect(reply.card?.title).toBe(ANSWERS[topic].title);
    expect(skill.commands!.sentByOperation()).toEqual({});
  });

  test.each(Object.entries(KEY_FACTS))('the %s answer says its key facts out loud', async (topic, facts) => {
    const reply = await new Conversation(skill).say(TOPIC_INTENTS[topic as keyof typeof KEY_FACTS]);
    for (const fact of facts) expect(reply.text).toContain(fact);
  });

  test('a question in a launched session reads and writes nothing', async () => {
    const user = await launched();
    skill.commands!.reset();

    await user.say('WalkingIntent');
    await user.say('ChiropractorIntent');

    expect(skill.commands!.sentByOperation()).toEqual({});
  });

  test('repeat says the last answer again', async () => {
    const user = await launched();
    const first = await user.say('ChiropractorIntent');

    const again = await user.say('AMAZON.RepeatIntent');

    expect(again.text).toBe(first.text);
    expect(again.ended).toBe(false);
  });
});

describe('the welcome', () => {
  test('a returning user hears a different, shorter welcome than a first-time user', async () => {
    const user = new Conversation(skill);

    const first = await user.launch();
    await user.end();
    const second = await user.launch();

    expect(first.text).toContain(WELCOME.firstTime);
    expect(first.text).toMatch(/not medical advice/);
    expect(second.text).toContain(WELCOME.returning);
    expect(second.text).not.toContain(WELCOME.firstTime);
    expect(second.text.length).toBeLessThan(first.text.length);
  });

  test('the welcome names two or three things to try and keeps listening', async () => {
    const reply = await new Conversation(skill).launch();

    expect(reply.text).toMatch(/guide me through a stretch, give me a tip, or ask something like what helps a tight back\. What would you like\?$/);
    expect(reply.reprompt).toBe(WELCOME.menuReprompt);
    expect(reply.ended).toBe(false);
  });

  test('a first launch is one read and one write', async () => {
    const user = new Conversation(skill);
    skill.commands!.reset();

    await user.launch();

    expect(skill.commands!.sentByOperation()).toEqual({ GetItem: 1, UpdateItem: 1 });
    const stored = await skill.store!.load(user.device.userId);
    expect(stored?.firstVisit).toBeDefined();
  });
});

describe('help, fallback and goodbye', () => {
  test('help says what the user can ask and that this is general information, not medical advice', async () => {
    const user = await launched();

    const reply = await user.say('AMAZON.HelpIntent');

    expect(reply.text).toBe(HELP.general);
    expect(reply.text).toMatch(/general information, not medical advice/);
    expect(reply.text).toMatch(/guide me through a stretch/);
    expect(reply.text).toMatch(/is walking good for back pain/);
    expect(reply.reprompt).toBe(HELP.reprompt);
    expect(reply.ended).toBe(false);
  });

  test('something the skill did not understand is redirected with examples', async () => {
    const user = await launched();

    const reply = await user.say('AMAZON.FallbackIntent');

    expect(reply.text).toBe(FALLBACK.general);
    expect(reply.text).toMatch(/like is stretching good for back pain/);
    expect(reply.reprompt).toBe(FALLBACK.reprompt);
    expect(reply.ended).toBe(false);
  });

  test('an intent the skill does not know gets the fallback', async () => {
    const user = await launched();

    const reply = await user.say('OrderPizzaIntent', { topping: 'cheese' });

    expect(reply.text).toBe(FALLBACK.general);
    expect(reply.ended).toBe(false);
  });

  test.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'])('%s says goodbye and ends the session', async (intent) => {
    const user = await launched();

    const reply = await user.say(intent);

    expect(reply.text).toBe(GOODBYE.general);
    expect(reply.ended).toBe(true);
    expect(reply.reprompt).toBeUndefined();
  });

  test('a session closed by Alexa gets no speech', async () => {
    const user = await launched();
    await expect(user.end('EXCEEDED_MAX_REPROMPTS')).resolves.toBeUndefined();
    expect(user.sessionOpen).toBe(false);
  });
});

describe('yes and no after an offer', () => {
  test('yes to a stretch offered after an answer starts that routine', async () => {
    const user = await launched();
    await user.say('TightBackIntent');

    const reply = await user.say('AMAZON.YesIntent');

    expect(reply.text).toMatch(/^Let’s do the lower back routine/);
    expect(reply.text).toContain('Stretch 1 of 7: knee to chest, left side.');
    expect(reply.attributes.stretch).toEqual({ routineId: 'lower-back', step: 0 });
    expect(reply.ended).toBe(false);
  });

  test('yes to another answer offered after an answer gives that answer', async () => {
    const user = await launched();
    const causes = await user.say('TightBackCausesIntent');
    expect(causes.text).toMatch(/Would you like to hear what helps a tight back\?$/);

    const reply = await user.say('AMAZON.YesIntent');

    expect(reply.text).toContain(ANSWERS.tightBack.text);
    expect(reply.ended).toBe(false);
  });

  test('yes to a tip offered after an answer gives a tip and remembers it was heard', async () => {
    const user = await launched();
    const before = await skill.store!.load(user.device.userId);
    await user.say('DailyHabitsIntent');

    const reply = await user.say('AMAZON.YesIntent');

    expect(reply.text).toMatch(/^Here’s a back care tip\./);
    const tip = TIPS.find((t) => reply.text.includes(t.text));
    expect(tip).toBeDefined();
    expect(before?.tipsHeard).not.toContain(tip!.id);
    expect((await skill.store!.load(user.device.userId))?.tipsHeard).toContain(tip!.id);
    expect(reply.reprompt).toBe(FOLLOW_UP.anythingElse);
  });

  test('yes to picking up an unfinished routine resumes it at that stretch', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.StopIntent');

    const welcome = await user.launch();
    const reply = await user.say('AMAZON.YesIntent');

    expect(welcome.text).toMatch(/Last time you stopped at the lower back rotation, left side in the quick two minute routine\. Pick up where you left off\?$/);
    expect(reply.text).toContain('Stretch 2 of 4: lower back rotation, left side.');
    expect(reply.attributes.stretch).toEqual({ routineId: 'quick', step: 1 });
  });

  test('no to picking up an unfinished routine keeps its place, for resume in this session and the next', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.StopIntent');
    await user.launch();

    const reply = await user.say('AMAZON.NoIntent');

    expect(reply.text).toBe(`${WELCOME.resumeKept} ${WELCOME.menu}`);
    expect(reply.ended).toBe(false);
    expect((await skill.store!.load(user.device.userId))?.unfinished).toEqual({ routineId: 'quick', step: 1 });
    const resumed = await user.say('AMAZON.ResumeIntent');
    expect(resumed.text).toMatch(/^Picking up where you left off\. .*Stretch 2 of 4: lower back rotation, left side\./);
    await user.end();
    const later = await user.launch();
    expect(later.text).toMatch(/Pick up where you left off\?$/);
  });

  test('no to any other offer in a session the user opened keeps it open with a short "what else?"', async () => {
    const user = await launched();
    await user.say('WalkingIntent');

    const reply = await user.say('AMAZON.NoIntent');

    expect(reply.text).toBe(FOLLOW_UP.whatElse);
    expect(reply.ended).toBe(false);
    const then = await user.say('AMAZON.NoIntent');
    expect(then.text).toBe(FOLLOW_UP.noThanks);
    expect(then.ended).toBe(true);
  });

  test('no to an offer after a one-shot request says goodbye', async () => {
    const user = new Conversation(skill);
    await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });
    for (let step = 1; step < 4; step++) await user.say('AMAZON.NextIntent');

    const reply = await user.say('AMAZON.NoIntent');

    expect(reply.text).toBe(FOLLOW_UP.noThanks);
    expect(reply.ended).toBe(true);
  });

  test('stop after an offer says goodbye, even in a session the user opened', async () => {
    const user = await launched();
    await user.say('WalkingIntent');

    const reply = await user.say('AMAZON.StopIntent');

    expect(reply.ended).toBe(true);
  });

  test('yes with nothing offered says what the user can do', async () => {
    const user = await launched();
    await user.say('ChiropractorIntent');

    const reply = await user.say('AMAZON.YesIntent');

    expect(reply.text).toBe(FOLLOW_UP.yesWithoutOffer);
    expect(reply.ended).toBe(false);
  });

  test('a yes to an answer offered by a yes can be followed by another yes', async () => {
    const user = await launched();
    await user.say('TightBackCausesIntent');
    await user.say('AMAZON.YesIntent');

    const reply = await user.say('AMAZON.YesIntent');

    expect(reply.text).toMatch(/^Let’s do the lower back routine/);
  });

  test.each([
    ['help', 'AMAZON.HelpIntent'],
    ['something not understood', 'AMAZON.FallbackIntent'],
    ['how am I doing', 'ProgressIntent'],
  ])('an offer lapses once the skill has moved on to %s', async (_case, intent) => {
    const user = await launched();
    await user.say('TightBackIntent');
    await user.say(intent);

    const reply = await user.say('AMAZON.YesIntent');

    expect(reply.text).toBe(FOLLOW_UP.yesWithoutOffer);
    expect(reply.attributes.stretch).toBeUndefined();
  });

  test('an offer to pick up a routine lapses once the user asks for something else', async () => {
    const user = await launched();
    await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });
    await user.say('AMAZON.StopIntent');
    await user.launch();
    await user.say('ProgressIntent');

    const reply = await user.say('AMAZON.YesIntent');

    expect(reply.text).toBe(FOLLOW_UP.yesWithoutOffer);
    expect((await skill.store!.load(user.device.userId))?.unfinished).toEqual({ routineId: 'quick', step: 0 });
  });
});

describe('every intent one-shot', () => {
  const model = JSON.parse(
    readFileSync(join(__dirname, '../../skill-package/interactionModels/custom/en-US.json'), 'utf8'),
  ) as { interactionModel: { languageModel: { intents: { name: string }[] } } };
  const intents = model.interactionModel.languageModel.intents.map((intent) => intent.name);

  /** Whether a one-shot request with this intent (and no slots) should leave the session open. */
  const keepsListening = new Set([
    'StretchGuideIntent',
    'ListRoutinesIntent',
    'ChoosePlaceIntent',
    'LogWalkIntent',
    'HowManyLeftIntent',
    'TellMeMoreIntent',
    'AMAZON.HelpIntent',
    'AMAZON.FallbackIntent',
    'AMAZON.YesIntent',
    'AMAZON.NextIntent',
    'AMAZON.PreviousIntent',
    'AMAZON.RepeatIntent',
    'AMAZON.PauseIntent',
    'AMAZON.ResumeIntent',
    'AMAZON.StartOverIntent',
  ]);

  test('the interaction model defines every question intent', () => {
    for (const topic of TOPICS) expect(intents).toContain(TOPIC_INTENTS[topic]);
  });

  test.each(intents)('%s works one-shot, without a launch first', async (intent) => {
    const reply = await new Conversation(skill).say(intent);

    expect(reply.text.length).toBeGreaterThan(0);
    expect(reply.text).not.toMatch(/something went wrong/i);
    expect(reply.ended).toBe(!keepsListening.has(intent));
    if (!reply.ended) expect(reply.reprompt?.length).toBeGreaterThan(0);
  });

  test('a stretch started one-shot keeps the session open for next', async () => {
    const user = new Conversation(skill);

    const start = await user.say('StretchGuideIntent', { routine: resolved('upper back and neck', 'upper-back-neck') });
    const next = await user.say('AMAZON.NextIntent');

    expect(start.ended).toBe(false);
    expect(start.text).toContain(`Let’s do the upper back and neck routine: ${ROUTINES['upper-back-neck'].summary}.`);
    expect(next.text).toContain('Stretch 2 of 7: neck side stretch, left side.');
  });
});
