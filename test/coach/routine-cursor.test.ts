import { isHoldSeconds } from '../../lambda/coach/progress';
import {
  holdSecondsFor,
  nextPosition,
  previousPosition,
  stepAt,
  stepsFrom,
  includedFrom,
  nextIncluded,
  toRoutinePosition,
} from '../../lambda/coach/routine-cursor';
import { ROUTINES } from '../../lambda/content/routines';

describe('the routine cursor', () => {
  test('a valid position is accepted as it is', () => {
    expect(toRoutinePosition({ routineId: 'quick', step: 3 })).toEqual({ routineId: 'quick', step: 3 });
  });

  test.each([
    ['an unknown routine', { routineId: 'yoga', step: 0 }],
    ['a step past the end', { routineId: 'quick', step: 4 }],
    ['step 99', { routineId: 'lower-back', step: 99 }],
    ['a negative step', { routineId: 'quick', step: -1 }],
    ['a fractional step', { routineId: 'quick', step: 1.5 }],
    ['a step that is text', { routineId: 'quick', step: 'x' }],
    ['a step that is a numeric string', { routineId: 'quick', step: '1' }],
    ['no step', { routineId: 'quick' }],
    ['not an object', 'quick:1'],
    ['null', null],
  ])('%s is not a position', (_case, value) => {
    expect(toRoutinePosition(value)).toBeUndefined();
  });

  test('next goes one step on, and there is no step after the last', () => {
    expect(nextPosition({ routineId: 'quick', step: 0 })).toEqual({ routineId: 'quick', step: 1 });
    expect(nextPosition({ routineId: 'quick', step: 3 })).toBeUndefined();
  });

  test('previous goes one step back and stays on the first step', () => {
    expect(previousPosition({ routineId: 'quick', step: 2 })).toEqual({ routineId: 'quick', step: 1 });
    expect(previousPosition({ routineId: 'quick', step: 0 })).toEqual({ routineId: 'quick', step: 0 });
  });

  test('the steps left are the ones from a step on, without those left out', () => {
    expect(stepsFrom({ routineId: 'quick', step: 2 })).toEqual(ROUTINES.quick.steps.slice(2));
    expect(stepsFrom(undefined)).toEqual([]);
    expect(stepsFrom({ routineId: 'quick', step: 0 }, ['lower back rotation'])).toEqual([ROUTINES.quick.steps[0], ROUTINES.quick.steps[3]]);
  });

  test('a step left out is passed over, and past the last one there is none', () => {
    expect(includedFrom({ routineId: 'quick', step: 1 }, ['lower back rotation'])).toEqual({ routineId: 'quick', step: 3 });
    expect(includedFrom({ routineId: 'quick', step: 3 }, ["child's pose"])).toBeUndefined();
    expect(includedFrom({ routineId: 'quick', step: 1 })).toEqual({ routineId: 'quick', step: 1 });
    expect(nextIncluded({ routineId: 'quick', step: 0 }, ['lower back rotation'])).toEqual({ routineId: 'quick', step: 3 });
    expect(nextIncluded({ routineId: 'quick', step: 3 })).toBeUndefined();
  });

  test('gentler holds are half as long, never under ten seconds', () => {
    const step = stepAt({ routineId: 'quick', step: 0 });
    expect(holdSecondsFor(step, {}, true)).toBe(step.holdSeconds / 2);
    expect(holdSecondsFor(step, { holdSeconds: 12 }, true)).toBe(10);
  });

  test('the hold is the user’s choice when valid, else the step’s own', () => {
    const step = stepAt({ routineId: 'lower-back', step: 2 });
    expect(holdSecondsFor(step, {})).toBe(step.holdSeconds);
    expect(holdSecondsFor(step, { holdSeconds: 45 })).toBe(45);
    expect(holdSecondsFor(step, { holdSeconds: 500 })).toBe(step.holdSeconds);
    expect(holdSecondsFor(step, { holdSeconds: 5 })).toBe(step.holdSeconds);
  });

  test('holds from 10 to 60 whole seconds are allowed', () => {
    for (let seconds = 10; seconds <= 60; seconds++) expect(isHoldSeconds(seconds)).toBe(true);
    for (const seconds of [5, 9, 61, 90, 30.5, Number.NaN]) expect(isHoldSeconds(seconds)).toBe(false);
  });

});
