import { ANSWERS } from '../../lambda/content/answers';
import { ROUTINE_IDS, ROUTINES, type RoutineId } from '../../lambda/content/routines';
import { stepLabel } from '../../lambda/content/prompts';
import { positionText } from '../../lambda/speech/stretch-step';
import { device, newId, VIEWPORTS, type Viewport } from '../../simulator/envelopes';
import { aplProblems } from '../fixtures/apl';
import { Conversation, resolved, withoutReceipts, type RenderedScreen, type Reply } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';
import { estimatedAudioSeconds } from '../fixtures/speech-rules';
import { heardHold, stepTitle } from '../fixtures/stretch';

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.stop());

/** Users compared turn by turn speak at the same time, so what is stored about their visits is the same too. */
const CLOCK = new Date('2026-03-02T09:00:00Z');

function user(screen?: Viewport): Conversation {
  const conversation = new Conversation(skill, device({ userId: newId('amzn1.ask.account.user'), screen }));
  conversation.clock = CLOCK;
  return conversation;
}
const onScreen = (screen: Viewport = VIEWPORTS.landscapeHub) => user(screen);
const onSpeaker = () => user();
const routineSlot = (id: RoutineId) => ({ routine: resolved(ROUTINES[id].name, id) });

/** Alexa's limit on a whole response, in bytes of JSON. */
const MAX_RESPONSE_BYTES = 24 * 1024;

function screenOf(reply: Reply): RenderedScreen {
  if (!reply.screen) throw new Error(`no screen with "${reply.text}"`);
  return reply.screen;
}

/** Where in the speech the hold starts: after "Hold for N seconds.", at the voice's own estimate of its length. */
function secondsUntilHold(ssml: string): number {
  const stated = /(?:Hold|Keep going) for \d+ seconds\./.exec(ssml)!;
  return estimatedAudioSeconds(ssml.slice(0, stated.index + stated[0].length));
}

/** The step's screen shows what its speech says: the stretch, its place, the position, and the hold as a countdown. */
function expectStepOnScreen(reply: Reply, routineId: RoutineId, index: number): void {
  const routine = ROUTINES[routineId];
  const step = routine.steps[index]!;
  const { token, datasources } = screenOf(reply);
  const shown = datasources.step!;
  expect(token).toBe('step');
  expect(reply.text).toContain(stepTitle(routine, index));
  expect(shown.count).toBe(`Stretch ${index + 1} of ${routine.steps.length}`);
  expect(shown.stretch).toBe(stepLabel(step));
  expect(shown.routine.toLowerCase()).toBe(`${routine.name} routine`);
  expect(reply.text).toContain(shown.position);
  expect([step.position, step.shortPosition]).toContain(shown.position);
  expect(shown.holdSeconds).toBe(heardHold(reply.ssml, step).stated);
  expect(shown.countdown).toBe(true);
  expect(shown.holdStartsAfterMs / 1000).toBeCloseTo(secondsUntilHold(reply.ssml), 2);
  expect(shown.release).toBe('And release');
}

describe('on a speaker', () => {
  test('nothing changes: the same speech, reprompts and state as on a screen, and never an APL directive', async () => {
    const speaker = onSpeaker();
    const show = onScreen();
    const script = async (user: Conversation) => [
      await user.launch(),
      await user.say('StretchGuideIntent', routineSlot('quick')),
      await user.say('AMAZON.NextIntent'),
      await user.say('AMAZON.PauseIntent'),
      await user.say('AMAZON.ResumeIntent'),
      await user.say('PainIntent'),
      await user.say('GentlerIntent'),
      await user.say('TightBackIntent'),
      await user.say('AMAZON.HelpIntent'),
      await user.say('AMAZON.NextIntent'),
      await user.say('AMAZON.NextIntent'),
      await user.say('AMAZON.YesIntent'),
    ];
    const heard = await script(speaker);
    const seen = await script(show);

    for (const reply of heard) expect(reply.envelope.response.directives ?? []).toEqual([]);
    expect(seen.every((reply) => reply.screen !== undefined)).toBe(true);
    const voice = ({ ssml, reprompt, ended, attributes }: Reply) => ({ ssml, reprompt, ended, attributes: withoutReceipts(attributes) });
    expect(heard.map(voice)).toEqual(seen.map(voice));
  });
});

