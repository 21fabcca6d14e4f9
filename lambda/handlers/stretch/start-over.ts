import type { RequestHandler } from 'ask-sdk-core';
import { STRETCH } from '../../content/prompts';
import type { RoutineId } from '../../content/routines';
import { turnOf, type Turn } from '../../session/turn';
import { say } from '../../speech/ssml';
import { isIntent } from '../request';
import { presentStep } from './present-step';

/** The routine "start over" means: the one under way, the one just finished, or the one offered to pick up. */
function routineToStartOver({ state, offer }: Turn): RoutineId | undefined {
  return state.stretch?.routineId ?? state.finishedRoutine ?? (offer?.kind === 'resume' ? offer.position.routineId : undefined);
}

/** "Start over": that routine from its first stretch. */
export const StartOverHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'AMAZON.StartOverIntent') && routineToStartOver(turnOf(input)) !== undefined,
  handle(input) {
    const routineId = routineToStartOver(turnOf(input))!;
    return presentStep(input, { routineId, step: 0 }, { opening: say(STRETCH.startingOver) });
  },
};
