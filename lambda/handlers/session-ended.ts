import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { turnOf } from '../session/turn';

/**
 * The session closed ("Alexa, exit", silence, or an error). No speech is allowed; the routine's place was saved
 * as the user moved, so nothing is left to store.
 */
export function sessionEnded(input: HandlerInput): Response {
  const request = input.requestEnvelope.request as { reason?: unknown; error?: { type?: unknown } };
  turnOf(input).log.info('session ended', {
    reason: typeof request.reason === 'string' ? request.reason : undefined,
    errorType: typeof request.error?.type === 'string' ? request.error.type : undefined,
  });
  return input.responseBuilder.getResponse();
}
