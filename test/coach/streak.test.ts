import { currentStreak, streakAfterActivity } from '../../lambda/coach/streak';
import type { Streak } from '../../lambda/coach/progress';

const none: Streak = { current: 0, best: 0 };

describe('streaks', () => {
  test('a first activity starts a one-day streak', () => {
    expect(streakAfterActivity(none, '2026-03-01')).toEqual({ current: 1, best: 1, lastActiveDay: '2026-03-01' });
  });

  test('activity on consecutive days counts up, across a month end', () => {
    let streak = none;
    for (const day of ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']) streak = streakAfterActivity(streak, day);
    expect(streak).toEqual({ current: 4, best: 4, lastActiveDay: '2026-03-02' });
  });

  test('a second activity on the same day does not count twice', () => {
    const once = streakAfterActivity(none, '2026-03-01');
    expect(streakAfterActivity(once, '2026-03-01')).toEqual(once);
  });

  test('a gap of a day resets the streak but keeps the best', () => {
    const three: Streak = { current: 3, best: 3, lastActiveDay: '2026-03-03' };
    expect(streakAfterActivity(three, '2026-03-05')).toEqual({ current: 1, best: 3, lastActiveDay: '2026-03-05' });
  });

  test('a new streak longer than the best becomes the best', () => {
    const streak: Streak = { current: 5, best: 5, lastActiveDay: '2026-03-10' };
    expect(streakAfterActivity(streak, '2026-03-11').best).toBe(6);
  });

  test('an activity on an earlier day never shortens the streak', () => {
    const three: Streak = { current: 3, best: 4, lastActiveDay: '2026-03-10' };
    expect(streakAfterActivity(three, '2026-03-09')).toEqual(three);
    expect(streakAfterActivity(three, '2026-03-05')).toEqual(three);
  });

  test('an activity on the day just before the streak began makes it a day longer', () => {
    const three: Streak = { current: 3, best: 3, lastActiveDay: '2026-03-10' };
    expect(streakAfterActivity(three, '2026-03-07')).toEqual({ current: 4, best: 4, lastActiveDay: '2026-03-10' });
  });

  test('yesterday’s activity extends a streak that ended the day before, and dates it yesterday', () => {
    const two: Streak = { current: 2, best: 2, lastActiveDay: '2026-03-08' };
    expect(streakAfterActivity(two, '2026-03-09')).toEqual({ current: 3, best: 3, lastActiveDay: '2026-03-09' });
  });

  test('a streak lives on through the next day and ends once a whole day passes without activity', () => {
    const streak: Streak = { current: 4, best: 6, lastActiveDay: '2026-03-10' };
    expect(currentStreak(streak, '2026-03-10')).toBe(4);
    expect(currentStreak(streak, '2026-03-11')).toBe(4);
    expect(currentStreak(streak, '2026-03-12')).toBe(0);
    expect(currentStreak(none, '2026-03-12')).toBe(0);
  });
});
