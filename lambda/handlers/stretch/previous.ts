import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { previousPosition, type RoutinePosition } from '../../coach/routine-cursor';
import { STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { presentStep } from './present-step';

const stepBefore = (input: HandlerInput, position: RoutinePosition) =>
  presentStep(input, previousPosition(position), { opening: position.step === 0 ? say(STRETCH.firstStepAlready) : undefined });

/** "Go back": the stretch before this one; at the first stretch, that stretch again. */
export const previousStretch = (input: HandlerInput): Promise<Response> => stepBefore(input, turnOf(input).state.stretch!);

/** "Go back" while the skill offers to pick up a saved routine: the stretch before the saved one. */
export function previousOfSaved(input: HandlerInput): Promise<Response> {
  const { offer } = turnOf(input);
  if (offer?.kind !== 'resume') throw new Error('no saved routine on offer');
  return stepBefore(input, offer.position);
}
