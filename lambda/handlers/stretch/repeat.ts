import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { turnOf } from '../../session/turn';
import { presentStep } from './present-step';

/** "Repeat" during a routine: the current stretch again, with its full hold. */
export const repeatStretch = (input: HandlerInput): Promise<Response> => presentStep(input, turnOf(input).state.stretch!);
