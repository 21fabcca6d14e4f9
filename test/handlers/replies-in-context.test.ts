import { stepLabel, STRETCH, WELCOME } from '../../lambda/content/prompts';
import { ROUTINES } from '../../lambda/content/routines';
import { loadInteractionModel } from '../../simulator/interaction-model';
import { Nlu } from '../../simulator/nlu';
import { Conversation, resolved, type Reply } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';
import { INTERACTION_MODEL_PATH } from '../model/skill-package';

/** Replies understood from what the skill just asked and where the user is, said in words that are not samples. */

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.stop());

const nlu = new Nlu(loadInteractionModel(INTERACTION_MODEL_PATH));
const utter = (user: Conversation, words: string): Promise<Reply> => {
  const { intent, slots } = nlu.understand(words);
  return user.say(intent, slots);
};
const stored = (user: Conversation) => skill.store!.load(user.device.userId);
const lowerBack = { routine: resolved(ROUTINES['lower-back'].name, 'lower-back') };

/** A user who stopped the lower back routine at its third stretch, back with the offer to pick it up. */
async function offeredToPickUp(): Promise<{ user: Conversation; offer: Reply }> {
  const user = new Conversation(skill);
  await user.launch();
  await user.say('StretchGuideIntent', lowerBack);
  await user.say('AMAZON.NextIntent');
  await user.say('AMAZON.NextIntent');
  await user.say('AMAZON.StopIntent');
  const offer = await user.launch();
  expect(offer.text).toMatch(/Last time you stopped at the double knee to chest in the lower back routine\. Pick up where you left off\?$/);
  return { user, offer };
}

describe('while a saved routine is on offer, navigation acts on it', () => {
  test('"how many are left" counts from the saved stretch, names each one with its side, gives the minutes, and asks again', async () => {
    const { user } = await offeredToPickUp();

    const left = await utter(user, 'how many have I still got to do');
    const yes = await user.say('AMAZON.YesIntent');

    expect(left.text).toBe(
      '5 stretches left, about 4 minutes: double knee to chest, lower back rotation on the left, lower back rotation on ' +
        `the right, cat and cow, and child's pose. ${WELCOME.resumeReprompt}`,
    );
    expect(left.ended).toBe(false);
    expect(yes.text).toMatch(/Stretch 3 of 7: double knee to chest\./);
  });

  test('"go back" goes to the stretch before the saved one', async () => {
    const { user } = await offeredToPickUp();

    const reply = await utter(user, 'go back one');

    expect(reply.text).toMatch(/^(You can say .*? at any time\. )?Stretch 2 of 7: knee to chest, right side\./);
  });

  test('"start over" starts the saved routine from the top', async () => {
    const { user } = await offeredToPickUp();

    const reply = await user.say('AMAZON.StartOverIntent');

    expect(reply.text).toMatch(/^Starting over from the top\. .*Stretch 1 of 7: knee to chest, left side\./);
  });

  test('"next" picks it up', async () => {
    const { user } = await offeredToPickUp();

    const reply = await user.say('AMAZON.NextIntent');

    expect(reply.text).toMatch(/^(You can say Alexa, next, or Alexa, pause, at any time\. )?Stretch 3 of 7: double knee to chest\./);
  });

  test('"what is it for" explains the saved stretch and keeps the offer', async () => {
    const { user } = await offeredToPickUp();
    const step = ROUTINES['lower-back'].steps[2]!;

    const more = await utter(user, 'what is that one for');
    const yes = await user.say('AMAZON.YesIntent');

    expect(more.text).toBe(`${step.purpose} ${step.tip} ${step.position} ${WELCOME.resumeReprompt}`);
    expect(more.ssml).not.toMatch(/<break/);
    expect(yes.text).toMatch(/Stretch 3 of 7: double knee to chest\./);
  });

  test('"no" keeps the place: resume works later in the session, and the next launch offers it again', async () => {
    const { user } = await offeredToPickUp();

    const no = await user.say('AMAZON.NoIntent');
    const tip = await user.say('TipIntent');
    const resumed = await utter(user, 'carry on with my stretches');

    expect(no.text).toMatch(new RegExp(`^${WELCOME.resumeKept}`));
    expect(tip.ended).toBe(false);
    expect(resumed.text).toMatch(/^Picking up where you left off\. (You can say .*? at any time\. )?Stretch 3 of 7: double knee to chest\./);
  });

  test('after "no", "how many are left" and "next" say where the routine is saved and how to pick it up', async () => {
    const { user } = await offeredToPickUp();
    await user.say('AMAZON.NoIntent');

    for (const intent of ['HowManyLeftIntent', 'AMAZON.NextIntent']) {
      const reply = await user.say(intent);
      expect(reply.text).toBe(STRETCH.notInRoutineSaved('double knee to chest', 'lower back'));
    }
  });
});

