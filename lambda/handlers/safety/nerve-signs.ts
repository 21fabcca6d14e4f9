import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { SAFETY } from '../../content/safety';
import { say } from '../../speech/ssml';
import { endWith } from '../respond';

/** Tingling, numbness, weakness or pain shooting down a leg: why to stop, and to have it checked. */
export const nerveSigns = (input: HandlerInput): Response => endWith(input, say(SAFETY.nerveSigns));

/** Nerve signs mid-routine: the routine stops there (its place stays saved), never an invitation to go on. */
export const nerveSignsInRoutine = (input: HandlerInput): Response => endWith(input, say(SAFETY.nerveSignsInRoutine));
