import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepAt } from '../../coach/routine-cursor';
import { FOLLOW_UP } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { join, say, type Ssml } from '../../speech/ssml';
import { endWith, keepListening } from '../respond';
import { stepLabel } from '../stretch/present-step';

/** Confirms a preference change, then carries on: with the routine under way, or with what else to do. */
export function afterPreference(input: HandlerInput, confirmation: Ssml): Response {
  const { state, oneShot } = turnOf(input);
  if (oneShot) return endWith(input, confirmation);
  const followUp = say(state.stretch ? FOLLOW_UP.backToStretch(stepLabel(stepAt(state.stretch))) : FOLLOW_UP.anythingElse);
  return keepListening(input, join(confirmation, followUp), followUp);
}
