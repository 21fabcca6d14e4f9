import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { nextIncluded, stepAt } from '../../coach/routine-cursor';
import { stepLabel, STRETCH } from '../../content/prompts';
import { SAFETY } from '../../content/safety';
import { turnOf } from '../../session/turn';
import { join, say } from '../../speech/ssml';
import { keepListening } from '../respond';
import { presentNext } from './next';

/**
 * "Yes, leave it out": the stretch that hurt is left out of this user's routines from now on. Only which stretch is
 * kept, as a routine preference; never why. Added to the list as stored, so a stretch another device left out
 * meanwhile stays out too.
 */
export async function leaveOut(input: HandlerInput): Promise<Response> {
  const { state, progress } = turnOf(input);
  const position = state.stretch!;
  const name = stepAt(position).name;
  const withThisOne = (stored: readonly string[] = []) => [...new Set([...stored, ...(state.preferences.leftOut ?? []), name])];
  const updated = await progress.update((before) => ({ change: { preferences: { leftOut: withThisOne(before.preferences.leftOut) } } }));
  const saved = updated?.saved === true;
  const leftOut = withThisOne(state.progress?.preferences.leftOut);
  state.preferences.leftOut = leftOut;
  const next = nextIncluded(position, leftOut);
  const goOn = next ? say(STRETCH.handOff(stepLabel(stepAt(next)))) : say(STRETCH.takeYourTime);
  return keepListening(input, join(say(saved ? SAFETY.leftOut(name) : SAFETY.leftOutUnsaved), goOn), goOn);
}

/** "No, keep it": on with the routine from the next stretch. */
export const keepIn = (input: HandlerInput): Promise<Response> => presentNext(input, { opening: say(SAFETY.keptIn) });
