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

/** "I walked for twenty minutes": logs the walk, counts it toward the streak, and says the running total. */
export async function logWalk(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const duration = slotValue(input, 'duration');
  const minutes = duration === undefined ? undefined : walkMinutes(duration);
  if (minutes === undefined || minutes < 1) {
    return keepListening(input, say(WALK.askDuration), say(WALK.askDurationReprompt));
  }
  if (minutes > MAX_WALK_MINUTES) return keepListening(input, say(WALK.tooLong), say(WALK.askDurationReprompt));

  const stored = await turn.progress.get();
  const today = await turn.today();
  const saved =
    stored !== undefined &&
    (await turn.progress.save({ walk: { minutes }, streak: streakAfterActivity(stored.streak, today) }));
  const total = turn.state.progress?.walkMinutes ?? minutes;
  const speech = say(saved ? WALK.logged(minutes, total) : WALK.notSaved(minutes));
  return reply(input, speech);
}
