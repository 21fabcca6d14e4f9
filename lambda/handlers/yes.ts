import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { FOLLOW_UP } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { answer } from './question';
import { keepListening } from './respond';
import { presentStep } from './stretch/present-step';
import { startRoutine } from './stretch/start';
import { scheduleReminder } from './reminder/schedule';
import { giveTip } from './tip';
import { recordWalk } from './walk-log';

/** "Yes" to the question the skill just asked: does what it offered. */
export function acceptOffer(input: HandlerInput): Promise<Response> | Response {
  const { offer } = turnOf(input);
  switch (offer?.kind) {
    case 'routine':
      return startRoutine(input, offer.routineId);
    case 'resume':
      return presentStep(input, offer.position);
    case 'answer':
      return answer(input, offer.topic);
    case 'tip':
      return giveTip(input);
    case 'reminder':
      return scheduleReminder(input, offer.time);
    case 'walk':
      return recordWalk(input, offer.walk);
    default:
      return yesWithoutOffer(input);
  }
}

/** "Yes" when nothing was asked: what the user could say. */
export const yesWithoutOffer = (input: HandlerInput): Response =>
  keepListening(input, say(FOLLOW_UP.yesWithoutOffer), say(FOLLOW_UP.yesWithoutOffer));
