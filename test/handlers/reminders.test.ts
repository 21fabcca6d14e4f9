import { ROUTINES } from '../../lambda/content/routines';
import { REMINDER } from '../../lambda/content/reminders';
import type { DynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import { device, newId, REMINDERS_SCOPE, type Device } from '../../simulator/envelopes';
import type { LocalAlexaApi, RecordedRequest } from '../../simulator/local-alexa-api';
import { Conversation, resolved, type Reply } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';
import { failNextUnreached } from '../support/store-faults';

/**
 * The daily stretch reminder, by voice: consent first, the permission asked by voice, one reminder per user set,
 * moved, read back and cancelled through the Reminders API, served on loopback so that every call's path, token and
 * body can be checked.
 */
let skill: TestSkill;
let alexa: LocalAlexaApi;
beforeAll(async () => {
  skill = await startTestSkill({ alexaApi: true });
  alexa = skill.alexa!;
});
afterAll(() => skill.stop());
afterEach(() => alexa.injectFault('reminders', undefined));

const CHICAGO = 'America/Chicago';

/** A user on an Echo in Chicago, with the reminders permission given (in Alexa and in the requests) or not. */
function user(granted: boolean, clock = '2026-03-10T14:00:00Z'): Conversation {
  const dev: Device = device({
    userId: newId('amzn1.ask.account.user'),
    deviceId: newId('amzn1.ask.device'),
    apiEndpoint: alexa.endpoint,
    apiAccessToken: newId('token'),
    remindersGranted: granted,
  });
  alexa.setTimeZone(dev.deviceId, CHICAGO);
  alexa.setReminderPermission(dev.apiAccessToken!, granted);
  const conversation = new Conversation(skill, dev);
  conversation.clock = new Date(clock);
  return conversation;
}

/** The user lets the skill create reminders, in the Alexa prompt. */
function grant(person: Conversation): void {
  person.device.remindersGranted = true;
  alexa.setReminderPermission(person.device.apiAccessToken!, true);
}

const remindersCalls = (person: Conversation): RecordedRequest[] =>
  alexa.requests.filter(({ path, headers }) => path.startsWith('/v1/alerts/reminders') && headers.authorization === `Bearer ${person.device.apiAccessToken}`);
/** The reminders Alexa holds for the person now. */
const remindersOf = (person: Conversation) => [...alexa.reminders.values()].filter(({ accessToken }) => accessToken === person.device.apiAccessToken);
const stored = async (person: Conversation) => (await skill.store!.load(person.device.userId))?.reminder;
const askFor = (reply: Reply) => reply.envelope.response.directives?.find((directive) => directive.type === 'Connections.SendRequest');

describe('setting the reminder', () => {
  test('asks consent naming the time and that it repeats daily, asks the permission by voice, then creates it', async () => {
    const me = user(false);

    const question = await me.say('SetReminderIntent', { time: '21:00' });
    expect(question.text).toBe(REMINDER.askConsent('9 PM'));
    expect(question.ended).toBe(false);
    expect(remindersCalls(me)).toEqual([]);

    const permission = await me.say('AMAZON.YesIntent');
    expect(askFor(permission)).toEqual({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE },
      token: expect.any(String),
    });
    expect(permission.envelope.response.outputSpeech).toBeUndefined();
    expect(remindersCalls(me)).toEqual([]);

    grant(me);
    const done = await me.answerPermission('ACCEPTED');

    expect(done.text).toContain(REMINDER.set('9 PM'));
    const [create] = remindersCalls(me);
    expect(remindersCalls(me)).toHaveLength(1);
    expect(create).toMatchObject({ method: 'POST', path: '/v1/alerts/reminders', headers: { 'content-type': 'application/json' } });
    expect(create!.body).toEqual({
      requestTime: '2026-03-10T14:00:00.000',
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        timeZoneId: CHICAGO,
        recurrence: { startDateTime: '2026-03-10T21:00:00.000', recurrenceRules: ['FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0;INTERVAL=1'] },
      },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: 'Time for your back stretch. Say: Alexa, open back care coach.' }] } },
      pushNotification: { status: 'ENABLED' },
    });
    const [alertToken] = [...alexa.reminders.values()].filter((r) => r.accessToken === me.device.apiAccessToken).map((r) => r.alertToken);
    expect(await stored(me)).toEqual({ alertToken, time: '21:00' });
  });

  test('with the permission already given, a yes sets it at once, starting tomorrow when the time has passed today', async () => {
    const me = user(true, '2026-03-10T14:00:00Z'); // 9 AM in Chicago

    await me.say('SetReminderIntent', { time: '07:00' });
    const done = await me.say('AMAZON.YesIntent');

    expect(done.text).toContain(REMINDER.set('7 AM'));
    expect(remindersCalls(me)[0]!.body).toMatchObject({ trigger: { recurrence: { startDateTime: '2026-03-11T07:00:00.000' } } });
  });

  test('no reminder is ever created without a yes: no, denied, or not answered leave nothing', async () => {
    const saysNo = user(true);
    await saysNo.say('SetReminderIntent', { time: '07:00' });
    await saysNo.say('AMAZON.NoIntent');

    const denies = user(false);
    await denies.say('SetReminderIntent', { time: '07:00' });
    await denies.say('AMAZON.YesIntent');
    const denied = await denies.answerPermission('DENIED');

    const silent = user(false);
    await silent.say('SetReminderIntent', { time: '07:00' });
    await silent.say('AMAZON.YesIntent');
    const unanswered = await silent.answerPermission('NOT_ANSWERED');

    expect(denied.text).toContain(REMINDER.permissionDenied);
    expect(unanswered.text).toContain(REMINDER.declined);
    for (const person of [saysNo, denies, silent]) {
      expect(remindersCalls(person)).toEqual([]);
      expect(await stored(person)).toBeUndefined();
    }
  });

  test('where Alexa cannot ask by voice, the permission card goes to the Alexa app and the user is told', async () => {
    const me = user(false);
    await me.say('SetReminderIntent', { time: '07:00' });
    await me.say('AMAZON.YesIntent');

    const reply = await me.answerPermission('NOT_ANSWERED', '400');

    expect(reply.text).toContain(REMINDER.permissionCard);
    expect(reply.envelope.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_SCOPE] });
    expect(remindersCalls(me)).toEqual([]);
  });

  test('without an exact time, asks for one', async () => {
    const me = user(true);
    await me.launch();
    const reply = await me.say('SetReminderIntent', { time: 'EV' });
    expect(reply.text).toBe(REMINDER.askTime);
    expect(reply.ended).toBe(false);
  });
});

