import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ANSWERS, type Topic } from '../content/answers';
import { show } from '../screen/view';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { reply } from './follow-up';

/**
 * Answers a back-care question. Asked one-shot, the answer ends the session; in a conversation it ends with a
 * follow-up question (a yes does what it offers), or, mid-routine, with how to carry on stretching.
 */
export function answer(input: HandlerInput, topic: Topic): Response {
  const { state } = turnOf(input);
  const { title, text, followUp, offer } = ANSWERS[topic];
  state.lastTopic = topic;
  if (!state.stretch) state.offer = offer;
  show(input, { kind: 'answer', title, text });
  return reply(input, say(text), { card: { title, text }, question: followUp });
}

/** The action for one FAQ question intent (what helps a tight back, is walking good for back pain, ...). */
export const answerTopic =
  (topic: Topic) =>
  (input: HandlerInput): Response =>
    answer(input, topic);