describe('on a screen', () => {
  test('launch shows the skill, what it does, the routines with minutes and place, and the day’s tip as it is said', async () => {
    const user = onScreen();
    const first = await user.launch();

    const { token, datasources } = screenOf(first);
    expect(token).toBe('home');
    const home = datasources.home!;
    expect(home.title).toBe('Back Care Coach');
    expect(home.tagline.length).toBeGreaterThan(0);
    expect(home.routines).toEqual(
      ROUTINE_IDS.map((id) => ({
        id,
        name: expect.stringMatching(new RegExp(`^${ROUTINES[id].name}$`, 'i')),
        detail: `${ROUTINES[id].minutes} min · ${ROUTINES[id].place === 'floor' ? 'on the floor' : 'in a chair'}`,
      })),
    );
    expect(home.tip.length).toBeGreaterThan(0);
    expect(first.text).toContain(home.tip);

    await user.end();
    const again = await user.launch();
    expect(screenOf(again).datasources.home!.tip).toBe('');
  });

  test.each(ROUTINE_IDS)('every step of the %s routine shows the stretch said, and counts its hold down from when Alexa says it', async (id) => {
    const user = onScreen();
    await user.launch();
    const replies = [await user.say('StretchGuideIntent', routineSlot(id))];
    for (let step = 1; step < ROUTINES[id].steps.length; step++) replies.push(await user.say('AMAZON.NextIntent'));

    replies.forEach((reply, index) => expectStepOnScreen(reply, id, index));
    for (const reply of replies) expect(await aplProblems(screenOf(reply))).toEqual([]);
  });

  test('the countdown is as long as the hold the user chose, at their pace', async () => {
    const user = onScreen(VIEWPORTS.roundHub);
    await user.say('SetHoldTimeIntent', { seconds: '45' });
    await user.say('SetPaceIntent', { pace: resolved('slower', 'slow') });
    const reply = await user.say('StretchGuideIntent', routineSlot('upper-back-neck'));

    expectStepOnScreen(reply, 'upper-back-neck', 0);
    expect(screenOf(reply).datasources.step!.holdSeconds).toBe(45);
  });

  test('tell me more shows the stretch with the full position it says, and no countdown', async () => {
    const user = onScreen();
    await user.say('StretchGuideIntent', routineSlot('lower-back'));
    await user.say('AMAZON.NextIntent');
    const detailed = await user.say('TellMeMoreIntent');

    const shown = screenOf(detailed).datasources.step!;
    expect(shown).toMatchObject({ count: 'Stretch 2 of 7', countdown: false });
    expect(shown.position).toBe(positionText({ step: ROUTINES['lower-back'].steps[1]!, detailed: true }));
    expect(detailed.text).toContain(shown.position);
  });

  test('between steps the stretch stays on screen with no countdown running; pause shows it paused, with resume to touch', async () => {
    const user = onScreen();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    const left = await user.say('HowManyLeftIntent');
    const paused = await user.say('AMAZON.PauseIntent');

    expect(screenOf(left).datasources.step).toMatchObject({ count: 'Stretch 1 of 4', countdown: false, holdLabel: 'Hold' });
    expect(screenOf(paused).datasources.step).toMatchObject({ count: 'Stretch 1 of 4', countdown: false, holdLabel: 'Paused' });
    expect(screenOf(paused).datasources.step!.buttons.map((button) => button.event)).toEqual(['previous', 'resume', 'next']);
  });

  test('an answer shows its title and first sentence, mid-routine too', async () => {
    const user = onScreen();
    const alone = await user.say('WalkingIntent');
    await user.say('StretchGuideIntent', routineSlot('quick'));
    const midRoutine = await user.say('TightBackIntent');

    expect(screenOf(alone)).toMatchObject({ token: 'answer', datasources: { answer: { title: ANSWERS.walking.title, urgent: false } } });
    expect(alone.text.startsWith(screenOf(alone).datasources.answer!.summary)).toBe(true);
    expect(screenOf(midRoutine).datasources.answer!.title).toBe(ANSWERS.tightBack.title);
  });

  test.each(['EmergencyIntent', 'UrgentCareIntent', 'NerveSignsIntent', 'PainIntent', 'CautionIntent'])(
    '%s, in a routine or not, shows what to do in large type and the first thing Alexa says, with nothing to touch',
    async (intent) => {
      const idle = onScreen();
      const stretching = onScreen();
      await stretching.say('StretchGuideIntent', routineSlot('lower-back'));

      for (const reply of [await idle.say(intent), await stretching.say(intent)]) {
        const shown = screenOf(reply);
        expect(shown.token).toBe('answer');
        expect(shown.datasources.answer).toMatchObject({ urgent: true, summary: expect.any(String) });
        expect(reply.text.startsWith(shown.datasources.answer!.summary)).toBe(true);
        expect(JSON.stringify(shown.document)).not.toMatch(/SendEvent/);
        expect(await aplProblems(shown)).toEqual([]);
      }
    },
  );

  test('an emergency shows the number to call: “Call 911 now” on an en-US device', async () => {
    const user = onScreen();
    await user.say('StretchGuideIntent', routineSlot('quick'));
    const reply = await user.say('EmergencyIntent');
    expect(reply.text).toMatch(/^Please call 911 now/);
    expect(screenOf(reply).datasources.answer!.title).toBe('Call 911 now');
  });

  test('pain mid-hold takes the countdown off the screen; gentler holds count down at the shorter hold', async () => {
    const user = onScreen();
    await user.say('StretchGuideIntent', routineSlot('lower-back'));
    const hurt = await user.say('PainIntent');
    const gentler = await user.say('GentlerIntent');

    expect(screenOf(hurt).datasources.step).toBeUndefined();
    expectStepOnScreen(gentler, 'lower-back', 1);
    expect(screenOf(gentler).datasources.step!.holdSeconds).toBeLessThan(ROUTINES['lower-back'].steps[1]!.holdSeconds);
    const resting = await user.say('AMAZON.HelpIntent');
    expect(screenOf(resting).datasources.step!.holdSeconds).toBe(screenOf(gentler).datasources.step!.holdSeconds);
  });

  test('a tip shows the tip said', async () => {
    const user = onScreen();
    const reply = await user.oneShot('TipIntent');
    const { answer } = screenOf(reply).datasources;
    expect(answer!.title).toBe('Back care tip');
    expect(reply.text).toContain(answer!.summary);
  });

  test('goodbye closes the screen with the session: no document', async () => {
    const user = onScreen();
    await user.launch();
    const bye = await user.say('AMAZON.StopIntent');
    expect(bye.ended).toBe(true);
    expect(bye.screen).toBeUndefined();
  });

  test.each(ROUTINE_IDS)('every response of the %s routine at 60 second holds and a slow pace stays within Alexa’s size limit', async (id) => {
    const user = onScreen(VIEWPORTS.tv);
    await user.launch();
    await user.say('SetHoldTimeIntent', { seconds: '60' });
    await user.say('SetPaceIntent', { pace: resolved('slower', 'slow') });
    const replies = [await user.say('StretchGuideIntent', routineSlot(id))];
    for (let step = 1; step < ROUTINES[id].steps.length; step++) replies.push(await user.say('AMAZON.NextIntent'));

    for (const reply of replies) {
      expect(Buffer.byteLength(JSON.stringify(reply.envelope))).toBeLessThan(MAX_RESPONSE_BYTES);
    }
  });
});

