import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { emergencyNumber, SAFETY } from '../../content/safety';
import { say } from '../../speech/ssml';
import { locale } from '../request';
import { endWith } from '../respond';

/**
 * Loss of bladder or bowel control, groin numbness, legs suddenly weak, chest pain or trouble breathing, a bad
 * fall: the emergency number first, then a calm close. Nothing is stored, so a routine's saved place stays.
 */
export const callForHelp = (input: HandlerInput): Response =>
  endWith(input, say(SAFETY.emergency(emergencyNumber(locale(input)))));

/** Fever with back pain, or pain so bad they cannot move: urgent medical help first, then a calm close. */
export const getUrgentHelp = (input: HandlerInput): Response =>
  endWith(input, say(SAFETY.urgent(emergencyNumber(locale(input)))));
