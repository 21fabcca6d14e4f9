import type { RequestHandler } from 'ask-sdk-core';

/** Any other request type (other skill events, display or audio player events): an empty, valid response. */
export const UnknownRequestHandler: RequestHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.getResponse(),
};
