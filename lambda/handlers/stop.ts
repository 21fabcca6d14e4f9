import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { mayReplacePlace, routineOf, toRoutinePosition } from '../coach/routine-cursor';
import { GOODBYE } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { endWith } from './respond';

/** "Stop", "cancel", "go home": goodbye. */
export const goodbye = (input: HandlerInput): Response => endWith(input, say(GOODBYE.general));

/**
 * "Stop" mid-routine: goodbye, saying how far the routine got, and how to pick it up next time when its place was
 * saved (each step saves it as the user moves on), or which place was kept when another device's was.
 */
export async function stopRoutine(input: HandlerInput): Promise<Response> {
  const { state, progress } = turnOf(input);
  const position = state.stretch!;
  const routine = routineOf(position);
  const saved = await progress.hasSaved(position);
  const kept = saved ? undefined : toRoutinePosition((await progress.get())?.unfinished);
  const elsewhere = kept && !mayReplacePlace(kept, state.placeSeen) && { routine: routineOf(kept).name };
  return endWith(input, say(GOODBYE.duringStretch(position.step + 1, routine.steps.length, routine.name, elsewhere || saved)));
}
