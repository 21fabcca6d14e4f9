import type { RequestHandler } from 'ask-sdk-core';
import { turnOf } from '../../session/turn';
import { isIntent } from '../request';
import { presentStep } from './present-step';

/** "Repeat" during a routine: the current stretch again, with its full hold. */
export const RepeatStretchHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent') && turnOf(input).state.stretch !== undefined,
  handle: (input) => presentStep(input, turnOf(input).state.stretch!),
};
