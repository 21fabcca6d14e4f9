import type { RequestHandler } from 'ask-sdk-core';
import { stepAt } from '../../coach/routine-cursor';
import { stepLabel, STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { isIntent } from '../request';
import { keepListening } from '../respond';

/**
 * "Pause": holds the place until the user says resume. Alexa stops listening after a few seconds, so when the place
 * is saved the user hears how to pick it up later too.
 */
export const PauseStretchHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.PauseIntent') && turnOf(input).state.stretch !== undefined,
  async handle(input) {
    const { state, progress } = turnOf(input);
    const position = state.stretch!;
    const paused = STRETCH.paused(stepLabel(stepAt(position)), await progress.hasSaved(position));
    return keepListening(input, say(paused), say(STRETCH.pausedReprompt));
  },
};
