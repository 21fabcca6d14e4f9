import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { emergencyNumber, SAFETY } from '../../content/safety';
import { SCREEN } from '../../content/screen-text';
import { safetyScreen, show } from '../../screen/view';
import { say } from '../../speech/ssml';
import { locale } from '../request';
import { endWith } from '../respond';

/**
 * Loss of bladder or bowel control, groin numbness, legs suddenly weak, chest pain or trouble breathing, a bad
 * fall: the emergency number first, then a calm close. Nothing is stored, so a routine's saved place stays.
 */
export function callForHelp(input: HandlerInput): Response {
  const number = emergencyNumber(locale(input));
  show(input, safetyScreen(SCREEN.safety.emergency(number), SAFETY.emergency(number)));
  return endWith(input, say(SAFETY.emergency(number)));
}

/** Fever with back pain, or pain so bad they cannot move: urgent medical help first, then a calm close. */
export function getUrgentHelp(input: HandlerInput): Response {
  const advice = SAFETY.urgent(emergencyNumber(locale(input)));
  show(input, safetyScreen(SCREEN.safety.urgent, advice));
  return endWith(input, say(advice));
}
