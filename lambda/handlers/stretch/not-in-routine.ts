import type { RequestHandler } from 'ask-sdk-core';
import { ROUTINES } from '../../content/routines';
import { STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { isIntent } from '../request';
import { keepListening } from '../respond';

/** Routine navigation when no routine is under way: says how to start one, or how to redo the one just finished. */
export const NotInRoutineHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(
      input,
      'AMAZON.NextIntent',
      'AMAZON.PreviousIntent',
      'AMAZON.PauseIntent',
      'AMAZON.StartOverIntent',
      'HowManyLeftIntent',
      'TellMeMoreIntent',
    ),
  handle(input) {
    const finished = turnOf(input).state.finishedRoutine;
    const speech = finished ? STRETCH.finishedAlready(ROUTINES[finished].name) : STRETCH.notInRoutine;
    return keepListening(input, say(speech), say(STRETCH.routinesReprompt));
  },
};
