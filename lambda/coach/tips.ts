import type { Day } from './progress';

/**
 * Whether the day's tip is still to give: not when one was given today, nor on a day that is behind the day of
 * the last tip (another device's time zone), so a user never hears two "today's tips" in one day.
 */
export function isDailyTipDue(lastTipDay: Day | undefined, today: Day): boolean {
  return lastTipDay === undefined || lastTipDay < today;
}

/**
 * Which tip to give next: the first one not yet heard in this round. Once every tip was heard, a new round
 * starts, so no tip repeats until all were heard; it never starts with the tip heard last, so a round finished in
 * one day doesn't give the same tip again the next.
 */
export function nextTip(
  tipIds: readonly string[],
  heard: readonly string[],
  lastTipId?: string,
): { tipId: string; newRound: boolean } {
  const unheard = tipIds.find((id) => !heard.includes(id));
  if (unheard) return { tipId: unheard, newRound: false };
  return { tipId: tipIds.find((id) => id !== lastTipId) ?? tipIds[0]!, newRound: true };
}
