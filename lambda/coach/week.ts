import { addDays } from './calendar';
import type { Day, Progress } from './progress';

/** How many days of `sessionsByDay` are worth keeping: enough for "this week" whatever the time zone. */
export const DAYS_KEPT = 14;

/** Stretch sessions finished in the seven days ending `today`. */
export function sessionsThisWeek(progress: Progress, today: Day): number {
  const weekStart = addDays(today, -6);
  return Object.entries(progress.sessionsByDay)
    .filter(([day]) => day >= weekStart && day <= today)
    .reduce((sum, [, count]) => sum + count, 0);
}

/** Days old enough to drop from `sessionsByDay`. */
export function daysToForget(progress: Progress, today: Day): Day[] {
  const oldest = addDays(today, -(DAYS_KEPT - 1));
  return Object.keys(progress.sessionsByDay).filter((day) => day < oldest);
}
