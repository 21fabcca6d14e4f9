import type { RequestHandler } from 'ask-sdk-core';
import { HELP } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { answer } from './question';
import { isIntent } from './request';
import { keepListening } from './respond';

/** "Repeat" outside a routine: the last answer again, or what the user can say. */
export const RepeatAnswerHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle(input) {
    const topic = turnOf(input).state.lastTopic;
    return topic ? answer(input, topic) : keepListening(input, say(HELP.general), say(HELP.reprompt));
  },
};
