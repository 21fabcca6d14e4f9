import { stepLabel, STRETCH } from '../../lambda/content/prompts';
import { ROUTINES } from '../../lambda/content/routines';
import { SAFETY } from '../../lambda/content/safety';
import { device, newId, VIEWPORTS } from '../../simulator/envelopes';
import { loadInteractionModel } from '../../simulator/interaction-model';
import { Nlu } from '../../simulator/nlu';
import { Conversation, resolved, type Reply } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';
import { breakSeconds } from '../fixtures/speech-rules';
import { INTERACTION_MODEL_PATH } from '../model/skill-package';
import { captureLambdaLogs } from '../support/lambda-logs';

/**
 * What someone hurting or in danger hears, said in words that are not samples in the model, in every state the
 * conversation can be in. The words go through the simulator's NLU, trained only on the interaction model.
 */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill({ logLevel: 'debug' });
});
afterAll(() => skill.stop());

const nlu = new Nlu(loadInteractionModel(INTERACTION_MODEL_PATH));
const stored = (user: Conversation) => skill.store!.load(user.device.userId);
/** What a turn stored, without what every write records: the visit, the version and the request's receipt. */
const kept = async (user: Conversation) => {
  const { lastVisit: _visit, version: _version, receipts: _receipts, ...rest } = (await stored(user))!;
  return rest;
};
const quick = { routine: resolved(ROUTINES.quick.name, 'quick') };
const lowerBack = { routine: resolved(ROUTINES['lower-back'].name, 'lower-back') };

/** Says `words` as a user would: through the NLU, into the open session or as a one-shot. */
async function utter(user: Conversation, words: string): Promise<Reply> {
  const { intent } = nlu.understand(words);
  return user.say(intent);
}

/** Where the conversation is when the user speaks; `inRoutine` when a routine's place is saved by then. */
interface Setup {
  readonly inRoutine: boolean;
  readonly to: (user: Conversation) => Promise<unknown>;
}

const SETUPS: Readonly<Record<string, Setup>> = {
  'one-shot': { inRoutine: false, to: async () => undefined },
  'just after the launch': { inRoutine: false, to: (user) => user.launch() },
  'offered to pick up a routine': {
    inRoutine: false,
    to: async (user) => {
      await user.say('StretchGuideIntent', lowerBack);
      await user.say('AMAZON.NextIntent');
      await user.end();
      await user.launch();
    },
  },
  'at the first stretch of a routine': { inRoutine: true, to: (user) => user.say('StretchGuideIntent', quick) },
  'in the middle of a routine': {
    inRoutine: true,
    to: async (user) => {
      await user.launch();
      await user.say('StretchGuideIntent', lowerBack);
      await user.say('AMAZON.NextIntent');
      await user.say('AMAZON.NextIntent');
    },
  },
  'paused in a routine': {
    inRoutine: true,
    to: async (user) => {
      await user.say('StretchGuideIntent', lowerBack);
      await user.say('AMAZON.PauseIntent');
    },
  },
  'after a question mid-routine': {
    inRoutine: true,
    to: async (user) => {
      await user.say('StretchGuideIntent', lowerBack);
      await user.say('HowManyLeftIntent');
    },
  },
  'after saying a stretch hurt': {
    inRoutine: true,
    to: async (user) => {
      await user.say('StretchGuideIntent', lowerBack);
      await user.say('PainIntent');
    },
  },
  'asked whether to leave a stretch out': {
    inRoutine: true,
    to: async (user) => {
      await user.say('StretchGuideIntent', lowerBack);
      await user.say('PainIntent');
      await user.say('AMAZON.NextIntent');
    },
  },
  'after an answer that offers a stretch': { inRoutine: false, to: (user) => user.launch().then(() => user.say('TightBackIntent')) },
  'after a routine, offered a tip': {
    inRoutine: false,
    to: async (user) => {
      await user.say('StretchGuideIntent', quick);
      for (let step = 1; step < ROUTINES.quick.steps.length; step++) await user.say('AMAZON.NextIntent');
    },
  },
  'asked which routine': { inRoutine: false, to: (user) => user.launch().then(() => user.say('ListRoutinesIntent')) },
  'asked how long the walk was': { inRoutine: false, to: (user) => user.launch().then(() => user.say('LogWalkIntent')) },
};

