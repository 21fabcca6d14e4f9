import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Ssml } from '../speech/ssml';

export interface Card {
  readonly title: string;
  readonly text: string;
}

/** Speaks and keeps the session open for the user's answer; the reprompt is said if they stay silent. */
export function keepListening(input: HandlerInput, speech: Ssml, reprompt: Ssml, card?: Card): Response {
  const builder = input.responseBuilder.speak(speech).reprompt(reprompt).withShouldEndSession(false);
  if (card) builder.withSimpleCard(card.title, card.text);
  return builder.getResponse();
}

/** Speaks and ends the session. */
export function endWith(input: HandlerInput, speech: Ssml, card?: Card): Response {
  const builder = input.responseBuilder.speak(speech).withShouldEndSession(true);
  if (card) builder.withSimpleCard(card.title, card.text);
  return builder.getResponse();
}
