import type { RequestHandler } from 'ask-sdk-core';
import { isHoldSeconds } from '../../coach/progress';
import { PREFERENCES } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { join, say } from '../../speech/ssml';
import { isIntent, slotValue } from '../request';
import { reply } from '../follow-up';

/** "Hold for thirty seconds": the hold length for every stretch, 10 to 60 seconds, kept for next time. */
export const HoldLengthHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'SetHoldTimeIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const seconds = Number(slotValue(input, 'seconds'));
    if (!isHoldSeconds(seconds)) return reply(input, say(PREFERENCES.holdOutOfRange));
    turn.state.preferences.holdSeconds = seconds;
    const saved = await turn.progress.save({ preferences: { holdSeconds: seconds } });
    return reply(input, join(say(PREFERENCES.holdSet(seconds)), !saved && say(PREFERENCES.notSaved)));
  },
};
