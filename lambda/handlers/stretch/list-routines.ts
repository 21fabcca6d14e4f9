import type { RequestHandler } from 'ask-sdk-core';
import { STRETCH } from '../../content/prompts';
import { ROUTINES } from '../../content/routines';
import { say } from '../../speech/ssml';
import { isIntent } from '../request';
import { keepListening } from '../respond';

/** "What routines do you have?" */
export const ListRoutinesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ListRoutinesIntent'),
  handle: (input) =>
    keepListening(input, say(STRETCH.routinesList(Object.values(ROUTINES))), say(STRETCH.routinesReprompt)),
};
