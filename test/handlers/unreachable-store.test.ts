import { createServer, type AddressInfo } from 'node:net';
import { ANSWERS } from '../../lambda/content/answers';
import { GOODBYE, PREFERENCES, PROGRESS, STRETCH, WALK } from '../../lambda/content/prompts';
import { ROUTINES } from '../../lambda/content/routines';
import { TIPS } from '../../lambda/content/tips';
import { createDynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import { Conversation, resolved } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';
import { heardHold, stepTitle } from '../fixtures/stretch';

/** A loopback port nothing listens on: it was free a moment ago, and is closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let skill: TestSkill;
beforeAll(async () => {
  const endpoint = `http://127.0.0.1:${await closedPort()}`;
  skill = await startTestSkill({ store: createDynamoDbProgressStore({ tableName: 'BackCareCoachProgress', endpoint }) });
});
afterAll(() => skill.stop());

describe('when the progress store cannot be reached', () => {
  test('questions are still answered', async () => {
    const oneShot = await new Conversation(skill).say('WalkingIntent');
    const user = new Conversation(skill);
    await user.launch();
    const inSession = await user.say('ChiropractorIntent');

    expect(oneShot.text).toBe(ANSWERS.walking.text);
    expect(inSession.text).toContain(ANSWERS.chiropractor.text);
  });

  test('the launch still welcomes the user without claiming any progress', async () => {
    const reply = await new Conversation(skill).launch();

    expect(reply.text).toMatch(/^Welcome to Back Care Coach\. You can say guide me through a stretch/);
    expect(reply.text).not.toMatch(/Welcome back|streak|Last time|today’s tip/);
    expect(reply.ended).toBe(false);
  });

  test('a whole routine is still guided, and the end says the session could not be saved', async () => {
    const user = new Conversation(skill);
    await user.launch();
    const routine = ROUTINES.quick;

    const replies = [await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') })];
    for (let step = 1; step < routine.steps.length; step++) replies.push(await user.say('AMAZON.NextIntent'));

    replies.forEach((reply, index) => {
      expect(reply.text).toContain(stepTitle(routine, index));
      const hold = heardHold(reply.ssml, routine.steps[index]!);
      expect(Math.abs(hold.seconds - hold.stated)).toBeLessThanOrEqual(2);
      expect(reply.ended).toBe(false);
    });
    const last = replies.at(-1)!;
    expect(last.text).toContain(STRETCH.finished(routine.name));
    expect(last.text).toContain(STRETCH.finishedUnsaved);
    expect(last.text).not.toMatch(/session(s)? this week/);
  });

  test('a walk is not claimed as logged: the user hears it couldn’t be saved', async () => {
    const user = new Conversation(skill);
    await user.launch();

    const reply = await user.say('LogWalkIntent', { duration: 'PT20M' });

    expect(reply.text).toBe(`${WALK.notSaved(20)} What else can I help with?`);
    expect(reply.text).not.toMatch(/logged/);
  });

  test('stopping mid-routine says how far the user got, without promising a resume that was not saved', async () => {
    const user = new Conversation(skill);
    await user.launch();
    await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });

    const stop = await user.say('AMAZON.StopIntent');

    expect(stop.text).toBe(GOODBYE.duringStretch(1, ROUTINES.quick.steps.length, ROUTINES.quick.name, false));
    expect(stop.text).not.toMatch(/resume/);
  });

  test('pause says how to resume in this session only, since the place could not be saved for later', async () => {
    const user = new Conversation(skill);
    await user.launch();
    await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });

    const paused = await user.say('AMAZON.PauseIntent');

    expect(paused.text).toBe(STRETCH.paused('double knee to chest', false));
    expect(paused.text).not.toMatch(/ask back care coach/);
  });

  test('“how am I doing” says progress can’t be reached rather than that there is none', async () => {
    const reply = await new Conversation(skill).say('ProgressIntent');

    expect(reply.text).toBe(PROGRESS.unavailable);
  });

  test('a hold preference works for this session and says it couldn’t be kept', async () => {
    const user = new Conversation(skill);
    await user.launch();

    const set = await user.say('SetHoldTimeIntent', { seconds: '30' });
    const start = await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });

    expect(set.text).toContain(`${PREFERENCES.holdSet(30)} ${PREFERENCES.notSaved}`);
    expect(heardHold(start.ssml, ROUTINES.quick.steps[0]!).stated).toBe(30);
  });

  test('a tip is still given', async () => {
    const reply = await new Conversation(skill).say('TipIntent');

    expect(reply.text).toBe(`Here’s a back care tip. ${TIPS[0]!.text}`);
  });

  test('disabling the skill gets an empty response rather than a crash', async () => {
    const response = await new Conversation(skill).disableSkill('NOT_PERSISTED');

    expect(response.response.outputSpeech).toBeUndefined();
  });
});
