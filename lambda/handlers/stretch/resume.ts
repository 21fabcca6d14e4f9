import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepAt, toRoutinePosition } from '../../coach/routine-cursor';
import { stepLabel, STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { keepListening } from '../respond';
import { presentStep } from './present-step';

/** "Resume": back to the same stretch, from this session or the routine left unfinished last time. */
export async function resumeStretch(input: HandlerInput): Promise<Response> {
  const { state, progress } = turnOf(input);
  const position = state.stretch ?? toRoutinePosition((await progress.get())?.unfinished);
  if (!position) return keepListening(input, say(STRETCH.nothingToResume), say(STRETCH.routinesReprompt));
  return presentStep(input, position, { opening: say(STRETCH.resumeFrom(stepLabel(stepAt(position)))) });
}