describe('one reminder per user', () => {
  test('asking again moves it; "when is my reminder" says it; cancelling deletes it', async () => {
    const me = user(true);
    await me.say('SetReminderIntent', { time: '07:00' });
    await me.say('AMAZON.YesIntent');
    const { alertToken } = (await stored(me))!;

    const move = await me.oneShot('SetReminderIntent', { time: '18:30' });
    expect(move.text).toBe(REMINDER.askMove('7 AM', '6:30 PM'));
    const moved = await me.say('AMAZON.YesIntent');
    expect(moved.text).toContain(REMINDER.moved('6:30 PM'));
    expect(remindersCalls(me).at(-1)).toMatchObject({ method: 'PUT', path: `/v1/alerts/reminders/${alertToken}` });
    expect(await stored(me)).toEqual({ alertToken, time: '18:30' });
    expect([...alexa.reminders.values()].filter((r) => r.accessToken === me.device.apiAccessToken)).toHaveLength(1);

    const when = await me.oneShot('ReminderTimeIntent');
    expect(when.text).toBe(REMINDER.when('6:30 PM'));

    const cancelled = await me.oneShot('CancelReminderIntent');
    expect(cancelled.text).toBe(REMINDER.cancelled);
    expect(remindersCalls(me).at(-1)).toMatchObject({ method: 'DELETE', path: `/v1/alerts/reminders/${alertToken}` });
    expect(alexa.reminders.has(alertToken)).toBe(false);
    expect(await stored(me)).toBeUndefined();
    expect((await me.oneShot('ReminderTimeIntent')).text).toBe(REMINDER.none);
    expect((await me.oneShot('CancelReminderIntent')).text).toBe(REMINDER.noneToCancel);
  });

  test('the same time again changes nothing', async () => {
    const me = user(true);
    await me.say('SetReminderIntent', { time: '07:00' });
    await me.say('AMAZON.YesIntent');
    const calls = remindersCalls(me).length;

    const again = await me.oneShot('SetReminderIntent', { time: '07:00' });

    expect(again.text).toBe(REMINDER.sameTime('7 AM'));
    expect(remindersCalls(me)).toHaveLength(calls);
  });

  test('a reminder deleted in the Alexa app is created afresh when moved', async () => {
    const me = user(true);
    await me.say('SetReminderIntent', { time: '07:00' });
    await me.say('AMAZON.YesIntent');
    const { alertToken } = (await stored(me))!;
    (alexa.reminders as Map<string, unknown>).delete(alertToken);

    await me.oneShot('SetReminderIntent', { time: '08:00' });
    await me.say('AMAZON.YesIntent');

    expect(remindersCalls(me).slice(-2).map(({ method }) => method)).toEqual(['PUT', 'POST']);
    expect((await stored(me))?.alertToken).not.toBe(alertToken);
  });

  test('disabling the skill with its data deleted forgets the reminder with the rest', async () => {
    const me = user(true);
    await me.say('SetReminderIntent', { time: '07:00' });
    await me.say('AMAZON.YesIntent');

    await me.disableSkill('NOT_PERSISTED');

    expect(await skill.store!.load(me.device.userId)).toBeUndefined();
  });
});

