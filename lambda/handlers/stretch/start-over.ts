import type { RequestHandler } from 'ask-sdk-core';
import { STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { isIntent } from '../request';
import { presentStep } from './present-step';

/** "Start over": the current (or just finished) routine from its first stretch. */
export const StartOverHandler: RequestHandler = {
  canHandle(input) {
    const { state } = turnOf(input);
    return isIntent(input, 'AMAZON.StartOverIntent') && (state.stretch ?? state.finishedRoutine) !== undefined;
  },
  handle(input) {
    const { state } = turnOf(input);
    const routineId = state.stretch?.routineId ?? state.finishedRoutine!;
    return presentStep(input, { routineId, step: 0 }, { opening: say(STRETCH.startingOver) });
  },
};
