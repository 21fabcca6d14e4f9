import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isPace } from '../../coach/progress';
import { PREFERENCES } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { join, say } from '../../speech/ssml';
import { resolvedSlotId } from '../request';
import { reply } from '../follow-up';

/** "Go slower" / "normal pace": more time to get into each position, kept for next time. */
export async function setPace(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const pace = resolvedSlotId(input, 'pace');
  if (!isPace(pace)) return reply(input, say(PREFERENCES.paceUnknown));
  turn.state.preferences.pace = pace;
  const saved = await turn.progress.save({ preferences: { pace } });
  const confirmation = say(pace === 'slow' ? PREFERENCES.paceSlow : PREFERENCES.paceNormal);
  return reply(input, join(confirmation, !saved && say(PREFERENCES.notSaved)));
}
