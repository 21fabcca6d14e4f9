import type { HandlerInput } from 'ask-sdk-core';
import { holdSecondsFor, routineOf, stepAt, type RoutinePosition } from '../coach/routine-cursor';
import { preferencesOf, type SessionState } from '../session/state';
import type { StepNarration } from '../speech/stretch-step';

/** What a screen shows for one turn: one of three documents, with the data that fills it. */
export type View =
  /** The skill's name, what it does, the routines to touch, and the day's tip when it was said. */
  | { readonly kind: 'home'; readonly tip?: string }
  | {
      readonly kind: 'step';
      readonly position: RoutinePosition;
      readonly narration: StepNarration;
      /** Seconds into the speech at which the hold starts; absent when this turn does not narrate the hold. */
      readonly holdStartsAfterSeconds?: number;
      readonly paused?: boolean;
    }
  /** An answer's title and summary; `urgent` for a safety answer, whose title is what to do ("Call 911 now"). */
  | { readonly kind: 'answer'; readonly title: string; readonly text: string; readonly urgent?: boolean };

export type StepView = Extract<View, { kind: 'step' }>;

const VIEW = 'view';

/** Records what this turn's screen shows; the screen interceptor renders it on a device with a screen. */
export function show(input: HandlerInput, view: View): void {
  input.attributesManager.getRequestAttributes()[VIEW] = view;
}

export function shownView(input: HandlerInput): View | undefined {
  return input.attributesManager.getRequestAttributes()[VIEW] as View | undefined;
}

/** A safety answer: what to do in large type, and the first sentence of what Alexa says. */
export const safetyScreen = (title: string, text: string): View => ({ kind: 'answer', title, text, urgent: true });

/** The step at `position` as it stands between narrations: its short position, its hold, no countdown running. */
export function restingStep(position: RoutinePosition, state: SessionState, paused = false): StepView {
  const step = stepAt(position);
  const preferences = preferencesOf(state);
  return {
    kind: 'step',
    position,
    narration: {
      step,
      number: position.step + 1,
      total: routineOf(position).steps.length,
      detailed: false,
      holdSeconds: holdSecondsFor(step, preferences, state.gentle),
      pace: preferences.pace ?? 'normal',
    },
    paused,
  };
}
