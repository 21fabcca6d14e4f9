import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { STRETCH } from '../../content/prompts';
import { isRoutineId, ROUTINE_IDS, ROUTINES, type RoutineId } from '../../content/routines';
import { SAFETY } from '../../content/safety';
import { turnOf } from '../../session/turn';
import { join, say, type Ssml } from '../../speech/ssml';
import { resolvedSlotId, slotValue } from '../request';
import { keepListening } from '../respond';
import { presentStep } from './present-step';

/** Starts a routine from its first step, introducing it; `aside` is said after the introduction. */
export function startRoutine(input: HandlerInput, routineId: RoutineId, aside?: Ssml): Promise<Response> {
  const routine = ROUTINES[routineId];
  const opening = join(say(STRETCH.start(routine.name, routine.summary)), aside, say(SAFETY.stopIfItHurts));
  return presentStep(input, { routineId, step: 0 }, { opening });
}

/** Asks where the user will stretch, so no one lying on the floor is told to sit (and the other way round). */
export function askFloorOrChair(input: HandlerInput): Response {
  turnOf(input).state.offer = { kind: 'routineChoice' };
  return keepListening(input, say(STRETCH.choosePlace), say(STRETCH.choosePlaceReprompt));
}

/** "Guide me through a stretch", "let's do the upper back routine": the named routine, or floor or chair first. */
export function startGuide(input: HandlerInput): Promise<Response> | Response {
  const routineId = resolvedSlotId(input, 'routine');
  if (isRoutineId(routineId)) return startRoutine(input, routineId);
  if (slotValue(input, 'routine')) {
    turnOf(input).state.offer = { kind: 'routineChoice' };
    return keepListening(input, say(STRETCH.unknownRoutine), say(STRETCH.routinesReprompt));
  }
  return askFloorOrChair(input);
}

/**
 * "On the floor", "in a chair": the longest routine done there, saying how to switch to a shorter one. Without a
 * place the skill knows, it asks again.
 */
export function startByPlace(input: HandlerInput): Promise<Response> | Response {
  const place = resolvedSlotId(input, 'place');
  const [longest, shorter] = ROUTINE_IDS.filter((id) => ROUTINES[id].place === place).sort(
    (a, b) => ROUTINES[b].minutes - ROUTINES[a].minutes,
  );
  if (!longest) return askFloorOrChair(input);
  return startRoutine(input, longest, shorter && say(STRETCH.shorterOne(ROUTINES[shorter].name)));
}
