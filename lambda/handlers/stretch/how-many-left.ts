import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepsLeftAfter } from '../../coach/routine-cursor';
import { STRETCH } from '../../content/prompts';
import { preferencesOf } from '../../session/state';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { keepListening } from '../respond';

/** "How many are left?" during a routine. */
export function howManyLeft(input: HandlerInput): Response {
  const { state } = turnOf(input);
  const left = stepsLeftAfter(state.stretch!, preferencesOf(state).leftOut);
  const names = [...new Set(left.map((step) => step.name))].join(', ');
  return keepListening(input, say(STRETCH.left(left.length, names)), say(STRETCH.takeYourTime));
}
