import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { suggestRoutine } from '../../coach/routine-cursor';
import { STRETCH } from '../../content/prompts';
import { isRoutineId, ROUTINES, type RoutineId } from '../../content/routines';
import { SAFETY } from '../../content/safety';
import { turnOf } from '../../session/turn';
import { join, say } from '../../speech/ssml';
import { resolvedSlotId, slotValue } from '../request';
import { keepListening } from '../respond';
import { presentStep } from './present-step';

/** Starts a routine from its first step, introducing it. */
export function startRoutine(input: HandlerInput, routineId: RoutineId): Promise<Response> {
  const routine = ROUTINES[routineId];
  const opening = join(say(STRETCH.start(routine.name, routine.summary)), say(SAFETY.stopIfItHurts));
  return presentStep(input, { routineId, step: 0 }, { opening });
}

/** "Guide me through a stretch", "let's do the upper back routine": the named routine, or a suggestion. */
export async function startGuide(input: HandlerInput): Promise<Response> {
  const routineId = resolvedSlotId(input, 'routine');
  if (isRoutineId(routineId)) return startRoutine(input, routineId);
  if (slotValue(input, 'routine')) {
    return keepListening(input, say(STRETCH.unknownRoutine), say(STRETCH.routinesReprompt));
  }
  return startRoutine(input, suggestRoutine(await turnOf(input).progress.get()));
}
