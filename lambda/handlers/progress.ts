import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { currentStreak } from '../coach/streak';
import { sessionsThisWeek } from '../coach/week';
import { PROGRESS } from '../content/prompts';
import { turnOf } from '../session/turn';
import { join, say } from '../speech/ssml';
import { reply } from './follow-up';

/** "How am I doing?": sessions this week, walking minutes and the streak, briefly and encouragingly. */
export async function tellProgress(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const stored = await turn.progress.get();
  const today = await turn.today();
  const hasActivity = stored && (stored.walksLogged > 0 || Object.keys(stored.sessionsCompleted).length > 0);
  const speech = !stored
    ? say(PROGRESS.unavailable)
    : !hasActivity
      ? say(PROGRESS.nothingYet)
      : join(
          say(PROGRESS.sessionsThisWeek(sessionsThisWeek(stored, today))),
          say(PROGRESS.walking(stored.walksLogged, stored.walkMinutes)),
          say(PROGRESS.streak(currentStreak(stored.streak, today), stored.streak.best)),
        );
  return reply(input, speech);
}
