import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { STRETCH } from '../../content/prompts';
import { ROUTINES } from '../../content/routines';
import { say } from '../../speech/ssml';
import { keepListening } from '../respond';

/** "What routines do you have?" */
export const listRoutines = (input: HandlerInput): Response =>
  keepListening(input, say(STRETCH.routinesList(Object.values(ROUTINES))), say(STRETCH.routinesReprompt));
