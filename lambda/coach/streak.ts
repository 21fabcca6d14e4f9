import { addDays } from './calendar';
import type { Day, Streak } from './progress';

/** The streak after an activity (a finished stretch session or a walk) on `today`. */
export function streakAfterActivity(streak: Streak, today: Day): Streak {
  if (streak.lastActiveDay === today) return streak;
  const current = streak.lastActiveDay === addDays(today, -1) ? streak.current + 1 : 1;
  return { current, best: Math.max(streak.best, current), lastActiveDay: today };
}

/** Days in a row the user is active as of `today`: a streak lives on until a whole day passes without activity. */
export function currentStreak(streak: Streak, today: Day): number {
  const { lastActiveDay } = streak;
  return lastActiveDay === today || lastActiveDay === addDays(today, -1) ? streak.current : 0;
}
