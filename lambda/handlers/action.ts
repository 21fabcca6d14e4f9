import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';

/** What the skill does for one request in one conversation state: one entry of a table in `conversation.ts`. */
export type Action = (input: HandlerInput) => Response | Promise<Response>;
