import type { RequestHandler } from 'ask-sdk-core';
import { routineOf } from '../coach/routine-cursor';
import { GOODBYE } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { isIntent } from './request';
import { endWith } from './respond';

/**
 * "Stop", "cancel", "go home": goodbye, saying how far a routine got, and how to pick it up next time when its
 * place was saved (each step saves it as the user moves on).
 */
export const StopHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'),
  async handle(input) {
    const { state, progress } = turnOf(input);
    const position = state.stretch;
    if (!position) return endWith(input, say(GOODBYE.general));
    const routine = routineOf(position);
    const saved = await progress.hasSaved(position);
    return endWith(input, say(GOODBYE.duringStretch(position.step + 1, routine.steps.length, routine.name, saved)));
  },
};
