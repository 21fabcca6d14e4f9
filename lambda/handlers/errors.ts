import type { ErrorHandler } from 'ask-sdk-core';
import { ERRORS } from '../content/prompts';
import { describeError, type Logger } from '../log';
import { say } from '../speech/ssml';
import { keepListening } from './respond';

/**
 * The one error handler: logs what went wrong (request id, error name and message; never the user's words or
 * full user id) and apologises with a way forward. Never a stack trace, never silence.
 */
export function errorHandler(log: (requestId: string | undefined) => Logger): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      const requestId = (input.requestEnvelope.request as { requestId?: unknown } | undefined)?.requestId;
      log(typeof requestId === 'string' ? requestId : undefined).error('request failed', describeError(error));
      return keepListening(input, say(ERRORS.apology), say(ERRORS.reprompt));
    },
  };
}