describe('inside a routine', () => {
  test.each(["what's this one good for", 'what does this stretch help with', 'can you tell me a bit more about it'])(
    '"%s" explains the stretch and one tip, with no hold and without moving on; next then goes on',
    async (words) => {
      const user = new Conversation(skill);
      await user.launch();
      await user.say('StretchGuideIntent', lowerBack);
      const step = ROUTINES['lower-back'].steps[0]!;

      const more = await utter(user, words);
      const next = await user.say('AMAZON.NextIntent');

      expect(more.text).toMatch(new RegExp(`^${step.purpose} ${step.tip}`));
      expect(more.text).not.toMatch(/Hold for/);
      expect(more.ssml).not.toMatch(/<break/);
      expect(more.attributes.stretch).toEqual({ routineId: 'lower-back', step: 0 });
      expect(next.text).toMatch(/Stretch 2 of 7: knee to chest, right side\./);
    },
  );

  test('"how many are left" names as many stretches as it counts, each side its own', async () => {
    const user = new Conversation(skill);
    await user.say('StretchGuideIntent', lowerBack);

    const reply = await utter(user, 'how many more have we got');

    const [, count, names] = /^(\d+) stretches left after this one, about \d+ minutes: (.*)\.$/.exec(reply.text) ?? [];
    expect(Number(count)).toBe(6);
    expect(names!.replace(', and ', ', ').split(', ')).toHaveLength(6);
  });

  test('a stretch left out is neither counted nor named', async () => {
    const user = new Conversation(skill);
    await user.say('StretchGuideIntent', lowerBack);
    await user.say('PainIntent');
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.YesIntent');

    const reply = await user.say('HowManyLeftIntent');

    expect(reply.text).toMatch(/^5 stretches left, about \d+ minutes: double knee to chest, /);
    expect(reply.text).not.toMatch(/knee to chest on the right/);
  });
});

describe('no sentence says the same name twice', () => {
  const names = [...new Set(Object.values(ROUTINES).flatMap((routine) => routine.steps.map((step) => stepLabel(step))))];
  const sentences = (text: string) => text.split(/(?<=[.?!])\s+/);

  test('through a routine, a stop, a resume, a question and the end', async () => {
    const user = new Conversation(skill);
    const replies: Reply[] = [await user.launch()];
    replies.push(await user.say('StretchGuideIntent', lowerBack));
    replies.push(await user.say('AMAZON.NextIntent'));
    replies.push(await user.say('HowManyLeftIntent'));
    replies.push(await user.say('TellMeMoreIntent'));
    replies.push(await user.say('AMAZON.PauseIntent'));
    replies.push(await user.say('AMAZON.StopIntent'));
    replies.push(await user.launch());
    replies.push(await user.say('AMAZON.ResumeIntent'));
    for (let step = 2; step < 7; step++) replies.push(await user.say('AMAZON.NextIntent'));

    for (const reply of replies) {
      for (const sentence of sentences(reply.text)) {
        for (const name of names) expect({ sentence, times: sentence.split(name).length - 1 }).not.toMatchObject({ times: 2 });
      }
    }
    const resumed = replies[8]!;
    expect(resumed.text).toMatch(new RegExp(`^${STRETCH.resumeFrom} (You can say .*? at any time\\. )?Stretch 2 of 7: knee to chest, right side\\.`));
    expect((await stored(user))?.unfinished).toBeUndefined();
  });
});
