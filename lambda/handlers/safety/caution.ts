import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { SAFETY } from '../../content/safety';
import { SCREEN } from '../../content/screen-text';
import { safetyScreen, show } from '../../screen/view';
import { turnOf } from '../../session/turn';
import { join, pause, say } from '../../speech/ssml';
import { endWith, keepListening } from '../respond';

/**
 * Pregnancy, recent surgery, a joint replacement, osteoporosis, a recent injury: check with a professional first;
 * walking is usually fine. No stretch is offered; the user may still choose one, and every routine's start says to
 * stop if anything hurts.
 */
export function caution(input: HandlerInput): Response {
  show(input, safetyScreen(SCREEN.safety.caution, SAFETY.caution));
  if (turnOf(input).oneShot) return endWith(input, say(SAFETY.caution));
  // A session left open asks its question aloud, not only in the reprompt.
  return keepListening(input, join(say(SAFETY.caution), pause(0.5), say(SAFETY.cautionReprompt)), say(SAFETY.cautionReprompt));
}
