import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { routineOf, stepAt, toRoutinePosition, type RoutinePosition } from '../../coach/routine-cursor';
import { stepLabel, STRETCH, WELCOME } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { keepListening } from '../respond';
import { presentStep } from './present-step';

/** "Resume": back to the same stretch, from this session or the routine left unfinished last time. */
export async function resumeStretch(input: HandlerInput): Promise<Response> {
  const { state, progress } = turnOf(input);
  const position = state.stretch ?? toRoutinePosition((await progress.get())?.unfinished);
  if (!position) return keepListening(input, say(STRETCH.nothingToResume), say(STRETCH.routinesReprompt));
  return presentStep(input, position, { opening: say(STRETCH.resumeFrom) });
}

/** "Last time you stopped at the cat and cow in the lower back routine. Pick up where you left off?" */
export const resumeQuestion = (position: RoutinePosition) =>
  say(WELCOME.resumeOffer(stepLabel(stepAt(position)), routineOf(position).name));

/** Anything that doesn't answer "pick up where you left off?" and has no meaning of its own there: asked again. */
export function askResumeAgain(input: HandlerInput): Response {
  const turn = turnOf(input);
  if (turn.offer?.kind !== 'resume') throw new Error('no saved routine on offer');
  const { position } = turn.offer;
  turn.state.offer = turn.offer;
  return keepListening(input, resumeQuestion(position), say(WELCOME.resumeReprompt));
}
