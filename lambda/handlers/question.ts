import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { ANSWERS, TOPIC_INTENTS, TOPICS, type Topic } from '../content/answers';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { reply } from './follow-up';
import { intentName } from './request';

const TOPIC_BY_INTENT = new Map<string, Topic>(TOPICS.map((topic) => [TOPIC_INTENTS[topic], topic]));

/**
 * Answers a back-care question. Asked one-shot, the answer ends the session; in a conversation it ends with a
 * follow-up question (a yes does what it offers), or, mid-routine, with how to carry on stretching.
 */
export function answer(input: HandlerInput, topic: Topic): Response {
  const { state } = turnOf(input);
  const { title, text, followUp, offer } = ANSWERS[topic];
  state.lastTopic = topic;
  if (!state.stretch) state.offer = offer;
  return reply(input, say(text), { card: { title, text }, question: followUp });
}

/** Every FAQ question intent: what helps a tight back, is walking good for back pain, and the rest. */
export const QuestionHandler: RequestHandler = {
  canHandle: (input) => TOPIC_BY_INTENT.has(intentName(input) ?? ''),
  handle: (input) => answer(input, TOPIC_BY_INTENT.get(intentName(input)!)!),
};
