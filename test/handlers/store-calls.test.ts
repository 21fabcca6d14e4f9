import { ROUTINES } from '../../lambda/content/routines';
import { Conversation, resolved } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.stop());

/** The DynamoDB commands one turn sends. */
async function callsOf(turn: () => Promise<unknown>): Promise<Record<string, number>> {
  skill.commands!.reset();
  await turn();
  return skill.commands!.sentByOperation();
}

const quick = { routine: resolved('quick', 'quick') };
const lowerBack = { routine: resolved('lower back', 'lower-back') };

describe('reads and writes', () => {
  test('a launch is one read and one write', async () => {
    const user = new Conversation(skill);
    expect(await callsOf(() => user.launch())).toEqual({ GetItem: 1, UpdateItem: 1 });
    await user.end();
    expect(await callsOf(() => user.launch())).toEqual({ GetItem: 1, UpdateItem: 1 });
  });

  test('a question, one-shot or in a launched session, reads and writes nothing', async () => {
    const user = new Conversation(skill);
    expect(await callsOf(() => user.say('WalkingIntent'))).toEqual({});
    await user.launch();
    expect(await callsOf(() => user.say('TightBackIntent'))).toEqual({});
  });

  test('a whole routine in a launched session reads nothing more and writes once a step', async () => {
    const user = new Conversation(skill);
    await user.launch();
    const steps = ROUTINES['lower-back'].steps.length;

    const start = await callsOf(() => user.say('StretchGuideIntent', lowerBack));
    const moves: Record<string, number>[] = [];
    for (let step = 1; step < steps; step++) moves.push(await callsOf(() => user.say('AMAZON.NextIntent')));

    expect(start).toEqual({ UpdateItem: 1 });
    expect(moves).toEqual(Array.from({ length: steps - 1 }, () => ({ UpdateItem: 1 })));
  });

  test('a routine started one-shot reads once for the whole session', async () => {
    const user = new Conversation(skill);
    skill.commands!.reset();

    await user.say('StretchGuideIntent', quick);
    for (let step = 1; step < ROUTINES.quick.steps.length; step++) await user.say('AMAZON.NextIntent');

    expect(skill.commands!.sent('GetItem')).toBe(1);
    expect(skill.commands!.sent('UpdateItem')).toBe(ROUTINES.quick.steps.length);
  });

  test.each([
    ['repeat', 'AMAZON.RepeatIntent'],
    ['pause', 'AMAZON.PauseIntent'],
    ['resume', 'AMAZON.ResumeIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['fallback', 'AMAZON.FallbackIntent'],
    ['how many are left', 'HowManyLeftIntent'],
    ['tell me more', 'TellMeMoreIntent'],
    ['a question', 'WalkingIntent'],
    ['no', 'AMAZON.NoIntent'],
    ['stop', 'AMAZON.StopIntent'],
  ])('%s during a stretch reads and writes nothing', async (_name, intent) => {
    const user = new Conversation(skill);
    await user.launch();
    await user.say('StretchGuideIntent', quick);
    await user.say('AMAZON.NextIntent');

    expect(await callsOf(() => user.say(intent))).toEqual({});
  });

  test.each([
    ['logging a walk', 'LogWalkIntent', { duration: 'PT20M' }],
    ['setting the hold', 'SetHoldTimeIntent', { seconds: '40' }],
    ['setting the pace', 'SetPaceIntent', { pace: resolved('slowly', 'slow') }],
    ['asking for a tip', 'TipIntent', {}],
  ])('%s in a launched session is exactly one write', async (_name, intent, slots) => {
    const user = new Conversation(skill);
    await user.launch();

    expect(await callsOf(() => user.say(intent, slots))).toEqual({ UpdateItem: 1 });
  });

  test.each([
    ['help', 'AMAZON.HelpIntent'],
    ['fallback', 'AMAZON.FallbackIntent'],
    ['the routines', 'ListRoutinesIntent'],
    ['how am I doing', 'ProgressIntent'],
    ['a hold out of range', 'SetHoldTimeIntent'],
  ])('%s in a launched session reads and writes nothing', async (_name, intent) => {
    const user = new Conversation(skill);
    await user.launch();

    expect(await callsOf(() => user.say(intent, intent === 'SetHoldTimeIntent' ? { seconds: '90' } : {}))).toEqual({});
  });

  test('finishing a routine records it in one write', async () => {
    const user = new Conversation(skill);
    await user.launch();
    await user.say('StretchGuideIntent', quick);
    for (let step = 1; step < ROUTINES.quick.steps.length - 1; step++) await user.say('AMAZON.NextIntent');

    expect(await callsOf(() => user.say('AMAZON.NextIntent'))).toEqual({ UpdateItem: 1 });
    expect((await skill.store!.load(user.device.userId))?.sessionsCompleted).toEqual({ quick: 1 });
  });

  test('picking up where the user left off reads nothing and writes nothing until they move on', async () => {
    const user = new Conversation(skill);
    await user.launch();
    await user.say('StretchGuideIntent', quick);
    await user.say('AMAZON.NextIntent');
    await user.say('AMAZON.StopIntent');

    const later = new Conversation(skill, user.device);
    expect(await callsOf(() => later.launch())).toEqual({ GetItem: 1, UpdateItem: 1 });
    expect(await callsOf(() => later.say('AMAZON.YesIntent'))).toEqual({});
    expect(await callsOf(() => later.say('AMAZON.NextIntent'))).toEqual({ UpdateItem: 1 });
  });
});
