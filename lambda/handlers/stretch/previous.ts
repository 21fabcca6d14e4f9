import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { previousPosition } from '../../coach/routine-cursor';
import { STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { presentStep } from './present-step';

/** "Go back": the stretch before this one; at the first stretch, that stretch again. */
export function previousStretch(input: HandlerInput): Promise<Response> {
  const position = turnOf(input).state.stretch!;
  const atStart = position.step === 0;
  return presentStep(input, previousPosition(position), { opening: atStart ? say(STRETCH.firstStepAlready) : undefined });
}
