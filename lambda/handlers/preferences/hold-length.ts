import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isHoldSeconds } from '../../coach/progress';
import { PREFERENCES } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { join, say } from '../../speech/ssml';
import { slotValue } from '../request';
import { reply } from '../follow-up';

/** "Hold for thirty seconds": the hold length for every stretch, 10 to 60 seconds, kept for next time. */
export async function setHoldLength(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const seconds = Number(slotValue(input, 'seconds'));
  if (!isHoldSeconds(seconds)) return reply(input, say(PREFERENCES.holdOutOfRange));
  turn.state.preferences.holdSeconds = seconds;
  const saved = await turn.progress.save({ preferences: { holdSeconds: seconds } });
  return reply(input, join(say(PREFERENCES.holdSet(seconds)), !saved && say(PREFERENCES.notSaved)));
}
