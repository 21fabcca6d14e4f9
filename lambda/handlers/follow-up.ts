import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepAt } from '../coach/routine-cursor';
import { FOLLOW_UP, stepLabel } from '../content/prompts';
import { turnOf } from '../session/turn';
import { join, pause, say, type Ssml } from '../speech/ssml';
import { endWith, keepListening, type Card } from './respond';

/**
 * A reply outside the routine's own steps (an answer, a tip, a walk logged). Asked one-shot, it ends the session.
 * In a conversation it ends with a question: mid-routine, how to go on with the stretch, so the user never loses
 * their place; otherwise `question`, or "what else can I help with?".
 */
export function reply(input: HandlerInput, speech: Ssml, options: { card?: Card; question?: string } = {}): Response {
  const { state, oneShot } = turnOf(input);
  if (oneShot) return endWith(input, speech, options.card);
  const question = say(
    state.stretch
      ? FOLLOW_UP.backToStretch(stepLabel(stepAt(state.stretch)))
      : (options.question ?? FOLLOW_UP.anythingElse),
  );
  return keepListening(input, join(speech, pause(0.5), question), question, options.card);
}
