import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepAt } from '../../coach/routine-cursor';
import { stepLabel, STRETCH } from '../../content/prompts';
import { restingStep, show } from '../../screen/view';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { keepListening } from '../respond';

/**
 * "Pause": holds the place until the user says resume. Alexa stops listening after a few seconds, so when the place
 * is saved the user hears how to pick it up later too.
 */
export async function pauseStretch(input: HandlerInput): Promise<Response> {
  const { state, progress } = turnOf(input);
  const position = state.stretch!;
  const paused = STRETCH.paused(stepLabel(stepAt(position)), await progress.hasSaved(position));
  show(input, restingStep(position, state, true));
  return keepListening(input, say(paused), say(STRETCH.pausedReprompt));
}
