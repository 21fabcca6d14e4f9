import type { RequestHandler } from 'ask-sdk-core';
import { routineOf, stepAt } from '../coach/routine-cursor';
import { HELP, stepLabel } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { isIntent } from './request';
import { keepListening } from './respond';

/** "Help": what the user can say, mid-routine what they can say to the guide; and that this isn't medical advice. */
export const HelpHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle(input) {
    const position = turnOf(input).state.stretch;
    if (!position) return keepListening(input, say(HELP.general), say(HELP.reprompt));
    const help = say(HELP.duringStretch(position.step + 1, routineOf(position).steps.length, stepLabel(stepAt(position))));
    return keepListening(input, help, help);
  },
};
