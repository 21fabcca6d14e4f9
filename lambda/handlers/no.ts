import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { FOLLOW_UP, STRETCH, WELCOME } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { endWith, keepListening } from './respond';

/** "No" to an offer, or when nothing was asked: goodbye. */
export const declineOffer = (input: HandlerInput): Response => endWith(input, say(FOLLOW_UP.noThanks));

/** "No" to "pick up where you left off?": forgets the unfinished routine and offers the menu. */
export async function declineResume(input: HandlerInput): Promise<Response> {
  await turnOf(input).progress.save({ unfinished: null });
  return keepListening(input, say(WELCOME.menu), say(WELCOME.menuReprompt));
}

/** "No" mid-routine (not ready yet): the guide waits. */
export const notYet = (input: HandlerInput): Response =>
  keepListening(input, say(STRETCH.takeYourTime), say(STRETCH.takeYourTime));
