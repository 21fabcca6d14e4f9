import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { STRETCH } from '../../content/prompts';
import { ROUTINES } from '../../content/routines';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { keepListening } from '../respond';

/** "What routines do you have?": each one, and which would they like. */
export function listRoutines(input: HandlerInput): Response {
  turnOf(input).state.offer = { kind: 'routineChoice' };
  return keepListening(input, say(STRETCH.routinesList(Object.values(ROUTINES))), say(STRETCH.routinesReprompt));
}
