import type { RequestHandler } from 'ask-sdk-core';
import { STRETCH } from '../../content/prompts';
import type { RoutineId } from '../../content/routines';
import type { SessionState } from '../../session/state';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { isIntent } from '../request';
import { presentStep } from './present-step';

/** The routine "start over" means: the one under way, the one just finished, or the one offered to pick up. */
function routineToStartOver({ stretch, finishedRoutine, offer }: SessionState): RoutineId | undefined {
  return stretch?.routineId ?? finishedRoutine ?? (offer?.kind === 'resume' ? offer.position.routineId : undefined);
}

/** "Start over": that routine from its first stretch. */
export const StartOverHandler: RequestHandler = {
  canHandle: (input) =>
    isIntent(input, 'AMAZON.StartOverIntent') && routineToStartOver(turnOf(input).state) !== undefined,
  handle(input) {
    const routineId = routineToStartOver(turnOf(input).state)!;
    return presentStep(input, { routineId, step: 0 }, { opening: say(STRETCH.startingOver) });
  },
};
