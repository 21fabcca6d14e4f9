import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepAt } from '../coach/routine-cursor';
import { FALLBACK, stepLabel } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { keepListening } from './respond';

/** Anything the skill did not understand, including intents it doesn't know: what it can do, with examples. */
export const notUnderstood = (input: HandlerInput): Response =>
  keepListening(input, say(FALLBACK.general), say(FALLBACK.reprompt));

/** Not understood mid-routine: the place is kept, and the user hears how to go on. */
export function notUnderstoodInRoutine(input: HandlerInput): Response {
  const speech = say(FALLBACK.duringStretch(stepLabel(stepAt(turnOf(input).state.stretch!))));
  return keepListening(input, speech, speech);
}
