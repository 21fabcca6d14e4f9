import { WELCOME } from '../../lambda/content/prompts';
import { TIPS } from '../../lambda/content/tips';
import { hashUserId } from '../../lambda/log';
import { device, newId, type Device } from '../../simulator/envelopes';
import type { LocalAlexaApi } from '../../simulator/local-alexa-api';
import { Conversation, type Reply } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';

/**
 * The device's time zone comes from Alexa's Settings API, through the SDK's service client and our own ApiClient,
 * and is kept with the user's progress: a returning user's launch asks Alexa nothing.
 */
let skill: TestSkill;
let alexa: LocalAlexaApi;
beforeAll(async () => {
  skill = await startTestSkill({ alexaApi: true });
  alexa = skill.alexa!;
});
afterAll(() => skill.stop());
afterEach(() => alexa.injectFault('settings', undefined));

const TOKEN = 'device-time-zone-test-token';

function echo(userId = newId('amzn1.ask.account.user'), zone = 'America/Chicago'): Device {
  const dev = device({ userId, deviceId: newId('amzn1.ask.device'), apiEndpoint: alexa.endpoint, apiAccessToken: TOKEN });
  alexa.setTimeZone(dev.deviceId, zone);
  return dev;
}

/** A session of `dev` at `iso`. */
function at(dev: Device, iso: string): Conversation {
  const session = new Conversation(skill, dev);
  session.clock = new Date(iso);
  return session;
}

const settingsCalls = () => alexa.requests.filter(({ path }) => path.startsWith('/v2/devices/')).length;

async function measured<T>(turn: () => Promise<T>): Promise<{ result: T; settings: number; dynamodb: Record<string, number> }> {
  const before = settingsCalls();
  skill.commands!.reset();
  const result = await turn();
  return { result, settings: settingsCalls() - before, dynamodb: skill.commands!.sentByOperation() };
}

test('a first launch asks the Settings API for the device’s zone, with the request’s token, and keeps it in its one write', async () => {
  const dev = echo();
  const before = alexa.requests.length;

  const { dynamodb } = await measured(() => at(dev, '2026-03-10T15:00:00Z').launch());

  expect(alexa.requests.slice(before)).toEqual([
    expect.objectContaining({
      method: 'GET',
      path: `/v2/devices/${dev.deviceId}/settings/System.timeZone`,
      headers: expect.objectContaining({ authorization: `Bearer ${TOKEN}` }),
      body: undefined,
    }),
  ]);
  expect(dynamodb).toEqual({ GetItem: 1, UpdateItem: 1 });
  expect((await skill.store!.load(dev.userId))?.timeZone).toEqual({
    zone: 'America/Chicago',
    device: hashUserId(dev.deviceId),
    checkedAt: '2026-03-10T15:00:00.000Z',
    offsetMinutes: -300,
    validUntil: '2026-03-17T15:00:00.000Z',
  });
});

test('a returning user’s launch makes no Settings call and one DynamoDB read, and counts the day in the kept zone', async () => {
  const dev = echo();
  await at(dev, '2026-03-10T15:00:00Z').launch();

  // 03:00 UTC on the 12th is still the 11th in Chicago: the day's tip is the second one, not a third.
  const { result, settings, dynamodb } = await measured(() => at(dev, '2026-03-12T03:00:00Z').launch());

  expect(settings).toBe(0);
  expect(dynamodb).toEqual({ GetItem: 1, UpdateItem: 1 });
  expect(result.text).toContain(WELCOME.returning);
  expect((await skill.store!.load(dev.userId))?.lastTipDay).toBe('2026-03-11');
});

test('a returning user’s launch counts the day from the kept offset, creating no time-zone formatter (no ICU load)', async () => {
  const dev = echo();
  await at(dev, '2026-03-10T15:00:00Z').launch();
  const formatters = jest.spyOn(Intl, 'DateTimeFormat');

  const reply = await at(dev, '2026-03-12T03:00:00Z').launch();
  const withZone = formatters.mock.calls.filter(([, options]) => options?.timeZone !== undefined);
  formatters.mockRestore();

  expect(reply.text).toContain(WELCOME.returning);
  expect(withZone).toEqual([]);
});

test('another device of the user asks for its own zone but keeps the user’s one calendar; the kept zone is asked again when a week old', async () => {
  const userId = newId('amzn1.ask.account.user');
  const bedroom = echo(userId, 'America/Chicago');
  const phone = echo(userId, 'America/Los_Angeles');
  await at(bedroom, '2026-03-10T15:00:00Z').launch();

  const fromPhone = await measured(() => at(phone, '2026-03-10T16:00:00Z').launch());
  const backInBedroom = await measured(() => at(bedroom, '2026-03-10T17:00:00Z').launch());
  const aWeekLater = await measured(() => at(bedroom, '2026-03-17T17:00:00Z').launch());

  expect([fromPhone.settings, backInBedroom.settings, aWeekLater.settings]).toEqual([1, 0, 1]);
  expect((await skill.store!.load(userId))?.timeZone).toEqual({
    zone: 'America/Chicago',
    device: hashUserId(bedroom.deviceId),
    checkedAt: '2026-03-17T17:00:00.000Z',
    offsetMinutes: -300,
    validUntil: '2026-03-24T17:00:00.000Z',
  });
});