const STATES = Object.keys(SETUPS);

/** People's words for each family, none of them a sample; each state hears one, in turn. */
const SAID = {
  emergency: ["I've wet myself", 'my chest is hurting and so is my back', "I fell over and I can't get up", 'my groin went numb', 'both of my legs suddenly went numb'],
  urgent: ["I've got a fever and my back is really sore", "it hurts so much I can't move", "I'm in so much pain"],
  nerveSigns: ['I have tingling going down my leg', 'my foot has gone numb now', "I've got pins and needles down my leg"],
  pain: ['ow that really hurts', "my hip really doesn't like this one", "it's pulling too much on my back", 'this is too much'],
  caution: ["I'm pregnant are these stretches ok", 'I had hip surgery last month', "I've just had back surgery"],
  stop: ["ok let's call it a day then", 'no more for me thanks', 'I have to go now', "let's finish it there", "I'm going to call it a day"],
} as const;

const said = (family: keyof typeof SAID, state: string) => SAID[family][STATES.indexOf(state) % SAID[family].length]!;
const firstSentence = (text: string) => /^[^.!?]*[.!?]/.exec(text)?.[0] ?? text;

/** No timed hold (no "Hold for", no long silence) and nothing that sends them into a stretch. */
function expectNoHoldNorStretchOffer(reply: Reply): void {
  expect(reply.text).not.toMatch(/Hold for|Keep going for|Stretch \d+ of \d+:/);
  expect(Math.max(0, ...breakSeconds(reply.ssml))).toBeLessThan(2);
  expect(`${reply.text} ${reply.reprompt ?? ''}`).not.toMatch(
    /guide me through|would you like .*(stretch|routine)|shall we start|try it now|say next|say resume|well done|great|!/i,
  );
}

/** Runs `family` said in `state`, and checks what every safety turn must keep: no write, nothing logged. */
async function saySafely(state: string, words: string): Promise<{ reply: Reply; user: Conversation }> {
  const user = new Conversation(skill);
  // Captured from the set-up on, so that its own records stay out of the test output; only the safety turn's are checked.
  const logs = captureLambdaLogs('lambda-request', 'DEBUG');
  const { before, reply, turnLogs } = await (async () => {
    await SETUPS[state]!.to(user);
    const before = await stored(user);
    const setUpLines = logs.records().length;
    const reply = await utter(user, words);
    return { before, reply, turnLogs: logs.records().slice(setUpLines) };
  })().finally(() => logs.restore());
  expect(await stored(user)).toEqual(before);
  expect(turnLogs.map(({ line }) => line).join('\n')).not.toMatch(/pain|hurt|numb|tingl|fever|pregnan|surgery|Intent|emergency|safety/i);
  return { reply, user };
}

