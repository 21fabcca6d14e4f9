import type { RequestHandler } from 'ask-sdk-core';
import { nextPosition } from '../../coach/routine-cursor';
import { turnOf } from '../../session/turn';
import { isIntent } from '../request';
import { presentStep } from './present-step';

/** "Next" (or "yes", "ready") during a routine: on to the following stretch. */
export const NextStretchHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'AMAZON.NextIntent', 'AMAZON.YesIntent') && turnOf(input).state.stretch !== undefined,
  handle(input) {
    const position = turnOf(input).state.stretch!;
    // The last step is never the current one: narrating it finishes the routine.
    return presentStep(input, nextPosition(position) ?? position);
  },
};
