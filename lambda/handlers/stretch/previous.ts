import type { RequestHandler } from 'ask-sdk-core';
import { previousPosition } from '../../coach/routine-cursor';
import { STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { isIntent } from '../request';
import { presentStep } from './present-step';

/** "Go back": the stretch before this one; at the first stretch, that stretch again. */
export const PreviousStretchHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.PreviousIntent') && turnOf(input).state.stretch !== undefined,
  handle(input) {
    const position = turnOf(input).state.stretch!;
    const atStart = position.step === 0;
    return presentStep(input, previousPosition(position), { opening: atStart ? say(STRETCH.firstStepAlready) : undefined });
  },
};
