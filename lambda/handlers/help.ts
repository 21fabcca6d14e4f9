import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { routineOf, stepAt } from '../coach/routine-cursor';
import { HELP, stepLabel } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { keepListening } from './respond';

/** "Help": what the user can say, and that this isn't medical advice. */
export const help = (input: HandlerInput): Response => keepListening(input, say(HELP.general), say(HELP.reprompt));

/** "Help" mid-routine: where they are and what they can say to the guide. */
export function helpInRoutine(input: HandlerInput): Response {
  const position = turnOf(input).state.stretch!;
  const speech = say(HELP.duringStretch(position.step + 1, routineOf(position).steps.length, stepLabel(stepAt(position))));
  return keepListening(input, speech, speech);
}
