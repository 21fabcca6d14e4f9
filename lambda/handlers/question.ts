import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepAt } from '../coach/routine-cursor';
import { ANSWERS, TOPIC_INTENTS, TOPICS, type Topic } from '../content/answers';
import { FOLLOW_UP } from '../content/prompts';
import { turnOf } from '../session/turn';
import { join, pause, say } from '../speech/ssml';
import { intentName } from './request';
import { endWith, keepListening } from './respond';
import { stepLabel } from './stretch/present-step';

const TOPIC_BY_INTENT = new Map<string, Topic>(TOPICS.map((topic) => [TOPIC_INTENTS[topic], topic]));

/**
 * Answers a back-care question. Asked one-shot, the answer ends the session; in a conversation it ends with a
 * follow-up question (a yes does what it offers), or, mid-routine, with how to carry on stretching.
 */
export function answer(input: HandlerInput, topic: Topic): Response {
  const { state, oneShot } = turnOf(input);
  const { title, text, followUp, offer } = ANSWERS[topic];
  const card = { title, text };
  state.lastTopic = topic;
  if (oneShot) return endWith(input, say(text), card);
  if (state.stretch) {
    const backToStretch = say(FOLLOW_UP.backToStretch(stepLabel(stepAt(state.stretch))));
    return keepListening(input, join(say(text), pause(0.5), backToStretch), backToStretch, card);
  }
  state.offer = offer;
  return keepListening(input, join(say(text), pause(0.5), say(followUp)), say(followUp), card);
}

/** Every FAQ question intent: what helps a tight back, is walking good for back pain, and the rest. */
export const QuestionHandler: RequestHandler = {
  canHandle: (input) => TOPIC_BY_INTENT.has(intentName(input) ?? ''),
  handle: (input) => answer(input, TOPIC_BY_INTENT.get(intentName(input)!)!),
};
