import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { streakAfterActivity } from '../coach/streak';
import { MAX_WALK_MINUTES, walkMinutes } from '../coach/walks';
import { WALK } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { slotValue } from './request';
import { reply } from './follow-up';
import { keepListening } from './respond';

/**
 * "I walked for twenty minutes": logs the walk, counts it toward the streak, and says the running total as the
 * write returned it (or, for a request Alexa sends again, as the first attempt said it).
 */
export async function logWalk(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const duration = slotValue(input, 'duration');
  const minutes = duration === undefined ? undefined : walkMinutes(duration);
  if (minutes === undefined || minutes < 1) {
    return keepListening(input, say(WALK.askDuration), say(WALK.askDurationReprompt));
  }
  if (minutes > MAX_WALK_MINUTES) return keepListening(input, say(WALK.tooLong), say(WALK.askDurationReprompt));

  const today = await turn.today();
  const logged = await turn.progress.update((before) => ({
    change: { walk: { minutes }, streak: streakAfterActivity(before.streak, today) },
    answer: (after) => ({ walksLogged: after.walksLogged, walkMinutes: after.walkMinutes }),
  }));
  const total = logged?.saved && logged.answer.walkMinutes;
  return reply(input, say(total ? WALK.logged(minutes, total) : WALK.notSaved(minutes)));
}
