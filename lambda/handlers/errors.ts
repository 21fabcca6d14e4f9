import type { ErrorHandler } from 'ask-sdk-core';
import { ERRORS } from '../content/prompts';
import { asString, field } from '../json';
import { describeError, type Logger } from '../log';
import { turnOf, type Turn } from '../session/turn';
import { say } from '../speech/ssml';
import { keepListening } from './respond';

/**
 * The one error handler: logs what went wrong (request id, error name and message; never the user's words or
 * full user id) and apologises with a way forward. Never a stack trace, never silence.
 */
export function errorHandler(loggerFor: (requestId: string | undefined) => Logger): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      // The turn's logger when the turn was set up; before that, one with the request id alone.
      const requestId = asString(field(input.requestEnvelope, 'request', 'requestId'));
      const log = (turnOf(input) as Turn | undefined)?.log ?? loggerFor(requestId);
      log.error('request failed', describeError(error));
      return keepListening(input, say(ERRORS.apology), say(ERRORS.reprompt));
    },
  };
}
