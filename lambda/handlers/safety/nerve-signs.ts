import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { SAFETY } from '../../content/safety';
import { SCREEN } from '../../content/screen-text';
import { safetyScreen, show } from '../../screen/view';
import { say } from '../../speech/ssml';
import { endWith } from '../respond';

/** Tingling, numbness, weakness or pain shooting down a leg: why to stop, and to have it checked. */
export function nerveSigns(input: HandlerInput): Response {
  show(input, safetyScreen(SCREEN.safety.nerveSigns, SAFETY.nerveSigns));
  return endWith(input, say(SAFETY.nerveSigns));
}

/** Nerve signs mid-routine: the routine stops there (its place stays saved), never an invitation to go on. */
export function nerveSignsInRoutine(input: HandlerInput): Response {
  show(input, safetyScreen(SCREEN.safety.nerveSigns, SAFETY.nerveSignsInRoutine));
  return endWith(input, say(SAFETY.nerveSignsInRoutine));
}
