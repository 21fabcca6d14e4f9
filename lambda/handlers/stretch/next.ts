import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { nextPosition } from '../../coach/routine-cursor';
import { turnOf } from '../../session/turn';
import { presentStep, type PresentOptions } from './present-step';

/** The stretch after the current one, or the routine's end. */
export function presentNext(input: HandlerInput, options?: PresentOptions): Promise<Response> {
  const position = turnOf(input).state.stretch!;
  // The last step is never the current one: narrating it finishes the routine.
  return presentStep(input, nextPosition(position) ?? position, options);
}

/** "Next" (or "yes", "ready") during a routine: on to the following stretch. */
export const nextStretch = (input: HandlerInput): Promise<Response> => presentNext(input);
