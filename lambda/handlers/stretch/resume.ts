import type { RequestHandler } from 'ask-sdk-core';
import { stepAt, toRoutinePosition } from '../../coach/routine-cursor';
import { stepLabel, STRETCH } from '../../content/prompts';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { isIntent } from '../request';
import { keepListening } from '../respond';
import { presentStep } from './present-step';

/** "Resume": back to the same stretch, from this session or the routine left unfinished last time. */
export const ResumeStretchHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.ResumeIntent'),
  async handle(input) {
    const { state, progress } = turnOf(input);
    const position = state.stretch ?? toRoutinePosition((await progress.get())?.unfinished);
    if (!position) return keepListening(input, say(STRETCH.nothingToResume), say(STRETCH.routinesReprompt));
    return presentStep(input, position, { opening: say(STRETCH.resumeFrom(stepLabel(stepAt(position)))) });
  },
};
