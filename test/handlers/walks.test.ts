import path from 'node:path';
import type { Directive, dialog, RequestEnvelope } from 'ask-sdk-model';
import { PREFERENCES, WALK } from '../../lambda/content/prompts';
import { Conversation as Device } from '../../simulator/conversation';
import { intentRequest, newId, resolvedSlot } from '../../simulator/envelopes';
import { EN_US_MODEL_PATH, loadInteractionModel } from '../../simulator/interaction-model';
import { Nlu } from '../../simulator/nlu';
import { Conversation } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.stop());

const stored = (user: Conversation) => skill.store!.load(user.device.userId);
const yesterday = resolvedSlot('yesterday', 'yesterday');

/** A new session on the user's device at 09:00 UTC on `date`. */
function sessionOn(user: Conversation, date: string): Conversation {
  const session = new Conversation(skill, user.device);
  session.clock = new Date(`${date}T09:00:00Z`);
  return session;
}

const elicitSlot = (directives: Directive[] | undefined) =>
  directives?.find((directive): directive is dialog.ElicitSlotDirective => directive.type === 'Dialog.ElicitSlot');

describe('“how long did you walk?”', () => {
  test('is asked with Dialog.ElicitSlot on the walk’s minutes, keeping the day already given', async () => {
    const user = new Conversation(skill);
    await user.launch();

    const question = await user.say('LogWalkIntent', { when: yesterday });

    expect(question.text).toBe(WALK.askDuration);
    expect(question.ended).toBe(false);
    const directive = elicitSlot(question.envelope.response.directives);
    expect(directive?.slotToElicit).toBe('minutes');
    expect(directive?.updatedIntent?.name).toBe('LogWalkIntent');
    expect(directive?.updatedIntent?.slots?.when).toMatchObject({ value: 'yesterday' });
  });

  test('keeps the day by its id, never in the words the user said', async () => {
    const user = new Conversation(skill);
    await user.launch();

    const question = await user.say('LogWalkIntent', { when: resolvedSlot('yesterday <audio src="x"/> evening', 'yesterday') });

    expect(elicitSlot(question.envelope.response.directives)?.updatedIntent?.slots?.when?.value).toBe('yesterday');
    expect(JSON.stringify(question.envelope.response)).not.toContain('audio');
  });

  /** The real skill on dynalite, heard through the simulator's NLU from the interaction model file. */
  function talkingDevice(): { lines: (said: string) => Promise<string>; userId: string } {
    const nlu = new Nlu(loadInteractionModel(path.join(__dirname, '..', '..', EN_US_MODEL_PATH)));
    const userId = newId('amzn1.ask.account.user');
    const device = new Device({
      skill: (request) => skill.invoke(request),
      nlu,
      invocationName: 'back care coach',
      device: { userId, deviceId: newId('amzn1.ask.device'), skillId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000' },
    });
    return { lines: async (said) => (await device.say(said)).join('\n'), userId };
  }

  test.each([
    ['fifteen', 15],
    ['45', 45],
    ['around twenty', 20],
    ['about 30 minutes', 30],
    ['half an hour', 30],
    ['two miles', 40],
  ])('answered “%s”, logs a walk of %i minutes and leaves the hold length alone', async (answer, minutes) => {
    const { lines, userId } = talkingDevice();
    await lines('open back care coach');
    await lines('log a walk');

    const said = await lines(answer);

    expect(said).toMatch(/Nice work\. I’ve logged your/);
    const progress = await skill.store!.load(userId);
    expect(progress).toMatchObject({ walksLogged: 1, walkMinutes: minutes });
    expect(progress?.preferences).toEqual({});
    expect(said).not.toContain(PREFERENCES.holdSet(minutes));
  });

  test('a reply that is not an answer is handled as what it is, and nothing is logged', async () => {
    const { lines, userId } = talkingDevice();
    await lines('open back care coach');
    await lines('log a walk');

    const said = await lines('what helps a tight back');
    const later = await lines('fifteen');

    expect(said).toMatch(/tight back often eases/);
    expect(later).not.toMatch(/logged/);
    expect((await skill.store!.load(userId))?.walksLogged ?? 0).toBe(0);
  });

  test('“no” to a long walk, then a bare number, logs that number of minutes', async () => {
    const { lines, userId } = talkingDevice();
    await lines('open back care coach');
    await lines('I walked for ten hours');

    const no = await lines('no');
    const said = await lines('ninety');

    expect(no).toContain(WALK.notLogged);
    expect(said).toMatch(/your walk of 1 hour and 30 minutes/);
    expect(await skill.store!.load(userId)).toMatchObject({ walksLogged: 1, walkMinutes: 90 });
  });

  test('the day given first stays with the walk when the length comes as a bare number', async () => {
    const { lines, userId } = talkingDevice();
    await lines('open back care coach');
    await lines('I went for a walk yesterday');

    const said = await lines('twenty five');

    expect(said).toMatch(/your 25 minute walk from yesterday/);
    expect((await skill.store!.load(userId))?.lastWalk?.minutes).toBe(25);
  });
});

describe('walks as people say them', () => {
  test.each([
    ['three miles', '3-miles', 60, 'your 3 mile walk, about 1 hour at an easy pace'],
    ['a 10k', '10-kilometres', 125, 'your 10 kilometre walk, about 2 hours and 5 minutes at an easy pace'],
    ['a kilometre', '1-kilometres', 15, 'your 1 kilometre walk, about 15 minutes at an easy pace'],
    ['two and a half miles', '2.5-miles', 50, 'your 2 and a half mile walk, about 50 minutes at an easy pace'],
  ])('a distance, “%s”, is logged as the time it takes at an easy pace, said back', async (words, id, minutes, phrase) => {
    const user = new Conversation(skill);
    await user.launch();

    const reply = await user.say('LogWalkIntent', { distance: resolvedSlot(words, id) });

    expect(reply.text).toContain(`Nice work. I’ve logged ${phrase}.`);
    expect(await stored(user)).toMatchObject({ walksLogged: 1, walkMinutes: minutes });
  });

  test('a distance Alexa heard but could not resolve is still read from its words', async () => {
    const user = new Conversation(skill);

    const reply = await user.say('LogWalkIntent', { distance: '4.5 miles' });

    expect(reply.text).toContain('your 4 and a half mile walk, about 1 hour and 30 minutes at an easy pace');
    expect((await stored(user))?.walkMinutes).toBe(90);
  });

  test('a walk yesterday is logged on yesterday: it extends yesterday’s streak, never today’s', async () => {
    const user = new Conversation(skill);
    await sessionOn(user, '2026-03-02').say('LogWalkIntent', { duration: 'PT20M' });

    const reply = await sessionOn(user, '2026-03-04').say('LogWalkIntent', { duration: 'PT45M', when: yesterday });

    expect(reply.text).toContain('I’ve logged your 45 minute walk from yesterday.');
    expect((await stored(user))?.streak).toEqual({ current: 2, best: 2, lastActiveDay: '2026-03-03' });
    expect((await stored(user))?.lastWalk).toMatchObject({ minutes: 45, day: '2026-03-03' });
  });

  test('a walk yesterday after one today makes the streak a day longer, and never shorter', async () => {
    const user = new Conversation(skill);
    await sessionOn(user, '2026-03-04').say('LogWalkIntent', { duration: 'PT20M' });

    await sessionOn(user, '2026-03-04').say('LogWalkIntent', { duration: 'PT20M', when: yesterday });
    await sessionOn(user, '2026-03-04').say('LogWalkIntent', { duration: 'PT20M', when: resolvedSlot('the day before yesterday', 'day-before-yesterday') });
    const summary = await sessionOn(user, '2026-03-04').say('ProgressIntent');

    expect((await stored(user))?.streak).toEqual({ current: 3, best: 3, lastActiveDay: '2026-03-04' });
    expect(summary.text).toContain('You’re on a 3 day streak');
  });

  test('a day the skill cannot place is asked about, not counted today', async () => {
    const user = new Conversation(skill);
    await user.launch();

    const reply = await user.say('LogWalkIntent', { duration: 'PT30M', when: 'last tuesday' });

    expect(reply.text).toBe(WALK.onlyRecentDays);
    expect(reply.ended).toBe(false);
    expect((await stored(user))?.walksLogged).toBe(0);
  });

  test('a walk over four hours is logged only after a yes', async () => {
    const user = new Conversation(skill);
    await user.launch();

    const question = await user.say('LogWalkIntent', { duration: 'PT10H' });
    const before = await stored(user);
    const yes = await user.say('AMAZON.YesIntent');

    expect(question.text).toBe('That’s a long walk: 10 hours. Shall I log it?');
    expect(question.reprompt).toBe('Shall I log a walk of 10 hours? Say yes or no.');
    expect(before?.walksLogged).toBe(0);
    expect(yes.text).toMatch(/^Nice work\. I’ve logged your walk of 10 hours\. That’s 10 hours of walking in all\./);
    expect(await stored(user)).toMatchObject({ walksLogged: 1, walkMinutes: 600 });
  });

  test('no to a walk over four hours logs nothing and asks again how long it was, keeping its day', async () => {
    const user = sessionOn(new Conversation(skill), '2026-03-04');
    await user.launch();

    await user.say('LogWalkIntent', { duration: 'PT5H', when: yesterday });
    const no = await user.say('AMAZON.NoIntent');
    const before = await stored(user);
    const kept = elicitSlot(no.envelope.response.directives)?.updatedIntent?.slots?.when?.value;
    const answer = await user.say('LogWalkIntent', { minutes: '50', when: kept });

    expect(no.text).toBe(WALK.notLogged);
    expect(no.ended).toBe(false);
    expect(elicitSlot(no.envelope.response.directives)?.slotToElicit).toBe('minutes');
    expect(before?.walksLogged).toBe(0);
    expect(answer.text).toMatch(/^Nice work\. I’ve logged your 50 minute walk from yesterday\./);
    expect((await stored(user))?.lastWalk).toMatchObject({ minutes: 50, day: '2026-03-03' });
  });

  test('four hours exactly is logged without a question', async () => {
    const user = new Conversation(skill);

    const fourHours = await user.say('LogWalkIntent', { duration: 'PT4H' });

    expect(fourHours.text).toMatch(/logged your walk of 4 hours/);
    expect(await stored(user)).toMatchObject({ walksLogged: 1, walkMinutes: 240 });
  });
});

describe('undoing a walk', () => {
  test('“undo that” takes the last walk off once; a second undo takes nothing more', async () => {
    const user = new Conversation(skill);
    await user.launch();
    await user.say('LogWalkIntent', { duration: 'PT20M' });
    await user.say('LogWalkIntent', { duration: 'PT45M' });

    const undone = await user.say('UndoWalkIntent');
    const again = await user.say('UndoWalkIntent');

    expect(undone.text).toMatch(/^OK, I’ve taken off your 45 minute walk\. That’s 20 minutes of walking in all\./);
    expect(again.text).toMatch(new RegExp(`^${WALK.nothingToUndo}`));
    expect(await stored(user)).toMatchObject({ walksLogged: 1, walkMinutes: 20 });
    expect((await stored(user))?.lastWalk).toBeUndefined();
  });

  test('a retried undo (same request id, same session) gets the same answer and takes nothing more', async () => {
    const user = new Conversation(skill);
    await user.launch();
    await user.say('LogWalkIntent', { duration: 'PT20M' });
    const logged = await user.say('LogWalkIntent', { duration: 'PT30M' });
    const session = { sessionId: newId('amzn1.echo-api.session'), new: false, attributes: logged.attributes };
    const request: RequestEnvelope = intentRequest(user.device, session, 'UndoWalkIntent');

    const first = await skill.invoke(request);
    const retry = await skill.invoke(structuredClone(request));

    expect(retry.response.outputSpeech).toEqual(first.response.outputSpeech);
    expect(await stored(user)).toMatchObject({ walksLogged: 1, walkMinutes: 20 });
  });

  test('a walk taken back right away takes its day off the streak too', async () => {
    const user = new Conversation(skill);
    await sessionOn(user, '2026-03-02').say('LogWalkIntent', { duration: 'PT20M' });
    const session = sessionOn(user, '2026-03-04');
    await session.launch();
    await session.say('LogWalkIntent', { duration: 'PT45M', when: yesterday });

    await session.say('UndoWalkIntent');
    const summary = await session.say('ProgressIntent');

    expect((await stored(user))?.streak).toEqual({ current: 1, best: 1, lastActiveDay: '2026-03-02' });
    expect(summary.text).toContain('Your best streak is 1 day. A stretch or a walk today starts a new one.');
  });

  test('after something else was written, taking a walk back never shortens the streak', async () => {
    const user = sessionOn(new Conversation(skill), '2026-03-04');
    await user.launch();
    await user.say('LogWalkIntent', { duration: 'PT20M' });
    await user.say('TipIntent');

    await user.say('UndoWalkIntent');

    expect(await stored(user)).toMatchObject({ walksLogged: 0, streak: { current: 1, best: 1, lastActiveDay: '2026-03-04' } });
  });

  test('the last walk of an earlier session can be taken back, named by its day', async () => {
    const user = new Conversation(skill);
    await sessionOn(user, '2026-03-02').say('LogWalkIntent', { duration: 'PT25M' });

    const reply = await sessionOn(user, '2026-03-03').say('UndoWalkIntent');

    expect(reply.text).toBe('OK, I’ve taken off your 25 minute walk from yesterday. That’s 0 minutes of walking in all.');
    expect(await stored(user)).toMatchObject({ walksLogged: 0, walkMinutes: 0 });
  });

  test('with nothing logged, there is nothing to take back and nothing is written', async () => {
    const user = new Conversation(skill);
    skill.commands!.reset();

    const reply = await user.say('UndoWalkIntent');

    expect(reply.text).toBe(WALK.nothingToUndo);
    expect(skill.commands!.sentByOperation()).toEqual({ GetItem: 1 });
  });
});
