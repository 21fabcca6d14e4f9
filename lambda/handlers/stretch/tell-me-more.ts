import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { turnOf } from '../../session/turn';
import { presentStep } from './present-step';

/** "Tell me more": the current stretch again, with full positioning detail. */
export const explainStretch = (input: HandlerInput): Promise<Response> =>
  presentStep(input, turnOf(input).state.stretch!, { detailed: true });
