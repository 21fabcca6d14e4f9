import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepAt } from '../../coach/routine-cursor';
import { SAFETY } from '../../content/safety';
import { SCREEN } from '../../content/screen-text';
import { safetyScreen, show } from '../../screen/view';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { endWith, keepListening } from '../respond';

/** "Ouch", "that pulls too much" outside a routine: stop what hurts, never push through, when to see a doctor. */
export function pain(input: HandlerInput): Response {
  show(input, safetyScreen(SCREEN.safety.pain, SAFETY.pain));
  if (turnOf(input).oneShot) return endWith(input, say(SAFETY.pain));
  return keepListening(input, say(SAFETY.pain), say(SAFETY.painReprompt));
}

/**
 * A stretch hurts: the hold stops there, no replay and no new hold, and the user chooses how to go on: skip this
 * stretch, the rest with shorter holds, or stop for today.
 */
export function painInRoutine(input: HandlerInput): Response {
  const { state } = turnOf(input);
  const position = state.stretch!;
  state.offer = { kind: 'painChoice', position };
  const advice = SAFETY.painInRoutine(stepAt(position).name);
  show(input, safetyScreen(SCREEN.safety.pain, advice));
  return keepListening(input, say(advice), say(SAFETY.painChoiceReprompt));
}

/** Anything else while that choice is open: the choice again, still without a hold. */
export function painChoiceAgain(input: HandlerInput): Response {
  const { state } = turnOf(input);
  state.offer = { kind: 'painChoice', position: state.stretch! };
  return keepListening(input, say(SAFETY.painChoiceReprompt), say(SAFETY.painChoiceReprompt));
}
