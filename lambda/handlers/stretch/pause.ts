import type { RequestHandler } from 'ask-sdk-core';
import { stepAt } from '../../coach/routine-cursor';
import { stepLabel, STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { isIntent } from '../request';
import { keepListening } from '../respond';

/** "Pause": holds the place until the user says resume in this session, or, once saved, in a later one. */
export const PauseStretchHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.PauseIntent') && turnOf(input).state.stretch !== undefined,
  handle(input) {
    const label = stepLabel(stepAt(turnOf(input).state.stretch!));
    return keepListening(input, say(STRETCH.paused(label)), say(STRETCH.pausedReprompt));
  },
};
