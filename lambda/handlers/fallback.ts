import type { RequestHandler } from 'ask-sdk-core';
import { stepAt } from '../coach/routine-cursor';
import { FALLBACK, stepLabel } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { intentName } from './request';
import { keepListening } from './respond';

/**
 * Anything the skill did not understand, including intents it doesn't know: redirects with examples, and
 * mid-routine keeps the place. Registered after every intent handler.
 */
export const FallbackHandler: RequestHandler = {
  canHandle: (input) => intentName(input) !== undefined,
  handle(input) {
    const position = turnOf(input).state.stretch;
    if (!position) return keepListening(input, say(FALLBACK.general), say(FALLBACK.reprompt));
    const speech = say(FALLBACK.duringStretch(stepLabel(stepAt(position))));
    return keepListening(input, speech, speech);
  },
};
