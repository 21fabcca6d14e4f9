import { isRoutineId, ROUTINES, type Routine, type RoutineId, type StretchStep } from '../content/routines';
import { isCount, isRecord } from '../json';
import { HOLD_SECONDS_RANGE, isHoldSeconds, type Preferences, type UnfinishedRoutine } from './progress';

/** Where a user is in a routine: the step they are on (or were last told). */
export interface RoutinePosition {
  readonly routineId: RoutineId;
  readonly step: number;
}

/** Validates a position from session attributes or storage: anything stale or tampered with is rejected. */
export function toRoutinePosition(value: unknown): RoutinePosition | undefined {
  const { routineId, step } = isRecord(value) ? value : {};
  if (!isRoutineId(routineId) || !isCount(step)) return undefined;
  return step < ROUTINES[routineId].steps.length ? { routineId, step } : undefined;
}

export function routineOf(position: RoutinePosition): Routine {
  return ROUTINES[position.routineId];
}

export function stepAt(position: RoutinePosition): StretchStep {
  return ROUTINES[position.routineId].steps[position.step]!;
}

/**
 * Whether a session may replace the `stored` place with its own: when none is stored, or the stored one is the
 * place the session knows as its own to replace (`seen`, see `SessionState.placeSeen`; unknown, any). So when two
 * devices are mid-routine at once, the first place saved is kept, and each device can be told which one that is.
 */
export function mayReplacePlace(stored: UnfinishedRoutine | undefined, seen: RoutinePosition | null | undefined): boolean {
  if (stored === undefined || seen === undefined) return true;
  return seen !== null && seen.routineId === stored.routineId && seen.step === stored.step;
}

/** The step after this one, or `undefined` after the last. */
export function nextPosition(position: RoutinePosition): RoutinePosition | undefined {
  const step = position.step + 1;
  return step < routineOf(position).steps.length ? { ...position, step } : undefined;
}

/** The step before this one; the first step stays where it is. */
export function previousPosition(position: RoutinePosition): RoutinePosition {
  return { ...position, step: Math.max(0, position.step - 1) };
}

/** The steps from `position` to the routine's end, without those the user asked to leave out. */
export function stepsFrom(position: RoutinePosition | undefined, leftOut: readonly string[] = []): readonly StretchStep[] {
  if (!position) return [];
  return routineOf(position).steps.slice(position.step).filter((step) => !leftOut.includes(step.name));
}

/**
 * The hold for `step`: the user's chosen length when they set one, else the step's own; gentler holds are half
 * that, never under the shortest hold a user may choose.
 */
export function holdSecondsFor(step: StretchStep, preferences: Preferences, gentle = false): number {
  const chosen = preferences.holdSeconds;
  const seconds = chosen !== undefined && isHoldSeconds(chosen) ? chosen : step.holdSeconds;
  return gentle ? Math.max(HOLD_SECONDS_RANGE.min, Math.round(seconds / 2)) : seconds;
}

/** The first step after `position` that the user has not asked to leave out; `undefined` when none is left. */
export function nextIncluded(position: RoutinePosition, leftOut: readonly string[] = []): RoutinePosition | undefined {
  return includedFrom(nextPosition(position), leftOut);
}

/** The first step at or after `position` that the user has not asked to leave out; `undefined` when none is left. */
export function includedFrom(position: RoutinePosition | undefined, leftOut: readonly string[] = []): RoutinePosition | undefined {
  for (let at = position; at; at = nextPosition(at)) {
    if (!leftOut.includes(stepAt(at).name)) return at;
  }
  return undefined;
}
