import { keptTimeZone } from '../../lambda/coach/time-zone';
import type { SessionState } from '../../lambda/session/state';
import { userDay, type DaySources } from '../../lambda/session/turn';

const freshState = (): SessionState => ({ explained: [], toldControls: false, preferences: {} });
const nearMidnightUtc = new Date('2026-03-10T11:30:00Z');
const ECHO = 'echo-hash';
const keptAuckland = keptTimeZone('Pacific/Auckland', ECHO, new Date('2026-03-09T08:00:00.000Z'));

/** The day sources of a session on the Echo at `now`, with nothing kept and Alexa giving `zone` unless told. */
function sources(overrides: Partial<DaySources> & { zone?: string } = {}): DaySources {
  const { zone, ...rest } = overrides;
  return { state: freshState(), now: nearMidnightUtc, device: ECHO, kept: async () => undefined, lookUp: async () => zone, ...rest };
}

describe("the user's day", () => {
  test('is the day in the device’s time zone', async () => {
    await expect(userDay(sources({ zone: 'Pacific/Auckland' }))()).resolves.toBe('2026-03-11');
  });

  test('is the UTC day when the time zone cannot be had and none is kept', async () => {
    await expect(userDay(sources({ zone: undefined }))()).resolves.toBe('2026-03-10');
  });

  test('looks the time zone up at most once a session', async () => {
    const state = freshState();
    const lookUp = jest.fn(async () => 'Pacific/Auckland');
    await userDay(sources({ state, lookUp }))();
    await userDay(sources({ state, lookUp, now: new Date('2026-03-11T11:30:00Z') }))();
    expect(lookUp).toHaveBeenCalledTimes(1);
    expect(state.timeZone).toBe('Pacific/Auckland');
  });

  test('a zone Alexa gives is marked to be kept with the progress, for this device and time', async () => {
    const state = freshState();
    await userDay(sources({ state, zone: 'America/Chicago' }))();
    expect(state.newTimeZone).toEqual({
      zone: 'America/Chicago',
      device: ECHO,
      checkedAt: nearMidnightUtc.toISOString(),
      offsetMinutes: -300,
      validUntil: '2026-03-17T11:30:00.000Z',
    });
  });

  test('a kept zone for the same device, checked within the week, is used without asking Alexa', async () => {
    const state = freshState();
    const lookUp = jest.fn(async () => 'America/Chicago');
    await expect(userDay(sources({ state, lookUp, kept: async () => keptAuckland }))()).resolves.toBe('2026-03-11');
    expect(lookUp).not.toHaveBeenCalled();
    expect(state.newTimeZone).toBeUndefined();
  });

  test('a kept zone older than a week is asked again and replaced', async () => {
    const old = freshState();
    await userDay(sources({ state: old, now: new Date('2026-03-17T08:00:00Z'), zone: 'America/Chicago', kept: async () => keptAuckland }))();

    expect(old.timeZone).toBe('America/Chicago');
    expect(old.newTimeZone).toMatchObject({ zone: 'America/Chicago', device: ECHO });
  });

  test('another device in another zone counts the day in the kept zone and keeps it: one calendar per user', async () => {
    const phone = freshState();
    const day = await userDay(sources({ state: phone, device: 'phone-hash', zone: 'America/Los_Angeles', kept: async () => keptAuckland }))();

    expect(day).toBe('2026-03-11');
    expect(phone.timeZone).toBe('Pacific/Auckland');
    expect(phone.newTimeZone).toBeUndefined();
  });

  test('another device replaces a kept zone once it is out of date', async () => {
    const phone = freshState();
    const now = new Date('2026-03-17T08:00:00Z');
    await userDay(sources({ state: phone, now, device: 'phone-hash', zone: 'America/Chicago', kept: async () => keptAuckland }))();

    expect(phone.timeZone).toBe('America/Chicago');
    expect(phone.newTimeZone?.device).toBe('phone-hash');
  });

  test('when Alexa cannot say, an old kept zone still counts the day rather than UTC', async () => {
    const state = freshState();
    const lookUp = async () => {
      throw new Error('the settings API failed');
    };
    const today = userDay(sources({ state, now: new Date('2026-04-10T11:30:00Z'), lookUp, kept: async () => keptAuckland }));
    await expect(today()).resolves.toBe('2026-04-10');
    expect(state.timeZone).toBe('Pacific/Auckland');
    expect(state.newTimeZone).toBeUndefined();
  });
});
