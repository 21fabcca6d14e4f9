import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { HELP, STRETCH } from '../content/prompts';
import { ROUTINES } from '../content/routines';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { answer } from './question';
import { keepListening } from './respond';

/** "Repeat" outside a routine: the last answer again; after a routine, how to do it again; else what to say. */
export function repeatAnswer(input: HandlerInput): Response {
  const { lastTopic, finishedRoutine } = turnOf(input).state;
  if (lastTopic) return answer(input, lastTopic);
  if (finishedRoutine) {
    return keepListening(input, say(STRETCH.finishedAlready(ROUTINES[finishedRoutine].name)), say(STRETCH.routinesReprompt));
  }
  return keepListening(input, say(HELP.general), say(HELP.reprompt));
}
