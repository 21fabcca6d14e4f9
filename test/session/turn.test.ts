import type { SessionState } from '../../lambda/session/state';
import { userDay } from '../../lambda/session/turn';

const freshState = (): SessionState => ({ explained: [], toldControls: false, preferences: {} });
const nearMidnightUtc = new Date('2026-03-10T11:30:00Z');

describe("the user's day", () => {
  test('is the day in the device’s time zone', async () => {
    const today = userDay(freshState(), nearMidnightUtc, async () => 'Pacific/Auckland');
    await expect(today()).resolves.toBe('2026-03-11');
  });

  test('is the UTC day when the time zone cannot be had', async () => {
    const today = userDay(freshState(), nearMidnightUtc, async () => undefined);
    await expect(today()).resolves.toBe('2026-03-10');
  });

  test('looks the time zone up at most once a session', async () => {
    const state = freshState();
    const lookUp = jest.fn(async () => 'Pacific/Auckland');
    await userDay(state, nearMidnightUtc, lookUp)();
    await userDay(state, new Date('2026-03-11T11:30:00Z'), lookUp)();
    expect(lookUp).toHaveBeenCalledTimes(1);
    expect(state.timeZone).toBe('Pacific/Auckland');
  });
});
