import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepAt } from '../../coach/routine-cursor';
import { SAFETY } from '../../content/safety';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { keepListening } from '../respond';

/** "Skip this one" after a stretch hurt: skipped, and should it stay out of future routines? */
export function skipPainfulStretch(input: HandlerInput): Response {
  const { state } = turnOf(input);
  const position = state.stretch!;
  const name = stepAt(position).name;
  state.offer = { kind: 'leaveOut', position };
  return keepListening(input, say(SAFETY.skipped(name)), say(SAFETY.skippedReprompt(name)));
}
