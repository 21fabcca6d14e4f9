import type { RequestHandler } from 'ask-sdk-core';
import { turnOf } from '../../session/turn';
import { isIntent } from '../request';
import { presentStep } from './present-step';

/** "Tell me more": the current stretch again, with full positioning detail. */
export const TellMeMoreHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'TellMeMoreIntent') && turnOf(input).state.stretch !== undefined,
  handle: (input) => presentStep(input, turnOf(input).state.stretch!, { detailed: true }),
};
