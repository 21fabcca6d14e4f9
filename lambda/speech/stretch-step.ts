import type { Pace } from '../coach/progress';
import { STRETCH, stepLabel } from '../content/prompts';
import type { StretchStep } from '../content/routines';
import { hold } from './hold';
import { join, pause, say, type Ssml } from './ssml';

/** Seconds of silence to get into position, and to rest after coming out, at each pace. */
export const SETTLE_SECONDS: Readonly<Record<Pace, { intoPosition: number; afterRelease: number }>> = {
  normal: { intoPosition: 3, afterRelease: 1 },
  slow: { intoPosition: 6, afterRelease: 3 },
};

export interface StepNarration {
  readonly step: StretchStep;
  /** 1-based place in the routine, and the routine's length. */
  readonly number: number;
  readonly total: number;
  /** Full positioning detail, or the short reminder. */
  readonly detailed: boolean;
  readonly holdSeconds: number;
  readonly pace: Pace;
}

/** How to get into position, as the step says it: in full, or the short reminder. */
export function positionText({ step, detailed }: Pick<StepNarration, 'step' | 'detailed'>): string {
  return detailed ? step.position : step.shortPosition;
}

/** The step up to the moment the hold starts: its name, the position, time to settle, the cue, "Hold for N seconds." */
export function stepUntilHold(narration: StepNarration): Ssml {
  const { step, number, total, holdSeconds, pace } = narration;
  return join(
    say(STRETCH.stepTitle(number, total, stepLabel(step))),
    say(positionText(narration)),
    pause(SETTLE_SECONDS[pace].intoPosition),
    say(step.cue),
    say(STRETCH.holdFor(holdSeconds, step.moving)),
  );
}

/** One stretch, spoken: its name, how to get into position, the timed hold, and how to come out of it. */
export function narrateStep(narration: StepNarration): Ssml {
  const { step, holdSeconds, pace } = narration;
  return join(
    stepUntilHold(narration),
    hold(holdSeconds, { encouragements: STRETCH.encouragements, secondsLeft: STRETCH.secondsLeft }),
    say(step.release),
    pause(SETTLE_SECONDS[pace].afterRelease),
  );
}
