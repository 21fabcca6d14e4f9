import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { nextPosition } from '../../coach/routine-cursor';
import { turnOf } from '../../session/turn';
import { presentStep } from './present-step';

/** "Next" (or "yes", "ready") during a routine: on to the following stretch. */
export function nextStretch(input: HandlerInput): Promise<Response> {
  const position = turnOf(input).state.stretch!;
  // The last step is never the current one: narrating it finishes the routine.
  return presentStep(input, nextPosition(position) ?? position);
}
