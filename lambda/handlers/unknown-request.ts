import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';

/** Any other request type (other skill events, display or audio player events): an empty, valid response. */
export const ignoreRequest = (input: HandlerInput): Response => input.responseBuilder.getResponse();
