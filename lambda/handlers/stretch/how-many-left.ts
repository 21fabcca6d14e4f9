import type { RequestHandler } from 'ask-sdk-core';
import { stepsLeftAfter } from '../../coach/routine-cursor';
import { STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { isIntent } from '../request';
import { keepListening } from '../respond';

/** "How many are left?" during a routine. */
export const HowManyLeftHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'HowManyLeftIntent') && turnOf(input).state.stretch !== undefined,
  handle(input) {
    const left = stepsLeftAfter(turnOf(input).state.stretch!);
    const names = [...new Set(left.map((step) => step.name))].join(', ');
    return keepListening(input, say(STRETCH.left(left.length, names)), say(STRETCH.takeYourTime));
  },
};
