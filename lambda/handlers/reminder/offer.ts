import type { Progress } from '../../coach/progress';
import { offersReminder, timeOfDayIn, type ClockTime } from '../../coach/reminder';
import type { Turn } from '../../session/turn';

/**
 * The time to offer a daily reminder at after a finished routine ("every day at this time"), or `undefined` when
 * none is offered: the user has one, it is not a finished routine the offer comes after, or the device's time
 * zone is unknown, so "this time" can't be said right.
 */
export async function reminderOfferAfterRoutine(turn: Turn, progress: Progress): Promise<ClockTime | undefined> {
  const finished = Object.values(progress.sessionsCompleted).reduce((sum, count) => sum + count, 0);
  if (!offersReminder(finished, progress.reminder)) return undefined;
  const timeZone = await turn.timeZone();
  return timeZone === 'UTC' ? undefined : timeOfDayIn(turn.now, timeZone);
}
