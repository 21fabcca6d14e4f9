import { addDays } from './calendar';
import type { Day, Streak } from './progress';

/**
 * The streak after an activity (a finished stretch session or a walk) on `day`, usually today. A day before the
 * last active one (a walk logged for yesterday) never shortens the streak: it extends it only when it is the day
 * just before the streak began.
 */
export function streakAfterActivity(streak: Streak, day: Day): Streak {
  const { lastActiveDay } = streak;
  if (lastActiveDay !== undefined && day <= lastActiveDay) {
    if (day !== addDays(lastActiveDay, -streak.current)) return streak;
    const current = streak.current + 1;
    return { current, best: Math.max(streak.best, current), lastActiveDay };
  }
  const current = lastActiveDay === addDays(day, -1) ? streak.current + 1 : 1;
  return { current, best: Math.max(streak.best, current), lastActiveDay: day };
}

/** Days in a row the user is active as of `today`: a streak lives on until a whole day passes without activity. */
export function currentStreak(streak: Streak, today: Day): number {
  const { lastActiveDay } = streak;
  return lastActiveDay === today || lastActiveDay === addDays(today, -1) ? streak.current : 0;
}
