import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ROUTINES } from '../../content/routines';
import { STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { keepListening } from '../respond';

/** Routine navigation when no routine is under way: says how to start one, or how to redo the one just finished. */
export function notInRoutine(input: HandlerInput): Response {
  const finished = turnOf(input).state.finishedRoutine;
  const speech = finished ? STRETCH.finishedAlready(ROUTINES[finished].name) : STRETCH.notInRoutine;
  return keepListening(input, say(speech), say(STRETCH.routinesReprompt));
}
