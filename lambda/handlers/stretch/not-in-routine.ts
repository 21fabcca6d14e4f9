import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { routineOf, stepAt, toRoutinePosition } from '../../coach/routine-cursor';
import { stepLabel, STRETCH } from '../../content/prompts';
import { ROUTINES } from '../../content/routines';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { keepListening } from '../respond';

/**
 * Routine navigation when no routine is under way: says how to redo the one just finished, how to pick up the one
 * saved (as this session read it: no read just for this), or how to start one.
 */
export function notInRoutine(input: HandlerInput): Response {
  const { finishedRoutine, progress } = turnOf(input).state;
  const saved = toRoutinePosition(progress?.unfinished);
  const speech = finishedRoutine
    ? STRETCH.finishedAlready(ROUTINES[finishedRoutine].name)
    : saved
      ? STRETCH.notInRoutineSaved(stepLabel(stepAt(saved)), routineOf(saved).name)
      : STRETCH.notInRoutine;
  return keepListening(input, say(speech), say(STRETCH.routinesReprompt));
}