describe('touching the screen', () => {
  test('touching a routine starts it as saying its name does', async () => {
    const toucher = onScreen();
    const talker = onScreen();
    await toucher.launch();
    await talker.launch();

    const touched = await toucher.touch('home', 'routine', 'upper-back-neck');
    const said = await talker.say('StretchGuideIntent', routineSlot('upper-back-neck'));

    expect(touched.text).toBe(said.text);
    expect(withoutReceipts(touched.attributes)).toEqual(withoutReceipts(said.attributes));
    expectStepOnScreen(touched, 'upper-back-neck', 0);
    expect((await skill.store!.load(toucher.device.userId))?.unfinished).toEqual({ routineId: 'upper-back-neck', step: 0 });
  });

  test('next, previous, pause and resume by touch do what saying them does', async () => {
    const toucher = onScreen();
    const talker = onScreen();
    const touches = [
      ['next', 'AMAZON.NextIntent'],
      ['next', 'AMAZON.NextIntent'],
      ['previous', 'AMAZON.PreviousIntent'],
      ['pause', 'AMAZON.PauseIntent'],
      ['resume', 'AMAZON.ResumeIntent'],
    ] as const;
    await toucher.say('StretchGuideIntent', routineSlot('lower-back'));
    await talker.say('StretchGuideIntent', routineSlot('lower-back'));

    for (const [touch, intent] of touches) {
      const touched = await toucher.touch('step', touch);
      const said = await talker.say(intent);
      expect({ touch, text: touched.text, reprompt: touched.reprompt }).toEqual({ touch, text: said.text, reprompt: said.reprompt });
      expect(touched.screen?.datasources).toEqual(said.screen?.datasources);
    }
    expect(screenOf(await toucher.touch('step', 'next')).datasources.step!.count).toBe('Stretch 3 of 7');
  });

  test('next touched with no routine under way is answered as “next” said then', async () => {
    const user = onScreen();
    await user.launch();
    const reply = await user.touch('home', 'next');
    expect(reply.text).toMatch(/no stretch going/i);
  });

  test('a touch the skill never offers gets an empty response, not a crash', async () => {
    const user = onScreen();
    await user.launch();
    for (const args of [['routine', 'yoga'], ['jump'], [], [7], ['next', 'now'], [{ routine: 'quick' }]]) {
      const reply = await user.touch('home', ...args);
      expect(reply.ssml).toBe('');
      expect(reply.screen).toBeUndefined();
      await user.launch();
    }
  });
});