test('a Settings API that never answers costs the launch about a second, and the kept zone still counts', async () => {
  const dev = echo();
  await at(dev, '2026-03-01T15:00:00Z').launch();
  alexa.injectFault('settings', 'hang');

  const started = Date.now();
  const reply = await at(dev, '2026-03-12T03:00:00Z').launch();

  expect(Date.now() - started).toBeLessThan(2500);
  expect(reply.text).toContain(WELCOME.returning);
  expect((await skill.store!.load(dev.userId))?.timeZone?.checkedAt).toBe('2026-03-01T15:00:00.000Z');
  expect((await skill.store!.load(dev.userId))?.lastTipDay).toBe('2026-03-11');
});

test('a refused or failing Settings call changes nothing kept and still answers', async () => {
  const dev = echo();
  for (const fault of [401, 403, 500] as const) {
    alexa.injectFault('settings', fault);
    const reply = await at(dev, '2026-03-10T15:00:00Z').launch();
    expect(reply.text).not.toBe('');
  }
  expect((await skill.store!.load(dev.userId))?.timeZone).toBeUndefined();
});

describe('one calendar per user', () => {
  /** A one-shot walk from `dev` at `iso`. */
  const walk = (dev: Device, iso: string) => at(dev, iso).say('LogWalkIntent', { duration: 'PT20M' });
  const launch = (dev: Device, iso: string) => at(dev, iso).launch();
  const stored = (userId: string) => skill.store!.load(userId);
  const tipIn = (reply: Reply) => TIPS.find((tip) => reply.text.includes(`${WELCOME.tipIntro} ${tip.text}`))?.id;

  test('walks from an Echo in Auckland three days running, then from a phone in Los Angeles where it is the day before: the streak stays 3', async () => {
    const userId = newId('amzn1.ask.account.calendar');
    const auckland = echo(userId, 'Pacific/Auckland');
    const losAngeles = echo(userId, 'America/Los_Angeles');
    // 08:00 in Auckland on the 10th, 11th and 12th of March.
    for (const iso of ['2026-03-09T19:00:00Z', '2026-03-10T19:00:00Z', '2026-03-11T19:00:00Z']) await walk(auckland, iso);

    // 13:00 on the 11th in Los Angeles, which is 09:00 on the 12th in Auckland.
    await walk(losAngeles, '2026-03-11T20:00:00Z');

    expect((await stored(userId))?.streak).toEqual({ current: 3, best: 3, lastActiveDay: '2026-03-12' });
    expect((await stored(userId))?.timeZone?.zone).toBe('Pacific/Auckland');
  });

  test('a walk and a launch half an hour apart either side of midnight UTC, the second from a device whose Settings lookup fails, are one day', async () => {
    const userId = newId('amzn1.ask.account.calendar');
    const kitchen = echo(userId, 'America/Chicago');
    const phone = echo(userId, 'America/Chicago');
    const first = await launch(kitchen, '2026-03-10T23:40:00Z'); // 18:40 on the 10th in Chicago
    await walk(kitchen, '2026-03-10T23:50:00Z');

    alexa.injectFault('settings', 500);
    await walk(phone, '2026-03-11T00:20:00Z'); // the 11th in UTC, still the 10th in Chicago
    const again = await launch(phone, '2026-03-11T00:25:00Z');

    expect((await stored(userId))?.streak).toEqual({ current: 1, best: 1, lastActiveDay: '2026-03-10' });
    expect(tipIn(first)).toBe(TIPS[0]!.id);
    expect(tipIn(again)).toBeUndefined();
  });

  test('a phone behind the Echo’s day gives no second tip of the day', async () => {
    const userId = newId('amzn1.ask.account.calendar');
    const auckland = echo(userId, 'Pacific/Auckland');
    const losAngeles = echo(userId, 'America/Los_Angeles');

    const first = await launch(auckland, '2026-03-10T19:00:00Z'); // the 11th in Auckland
    const second = await launch(losAngeles, '2026-03-10T20:00:00Z'); // still the 10th in Los Angeles

    expect(tipIn(first)).toBe(TIPS[0]!.id);
    expect(tipIn(second)).toBeUndefined();
    expect((await stored(userId))?.tipsHeard).toEqual([TIPS[0]!.id]);
  });

  test('across the spring change of clocks, walks on consecutive local days make a streak, and two on one local day do not', async () => {
    const userId = newId('amzn1.ask.account.calendar');
    const newYork = echo(userId, 'America/New_York');
    // Clocks go forward at 02:00 on Sunday the 8th of March 2026 in New York.
    await walk(newYork, '2026-03-08T04:30:00Z'); // 23:30 on the 7th (EST)
    await walk(newYork, '2026-03-08T05:30:00Z'); // 00:30 on the 8th (EST)
    await walk(newYork, '2026-03-09T03:30:00Z'); // 23:30 on the 8th (EDT)
    await walk(newYork, '2026-03-09T04:30:00Z'); // 00:30 on the 9th (EDT)

    expect((await stored(userId))?.streak).toEqual({ current: 3, best: 3, lastActiveDay: '2026-03-09' });
  });
});
