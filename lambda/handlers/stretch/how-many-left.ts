import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { nextPosition, routineOf, stepsFrom, type RoutinePosition } from '../../coach/routine-cursor';
import { STRETCH, WELCOME } from '../../content/prompts';
import { preferencesOf, standingStretch } from '../../session/state';
import { turnOf } from '../../session/turn';
import { join, say } from '../../speech/ssml';
import { keepListening } from '../respond';

/** How many stretches are left from `from`: each one named, sides as they come, and about how many minutes. */
function stretchesLeft(input: HandlerInput, routineAt: RoutinePosition, from: RoutinePosition | undefined, afterThisOne: boolean) {
  const left = stepsFrom(from, preferencesOf(turnOf(input).state).leftOut);
  const routine = routineOf(routineAt);
  const minutes = Math.max(1, Math.round((routine.minutes * left.length) / routine.steps.length));
  return say(STRETCH.left(left.map((step) => STRETCH.listed(step.name, step.side)), minutes, afterThisOne));
}

/** "How many are left?" during a routine: the stretches after this one (all still to come, once it is left out). */
export function howManyLeft(input: HandlerInput): Response {
  const { state } = turnOf(input);
  const position = state.stretch!;
  const leftOutNow = standingStretch(state)?.step !== position.step;
  const left = stretchesLeft(input, position, nextPosition(position), !leftOutNow);
  return keepListening(input, left, say(STRETCH.takeYourTime));
}

/** "How many are left?" while the skill offers to pick up a saved routine: from the saved stretch on; still offered. */
export function howManyLeftOfSaved(input: HandlerInput): Response {
  const turn = turnOf(input);
  if (turn.offer?.kind !== 'resume') throw new Error('no saved routine on offer');
  const { position } = turn.offer;
  turn.state.offer = turn.offer;
  const question = say(WELCOME.resumeReprompt);
  return keepListening(input, join(stretchesLeft(input, position, position, false), question), question);
}
