import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { FOLLOW_UP, STRETCH, WELCOME } from '../content/prompts';
import { turnOf } from '../session/turn';
import { join, say } from '../speech/ssml';
import { endWith, keepListening } from './respond';
import { declineLongWalk } from './walk-log';

/**
 * "No" to an offer: in a session the user opened, it stays open for what they want instead; after a one-shot
 * request, goodbye. To "shall I log it?" about a long walk, nothing is logged and the skill asks how long it was.
 */
export function declineOffer(input: HandlerInput): Response | Promise<Response> {
  const { offer, state } = turnOf(input);
  if (offer?.kind === 'walk') return declineLongWalk(input, offer.walk);
  if (!state.launched) return endWith(input, say(FOLLOW_UP.noThanks));
  return keepListening(input, say(FOLLOW_UP.whatElse), say(WELCOME.menuReprompt));
}

/** "No" when nothing was asked, or to "what else?": goodbye. */
export const noThanks = (input: HandlerInput): Response => endWith(input, say(FOLLOW_UP.noThanks));

/** "No" to "pick up where you left off?": the place stays saved for "resume", now or next time. */
export const declineResume = (input: HandlerInput): Response =>
  keepListening(input, join(say(WELCOME.resumeKept), say(WELCOME.menu)), say(WELCOME.menuReprompt));

/** "No" mid-routine (not ready yet): the guide waits. */
export const notYet = (input: HandlerInput): Response =>
  keepListening(input, say(STRETCH.takeYourTime), say(STRETCH.takeYourTime));
