import { routineOf } from '../coach/routine-cursor';
import { stepLabel } from '../content/prompts';
import { ROUTINE_IDS, ROUTINES } from '../content/routines';
import { SCREEN } from '../content/screen-text';
import { positionText } from '../speech/stretch-step';
import type { StepView, View } from './view';

/**
 * The datasources of the three screens, built from the same routines, answers and prompts the voice uses, so a
 * screen never says something different from Alexa. Pure: a view in, plain JSON out.
 */

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The first sentence of an answer: its one-line summary. */
export function firstSentence(text: string): string {
  return /^.*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
}

export function homeData(tip?: string) {
  return {
    home: {
      title: SCREEN.title,
      tagline: SCREEN.tagline,
      touchHint: SCREEN.touchHint,
      tipTitle: SCREEN.tipTitle,
      tip: tip ?? '',
      routines: ROUTINE_IDS.map((id) => {
        const routine = ROUTINES[id];
        return { id, name: capitalized(routine.name), detail: SCREEN.routineDetail(routine) };
      }),
    },
  };
}

export function stepData(view: StepView) {
  const { narration, holdStartsAfterSeconds, paused = false } = view;
  const { step, number, total, holdSeconds } = narration;
  const buttons = SCREEN.buttons;
  return {
    step: {
      routine: SCREEN.routine(routineOf(view.position).name),
      count: SCREEN.stepCount(number, total),
      stretch: stepLabel(step),
      position: positionText(narration),
      holdSeconds,
      holdLabel: paused ? SCREEN.paused : step.moving ? SCREEN.keepGoing : SCREEN.hold,
      release: SCREEN.release,
      countdown: holdStartsAfterSeconds !== undefined,
      holdStartsAfterMs: Math.round((holdStartsAfterSeconds ?? 0) * 1000),
      buttons: [
        { event: 'previous', label: buttons.previous },
        paused ? { event: 'resume', label: buttons.resume } : { event: 'pause', label: buttons.pause },
        { event: 'next', label: buttons.next },
      ],
    },
  };
}

export function answerData({ title, text, urgent = false }: Extract<View, { kind: 'answer' }>) {
  return { answer: { kicker: SCREEN.title, title, summary: firstSentence(text), urgent } };
}

/** The datasources of any of the screens: one of `home`, `step` or `answer` is there. */
export type ScreenData = Partial<ReturnType<typeof homeData> & ReturnType<typeof stepData> & ReturnType<typeof answerData>>;
