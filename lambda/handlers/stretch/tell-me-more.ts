import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { nextIncluded, stepAt, type RoutinePosition } from '../../coach/routine-cursor';
import { stepLabel, STRETCH, WELCOME } from '../../content/prompts';
import { restingStep, show } from '../../screen/view';
import { preferencesOf, standingStretch } from '../../session/state';
import { turnOf } from '../../session/turn';
import { join, say } from '../../speech/ssml';
import { keepListening } from '../respond';

/** What the stretch is for, one tip, and how to get into it, as a screen shows it in full; no hold. */
function about(input: HandlerInput, position: RoutinePosition) {
  const resting = restingStep(position, turnOf(input).state);
  show(input, { ...resting, narration: { ...resting.narration, detailed: true } });
  const { purpose, tip, position: howTo } = stepAt(position);
  return say(STRETCH.about(purpose, tip, howTo));
}

/**
 * "Tell me more", "what is it for": what this stretch is for and one tip; no hold, and the routine stays put. Once
 * the user has left this stretch out, it is about the next one they keep, which the skill announced.
 */
export function explainStretch(input: HandlerInput): Response {
  const { state } = turnOf(input);
  const here = state.stretch!;
  const position = standingStretch(state);
  if (!position) return keepListening(input, say(STRETCH.takeYourTime), say(STRETCH.takeYourTime));
  if (position.step !== here.step) {
    const goOn = say(STRETCH.handOff(stepLabel(stepAt(position))));
    return keepListening(input, join(about(input, position), goOn), goOn);
  }
  const next = nextIncluded(position, preferencesOf(state).leftOut);
  const goOn = say(next ? STRETCH.handOffReprompt(stepLabel(stepAt(next))) : STRETCH.takeYourTime);
  return keepListening(input, join(about(input, position), goOn), goOn);
}

/** "Tell me more" while the skill offers to pick up a saved routine: about the saved stretch; still offered. */
export function explainSavedStretch(input: HandlerInput): Response {
  const turn = turnOf(input);
  if (turn.offer?.kind !== 'resume') throw new Error('no saved routine on offer');
  turn.state.offer = turn.offer;
  const question = say(WELCOME.resumeReprompt);
  return keepListening(input, join(about(input, turn.offer.position), question), question);
}