describe('faults', () => {
  test('a permission taken back (401, 403) asks for it again and claims nothing', async () => {
    for (const status of [401, 403] as const) {
      const me = user(true);
      alexa.injectFault('reminders', status);
      await me.say('SetReminderIntent', { time: '07:00' });

      const reply = await me.say('AMAZON.YesIntent');

      expect(askFor(reply)).toMatchObject({ name: 'AskFor' });
      expect(reply.text).toBe('');
      expect(await stored(me)).toBeUndefined();
    }
  });

  test('a failing or silent Reminders API gets a short apology within the store’s time budget, and nothing is kept', async () => {
    for (const fault of [500, 'hang'] as const) {
      const me = user(true);
      alexa.injectFault('reminders', fault);
      await me.say('SetReminderIntent', { time: '07:00' });

      const started = Date.now();
      const reply = await me.say('AMAZON.YesIntent');

      expect(Date.now() - started).toBeLessThan(2500);
      expect(reply.text).toContain(REMINDER.failed);
      expect(await stored(me)).toBeUndefined();
    }
  });

  test('a cancel refused for the permission (401, 403) asks for it again, cancels once it is allowed, and keeps the reminder when it is not', async () => {
    for (const status of [401, 403] as const) {
      alexa.injectFault('reminders', undefined);
      const allows = user(true);
      const refuses = user(true);
      for (const me of [allows, refuses]) {
        await me.say('SetReminderIntent', { time: '07:00' });
        await me.say('AMAZON.YesIntent');
      }
      alexa.injectFault('reminders', status);

      const asked = await allows.oneShot('CancelReminderIntent');
      alexa.injectFault('reminders', undefined);
      grant(allows);
      const done = await allows.answerPermission('ACCEPTED');

      expect(askFor(asked)).toMatchObject({ name: 'AskFor', payload: { permissionScope: REMINDERS_SCOPE } });
      expect(asked.text).toBe('');
      expect(done.text).toContain(REMINDER.cancelled);
      expect(remindersCalls(allows).at(-1)).toMatchObject({ method: 'DELETE' });
      expect(await stored(allows)).toBeUndefined();

      alexa.injectFault('reminders', status);
      await refuses.oneShot('CancelReminderIntent');
      const denied = await refuses.answerPermission('DENIED');

      expect(denied.text).toContain(REMINDER.cancelPermissionDenied);
      expect((await stored(refuses))?.time).toBe('07:00');
    }
  });

  test('a new reminder whose token cannot be kept is deleted again and not claimed, so asking again still gives one reminder', async () => {
    const me = user(true);
    await me.say('SetReminderIntent', { time: '07:00' });
    const restore = failNextUnreached((skill.store as DynamoDbProgressStore).client, 'UpdateItem');

    const failed = await me.say('AMAZON.YesIntent');
    restore();

    expect(failed.text).toContain(REMINDER.failed);
    expect(remindersCalls(me).map(({ method }) => method)).toEqual(['POST', 'DELETE']);
    expect(remindersOf(me)).toEqual([]);
    expect(await stored(me)).toBeUndefined();

    await me.say('SetReminderIntent', { time: '07:00' });
    await me.say('AMAZON.YesIntent');

    expect(remindersOf(me)).toHaveLength(1);
    expect((await stored(me))?.alertToken).toBe(remindersOf(me)[0]!.alertToken);
  });

  test('a cancel Alexa refuses keeps the reminder and says it was not changed', async () => {
    const me = user(true);
    await me.say('SetReminderIntent', { time: '07:00' });
    await me.say('AMAZON.YesIntent');
    alexa.injectFault('reminders', 500);

    const reply = await me.oneShot('CancelReminderIntent');

    expect(reply.text).toBe(REMINDER.failed);
    expect((await stored(me))?.time).toBe('07:00');
  });
});

describe('the offer after a finished routine', () => {
  test('the first finished routine offers a reminder every day at this time, and a yes sets it', async () => {
    const me = user(true, '2026-03-10T23:33:00Z'); // 6:33 PM in Chicago: "this time" is 6:35 PM
    await me.launch();
    let reply = await me.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });
    for (let step = 1; step < ROUTINES.quick.steps.length; step++) reply = await me.say('AMAZON.NextIntent');

    expect(reply.text).toContain(REMINDER.offerAfterRoutine('6:35 PM'));
    const done = await me.say('AMAZON.YesIntent');

    expect(done.text).toContain(REMINDER.set('6:35 PM'));
    expect(await stored(me)).toMatchObject({ time: '18:35' });
  });
});

describe('during a routine', () => {
  test('a reminder waits for the routine to end, so yes and no still move the stretch on; asking when it is works', async () => {
    const me = user(true);
    await me.launch();
    await me.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });

    const set = await me.say('SetReminderIntent', { time: '07:00' });
    const when = await me.say('ReminderTimeIntent');

    expect(set.text).toContain(REMINDER.afterRoutine);
    expect(when.text).toContain(REMINDER.none);
    expect(set.attributes.offer).toBeUndefined();
    expect(remindersCalls(me)).toEqual([]);
  });
});
