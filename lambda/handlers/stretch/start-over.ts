import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { STRETCH } from '../../content/prompts';
import type { RoutineId } from '../../content/routines';
import { turnOf, type Turn } from '../../session/turn';
import { say } from '../../speech/ssml';
import { notInRoutine } from './not-in-routine';
import { presentStep } from './present-step';

/** The routine "start over" means: the one under way, the one just finished, or the one offered to pick up. */
function routineToStartOver({ state, offer }: Turn): RoutineId | undefined {
  return state.stretch?.routineId ?? state.finishedRoutine ?? (offer?.kind === 'resume' ? offer.position.routineId : undefined);
}

/** "Start over": that routine from its first stretch; with none to start over, how to start one. */
export function startOver(input: HandlerInput): Response | Promise<Response> {
  const routineId = routineToStartOver(turnOf(input));
  if (!routineId) return notInRoutine(input);
  return presentStep(input, { routineId, step: 0 }, { opening: say(STRETCH.startingOver) });
}
