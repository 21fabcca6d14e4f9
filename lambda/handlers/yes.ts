import type { RequestHandler } from 'ask-sdk-core';
import { FOLLOW_UP } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { answer } from './question';
import { isIntent } from './request';
import { keepListening } from './respond';
import { presentStep } from './stretch/present-step';
import { startRoutine } from './stretch/start';
import { giveTip } from './tip';

/**
 * "Yes" to the question the skill just asked: does what it offered. "Next" to "pick up where you left off?"
 * means yes too.
 */
export const YesHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'AMAZON.YesIntent') ||
    (isIntent(input, 'AMAZON.NextIntent') && turnOf(input).offer?.kind === 'resume'),
  handle(input) {
    const { offer } = turnOf(input);
    switch (offer?.kind) {
      case 'routine':
        return startRoutine(input, offer.routineId);
      case 'resume':
        return presentStep(input, offer.position);
      case 'answer':
        return answer(input, offer.topic);
      case 'tip':
        return giveTip(input);
      default:
        return keepListening(input, say(FOLLOW_UP.yesWithoutOffer), say(FOLLOW_UP.yesWithoutOffer));
    }
  },
};
