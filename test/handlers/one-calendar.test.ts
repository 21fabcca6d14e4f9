import { TIPS } from '../../lambda/content/tips';
import { WELCOME } from '../../lambda/content/prompts';
import { device, newId, type Device } from '../../simulator/envelopes';
import { startLocalAlexaApi, type LocalAlexaApi } from '../../simulator/local-alexa-api';
import { Conversation, type Reply } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';

/**
 * One calendar per user: an Echo in Auckland and a phone in Los Angeles, near midnight and across a change of
 * clocks, or a Settings API that fails, never move a streak back nor give a second tip of the day.
 */
let skill: TestSkill;
let alexa: LocalAlexaApi;
beforeAll(async () => {
  skill = await startTestSkill();
  alexa = await startLocalAlexaApi();
});
afterAll(async () => {
  await skill.stop();
  await alexa.stop();
});
afterEach(() => alexa.injectFault('settings', undefined));

function deviceIn(zone: string, userId: string): Device {
  const dev = device({ userId, deviceId: newId('amzn1.ask.device'), apiEndpoint: alexa.endpoint, apiAccessToken: 'calendar-test-token' });
  alexa.setTimeZone(dev.deviceId, zone);
  return dev;
}

/** A one-shot walk from `dev` at `iso`. */
function walk(dev: Device, iso: string, minutes = 20): Promise<Reply> {
  const user = new Conversation(skill, dev);
  user.clock = new Date(iso);
  return user.say('LogWalkIntent', { duration: `PT${minutes}M` });
}

function launch(dev: Device, iso: string): Promise<Reply> {
  const user = new Conversation(skill, dev);
  user.clock = new Date(iso);
  return user.launch();
}

const stored = (userId: string) => skill.store!.load(userId);
const tipIn = (reply: Reply) => TIPS.find((tip) => reply.text.includes(`${WELCOME.tipIntro} ${tip.text}`))?.id;

test('walks from an Echo in Auckland three days running, then from a phone in Los Angeles where it is the day before: the streak stays 3', async () => {
  const userId = newId('amzn1.ask.account.calendar');
  const auckland = deviceIn('Pacific/Auckland', userId);
  const losAngeles = deviceIn('America/Los_Angeles', userId);
  // 08:00 in Auckland on the 10th, 11th and 12th of March.
  for (const iso of ['2026-03-09T19:00:00Z', '2026-03-10T19:00:00Z', '2026-03-11T19:00:00Z']) await walk(auckland, iso);

  // 13:00 on the 11th in Los Angeles, which is 09:00 on the 12th in Auckland.
  await walk(losAngeles, '2026-03-11T20:00:00Z');

  expect((await stored(userId))?.streak).toEqual({ current: 3, best: 3, lastActiveDay: '2026-03-12' });
  expect((await stored(userId))?.timeZone?.zone).toBe('Pacific/Auckland');
});

test('a walk and a launch half an hour apart either side of midnight UTC, the second from a device whose Settings lookup fails, are one day', async () => {
  const userId = newId('amzn1.ask.account.calendar');
  const echo = deviceIn('America/Chicago', userId);
  const phone = deviceIn('America/Chicago', userId);
  const first = await launch(echo, '2026-03-10T23:40:00Z'); // 18:40 on the 10th in Chicago
  await walk(echo, '2026-03-10T23:50:00Z');

  alexa.injectFault('settings', 500);
  await walk(phone, '2026-03-11T00:20:00Z'); // the 11th in UTC, still the 10th in Chicago
  const again = await launch(phone, '2026-03-11T00:25:00Z');

  expect((await stored(userId))?.streak).toEqual({ current: 1, best: 1, lastActiveDay: '2026-03-10' });
  expect(tipIn(first)).toBe(TIPS[0]!.id);
  expect(tipIn(again)).toBeUndefined();
});

test('a phone behind the Echo’s day gives no second tip of the day', async () => {
  const userId = newId('amzn1.ask.account.calendar');
  const auckland = deviceIn('Pacific/Auckland', userId);
  const losAngeles = deviceIn('America/Los_Angeles', userId);

  const first = await launch(auckland, '2026-03-10T19:00:00Z'); // the 11th in Auckland
  const second = await launch(losAngeles, '2026-03-10T20:00:00Z'); // still the 10th in Los Angeles

  expect(tipIn(first)).toBe(TIPS[0]!.id);
  expect(tipIn(second)).toBeUndefined();
  expect((await stored(userId))?.tipsHeard).toEqual([TIPS[0]!.id]);
});

test('across the spring change of clocks, walks on consecutive local days make a streak, and two on one local day do not', async () => {
  const userId = newId('amzn1.ask.account.calendar');
  const newYork = deviceIn('America/New_York', userId);
  // Clocks go forward at 02:00 on Sunday the 8th of March 2026 in New York.
  await walk(newYork, '2026-03-08T04:30:00Z'); // 23:30 on the 7th (EST)
  await walk(newYork, '2026-03-08T05:30:00Z'); // 00:30 on the 8th (EST)
  await walk(newYork, '2026-03-09T03:30:00Z'); // 23:30 on the 8th (EDT)
  await walk(newYork, '2026-03-09T04:30:00Z'); // 00:30 on the 9th (EDT)

  expect((await stored(userId))?.streak).toEqual({ current: 3, best: 3, lastActiveDay: '2026-03-09' });
});