describe.each(STATES)('%s', (state) => {
  const { inRoutine } = SETUPS[state]!;

  test('an emergency sign is told to call 911 in the first sentence, calmly, and the session ends', async () => {
    const { reply } = await saySafely(state, said('emergency', state));
    expect(firstSentence(reply.text)).toMatch(/call 911 now/i);
    expectNoHoldNorStretchOffer(reply);
    expect(reply.ended).toBe(true);
  });

  test('fever or pain too bad to move gets urgent medical help in the first sentence', async () => {
    const { reply } = await saySafely(state, said('urgent', state));
    expect(firstSentence(reply.text)).toMatch(/urgent medical help now/i);
    expect(reply.text).toMatch(/911/);
    expectNoHoldNorStretchOffer(reply);
    expect(reply.ended).toBe(true);
  });

  test('nerve signs: why to stop, a doctor promptly if it doesn’t pass, and never an invitation to go on', async () => {
    const { reply } = await saySafely(state, said('nerveSigns', state));
    expect(reply.text).toMatch(/nerve/);
    expect(reply.text).toMatch(/checked by a doctor, and promptly if it doesn’t pass/);
    if (inRoutine) expect(firstSentence(reply.text)).toBe('Let’s stop the routine here.');
    expectNoHoldNorStretchOffer(reply);
    expect(reply.ended).toBe(true);
  });

  test('pain: ease out gently, never push through it; mid-routine, a choice and no new hold', async () => {
    const { reply } = await saySafely(state, said('pain', state));
    expect(reply.text).toMatch(/ease out of .*(slowly|gently)/i);
    expect(reply.text).toMatch(/never push through pain/i);
    if (inRoutine) expect(reply.text).toMatch(/skip this one, go gentler for shorter holds, or stop for today/);
    expectNoHoldNorStretchOffer(reply);
    expect(reply.ended).toBe(state === 'one-shot');
  });

  test('a caution: check with a doctor, midwife or physiotherapist first; walking is usually fine', async () => {
    const { reply } = await saySafely(state, said('caution', state));
    expect(firstSentence(reply.text)).toMatch(/check with your doctor, midwife or physiotherapist/);
    expect(reply.text).toMatch(/walking is usually fine/i);
    expectNoHoldNorStretchOffer(reply);
    if (!reply.ended) expect(reply.text).toMatch(/What else can I help with\?$/);
  });

  test('stopping in their own words ends the session, and a routine’s place stays for resume', async () => {
    const { reply, user } = await saySafely(state, said('stop', state));
    expect(reply.ended).toBe(true);
    expect(reply.text).not.toMatch(/Hold for|Stretch \d+ of \d+:/);
    if (inRoutine) {
      expect(reply.text).toMatch(/say resume to pick up there/);
      const resumed = await user.oneShot('AMAZON.ResumeIntent');
      expect(resumed.text).toMatch(/^Picking up where you left off\./);
    }
  });
});

