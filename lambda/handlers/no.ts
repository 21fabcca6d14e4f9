import type { RequestHandler } from 'ask-sdk-core';
import { FOLLOW_UP, STRETCH, WELCOME } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { isIntent } from './request';
import { endWith, keepListening } from './respond';

/**
 * "No": mid-routine it just waits; to "pick up where you left off?" it forgets the unfinished routine and offers
 * the menu; to any other offer it says goodbye.
 */
export const NoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  async handle(input) {
    const { state, progress, offer } = turnOf(input);
    if (state.stretch) return keepListening(input, say(STRETCH.takeYourTime), say(STRETCH.takeYourTime));
    if (offer?.kind === 'resume') {
      await progress.save({ unfinished: null });
      return keepListening(input, say(WELCOME.menu), say(WELCOME.menuReprompt));
    }
    return endWith(input, say(FOLLOW_UP.noThanks));
  },
};