describe('after a stretch hurts', () => {
  async function hurtAtTheSecondStretch(): Promise<Conversation> {
    const user = new Conversation(skill);
    await user.launch();
    await user.say('StretchGuideIntent', lowerBack);
    await user.say('AMAZON.NextIntent');
    const reply = await utter(user, 'ow that really hurts');
    expect(reply.text).toBe(SAFETY.painInRoutine('knee to chest'));
    return user;
  }

  test('"repeat" or "yes" asks the choice again instead of replaying the stretch', async () => {
    const user = await hurtAtTheSecondStretch();
    for (const intent of ['AMAZON.RepeatIntent', 'AMAZON.YesIntent', 'AMAZON.ResumeIntent', 'AMAZON.FallbackIntent']) {
      const reply = await user.say(intent);
      expect(reply.text).toBe(SAFETY.painChoiceReprompt);
    }
  });

  test('"stop for today" ends the routine with its place saved', async () => {
    const user = await hurtAtTheSecondStretch();
    const reply = await utter(user, 'stop for today');
    expect(reply.ended).toBe(true);
    expect((await stored(user))?.unfinished).toEqual({ routineId: 'lower-back', step: 1 });
  });

  test('"go gentler" goes on to the next stretch with shorter holds', async () => {
    const user = await hurtAtTheSecondStretch();
    const reply = await utter(user, 'can we make it gentler');
    expect(reply.text).toMatch(/^OK, gentler from here, with shorter holds\. .*Stretch 3 of 7: double knee to chest\./);
    expect(reply.text).toMatch(/Hold for 15 seconds\./);
    const next = await user.say('AMAZON.NextIntent');
    expect(next.text).toMatch(/Hold for 10 seconds\./);
  });

  test('"skip this one" asks whether to leave it out; yes keeps only which stretch, and later routines skip it', async () => {
    const user = await hurtAtTheSecondStretch();
    const asked = await utter(user, 'skip this one');
    expect(asked.text).toBe(SAFETY.skipped('knee to chest'));
    const before = await kept(user);

    const yes = await user.say('AMAZON.YesIntent');
    expect(yes.text).toBe('Done. I’ll leave the knee to chest out from now on. Next is the double knee to chest. Say next when you’re ready.');
    const after = await kept(user);
    expect(after).toEqual({ ...before, preferences: { ...before.preferences, leftOut: ['knee to chest'] } });

    const logs = captureLambdaLogs('lambda-request', 'DEBUG');
    await user.end().finally(() => logs.restore());
    expect(logs.records().map(({ line }) => line).join('\n')).not.toMatch(/pain|hurt|knee/i);
    const again = await user.oneShot('StretchGuideIntent', lowerBack);
    expect(again.text).toMatch(/Stretch 3 of 7: double knee to chest\./);
    expect(again.text).not.toMatch(/Stretch 1 of 7/);
  });

  test('two devices leaving out different stretches at once both keep theirs out', async () => {
    const userId = newId('amzn1.ask.account.user');
    const [kitchen, bedroom] = ['kitchen', 'bedroom'].map((room) => new Conversation(skill, device({ userId, deviceId: newId(`amzn1.ask.device.${room}`) })));
    for (const [user, painfulStep] of [[kitchen!, 1], [bedroom!, 2]] as const) {
      await user.launch();
      await user.say('StretchGuideIntent', lowerBack);
      for (let step = 0; step < painfulStep; step++) await user.say('AMAZON.NextIntent');
      await utter(user, 'ow that really hurts');
      await utter(user, 'skip this one');
    }

    const replies = await Promise.all([kitchen!.say('AMAZON.YesIntent'), bedroom!.say('AMAZON.YesIntent')]);

    expect(replies.map(({ text }) => text)).toEqual([
      expect.stringMatching(/^Done\. I’ll leave the knee to chest out from now on\./),
      expect.stringMatching(/^Done\. I’ll leave the double knee to chest out from now on\./),
    ]);
    expect(new Set((await skill.store!.load(userId))?.preferences.leftOut)).toEqual(new Set(['knee to chest', 'double knee to chest']));
  });

  test('once a stretch is left out, "tell me more", "how many are left" and the screen are about the stretch announced next', async () => {
    const user = new Conversation(skill, device({ userId: newId('amzn1.ask.account.user'), screen: VIEWPORTS.landscapeHub }));
    await user.launch();
    await user.say('StretchGuideIntent', lowerBack);
    await user.say('AMAZON.NextIntent');
    await utter(user, 'ow that really hurts');
    await utter(user, 'skip this one');

    const yes = await user.say('AMAZON.YesIntent');
    const more = await user.say('TellMeMoreIntent');
    const left = await user.say('HowManyLeftIntent');

    const next = ROUTINES['lower-back'].steps[2]!;
    expect(yes.screen?.datasources.step?.stretch).toBe(stepLabel(next));
    expect(more.text).toBe(`${STRETCH.about(next.purpose, next.tip, next.position)} ${STRETCH.handOff(stepLabel(next))}`);
    expect(more.text).not.toContain('knee to chest, right side');
    expect(more.screen?.datasources.step?.stretch).toBe(stepLabel(next));
    expect(left.text).toMatch(/^5 stretches left, about \d+ minutes?: double knee to chest, /);
    expect(left.text).not.toMatch(/knee to chest on the/);
  });

  test('"no" keeps the stretch in and goes on to the next one', async () => {
    const user = await hurtAtTheSecondStretch();
    await utter(user, 'skip this one');
    const reply = await user.say('AMAZON.NoIntent');
    expect(reply.text).toMatch(/^OK, it stays in\. Stretch 3 of 7: double knee to chest\./);
    expect((await stored(user))?.preferences.leftOut).toBeUndefined();
  });
});
